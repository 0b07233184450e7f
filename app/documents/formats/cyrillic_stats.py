"""Which Cyrillic single-byte code page (cp1251, KOI8-R, cp866) gives real words: letter statistics.

The code pages hold the same letters in different places, so each reading of a Russian text is a
string of Cyrillic letters; only one of them reads like Russian (or Ukrainian, Bulgarian...). Two facts
decide even a short text:
- letter frequencies: the letters of real text are mostly о е а и н т с р в л; a misreading puts rare ones
  (ъ, щ, э, ф) and letters of other alphabets (Ј, ђ, љ) where frequent ones belong;
- letter case: KOI8-R read as cp1251 (and back) swaps upper and lower case, so "новости" becomes
  "мНБНЯРХ": a word that is neither all lower, Capitalised nor ALL CAPS is a misreading.
A symbol that is neither a letter nor common punctuation ("╦" is KOI8's reading of cp1251's "ё") counts
against a reading too. The score is the mean log-probability per letter.
"""

import math
import re

# Letter frequencies (per mille) of Russian news text; і, ї, є, ґ, ў from Ukrainian and Belarusian, so those
# texts read as cp1251 too. Letters missing here (Serbian, Macedonian, Old Church Slavonic) get _RARE.
_PER_MILLE = {
    "о": 110, "е": 85, "а": 80, "и": 74, "н": 67, "т": 63, "с": 55, "р": 47, "в": 45, "л": 44, "к": 35,
    "м": 32, "д": 30, "п": 28, "у": 26, "я": 20, "ы": 19, "ь": 17, "г": 17, "з": 16, "б": 16, "ч": 14,
    "й": 12, "х": 10, "ж": 9, "ш": 7, "ю": 6, "ц": 5, "щ": 4, "э": 3, "ф": 3, "ъ": 0.4, "ё": 1.5,
    "і": 6, "ї": 1, "є": 1, "ґ": 0.1, "ў": 0.5,
}
_LOG = {letter: math.log(share / 1000) for letter, share in _PER_MILLE.items()}
_RARE = math.log(0.05 / 1000)
_BAD_CASE = -14.0  # per word whose case is mixed up ("уЯЕЪД")
_JUNK = -8.0  # per non-ASCII symbol that is neither a letter nor common punctuation
PUNCTUATION = frozenset("«»—–…№„“”‘’•·©®°±§\u00a0")
_WORD = re.compile(r"[^\W\d_]+")


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def russian_score(text: str) -> float:
    """Mean log-probability per Cyrillic letter of `text` as Cyrillic prose (higher is likelier)."""
    total = 0.0
    letters = 0
    for word in _WORD.findall(text):
        cyrillic = [ch for ch in word if is_cyrillic(ch)]
        if not cyrillic:
            continue
        letters += len(cyrillic)
        total += sum(_LOG.get(ch.lower(), _RARE) for ch in cyrillic)
        if not _natural_case(word):
            total += _BAD_CASE
    junk = sum(1 for ch in text if not ch.isascii() and not ch.isalpha() and ch not in PUNCTUATION)
    return (total + junk * _JUNK) / letters if letters else float("-inf")


def _natural_case(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
