"""Word snapping for a dragged selection: a drag that starts a letter late or ends a letter early still means the
whole word ("rth Korean" -> "North Korean"), and the comma or space it picks up at the end is not part of a quote
("centres," -> "centres"). Pure functions over the canonical text."""

TRAILING = ",;:"  # always dropped at the end of a quote
CLOSERS = {")": "(", "]": "[", "”": "“", "’": "‘", "»": "«"}
OPENERS = {v: k for k, v in CLOSERS.items()}


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’" or ch == "\u00ad"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) grown to whole words at both ends, without outer spaces, a trailing , ; or :, or an unmatched
    bracket or quote. A full stop stays: a quoted sentence ends with it. A range that would end up empty is
    returned as it was."""
    lo, hi = max(0, min(start, end)), min(len(text), max(start, end))
    if lo >= hi:
        return start, end
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if lo < hi and _in_word(text[lo]):
        while lo > 0 and _in_word(text[lo - 1]):
            lo -= 1
    if lo < hi and _in_word(text[hi - 1]):
        while hi < len(text) and _in_word(text[hi]):
            hi += 1
    lo, hi = _trim(text, lo, hi)
    return (lo, hi) if lo < hi else (start, end)


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while hi > lo:
        last = text[hi - 1]
        if last in TRAILING or last.isspace():
            hi -= 1
        elif last in CLOSERS and text.count(CLOSERS[last], lo, hi) < text.count(last, lo, hi):
            hi -= 1
        else:
            break
    while lo < hi and (text[lo].isspace() or (text[lo] in OPENERS and text.count(OPENERS[text[lo]], lo, hi)
                                                  < text.count(text[lo], lo, hi))):
        lo += 1
    return lo, hi

