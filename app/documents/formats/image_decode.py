"""Images (PNG, JPEG, WebP, GIF, TIFF, HEIF, AVIF): size checked from the header before any decoding, EXIF
(with IPTC and XMP, photo_metadata), a PDF.

An image becomes a PDF whose page is exactly the image in pixels (1 point = 1 pixel), so
quads and region rectangles are image pixels, and the renderer, text extraction and the page view
treat it like any other page. Pillow reads the header (size, format) without decoding, so an image
bomb (a tiny file declaring huge dimensions) is refused before any pixel is allocated; then it decodes
the first frame once, so a truncated or damaged file is refused instead of shown half grey.

A TIFF (scanner output, fax) is a paged document: every page (IFD) is one PDF page, each checked
against the size limits from its header before it is decoded. Other formats give their first frame
(a HEIF burst: its primary image). HEIF/HEIC (phone photos) is read through pillow-heif, imported only
when a HEIF file is opened; AVIF through Pillow's own AVIF plugin (Pillow 11.3 or later).
"""

import io
import struct
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pymupdf

from app.documents.formats.photo_metadata import photo_fields
from app.domain.errors import DocumentError

MAX_SIDE = 20_000  # pixels per side; larger images are refused before decoding
MAX_PIXELS = 100_000_000  # 100 Mpx: about 400 MB decoded as RGBA
MAX_PAGES = 1_000  # TIFF pages (a long fax is tens); more is refused before any page is decoded
FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "WEBP": "WebP", "GIF": "GIF", "TIFF": "TIFF", "HEIF": "HEIF", "AVIF": "AVIF"}
MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
# ISO-BMFF brands of HEIF still images and sequences; AVIF (AV1 in the same box structure) is Pillow's own
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1")
_AVIF_BRANDS = (b"avif", b"avis")
_PASS_THROUGH = {"JPEG", "PNG"}  # MuPDF embeds these as they are; others go in as the first frame, as PNG


def is_image(head: bytes) -> bool:
    return head.startswith(MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP") or is_heif(head) or is_avif(head)


def is_heif(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS and not is_avif(head)


def is_avif(head: bytes) -> bool:
    """AVIF's major brand, or a generic one (mif1) with avif among the ftyp box's compatible brands."""
    if head[4:8] != b"ftyp":
        return False
    size = int.from_bytes(head[:4], "big")
    brands = head[16:min(max(size, 16), 64)]
    return head[8:12] in _AVIF_BRANDS or any(brands[i:i + 4] in _AVIF_BRANDS for i in range(0, len(brands) - 3, 4))


def _kind_by_magic(head: bytes) -> str | None:
    """The format the first bytes announce, whatever Pillow later makes of the rest."""
    for magic, kind in ((b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"II*\x00", "TIFF"),
                        (b"MM\x00*", "TIFF")):
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    return "HEIF" if is_heif(head) else "AVIF" if is_avif(head) else None


def damaged(name: str, data: bytes) -> DocumentError:
    """Our one sentence for an image that cannot be read, whichever stage (header, pixels) or library version
    noticed it: libraries change where and how they fail (pillow-heif 1.9 fails on pixels, not the header)."""
    kind = _kind_by_magic(data[:64])
    return DocumentError(f"{name} is damaged or not a valid {kind} image." if kind else
                         f"{name} is damaged or not a valid image file.")


@dataclass(frozen=True, slots=True)
class ImageInfo:
    width: int
    height: int
    format: str  # PNG, JPEG, WebP, GIF, TIFF, HEIF, AVIF
    frames: int  # frames of an animation, pages of a TIFF
    exif: dict[str, str]  # EXIF, then IPTC ("iptc_...") and XMP ("xmp_...") fields
    dpi: tuple[float, float] | None = None  # horizontal, vertical, when the file states them


def _open(data: bytes, name: str) -> Any:
    from PIL import Image, UnidentifiedImageError  # lazy: Pillow costs ~30 ms to import

    if is_heif(data[:32]):
        from pillow_heif import register_heif_opener  # lazy: libheif costs start-up time

        register_heif_opener()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # bombs: our own limits apply below; corrupt tags: refused in one line
            return Image.open(io.BytesIO(data))  # reads the header only
    except Image.DecompressionBombError as exc:
        raise DocumentError(f"{name} is too large an image to open (more than {MAX_PIXELS // 10**6} Mpx).") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise damaged(name, data) from exc


def inspect(data: bytes, name: str) -> tuple[ImageInfo, Any]:
    """The header facts and the opened (not yet decoded) Pillow image; DocumentError if unusable."""
    image = _open(data, name)
    fmt = FORMATS.get(image.format or "")
    if fmt is None:
        raise DocumentError(f"{name} is a {image.format or 'unknown'} image; PNG, JPEG, WebP, GIF, TIFF, HEIF "
                            f"and AVIF can be opened.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow warns of corrupt tags on stderr: the refusal says it in one line
        width, height = _upright_size(image, name)
        frames = _tiff_pages(image, name) if fmt == "TIFF" else int(getattr(image, "n_frames", 1) or 1)
        return ImageInfo(width, height, fmt, frames, {**read_exif(image), **photo_fields(image)}, _dpi(image)), image


def _dpi(image: Any) -> tuple[float, float] | None:
    try:
        x, y = (float(v) for v in image.info["dpi"])
    except (KeyError, TypeError, ValueError):
        return None
    return (x, y) if x > 0 and y > 0 else None


def _upright_size(image: Any, name: str, page: int = 0) -> tuple[int, int]:
    """The current frame's size as shown (EXIF-turned), checked against the limits; from the header only."""
    width, height = image.size
    if _orientation(image) in _TURNED:  # shown upright, so a portrait photo is taller than wide
        width, height = height, width
    where = f" (page {page + 1})" if page else ""
    if width < 1 or height < 1:
        raise DocumentError(f"{name} is damaged (an image of {width}×{height} pixels{where}).")
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        raise DocumentError(f"{name} is too large an image{where} ({width}×{height} pixels; the limit is "
                            f"{MAX_SIDE} a side and {MAX_PIXELS // 10**6} Mpx).")
    return width, height


def _tiff_pages(image: Any, name: str) -> int:
    """How many pages (IFDs) a TIFF has, each size-checked, reading headers only; at most MAX_PAGES."""
    count = 0
    try:
        while True:
            image.seek(count)
            _upright_size(image, name, count)
            count += 1
            if count > MAX_PAGES:
                raise DocumentError(f"{name} has more than {MAX_PAGES} pages; refused.")
    except EOFError:
        image.seek(0)  # the end of the pages: back to the first
    except (OSError, ValueError, SyntaxError, TypeError, KeyError, struct.error) as exc:  # Pillow's TIFF reader
        if count == 0:
            raise DocumentError(f"{name} is damaged or not a valid TIFF image.") from exc
        raise DocumentError(f"{name} is damaged after page {count} (TIFF).") from exc
    return count


def image_pdf(data: bytes, name: str, *, check_pixels: bool = True) -> "pymupdf.Document":
    """A PDF holding the image at 1 point per pixel: one page, or one per page of a TIFF.

    With check_pixels, the image is decoded once first, so a truncated file is refused (MuPDF would
    draw what it could); the renderer skips that for PNG and JPEG, which the import already checked.
    """
    import pymupdf  # lazy: only when an image is opened or drawn

    info, image = inspect(data, name)
    pages: list[tuple[int, int, bytes]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for index in range(info.frames if info.format == "TIFF" else 1):
                image.seek(index)
                width, height = _upright_size(image, name, index)  # (again: each TIFF page has its own)
                pages.append((width, height, _page_stream(image, info.format, data, check_pixels)))
    except MemoryError as exc:
        raise DocumentError(f"{name} is too large to open.") from exc
    except (OSError, ValueError, SyntaxError, EOFError, TypeError, KeyError, struct.error) as exc:
        raise damaged(name, data) from exc
    finally:
        image.close()
    doc = pymupdf.open()
    try:
        for width, height, stream in pages:
            page = doc.new_page(width=width, height=height)
            page.insert_image(page.rect, stream=stream, keep_proportion=False)
    except Exception as exc:  # noqa: BLE001 - MuPDF's own decoder disagreed with Pillow's
        doc.close()
        raise damaged(name, data) from exc
    return doc


def _page_stream(image: Any, fmt: str, data: bytes, check_pixels: bool) -> bytes:
    """The current frame as bytes MuPDF embeds: the file itself for an upright PNG/JPEG, else a PNG."""
    turned = _orientation(image) not in (None, 1)
    if check_pixels or fmt not in _PASS_THROUGH or turned:
        image.load()  # decodes: a truncated file fails here
    if turned:  # a phone photo stored sideways: turn the pixels upright
        from PIL import ImageOps  # lazy, as Image above

        upright = ImageOps.exif_transpose(image.convert("RGB"))
        return _encode(upright, "JPEG" if fmt == "JPEG" else "PNG")
    if fmt in _PASS_THROUGH:
        return data
    if image.mode in ("1", "L", "RGB"):  # a fax page stays 1 bit a pixel
        return _encode(image, "PNG")
    return _encode(image.convert("RGBA" if image.mode in ("RGBA", "LA", "P", "PA") else "RGB"), "PNG")


def _encode(image: Any, fmt: str) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **({"quality": 95} if fmt == "JPEG" else {}))
    return out.getvalue()


def _orientation(image: Any) -> int | None:
    try:
        value = image.getexif().get(274)
    except Exception:  # noqa: BLE001 - unreadable EXIF: show the pixels as stored
        return None
    return value if isinstance(value, int) and 1 <= value <= 8 else None


_TURNED = {5, 6, 7, 8}  # EXIF orientations that swap width and height


# -- EXIF ------------------------------------------------------------------------------------------------------------
_IFD0 = {271: "make", 272: "model", 305: "software", 306: "datetime", 274: "orientation", 315: "artist"}
_EXIF_IFD = {36867: "datetime_original", 36868: "datetime_digitized", 42036: "lens_model", 36880: "offset_time"}
_EXIF_POINTER, _GPS_POINTER = 0x8769, 0x8825


def read_exif(image: Any) -> dict[str, str]:
    """Camera, time and place, as text: make, model, datetime_original, gps_latitude/longitude (decimal degrees)."""
    try:
        exif = image.getexif()
        out = {key: _text(exif.get(tag)) for tag, key in _IFD0.items()}
        sub = exif.get_ifd(_EXIF_POINTER)
        out.update({key: _text(sub.get(tag)) for tag, key in _EXIF_IFD.items()})
        out.update(_gps(exif.get_ifd(_GPS_POINTER)))
    except Exception:  # noqa: BLE001 - broken EXIF is no reason to refuse the picture
        return {}
    return {k: v for k, v in out.items() if v}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).replace("\x00", "").strip()[:200]


def _gps(gps: Any) -> dict[str, str]:
    out = {}
    for key, ref_tag, tag, negative in (("gps_latitude", 1, 2, "S"), ("gps_longitude", 3, 4, "W")):
        degrees = _degrees(gps.get(tag))
        if degrees is not None:
            sign = -1 if _text(gps.get(ref_tag)).upper() == negative else 1
            out[key] = f"{sign * degrees:.6f}"
    altitude = gps.get(6)
    if altitude is not None:
        below = gps.get(5) in (1, b"\x01")
        out["gps_altitude"] = f"{(-1 if below else 1) * float(altitude):.1f}"
    return out


def _degrees(value: Any) -> float | None:
    if not isinstance(value, (tuple, list)) or len(value) != 3:
        return None
    d, m, s = (float(x) for x in value)
    result = d + m / 60 + s / 3600
    return result if 0 <= result <= 180 else None
