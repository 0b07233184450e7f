"""Loading an image document: a one-page paged document with no text yet, plus its EXIF."""

from dataclasses import replace

from app.documents.formats.image_decode import inspect
from app.documents.formats.paged import load_paged
from app.documents.model import LoadedDocument
from app.domain.documents import DocumentKind


def load_image(data: bytes, name: str) -> LoadedDocument:
    info, image = inspect(data, name)
    image.close()
    loaded = load_paged(data, name, DocumentKind.IMAGE)
    notes = [w for w in loaded.warnings if "no text layer" not in w]
    notes.append(f"{name} is an image ({info.width}×{info.height} {info.format}); draw regions on it, "
                 "or run OCR to quote its text.")
    if info.frames > 1 and info.format == "TIFF":
        notes[-1] = (f"{name} is a scan of {info.frames} pages (TIFF, the first {info.width}×{info.height}); "
                     "draw regions on them, or run OCR to quote their text.")
    elif info.frames > 1:
        notes.append(f"{name} is animated ({info.frames} frames); only the first frame is shown.")
    if info.dpi and max(info.dpi) > 1.5 * min(info.dpi):  # a standard-resolution fax: 204×98 dpi
        notes.append(f"{name} has oblong pixels ({info.dpi[0]:g}×{info.dpi[1]:g} dpi, e.g. a fax in standard "
                     "resolution): shown pixel for pixel, so it looks squashed; regions count in its pixels.")
    title = name.rsplit(".", 1)[0] or name
    return replace(loaded, title=title, exif=info.exif, warnings=tuple(notes))
