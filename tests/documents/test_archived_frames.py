"""Frames of archived pages: a document shown in an <iframe> is offered as a page of the page that embeds it."""

import pytest

from app.documents.archives.frames import frame_urls
from app.documents.registry import load_all, load_bytes, pages
from tests.fixtures import archives as cap
from tests.fixtures import warc_records as rec

TOP = "https://news.example/bridge"
FRAME = "https://news.example/embed/statement?id=7"
NESTED = "https://video.example/player/42"
STATEMENT = "The ministry confirmed that the bridge will carry no military traffic after it reopens."
TRANSCRIPT = "Transcript: the mayor repeats that tolls will not rise this year or next."
TOP_HTML = (b"<html><head><title>Bridge reopens in May</title></head><body><article><h1>Bridge reopens in May</h1>"
            b"<p>The bridge over the Dnipro reopens in May after repairs, the mayor said on Tuesday.</p>"
            b"<iframe src=\"/embed/statement?id=7#top\" width=600></iframe>"
            b"<p>Officials gave no further details to reporters.</p></article></body></html>")
FRAME_HTML = (f"<html><head><title>Ministry statement</title></head><body><p>{STATEMENT}</p>"
              f"<iframe src='{NESTED}'></iframe></body></html>").encode()
NESTED_HTML = f"<html><head><title>Player</title></head><body><p>{TRANSCRIPT}</p></body></html>".encode()
OTHER = "https://ads.example/banner"  # archived, but no listed page shows it: a sub-resource, not offered


def _warc() -> bytes:
    return rec.warc_of({TOP: TOP_HTML, OTHER: b"<html><body><p>Buy now, buy now, buy now.</p></body></html>",
                        FRAME: FRAME_HTML, NESTED: NESTED_HTML})


def test_a_wacz_offers_the_frames_of_its_listed_page_under_it() -> None:
    data = cap.wacz(warc_data=_warc(), pages=(TOP,))
    listed = pages(data, "site.wacz")
    assert [(p.url, p.frame_of, p.title) for p in listed] == [
        (TOP, "", "Bridge reopens in May"), (FRAME, TOP, "Ministry statement"), (NESTED, FRAME, "Player")]


def test_a_frames_text_is_reachable_and_its_provenance_names_the_embedding_page() -> None:
    data = cap.wacz(warc_data=_warc(), pages=(TOP,))
    docs = load_all(data, "site.wacz")
    assert [d.provenance.source_url for d in docs] == [TOP, FRAME, NESTED]
    assert STATEMENT in docs[1].text.text and TRANSCRIPT in docs[2].text.text
    assert docs[1].provenance.extra["frame_of"] == TOP and docs[2].provenance.extra["frame_of"] == FRAME
    assert "frame_of" not in docs[0].provenance.extra
    assert STATEMENT not in docs[0].text.text  # the embedding page's own text is unchanged
    assert load_bytes(data, "site.wacz", record=FRAME).text.text == docs[1].text.text


def test_a_warc_marks_which_page_is_a_frame_of_which() -> None:
    listed = pages(_warc(), "site.warc.gz")
    assert [(p.url, p.frame_of) for p in listed] == [(TOP, ""), (OTHER, ""), (FRAME, TOP), (NESTED, FRAME)]


@pytest.mark.parametrize(("markup", "found"), [
    (b"<FRAMESET><FRAME SRC=left.html><FRAME src='right.html'></FRAMESET>",
     ["https://a.example/dir/left.html", "https://a.example/dir/right.html"]),
    (b"<iframe srcdoc='x' src=\"//cdn.example/e?a=1&amp;b=2\">", ["https://cdn.example/e?a=1&b=2"]),
    (b"<iframe src='javascript:alert(1)'></iframe><iframe src='about:blank'>", []),
])
def test_frame_addresses_are_resolved_against_the_page(markup: bytes, found: list[str]) -> None:
    assert frame_urls(markup, "https://a.example/dir/page.html") == found
