"""Bytes -> str for text and HTML files, with a deliberate order of guesses.

1. a BOM (UTF-8, UTF-32, UTF-16) or an explicit hint (HTML <meta charset>) that decodes cleanly;
2. NULs or control bytes: UTF-16 without BOM if one byte position is clearly the "high byte",
   otherwise the file is binary and refused;
3. strict UTF-8, or UTF-8 with U+FFFD for a few damaged bytes when most of the non-ASCII text is valid
   UTF-8 (a legacy code page would turn every correct letter into mojibake to save the few bad ones);
4. Cyrillic single-byte code pages (cp1251, KOI8-R, cp866): the reading that looks most like Cyrillic
   prose by letter statistics and letter case (cyrillic_stats), if any does — charset-normalizer
   mistakes short KOI8-R for Shift-JIS, and a frequent-letter count alone took KOI8-R for cp1251;
5. charset-normalizer, trusted only for scripts a Western code page cannot be (CJK, Greek, Hebrew,
   Arabic, Thai): for mostly-ASCII text it names exotic code pages (cp775 for two stray bytes);
6. cp1252 or cp1250, whichever yields more letters (ties -> cp1252); undefined bytes become U+FFFD.
"""

import codecs
import re
from collections import Counter

from charset_normalizer import from_bytes

from app.documents.formats.cyrillic_stats import PUNCTUATION, is_cyrillic, russian_score
from app.domain.errors import DocumentError

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 65_536
_ALLOWED_CONTROLS = frozenset(b"\t\n\v\f\r\x1a\x1b")  # tabs, form feeds, DOS EOF, ANSI colour escapes
_CYRILLIC = ("cp1251", "koi8_r", "cp866")
_FREQUENT_CYRILLIC = frozenset("оеаинтсрвлкмдпуі")  # ~80% of Russian/Ukrainian letters
_PLAUSIBLE = -4.9  # cyrillic_stats score of real short Russian ("Ещё" -4.8); Arabic read as cp1251 is ~-5.0
_WORD = re.compile(r"[^\W\d_]+")
_TRUSTED_DETECTIONS = frozenset({
    "big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jis_2004", "euc_jisx0213", "euc_jp", "euc_kr",
    "gb18030", "gb2312", "gbk", "hz", "iso2022_jp", "iso2022_kr", "johab", "shift_jis", "shift_jis_2004",
    "shift_jisx0213", "cp1253", "iso8859_7", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874", "tis_620",
})


def decode_bytes(data: bytes, name: str, *, hint: str | None = None) -> tuple[str, str]:
    """(text, encoding name). Raises DocumentError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is not None:
                return text, encoding.replace("-sig", "")
    if hint:
        text = _try(data, hint)
        if text is not None:
            return text, codecs.lookup(hint).name
    sample = data[:_SAMPLE]
    if _looks_binary(sample):
        found = _utf16_without_bom(data)
        if found is None:
            raise DocumentError(f"{name} looks like a binary file, not text.")
        return found
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    text = _mostly_utf8(data)
    if text is not None:
        return text, "utf-8"
    return _legacy(data)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with replacement characters when valid multi-byte letters outnumber bad bytes three to one."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if not ch.isascii() and ch != "\ufffd")
    return text if good >= 8 and bad * 3 <= good else None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(sample: bytes) -> bool:
    if 0 in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in _ALLOWED_CONTROLS)
    return controls > max(2, len(sample) // 300)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text in one script has few distinct high bytes (00 for ASCII, 04 for Cyrillic)."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    even, odd = len(set(sample[0::2])), len(set(sample[1::2]))
    if odd * 3 < even:
        encoding = "utf-16-le"
    elif even * 3 < odd:
        encoding = "utf-16-be"
    else:
        return None
    text = _try(data, encoding)
    if text is None or not text:
        return None
    printable = sum(1 for ch in text[:20_000] if ch.isprintable() or ch in "\t\n\r\f")
    return (text, encoding) if printable >= 0.95 * min(len(text), 20_000) else None


def _legacy(data: bytes) -> tuple[str, str]:
    cyrillic = _best_cyrillic(data)
    if cyrillic is not None:
        return cyrillic
    best = from_bytes(data[:_SAMPLE]).best()
    if best is not None and best.encoding in _TRUSTED_DETECTIONS:
        text = _try(data, best.encoding)
        if text is not None:
            return text, best.encoding
    western = data.decode("cp1252", errors="replace")
    central = _try(data, "cp1250")
    if central is not None and _letter_share(central) > _letter_share(western):
        return central, "cp1250"
    return western, "cp1252"


def _best_cyrillic(data: bytes) -> tuple[str, str] | None:
    """The reading whose letters look most like Cyrillic prose (cyrillic_stats), if any looks like it at all."""
    best: tuple[float, str, str] | None = None
    for encoding in _CYRILLIC:
        text = _try(data, encoding)
        if text is None:
            continue
        sample = text[:_SAMPLE]
        share = _cyrillic_share(sample)
        if share is None:
            continue
        score = russian_score(sample)
        if (share >= 0.55 or score >= _PLAUSIBLE) and (best is None or score > best[0]):
            best = (score, text, encoding)
    return (best[1], best[2]) if best else None


def _cyrillic_share(text: str) -> float | None:
    """Share of frequent letters among Cyrillic letters; None unless the text really is Cyrillic words.

    Accented Latin bytes read as cp1251 give Cyrillic letters stuck inside Latin words ("crиme"),
    so letters count only inside all-Cyrillic words, and those must hold nearly all non-ASCII text.
    """
    pure: list[str] = []
    stray = 0
    for word in _WORD.findall(text):
        cyrillic = [ch for ch in word if is_cyrillic(ch)]
        if len(cyrillic) == len(word):
            pure.extend(cyrillic)
        else:
            stray += len(cyrillic) + sum(1 for ch in word if not ch.isascii())
    non_ascii = sum(1 for ch in text if not ch.isascii() and ch not in PUNCTUATION)  # "№ 5", «quotes»
    if len(pure) < 2 or stray > 0.2 * len(pure) or len(pure) < 0.85 * non_ascii:
        return None
    return sum(1 for ch in pure if ch.lower() in _FREQUENT_CYRILLIC) / len(pure)


def _letter_share(text: str) -> float:
    counts = Counter(ch.isalpha() for ch in text[:_SAMPLE] if not ch.isascii())
    total = counts[True] + counts[False]
    return counts[True] / total if total else 1.0
