"""Find in the open document: the matches of a quote in one text and which of them is current.

Qt-free, so the find bar's counting and wrapping ("3 of 17", next, previous) is tested without a window.
Matching is project search's quote matching (case, accents, dashes, compatibility forms and spaces between
CJK characters ignored).
"""

import bisect
from dataclasses import dataclass, field

from app.domain.match_text import Matchable, matchable
from app.services.search import quote_ranges


@dataclass
class TextFinder:
    """Matches of the current query in one text; `current` is an index into `matches`, or -1."""

    text: str = ""
    query: str = ""
    matches: list[tuple[int, int]] = field(default_factory=list)
    current: int = -1
    _folded: Matchable | None = None

    def set_text(self, text: str) -> None:
        if text is not self.text:
            self.text, self._folded = text, None
        self.matches, self.current = [], -1

    def search(self, query: str, from_offset: int = 0) -> tuple[int, int] | None:
        """Find every match of query; the current one is the first at or after from_offset (wrapping)."""
        self.query = query
        if self._folded is None:
            self._folded = matchable(self.text)  # once per text, not once per keystroke
        self.matches = quote_ranges(self._folded, query) if query.strip() else []
        if not self.matches:
            self.current = -1
            return None
        starts = [start for start, _end in self.matches]
        self.current = bisect.bisect_left(starts, from_offset) % len(self.matches)
        return self.matches[self.current]

    def step(self, forward: bool = True) -> tuple[int, int] | None:
        """The next (or previous) match, wrapping around at the ends."""
        if not self.matches:
            return None
        self.current = (self.current + (1 if forward else -1)) % len(self.matches)
        return self.matches[self.current]

    def status(self) -> str:
        """What the bar shows: "3 of 17", "No matches", or nothing before a query is typed."""
        if not self.query.strip():
            return ""
        if not self.matches:
            return "No matches"
        return f"{self.current + 1} of {len(self.matches)}"
