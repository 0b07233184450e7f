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
_SEPARATOR = re.compile(r"(\s+[|–—·:»›-]{1,2}\s+|\s*[|｜：]\s*)")
_TIGHT_SUFFIX = re.compile(r"[-_]\s*([^-_|｜：]{2,40})$")  # "…需求-新华网": no spaces round the separator
_BREADCRUMB = ("»", "›")  # "Headline » Section » Site": all after the headline is the path to it
_DATE_PART = re.compile(r"^[\d./ -]{6,12}$")


def key(text: str) -> str:
    """A comparison key: case, spacing and punctuation do not make two headlines different."""
    return re.sub(r"\W+", "", text.casefold())


def site_keys(*names: str) -> set[str]:
    """Comparison keys of a site's own names: its og:site_name, and its domain with and without the
    "www." and the top-level part ("www.dw.com" -> "dwcom", "dw")."""
    keys = set()
    for name in names:
        name = name.strip().lower()
        host = name.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.") if "." in name and " " not in name else ""
        keys |= {key(name), key(host), key(host.rsplit(".", 1)[0]) if "." in host else ""}
    return keys - {""}


def first_part(title: str) -> str:
    """The part of a title before its first separator ("Headline - Chapter 1 | Site" -> "Headline")."""
    return _SEPARATOR.split(title, maxsplit=1)[0]


def clean_headline(title: str, sites: set[str]) -> str:
    """The headline without the site's own name (or a date) before or after it: "Berlin confronts … | DW |
    19.01.2020" -> "Berlin confronts …"; an attribution that is not the site's name stays ("… – Krasnaya
    Zvezda Report | Defense Wire" -> "… – Krasnaya Zvezda Report")."""
    parts = _SEPARATOR.split(title)  # text, separator, text, ...

    def removable(part: str) -> bool:
        part_key = key(part)
        return part_key in sites or bool(_DATE_PART.match(part.strip())) or any(  # "Ultima Hora Mallorca",
            len(site) >= 5 and part_key.startswith(site) or len(part_key) >= 4 and site.startswith(part_key)
            for site in sites)  # ultimahora.es; "日本経済新聞", "日本経済新聞 電子版"

    if len(parts) >= 3 and removable(parts[-1]) and parts[-2].strip() in _BREADCRUMB:
        first = next(i for i in range(1, len(parts), 2) if parts[i].strip() == parts[-2].strip())
        parts = parts[:first]  # the path to the headline goes with the site's name
    while len(parts) >= 3 and removable(parts[-1]):
        parts = parts[:-2]
    while len(parts) >= 3 and removable(parts[0]):
        parts = parts[2:]
    stripped = "".join(parts).strip()
    tight = _TIGHT_SUFFIX.search(stripped)
    if tight and key(tight.group(1)) and removable(tight.group(1)):
        stripped = stripped[:tight.start()].rstrip()
    return stripped if len(stripped) >= 4 else title


def tidy_paragraphs(paragraphs: list[str], title: str) -> tuple[list[str], str]:
    """(paragraphs without headline repeats and byline, the byline's name or "")."""
    title_key = key(title)
    author = ""
    out: list[str] = []
    for index, para in enumerate(paragraphs):
        if index < HEAD_LINES and title_key and _same_headline(key(para), title_key):
            continue  # the headline again (the <h1> without the title's attribution): it is on top already
        byline = _BYLINE.match(para) if index < HEAD_LINES and len(para) <= 80 else None
        if byline and not author:
            author = byline.group("name").strip()
            continue
        out.append(para)
    return _drop_kickers(_join_broken(out)), author  # joined first: "Seit" is a cut paragraph, not a kicker


def _same_headline(para_key: str, title_key: str) -> bool:
    return para_key == title_key or (title_key.startswith(para_key) and len(para_key) * 2 >= len(title_key))


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
