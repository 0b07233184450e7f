"""Archived pages keep their own <title>: an extractor's last-resort heading never replaces it."""

import pytest

from app.documents.formats.html import load_html
from app.documents.registry import load_all
from tests.fixtures import warc_records as rec

# The archive.org home page as a 2008 crawl holds it: a logo in <head> ends the head early for an HTML parser,
# so the <title> lands in <body>, where trafilatura does not look; its first <h2> became the title.
ARCHIVE_ORG_2008 = (
    b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    b'<link rel="stylesheet" href="/stylesheets/archive.css"><center><img src="/images/logo.jpg" '
    b'alt="Internet Archive"></center><title>Internet Archive</title></head><body>'
    b'<table width="100%"><tr><td><h2>Please visit our website at:</h2><p><a href="http://www.archive.org/">'
    b'www.archive.org</a></p></td></tr></table><h2>Announcements</h2>'
    b'<p>The Internet Archive is building a digital library of Internet sites and other cultural artifacts in '
    b'digital form. Like a paper library, we provide free access to researchers, historians, scholars, and the '
    b'general public.</p><p>The Internet Archive is working to prevent the Internet and other born-digital '
    b'materials from disappearing into the past.</p></body></html>')
URL = "http://www.archive.org/"


@pytest.mark.parametrize("fmt", ["arc", "warc", "html"])
def test_a_2008_archive_org_page_is_titled_internet_archive(fmt: str) -> None:
    if fmt == "arc":
        doc = load_all(rec.arc({URL: ARCHIVE_ORG_2008}), "IAH-20080430204825-00000.arc")[0]
    elif fmt == "warc":
        doc = load_all(rec.response(body=ARCHIVE_ORG_2008), "home.warc")[0]
    else:
        doc = load_html(ARCHIVE_ORG_2008, "home.html")
    assert doc.title == "Internet Archive"
    text = doc.text.text
    assert text.startswith("Internet Archive\n\n")
    assert "Please visit our website at:" in text and "building a digital library of Internet sites" in text


def test_a_single_h1_headline_still_beats_a_site_name_title() -> None:
    page = (b"<html><head><title>Defense Wire</title></head><body><article><h1>Bridge reopens in May</h1>"
            b"<h2>Tolls stay</h2><p>The bridge over the Dnipro reopens in May after repairs, the mayor said on "
            b"Tuesday, and tolls will not rise, officials told reporters in the city.</p></article></body></html>")
    assert load_html(page, "news.html").title == "Bridge reopens in May"


def test_a_heading_the_page_also_gives_as_og_title_is_kept() -> None:
    page = (b"<html><head><meta property='og:title' content='Council closes library'><title>City News</title>"
            b"</head><body><h2>Council closes library</h2><p>The council voted to close the central library for "
            b"two years while the building is repaired, residents said on Monday evening.</p></body></html>")
    assert load_html(page, "council.html").title == "Council closes library"


def test_a_single_h1_that_introduces_what_follows_is_not_the_title() -> None:
    page = (b"<html><head><title>Internet Archive</title></head><body><h1>Please visit our website at:</h1>"
            b"<p><a href='http://www.archive.org/'>www.archive.org</a></p><p>The Internet Archive is building a digital "
            b"library of Internet sites and other cultural artifacts in digital form, with free access for all.</p>"
            b"</body></html>")
    doc = load_html(page, "home.html")
    assert doc.title == "Internet Archive" and "Please visit our website at:" in doc.text.text
