"""ARC header lines whose URL holds spaces, and an ARC whose line ends were converted to LF after capture: the
page is read when its body is provably whole (with a warning that the archive was altered); a cut file is not."""

from collections.abc import Callable

import pytest

from app.documents.archives.warc import warc_pages
from app.documents.registry import load_all
from app.domain.errors import DocumentError
from tests.fixtures import warc_records as rec

SPACED = "http://example.com/index.cfm?FuseAction=Email&EmailTitle=Examples From The Live Web&IsPopUp=False"
ESCAPED = SPACED.replace(" ", "%20")
OTHER = "http://example.com/other page.html"
PAGE = b"<html><head><title>Example Domain</title></head><body><p>This domain is for examples.</p>\n</body></html>\n"
PAGE_2 = b"<html><head><title>Other</title></head><body><p>Another page of examples.</p></body></html>\n"


def _converted(data: bytes) -> bytes:
    """The file after a tool turned CRLF into LF (git on a text file, an FTP text transfer)."""
    return data.replace(b"\r\n", b"\n")


def test_a_url_with_spaces_in_the_header_line_is_read() -> None:
    pages = warc_pages(rec.arc({SPACED: PAGE, OTHER: PAGE_2}), "spaces.arc", arc=True)
    assert [p.url for p in pages] == [ESCAPED, "http://example.com/other%20page.html"]
    assert [p.html for p in pages] == [PAGE, PAGE_2] and [p.altered for p in pages] == ["", ""]
    assert pages[0].date == "2008-04-30T20:48:25Z"


def test_a_last_record_whose_http_head_lost_its_crs_is_read_with_a_warning() -> None:
    data = _converted(rec.arc({SPACED: PAGE}))
    [page] = warc_pages(data, "converted.arc", arc=True)
    assert page.html == PAGE and page.url == ESCAPED  # the body as long as its Content-Length: not the separator
    assert page.altered.startswith(f"the ARC record of {ESCAPED} holds fewer bytes than its header line says")
    [doc] = load_all(data, "converted.arc")
    assert doc.title == "Example Domain" and "This domain is for examples." in doc.text.text
    assert doc.provenance is not None and doc.provenance.captured_at == "2008-04-30T20:48:25Z"
    assert page.altered in doc.warnings and doc.provenance.extra["altered"] == page.altered


def _cut_end() -> bytes:
    return rec.arc({SPACED: PAGE})[:-30]


def _cut_as_many_bytes_as_head_lines() -> bytes:  # 4: status line, two fields, blank line
    return rec.arc({SPACED: PAGE}).replace(b"is for examples", b"is examples")


def _converted_with_crs_in_the_body() -> bytes:
    return _converted(rec.arc({SPACED: PAGE.replace(b"</p>\n", b"</p>\r\n")}))


def _converted_without_its_closing_newline() -> bytes:  # the body's last newline and the record's: which is which?
    return _converted(rec.arc({SPACED: PAGE}))[:-1]


@pytest.mark.parametrize("damaged", [_cut_end, _cut_as_many_bytes_as_head_lines, _converted_with_crs_in_the_body,
                                     _converted_without_its_closing_newline])
def test_a_record_that_runs_past_the_end_for_any_other_reason_is_refused(damaged: Callable[[], bytes]) -> None:
    with pytest.raises(DocumentError) as exc:
        load_all(damaged(), "cut.arc")
    assert str(exc.value) == "cut.arc is truncated (record 2 ends early)."


def test_an_intact_record_says_nothing_was_altered() -> None:
    [doc] = load_all(rec.arc({SPACED: PAGE}), "intact.arc")
    assert not any("ARC record" in w for w in doc.warnings) and "altered" not in doc.provenance.extra
