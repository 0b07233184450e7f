"""Images as one-page documents: formats, page size in pixels, EXIF, and refusals before decoding."""

import tracemalloc

import pytest

from app.documents.output.render import PageRenderer
from app.documents.registry import load_bytes, sniff_kind
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from tests.fixtures import images as im


@pytest.mark.parametrize("name, make", [("shot.png", im.png), ("shot.webp", im.webp),
                                        ("photo.jpg", im.jpeg_with_exif), ("anim.gif", im.animated_gif)])
def test_each_format_opens_as_one_page_the_size_of_the_image(name: str, make: object) -> None:
    data = make()  # type: ignore[operator]
    loaded = load_bytes(data, name)
    assert loaded.kind is DocumentKind.IMAGE and loaded.pages == 1
    assert loaded.text.text == "" and len(loaded.text.pages) == 1
    page = loaded.text.pages[0]
    expected = (120, 80) if name.endswith(".gif") else (640, 480)
    assert (page.width, page.height) == expected  # 1 point = 1 pixel: quads are image pixels
    assert loaded.title == name.rsplit(".", 1)[0]
    with PageRenderer(data, DocumentKind.IMAGE, name=name) as renderer:
        assert renderer.page_size(0) == expected
        pixels = renderer.render(0, 1.0)
        assert (pixels.width, pixels.height) == expected


def _pixel(data: bytes, x: int, y: int) -> tuple[int, int, int]:
    with PageRenderer(data, DocumentKind.IMAGE) as renderer:
        raw = renderer.render(0, 1.0)
    at = y * raw.stride + 3 * x
    return tuple(raw.samples[at : at + 3])  # type: ignore[return-value]


def test_pixels_are_where_the_image_has_them_and_a_gif_shows_its_first_frame() -> None:
    red = _pixel(im.png(), 100, 100)
    assert red[0] > 200 and red[1] < 60 and red[2] < 60
    blue = _pixel(im.webp(), 400, 300)
    assert blue[2] > 200 and blue[0] < 60
    first = _pixel(im.animated_gif(), 60, 40)  # frames: red, green, blue
    assert first[0] > 200 and first[1] < 60
    warnings = load_bytes(im.animated_gif(), "anim.gif").warnings
    assert any("3 frames" in w and "first frame" in w for w in warnings)


def test_exif_camera_time_and_gps_in_decimal_degrees() -> None:
    exif = load_bytes(im.jpeg_with_exif(), "photo.jpg").exif
    assert exif == {"make": "Canon", "model": "Canon EOS 5D Mark IV", "datetime_original": "2024:03:05 10:15:42",
                    "gps_latitude": im.LATITUDE, "gps_longitude": im.LONGITUDE, "gps_altitude": "179.0"}
    south_west = load_bytes(im.jpeg_with_exif(south_west=True), "photo.jpg").exif
    assert south_west["gps_latitude"] == "-" + im.LATITUDE and south_west["gps_longitude"] == "-" + im.LONGITUDE
    assert load_bytes(im.png(), "shot.png").exif == {}


def test_images_are_recognised_by_content_whatever_their_name() -> None:
    assert sniff_kind(im.png(), "download") is DocumentKind.IMAGE
    assert sniff_kind(im.webp(), "x.bin") is DocumentKind.IMAGE
    assert sniff_kind(im.jpeg_with_exif(), "photo.txt") is DocumentKind.IMAGE
    with pytest.raises(DocumentError, match="not a supported document type"):
        sniff_kind(b"RIFF\x00\x00\x00\x00WAVEfmt " + b"\x00" * 64, "sound.wav")  # RIFF, but not WebP


@pytest.mark.parametrize("name, make, message", [
    ("huge.png", im.huge_png, "huge.png is too large an image"),
    ("bomb.png", im.png_bomb, "bomb.png is too large an image"),
    ("cut.jpg", im.truncated_jpeg, "cut.jpg is damaged or not a valid JPEG image."),
    ("junk.png", lambda: b"\x00junk" * 500, "junk.png is damaged or not a valid image file."),
])
def test_bad_images_are_refused_with_one_sentence(name: str, make: object, message: str) -> None:
    data = make()  # type: ignore[operator]
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as info:
            load_bytes(data, name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(info.value).startswith(message) and "\n" not in str(info.value)
    # Refused from the header: no 400 Mpx (or 30 Gpx) of pixels was ever allocated.
    assert peak < 50 * 2**20


def test_a_phone_photo_stored_sideways_is_shown_upright() -> None:
    """EXIF orientation 6 (rotate 90° clockwise to view): the page is 480 wide, and the red box moves with it."""
    from PIL import Image

    exif = Image.Exif()
    exif[274] = 6
    data = im.encode(im.picture(), "JPEG", exif=exif)  # stored 640x480, red box at x 40-200, y 40-160
    loaded = load_bytes(data, "phone.jpg")
    assert (loaded.text.pages[0].width, loaded.text.pages[0].height) == (480, 640)
    assert loaded.exif["orientation"] == "6"
    red = _pixel(data, 480 - 1 - 100, 120)  # stored (x=120, y=100) turns to (479 - 100, 120)
    assert red[0] > 200 and red[1] < 60
    assert _pixel(data, 100, 120) == (255, 255, 255)
