"""Find where a text names an actor, tolerating case, diacritics and hyphen/space variants.

"Pak Yong-il", "PAK YONG IL" and "Pak Yong Il" all match the name "Pak Yong-il". Exact mentions are
found in `match_text.matchable(text)` (fold, plus NFKC and no spaces between CJK characters), whose
matches map back to canonical offsets, so the form as written is text[start:end]. A CJK name needs
no word boundary on its CJK ends: Chinese and Japanese write no spaces between words.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.anchoring import approximate_matches
from app.domain.match_text import CJK, JOIN, Matchable, compiled, match_key, matchable, words_regex
from app.domain.normalize import fold, name_key

NEAR_ERROR_RATE = 3  # a near mention may differ by one edit in three characters ("No Gun Chol" ~ "No Kwang Chol")
NEAR_MIN_LENGTH = 6  # shorter names match too many words by chance
MAX_NEAR_PER_NAME = 20


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    as_written: str
    matched: str  # the canonical name or alias that matched


def _pattern(name: str, form: Matchable) -> re.Pattern[str] | None:
    key = match_key(name)
    if not key.replace(JOIN, ""):
        return None
    body = words_regex(key, form, r"[ .']*")  # "Yong-il" ~ "Yong il" ~ "Yong  il"; "U.S." ~ "US"; "Ex-isting"
    first, last = key.strip(JOIN)[0], key.strip(JOIN)[-1]
    before = "" if CJK.match(first) else r"(?<![\w])"
    after = "" if CJK.match(last) else r"(?![\w])"
    return compiled(f"{before}{body}{after}")


def find_mentions(text: str, names: tuple[str, ...], folded: Matchable | None = None) -> list[Mention]:
    """Non-overlapping mentions of any of `names`, longest name first where two overlap.

    `folded` is matchable(text) when the caller already has it (corpus search keeps it per document).
    """
    form = matchable(text) if folded is None else folded
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        pattern = _pattern(name, form)
        if pattern is None:
            continue
        for m in pattern.finditer(form.text):
            s, e = form.span(*m.span())
            if any(s < te and e > ts for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(Mention(s, e, text[s:e], name))
    return sorted(found, key=lambda m: m.start)


def find_near_mentions(text: str, names: tuple[str, ...], taken: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Likely misspellings of `names` ("No Gun Chol" for "No Kwang Chol"), for the analyst to confirm.

    A candidate is whole words of the text within one edit in four characters of a name, sharing at
    least half of a multi-word name's words exactly, and not overlapping `taken` (exact mentions).
    """
    folded = fold(text)
    target = list(folded)
    for s, e in taken:
        target[s:e] = "\x00" * (e - s)
    found: list[Mention] = []
    for name in sorted(set(names), key=len, reverse=True):
        query = name_key(name)
        if len(query) < NEAR_MIN_LENGTH:
            continue
        words = set(query.split())
        for _ in range(MAX_NEAR_PER_NAME):
            hits = approximate_matches(query, "".join(target), max(1, len(query) // NEAR_ERROR_RATE))
            if not hits:
                break
            for start, end, errors in hits:
                s, e = _whole_words(folded, start, end)
                target[start:end] = "\x00" * (end - start)  # never the same place twice
                candidate = " ".join(folded[s:e].split())
                if errors == 0 and candidate == query or any(s < te and e > ts for ts, te in [*taken, *((m.start, m.end) for m in found)]):
                    continue
                shared = words & set(candidate.split())
                if len(words) > 1 and 2 * len(shared) < len(words):
                    continue
                found.append(Mention(s, e, text[s:e], name))
    return sorted(found, key=lambda m: m.start)


def _whole_words(folded: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    while end < len(folded) and folded[end].isalnum():
        end += 1
    while start < end and not folded[start].isalnum():
        start += 1
    while end > start and not folded[end - 1].isalnum():
        end -= 1
    return start, end
