"""TIFF scans as paged documents (one page per TIFF page) and HEIF/HEIC phone photos: EXIF, limits before decoding."""

import os
import shutil
import tracemalloc

import pytest

from app.documents.output.render import PageRenderer
from app.documents.registry import load_bytes, sniff_kind
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from tests.fixtures import images as im


def test_a_multi_page_fax_is_a_paged_document_page_by_page() -> None:
    data = im.tiff_fax(pages=3)
    loaded = load_bytes(data, "fax.tif")
    assert loaded.kind is DocumentKind.IMAGE and loaded.pages == 3
    assert [(p.width, p.height) for p in loaded.text.pages] == [(1728, 2200), (1728, 2200), (1728, 1100)]
    assert "scan of 3 pages" in loaded.warnings[0]
    with PageRenderer(data, DocumentKind.IMAGE, name="fax.tif") as renderer:
        assert renderer.page_size(2) == (1728, 1100)
        raw = renderer.render(2, 0.25)
        assert (raw.width, raw.height) == (432, 275)
        assert min(raw.samples) < 128  # the text of page 3 is drawn (not a blank page)


def test_tiff_exif_and_heic_exif_are_read_as_for_jpeg() -> None:
    scan = load_bytes(im.tiff_with_exif(), "scan.tiff")
    assert scan.pages == 1 and (scan.exif or {}).get("model") == "Perfection V600"
    photo = load_bytes(im.heic_photo(), "IMG_0001.HEIC")
    assert photo.kind is DocumentKind.IMAGE and photo.pages == 1
    assert (photo.text.pages[0].width, photo.text.pages[0].height) == (640, 480)
    assert photo.exif is not None and photo.exif["make"] == "Apple" and photo.exif["datetime_original"] == "2024:03:05 10:15:42"
    with PageRenderer(im.heic_photo(), DocumentKind.IMAGE) as renderer:
        raw = renderer.render(0, 1.0)
    at = 100 * raw.stride + 3 * 100  # inside the red box the picture has at (40..200, 40..160)
    red = tuple(raw.samples[at:at + 3])
    assert red[0] > 180 and red[1] < 90 and red[2] < 90, red


def test_tiff_and_heif_are_recognised_by_content() -> None:
    assert sniff_kind(im.tiff_fax(1), "download") is DocumentKind.IMAGE
    assert sniff_kind(im.heic_photo(), "photo.bin") is DocumentKind.IMAGE


@pytest.mark.parametrize("name, make, message", [
    ("bomb.tif", lambda: im.raw_tiff([(100_000, 100_000)]), "bomb.tif is too large an image"),
    ("late bomb.tif", lambda: im.raw_tiff([(100, 100), (100_000, 100_000)]), "late bomb.tif is too large an image (page 2)"),
    ("many.tif", lambda: im.raw_tiff([(1, 1)] * 1001), "many.tif has more than 1000 pages"),
    ("cut.tif", lambda: im.tiff_fax()[:1500], "cut.tif is damaged after page 1"),
    ("cut.heic", lambda: im.heic_photo()[:3000], "cut.heic is damaged or not a valid HEIF image."),
    ("junk.heic", lambda: b"\x00\x00\x00\x18ftypheic" + b"junk" * 100, "junk.heic is damaged or not a valid HEIF image."),
])
def test_bad_tiff_and_heif_are_refused_before_decoding(name: str, make: object, message: str) -> None:
    data = make()  # type: ignore[operator]
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as info:
            load_bytes(data, name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(info.value).startswith(message) and "\n" not in str(info.value), str(info.value)
    assert peak < 50 * 2**20  # no page of 10 Gpx was ever allocated


def test_a_small_hand_written_tiff_gives_each_page_its_own_size() -> None:
    loaded = load_bytes(im.raw_tiff([(100, 50), (60, 70)]), "two.tif")
    assert [(p.width, p.height) for p in loaded.text.pages] == [(100, 50), (60, 70)]


_needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                                      reason="tesseract is not installed (bash packaging/dev.sh setup installs it)")


@pytest.mark.slow
@_needs_tesseract
def test_each_page_of_a_fax_is_recognised_on_its_own_page() -> None:
    from app.documents.ocr.tesseract import ocr_pages

    layer = ocr_pages(im.tiff_fax(pages=3), DocumentKind.IMAGE, "fax.tif", [0, 2], "eng")
    words = {page["index"]: " ".join(word[0] for word in page["words"]) for page in layer["pages"]}
    assert words == {0: "Fax page 1 of 3", 2: "Fax page 3 of 3"}, words


def test_a_standard_resolution_fax_says_its_pixels_are_oblong() -> None:
    from PIL import Image

    page = Image.new("1", (1728, 1100), 1)
    loaded = load_bytes(im.encode(page, "TIFF", compression="group3", dpi=(204, 98)), "fax.tif")
    assert any("oblong pixels (204×98 dpi" in w for w in loaded.warnings), loaded.warnings
    assert not any("oblong" in w for w in load_bytes(im.tiff_fax(1), "fine.tif").warnings)


@pytest.mark.parametrize("stage", ["header", "pixels"])
def test_a_damaged_image_gets_our_sentence_whichever_stage_the_library_fails_at(
        stage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Library versions move a failure between stages and reword it (pillow-heif 1.9 fails on the pixels of a cut
    file, 1.8 on its header): the user reads the same sentence of ours, never the library's text."""
    from PIL import Image

    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError("libheif: Invalid input: Unspecified: Bitstream not supported by this decoder v9.9")

    photo = im.heic_photo()  # made before the library is broken
    monkeypatch.setattr(Image, "open", fail) if stage == "header" else monkeypatch.setattr(Image.Image, "load", fail)
    with pytest.raises(DocumentError) as info:
        load_bytes(photo, "photo.heic")
    assert str(info.value) == "photo.heic is damaged or not a valid HEIF image."
