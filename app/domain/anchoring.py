"""Describe a span with redundant selectors and find it again in a changed text.

Cheapest first, as the Hypothesis client does: the old position confirmed by the quote, then the
exact quote (ties broken by prefix, suffix and closeness to the old position), then an approximate
match of the quote with at most min(256, len/2) errors scored with weights quote 50, prefix 20,
suffix 20, position 2. What is not found is an orphan: the caller keeps it, never deletes it.
Between exact and approximate: the quote in matching form (match_text: case, NFKC, no spaces between
CJK characters), so a PDF re-extracted as "关 于 红 军" or in Arabic presentation forms still finds
"关于红军" (status fuzzy: the characters differ, the words do not).
edlib does the approximate infix search (Myers' bit-vector algorithm, as Hypothesis's
approx-string-match does).
"""

from dataclasses import dataclass

import edlib

from app.domain.annotations import CONTEXT, AnchorStatus
from app.domain.match_text import Matchable, compiled, match_key, matchable, words_regex

QUOTE_W, PREFIX_W, SUFFIX_W, POSITION_W = 50.0, 20.0, 20.0, 2.0
MAX_EXACT_CANDIDATES = 200  # a quote found more often than this is judged on the nearest ones
MIN_SHORT_CONTEXT = 0.5  # a fuzzy match of a short quote also needs this much prefix or suffix support


@dataclass(frozen=True, slots=True)
class Selectors:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    status: AnchorStatus
    score: float | None = None


def describe(text: str, start: int, end: int) -> Selectors:
    if not 0 <= start < end <= len(text):
        raise ValueError(f"range {start}-{end} is outside the text (length {len(text)})")
    return Selectors(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )


def anchor(text: str, sel: Selectors) -> Anchor:
    """Where `sel` is in `text` now, or an orphan anchor at the old position."""
    if 0 <= sel.start < sel.end <= len(text) and text[sel.start : sel.end] == sel.exact:
        return Anchor(sel.start, sel.end, AnchorStatus.EXACT, 1.0)
    found = _exact(text, sel)
    if found is not None:
        return found
    found = _folded(text, sel)
    if found is not None:
        return found
    found = _fuzzy(text, sel)
    if found is not None:
        return found
    return Anchor(sel.start, sel.end, AnchorStatus.ORPHAN, None)


def _exact(text: str, sel: Selectors) -> Anchor | None:
    positions: list[int] = []
    i = text.find(sel.exact)
    while i != -1:
        positions.append(i)
        i = text.find(sel.exact, i + 1)
    if not positions:
        return None
    if len(positions) > MAX_EXACT_CANDIDATES:
        positions = sorted(positions, key=lambda p: abs(p - sel.start))[:MAX_EXACT_CANDIDATES]
    n = len(sel.exact)
    best = max(positions, key=lambda p: _score(text, sel, p, p + n, 0))
    return Anchor(best, best + n, AnchorStatus.MOVED, 1.0)


def _folded(text: str, sel: Selectors) -> Anchor | None:
    quote = match_key(sel.exact)
    if not quote:
        return None
    form = _matchable_of(text)
    pattern = compiled(words_regex(quote, form))
    spans = [form.span(*m.span()) for _, m in zip(range(MAX_EXACT_CANDIDATES), pattern.finditer(form.text))]
    if not spans:
        return None
    start, end = max(spans, key=lambda s: _score(text, sel, s[0], s[1], 0))
    return Anchor(start, end, AnchorStatus.FUZZY, round(_score(text, sel, start, end, 0), 4))


def _fuzzy(text: str, sel: Selectors) -> Anchor | None:
    quote = sel.exact
    max_errors = min(256, len(quote) // 2)
    if max_errors == 0 or not text:
        return None
    matches = approximate_matches(quote, text, max_errors)
    best: Anchor | None = None
    best_total = -1.0
    for start, end, errors in matches:
        total = _score(text, sel, start, end, errors)
        if total > best_total:
            best, best_total = Anchor(start, end, AnchorStatus.FUZZY, round(total, 4)), total
    if best is None:
        return None
    if len(quote) < 16 and _context(text, sel, best.start, best.end) < MIN_SHORT_CONTEXT:
        return None  # a short quote with an error or two matches too much by chance
    return best


def approximate_matches(quote: str, text: str, max_errors: int) -> list[tuple[int, int, int]]:
    """(start, end, errors) of the best infix alignments of `quote` in `text`."""
    alphabet = set(quote)
    if len(alphabet) > 255:
        return []  # edlib's alphabet limit; such quotes are long enough that exact search usually succeeds
    # Characters absent from the quote can only ever mismatch, so one stand-in keeps distances equal
    # and edlib's alphabet small (Cyrillic + Latin texts can exceed 256 symbols).
    text_alphabet = _alphabet_of(text)
    if len(text_alphabet | alphabet) <= 256:
        target = text
    else:
        stand_in = "\x00" if "\x00" not in alphabet else "\x01"
        target = text.translate({ord(c): stand_in for c in text_alphabet - alphabet})
    result = edlib.align(quote, target, mode="HW", task="locations", k=max_errors)
    errors = result["editDistance"]
    if errors < 0:
        return []
    return [(s, e + 1, errors) for s, e in result["locations"][:MAX_EXACT_CANDIDATES] if s is not None]


_last_alphabet: tuple[str, frozenset[str]] = ("", frozenset())


def _matchable_of(text: str) -> Matchable:
    """matchable(text), remembered for the last text, as _alphabet_of is."""
    global _last_matchable
    if _last_matchable[0] is not text:
        _last_matchable = (text, matchable(text))
    return _last_matchable[1]


_last_matchable: tuple[str | None, Matchable] = (None, Matchable(""))


def _alphabet_of(text: str) -> frozenset[str]:
    """set(text), remembered for the last text: re-anchoring asks it once per annotation of the same text."""
    global _last_alphabet
    last = _last_alphabet
    if last[0] is text:
        return last[1]
    alphabet = frozenset(text)
    _last_alphabet = (text, alphabet)
    return alphabet


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    try:
        d: int = edlib.align(a, b, mode="NW", task="distance")["editDistance"]
    except ValueError:  # alphabet over 256 symbols
        d = sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
    return max(0.0, 1.0 - d / max(len(a), len(b)))


def _context(text: str, sel: Selectors, start: int, end: int) -> float:
    prefix = _similarity(sel.prefix, text[max(0, start - len(sel.prefix)) : start]) if sel.prefix else 0.0
    suffix = _similarity(sel.suffix, text[end : end + len(sel.suffix)]) if sel.suffix else 0.0
    return max(prefix, suffix)


def _score(text: str, sel: Selectors, start: int, end: int, errors: int) -> float:
    quote = 1.0 - errors / max(1, len(sel.exact))
    prefix = _similarity(sel.prefix, text[max(0, start - len(sel.prefix)) : start]) if sel.prefix else 1.0
    suffix = _similarity(sel.suffix, text[end : end + len(sel.suffix)]) if sel.suffix else 1.0
    position = 1.0 - abs(start - sel.start) / max(1, len(text))
    total = QUOTE_W * quote + PREFIX_W * prefix + SUFFIX_W * suffix + POSITION_W * position
    return total / (QUOTE_W + PREFIX_W + SUFFIX_W + POSITION_W)
