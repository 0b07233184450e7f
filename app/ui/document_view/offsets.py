"""Code-point offsets (the project's unit) <-> UTF-16 positions (QTextDocument's unit).

Only characters outside the Basic Multilingual Plane (emoji, rare CJK, math letters) differ: each
is one code point but two UTF-16 units. We keep their code-point indices sorted and bisect, so a
conversion costs O(log n) whatever the length of the text.
"""

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]  # code-point indices
        # UTF-16 index where each astral character starts: k astral characters before it add k units.
        self._astral16 = [cp + k for k, cp in enumerate(self._astral)]
        self.length = len(text)

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point offset `offset`."""
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """Code-point offset of a UTF-16 position; a position inside a surrogate pair snaps to its start."""
        k = bisect_left(self._astral16, position)  # astral characters starting before `position`
        if k and self._astral16[k - 1] + 1 == position:
            return self._astral[k - 1]
        return position - k
