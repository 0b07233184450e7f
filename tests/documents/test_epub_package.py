"""An EPUB's publication date, language and publisher are read from its package document (OPF), as written."""

import io
import zipfile

import pytest

from app.documents.formats.epub_package import BookFacts, book_facts, w3c_date
from app.documents.registry import load_bytes
from tests.fixtures import documents as fx

_CONTAINER = """<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"""


def _package(metadata: str, version: str = "3.0") -> bytes:
    """A zip holding only the container and a package whose <metadata> is `metadata`."""
    opf = (f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="{version}" '
           f'xmlns:opf="http://www.idpf.org/2007/opf"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"{metadata}</metadata><manifest/><spine/></package>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", _CONTAINER)
        archive.writestr("EPUB/package.opf", opf)
    return buffer.getvalue()


@pytest.mark.parametrize(("written", "published"), [
    ("2012", "2012"),  # a year stays a year: no 1 January the book never stated
    ("2011-09", "2011-09"),
    ("2011-09-01", "2011-09-01"),
    ("2011-09-01T00:00:00Z", "2011-09-01"),
    ("2011-09-01T23:30:00-05:00", "2011-09-01"),  # the day as written, not moved to UTC
    (" 2011-09-01\n", "2011-09-01"),
    ("0101-01-01T00:00:00+00:00", ""),  # Calibre's "unknown"
    ("2011-13-01", ""), ("2011-02-30", ""), ("9999", ""), ("September 2011", ""), ("", ""),
])
def test_the_date_is_read_to_the_precision_it_states(written: str, published: str) -> None:
    assert book_facts(_package(f"<dc:date>{written}</dc:date>")).published == published
    assert w3c_date(written) == published


def test_an_epub2_publication_date_wins_over_its_other_events() -> None:
    metadata = ('<dc:date opf:event="modification">2019-05-02</dc:date><dc:date opf:event="creation">2010-01-01</dc:date>'
                '<dc:date opf:event="publication">2011-09-01</dc:date>')
    assert book_facts(_package(metadata, "2.0")).published == "2011-09-01"
    assert book_facts(_package('<dc:date opf:event="modification">2019-05-02</dc:date>', "2.0")).published == ""
    assert book_facts(_package('<dc:date opf:event="modification">2019</dc:date><dc:date>2011</dc:date>')).published == "2011"


@pytest.mark.parametrize(("written", "language"), [
    ("en-US", "en-US"), ("ar", "ar"), ("zh-Hant-TW", "zh-Hant-TW"), (" fr ", "fr"), ("und", ""), ("English", ""),
    ("en US", ""),
])
def test_the_language_is_the_first_tag_as_written(written: str, language: str) -> None:
    assert book_facts(_package(f"<dc:language>{written}</dc:language><dc:language>de</dc:language>")).language == language


def test_a_book_states_its_publisher_and_nothing_it_does_not_say() -> None:
    facts = book_facts(_package("<dc:publisher>Hachette Antoine</dc:publisher><dc:publisher>Other</dc:publisher>"))
    assert facts == BookFacts(published="", language="", publisher="Hachette Antoine")
    assert book_facts(b"PK\x03\x04 not a zip") == BookFacts()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # the container names a package the zip does not hold
        archive.writestr("META-INF/container.xml", _CONTAINER)
    assert book_facts(buffer.getvalue()) == BookFacts()


def test_a_loaded_epub_carries_the_packages_date_language_and_publisher() -> None:
    doc = load_bytes(fx.epub(metadata="<dc:date>2012</dc:date><dc:publisher>Hachette Antoine</dc:publisher>"), "book.epub")
    assert (doc.metadata.published, doc.metadata.language, doc.metadata.publisher) == ("2012", "en", "Hachette Antoine")
    assert doc.metadata.author == "Ann Archivist"
    assert load_bytes(fx.epub(), "plain.epub").metadata.published == ""
