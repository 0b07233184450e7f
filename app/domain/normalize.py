"""The canonical text every offset counts in: NFC, "\n" newlines, no BOM, no NULs.

Loaders must pass every text through `canonical_text` so that offsets never drift when a file is
re-imported with other line endings or a BOM (QualCoder's offset-drift bugs).
"""

import unicodedata

_CONTROL_DROP = dict.fromkeys([0x00, 0xFEFF])  # NUL and stray BOMs/zero-width no-break spaces


def canonical_text(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_CONTROL_DROP)
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Case-, diacritic- and dash-insensitive form for matching names ("Pak Yong-il" ~ "pak yong il").

    Keeps one output character per input character so positions in the folded text are positions in
    the original.
    """
    out = []
    for ch in text:
        if ch in "-\u2010\u2011\u2012\u2013\u2014_\u00a0\t\n":
            out.append(" ")
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        low = base.casefold()
        out.append(low[0] if low else ch)
    return "".join(out)
