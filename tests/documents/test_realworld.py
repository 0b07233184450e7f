"""Real-world files from other projects' test suites (tests/data/realworld, licences in its LICENSES.md):
each is added with plausible text or refused in one line; none crashes or hangs.

The checks are tests/realworld_holdout.py's (which runs them on a release's hold-out folder); here each
file also has an expectation: a phrase of its text, EXIF facts, page sizes, or the reason it is refused.
"""

from pathlib import Path

import pytest

from tests.realworld_holdout import check_file

CORPUS = Path(__file__).resolve().parents[1] / "data" / "realworld"
ADDED: dict[str, str] = {  # file -> a phrase its text holds (images: "kind pages", plus EXIF below)
    "epub3-samples-wasteland.epub": "April is the cruellest month",
    "epub3-samples-regime-anticancer-arabic.epub": "بالسرطان",
    "jwarc-cc.warc.gz": "Need years of free web page data",
    "py-wacz-example-collection.warc": "This domain is for use in illustrative examples",
    "py-wacz-valid_example_1.wacz": "This domain is for use in illustrative examples",
    "warcio-example.arc": "This domain is established to be used for illustrative examples",
    "warcio-example.arc.gz": "This domain is established to be used for illustrative examples",
    "warcio-example.warc.gz": "This domain is established to be used for illustrative examples",
    "warcio-example-iana.org-chunked.warc": "Internet Assigned Numbers Authority",
    "warcio-example-resource.warc.gz": "This domain is established to be used for illustrative examples",
    "warcio-example-wget-bad-target-uri.warc.gz": "This domain is established to be used for illustrative examples",
    "trafilatura-creativecommons.org.html": "What is Creative Commons?",
    "trafilatura-de.creativecommons.org.endlich.html": "Endlich wird es spannend",
    "pdfjs-alphatrans.pdf": "Red: stroke=1, fill=1",
    "pdfjs-annotation-highlight-without-appearance.pdf": "Lorem ipsum dolor sit",
    "pdfjs-ArabicCIDTrueType.pdf": "العربية",
    "pdfjs-arial_unicode_ab_cidfont.pdf": "",  # glyphs without Unicode: added, with a warning saying so
    "pdfjs-issue2177.pdf": "",  # no text layer: added, with a warning
}
IMAGES: dict[str, tuple[int, dict[str, str]]] = {  # file -> pages, EXIF facts (text comes only with OCR)
    "exif-Canon_40D.jpg": (1, {"model": "Canon EOS 40D", "datetime_original": "2008:05:30 15:56:01"}),
    "exif-Nikon_D70.jpg": (1, {"make": "NIKON CORPORATION"}),
    "exif-Arbitro.tiff": (1, {}),
    "exif-samplefilehub.heif": (1, {}),
    "tesseract-phototest.tif": (1, {}),
    "tesseract-8087_054.3B.tif": (1, {}),
    "tesseract-arabic.tif": (1, {}),
    "tesseract-phototest-rotated-180.png": (1, {}),
}
REFUSED: dict[str, str] = {  # file -> what the one error line says
    "jwarc-gzip_extra_sl.warc.gz": "holds no archived HTML page",
    "py-wacz-invalid_example_1.wacz": "is not a WACZ archive",
    "warcio-bad.arc": "holds no archived HTML page",
    "warcio-example-digest.warc": "holds no archived HTML page",
    "warcio-example-space-in-url.arc": "is truncated (record 2 ends early)",  # its Content-Length overruns the file
    "warcio-example-trunc.warc": "cannot be read: its gzip data ends early (truncated)",
}


def test_every_corpus_file_has_an_expectation_and_a_licence() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.name != "LICENSES.md"}
    assert files == {*ADDED, *IMAGES, *REFUSED}
    licences = (CORPUS / "LICENSES.md").read_text(encoding="utf-8")
    assert all(name in licences for name in files)
    assert sum(p.stat().st_size for p in CORPUS.iterdir()) < 20 * 2**20


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted({*ADDED, *IMAGES, *REFUSED}))
def test_realworld_file(name: str, tmp_path: Path) -> None:
    outcome = check_file(CORPUS / name, tmp_path)
    assert outcome.status != "FAILED", outcome.detail
    if name in REFUSED:
        assert outcome.status == "refused" and REFUSED[name] in outcome.detail and name in outcome.detail, outcome.detail
        return
    assert outcome.status == "added", outcome.detail
    if name in ADDED:
        assert ADDED[name] in outcome.texts[0], outcome.texts[0][:300]
        if not ADDED[name]:
            assert outcome.warnings, "a document without quotable text is added with a warning"
        return
    pages, exif = IMAGES[name]
    doc = outcome.documents[0]
    assert doc["kind"] == "image" and doc["pages"] == pages
    assert exif.items() <= doc.get("exif", {}).items(), doc.get("exif")
