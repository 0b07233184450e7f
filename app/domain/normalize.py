"""The canonical text every offset counts in: NFC, "\n" newlines, no BOM, no NULs.

Loaders must pass every text through `canonical_text` so that offsets never drift when a file is
re-imported with other line endings or a BOM (QualCoder's offset-drift bugs).
"""

import functools
import unicodedata

_CONTROL_DROP = dict.fromkeys([0x00, 0xFEFF])  # NUL and stray BOMs/zero-width no-break spaces


def canonical_text(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_CONTROL_DROP)
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Case-, diacritic- and dash-insensitive form for matching names ("Pak Yong-il" ~ "pak yong il").

    Keeps one output character per input character so positions in the folded text are positions in
    the original. One str.translate over the text's distinct characters: a whole document folds at C
    speed (corpus search and Find all mentions fold megabytes).
    """
    return text.translate({ord(ch): _fold_char(ch) for ch in set(text)})


def name_key(text: str) -> str:
    """A name as compared with other names: folded, runs of spaces as one, no spaces at the ends."""
    return " ".join(fold(text).split())


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "-\u2010\u2011\u2012\u2013\u2014_\u00a0\t\n":
        return " "
    low = unicodedata.normalize("NFD", ch)[0].casefold()
    return low[0] if low else ch
