"""Clean-up of an extracted news article: what trafilatura leaves in the body that belongs elsewhere.

Measured on saved news pages (tests/benchmarks/extraction_gold.py): the headline repeated in the body (after a
kicker or a date line, or spaced differently), the byline ("By John Carter") as a paragraph, kickers and date
lines above the first paragraph, and paragraphs cut in two at an inline element ("Seit" / "die schwedische
Klimaaktivistin …"). The headline goes on top once and the byline
to the metadata; a paragraph is joined to the next only when it does not end a sentence and the next starts
in lower case, so real paragraphs are never merged.
"""

import re

import regex

HEAD_LINES = 6  # the headline and the byline repeat only near the top of the body
_NAME = r"\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|den|da|di|del|la|le|bin|al))*"
_BYLINE = regex.compile(rf"^(?i:by|von|par|por|di|door|av)\s+(?P<name>{_NAME}(?:\s*(?:,|and|und|&|et|y|e)\s*{_NAME})*)"
                        r"\s*$")
_SENTENCE_END = re.compile(r"[.!?:;…\"'”’»«)\]]$")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}(?:\s+[|–—-]\s+[\d./-]{6,10})?$")


def key(text: str) -> str:
    """A comparison key: case, spacing and punctuation do not make two headlines different."""
    return re.sub(r"\W+", "", text.casefold())


def clean_headline(title: str, page_title: str) -> str:
    """The headline without a site name or date tacked on ("Berlin confronts … | DW | 19.01.2020")."""
    if not title:
        return title
    stripped = _SITE_SUFFIX.sub("", title)
    # Only what the page's <title> also has after the headline: the site's own suffix, not part of a headline.
    from_page = key(page_title).startswith(key(stripped)) and len(key(page_title)) > len(key(stripped))
    return stripped if len(stripped) >= 12 and stripped != title and from_page else title


def tidy_paragraphs(paragraphs: list[str], title: str) -> tuple[list[str], str]:
    """(paragraphs without headline repeats and byline, the byline's name or "")."""
    title_key = key(title)
    author = ""
    out: list[str] = []
    for index, para in enumerate(paragraphs):
        if index < HEAD_LINES and title_key and key(para) == title_key:
            continue  # the headline again: it is on top already
        byline = _BYLINE.match(para) if index < HEAD_LINES and len(para) <= 80 else None
        if byline and not author:
            author = byline.group("name").strip()
            continue
        out.append(para)
    return _drop_kickers(_join_broken(out)), author  # joined first: "Seit" is a cut paragraph, not a kicker


def _drop_kickers(paragraphs: list[str]) -> list[str]:
    """Before the first real paragraph (12 words or more), short lines that end no sentence are page furniture:
    a kicker ("#GameTechie"), a date line ("October 22, 2019 report"), a label left without its date."""
    first = next((i for i, p in enumerate(paragraphs[:HEAD_LINES + 2]) if len(p.split()) >= 12), None)
    if first is None:
        return paragraphs
    furniture = {i for i in range(first) if len(paragraphs[i].split()) < 6 and not _SENTENCE_END.search(paragraphs[i])}
    return [p for i, p in enumerate(paragraphs) if i not in furniture]


def _join_broken(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for para in paragraphs:
        if out and not _SENTENCE_END.search(out[-1]) and para[:1].islower() and len(out[-1]) > 2:
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out
