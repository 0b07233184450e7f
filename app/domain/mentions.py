"""Find where a text names an actor, tolerating case, diacritics and hyphen/space variants.

"Pak Yong-il", "PAK YONG IL" and "Pak Yong Il" all match the name "Pak Yong-il". Matching runs on
`normalize.fold`, which keeps one character per input character, so a match's offsets are offsets
in the original text and the form as written is simply text[start:end].
"""

import re
from dataclasses import dataclass

from app.domain.normalize import fold


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    as_written: str
    matched: str  # the canonical name or alias that matched


def _pattern(name: str) -> re.Pattern[str] | None:
    words = fold(name).split()
    if not words:
        return None
    body = r"[ .']*".join(re.escape(w) for w in words)  # "Yong-il" ~ "Yong il" ~ "Yong  il"; "U.S." ~ "US"
    return re.compile(rf"(?<![\w]){body}(?![\w])")


def find_mentions(text: str, names: tuple[str, ...]) -> list[Mention]:
    """Non-overlapping mentions of any of `names`, longest name first where two overlap."""
    folded = fold(text)
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        pattern = _pattern(name)
        if pattern is None:
            continue
        for m in pattern.finditer(folded):
            s, e = m.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(Mention(s, e, text[s:e], name))
    return sorted(found, key=lambda m: m.start)
