"""The form of a text that search, mention finding and re-anchoring match in, mapped back to the canonical text.

On top of `normalize.fold` (case, diacritics, dashes), matching ignores what PDF extraction adds to
some scripts, while offsets still count in the canonical text:
- NFKC: Arabic presentation forms (ﺍﻟﺠﺰﻳﺮﺓ) read as the letters they show (الجزيرة), full-width
  Latin as Latin, the ligature ﻻ as two letters;
- combining marks and the Arabic tatweel (ـ) are dropped: vowel signs and stretching are not spelling;
- spaces between two CJK characters are dropped: MuPDF writes some CJK PDFs as "关 于 红 军";
- a hyphen between two letters (and the line break after it, if any) becomes JOIN (the soft hyphen), not a
  space: PDFs print words broken at line ends ("Ex-" / "isting") and the canonical text keeps the hyphen as
  printed, since only a dictionary could tell "Ex-isting" from "well-known". `words_regex` reads JOIN both
  ways, so "existing" finds "Ex-isting" and "well-known", "well known" and "wellknown" find "well-known".
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
JOIN = "\u00ad"  # in the matching form: a hyphen that may join a word broken at a line end, or a soft hyphen
# A hyphen between letters ("Ex-isting"), and one with the line break after it that a text kept ("Ex-\nisting").
# The hyphen comes first in each pattern, so `re` scans for it at C speed before looking around.
_HYPHEN = re.compile(r"[-\u2010\u2011](?<=[^\W\d_].)(?=[^\W\d_])")
_HYPHEN_BREAK = re.compile(r"[-\u2010\u2011](?<=[^\W\d_].)[ \t]*\n\s*(?=[^\W\d_])")
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
    if "-" in text or "\u2010" in text or "\u2011" in text:
        text = _HYPHEN.sub(JOIN, _HYPHEN_BREAK.sub(lambda m: JOIN * len(m.group()), text))  # offsets stay
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
    """The matching form of a query or a name, its runs of spaces as one, without spaces at the ends.

    A hyphen between letters stays as JOIN ("ex\xadisting"); words_regex reads it as "joined, spaced or
    hyphenated". A soft hyphen typed or pasted into a query is dropped.
    """
    return " ".join(matchable(text.replace(JOIN, "")).text.split())


def words_regex(key: str, form: Matchable, between: str = " +") -> str:
    """The regular expression for a match_key over `form`: its words separated by `between` (or by a joining
    hyphen), each word also found where the text breaks it with a line-end hyphen ("Ex-isting" for
    "existing"), and a query's own hyphen optional ("well-known" finds "wellknown" and "well known")."""
    joins = JOIN in form.text
    gap = f"[ {JOIN}]*" if joins else " *"
    inside = f"{JOIN}*" if joins else ""
    sep = f"(?:{between}|{JOIN}+)" if joins else between
    return sep.join(gap.join(inside.join(map(re.escape, part)) for part in word.split(JOIN) if part)
                    for word in key.split())


@functools.lru_cache(maxsize=256)
def compiled(regex: str) -> "re.Pattern[str]":
    """re.compile with a cache of its own: search compiles one pattern per query and form, for many texts."""
    return re.compile(regex)


@functools.lru_cache(maxsize=8192)
def _special(ch: str) -> bool:
    return ch == _TATWEEL or unicodedata.category(ch) == "Mn" or unicodedata.normalize("NFKC", ch) != ch


@functools.lru_cache(maxsize=8192)
def _piece(ch: str) -> str:
    if ch == _TATWEEL or unicodedata.category(ch) == "Mn":
        return ""
    compat = unicodedata.normalize("NFKC", ch)
    return "".join(c for c in fold(compat) if c != _TATWEEL and unicodedata.category(c) != "Mn")
