"""The form of a text that search, mention finding and re-anchoring match in, mapped back to the canonical text.

On top of `normalize.fold` (case, diacritics, dashes), matching ignores what PDF extraction adds to
some scripts, while offsets still count in the canonical text:
- NFKC: Arabic presentation forms (ﺍﻟﺠﺰﻳﺮﺓ) read as the letters they show (الجزيرة), full-width
  Latin as Latin, the ligature ﻻ as two letters;
- combining marks and the Arabic tatweel (ـ) are dropped: vowel signs and stretching are not spelling;
- spaces between two CJK characters are dropped: MuPDF writes some CJK PDFs as "关 于 红 军".
A match [s, e) in `Matchable.text` is the canonical range `span(s, e)`. Texts with none of this take
a fast path (one str.translate, positions unchanged), so Latin and Cyrillic corpora cost what they did.
"""

import functools
import re
import unicodedata
from array import array
from dataclasses import dataclass

from app.domain.normalize import fold

_TATWEEL = "\u0640"
_CJK_RANGES = "\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
CJK = re.compile(f"[{_CJK_RANGES}]")
_CJK_GAP = re.compile(f"(?<=[{_CJK_RANGES}])[ \\t\\n\\u00a0\\u3000]+(?=[{_CJK_RANGES}])")


@dataclass(frozen=True, slots=True)
class Matchable:
    text: str  # the form to match in
    origin: "array[int] | None" = None  # origin[i]: the canonical offset of text[i] (last entry: the text's length)

    def __len__(self) -> int:
        return len(self.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The canonical range a match [start, end) of `text` covers."""
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def matchable(text: str) -> Matchable:
    specials = [ch for ch in set(text) if _special(ch)]
    has_gaps = CJK.search(text) is not None and _CJK_GAP.search(text) is not None
    if not specials and not has_gaps:
        return Matchable(fold(text))
    # Runs of ordinary characters fold in one call (one character each); only the special characters
    # and the CJK gaps go one by one.
    alternatives = [_CJK_GAP.pattern] if has_gaps else []
    if specials:
        alternatives.append("[" + "".join(re.escape(ch) for ch in specials) + "]")
    pieces: list[str] = []
    origin = array("l")
    done = 0
    for m in re.finditer("|".join(alternatives), text):
        if m.start() > done:
            pieces.append(fold(text[done:m.start()]))
            origin.extend(range(done, m.start()))
        if m.group()[0] not in " \t\n\u00a0\u3000":  # a special character (a gap is dropped)
            piece = _piece(m.group())
            pieces.append(piece)
            origin.extend([m.start()] * len(piece))
        done = m.end()
    pieces.append(fold(text[done:]))
    origin.extend(range(done, len(text)))
    origin.append(len(text))
    return Matchable("".join(pieces), origin)


def match_key(text: str) -> str:
    """The matching form of a query or a name, its runs of spaces as one, without spaces at the ends."""
    return " ".join(matchable(text).text.split())


@functools.lru_cache(maxsize=8192)
def _special(ch: str) -> bool:
    return ch == _TATWEEL or unicodedata.category(ch) == "Mn" or unicodedata.normalize("NFKC", ch) != ch


@functools.lru_cache(maxsize=8192)
def _piece(ch: str) -> str:
    if ch == _TATWEEL or unicodedata.category(ch) == "Mn":
        return ""
    compat = unicodedata.normalize("NFKC", ch)
    return "".join(c for c in fold(compat) if c != _TATWEEL and unicodedata.category(c) != "Mn")
