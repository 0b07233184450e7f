"""What an EPUB's package document (OPF) says of the book that MuPDF does not pass on: date, language, publisher.

MuPDF gives an EPUB's title and author only. Read here:
- <dc:date>: the publication date (EPUB 3 allows one; in EPUB 2 the one with opf:event="publication", else one
  without an event, never a "modification" or "creation" date). It is W3CDTF ("2012", "2011-09", "2011-09-01",
  "2011-09-01T00:00:00Z") and is kept to the precision it states, as the document model allows: a year is not
  made a 1 January the book never stated; a time gives its day as written. A year before FIRST_YEAR (Calibre
  writes 0101-01-01 for "unknown") or after next year is a placeholder: none.
- <dc:language>: the first one, a BCP 47 tag kept as written (as the HTML loader keeps <html lang>); "und"
  (undetermined) and what is not shaped like a tag ("English") are none.
- <dc:publisher>: the first one, as written.
"""

import datetime
import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from app.documents.formats.epub_xhtml import package_of

FIRST_YEAR = 1000  # a book can be old (1850); year 0 or 101 is a writer's placeholder
_DC = "{http://purl.org/dc/elements/1.1/}"
_OPF_EVENT = "{http://www.idpf.org/2007/opf}event"
_W3CDTF = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_LANGUAGE_TAG = re.compile(r"(?:[A-Za-z]{2,3}|[xXiI])(?:-[A-Za-z0-9]{1,8})*")  # ISO 639 code, or x-/i- forms


@dataclass(frozen=True, slots=True)
class BookFacts:
    published: str = ""  # "2012", "2011-09" or "2011-09-01"
    language: str = ""
    publisher: str = ""


def book_facts(data: bytes) -> BookFacts:
    """The OPF's date, language and publisher (empty facts when the package cannot be read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _, package = package_of(archive)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, RuntimeError, EOFError):
        return BookFacts()
    if package is None:
        return BookFacts()
    return BookFacts(published=_publication_date(package), language=_language(package),
                     publisher=_first_text(package, "publisher"))


def w3c_date(value: str) -> str:
    """The date `value` states, to its precision ("2012", "2011-09", "2011-09-01"), or "" if it is none."""
    match = _W3CDTF.fullmatch(value.strip())
    if not match:
        return ""
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        datetime.date(year or 0, month or 1, day or 1)  # month 13, 30 February, year 0: not a date
    except ValueError:
        return ""
    if not FIRST_YEAR <= (year or 0) <= datetime.date.today().year + 1:
        return ""
    return "-".join(part for part in match.groups() if part)


def _publication_date(package: etree._Element) -> str:
    dates = list(package.iter(f"{_DC}date"))
    events = [(d.get(_OPF_EVENT) or d.get("event") or "").strip().lower() for d in dates]
    ordered = [d for d, e in zip(dates, events) if e == "publication"] + [d for d, e in zip(dates, events) if not e]
    return next((found for found in (w3c_date(_text(d)) for d in ordered) if found), "")


def _language(package: etree._Element) -> str:
    tag = _first_text(package, "language")
    return tag if _LANGUAGE_TAG.fullmatch(tag) and tag.lower() != "und" and len(tag) <= 35 else ""


def _first_text(package: etree._Element, name: str) -> str:
    return next((text for text in (_text(e) for e in package.iter(f"{_DC}{name}")) if text), "")


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())
