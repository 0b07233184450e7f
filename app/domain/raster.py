"""RawImage: rendered page pixels handed from the documents layer to the UI without Qt or PyMuPDF types."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawImage:
    width: int
    height: int
    stride: int  # bytes per row
    samples: bytes  # row-major pixels in `format`
    format: str = "RGB888"  # or "BGRA_PREMULTIPLIED" (MuPDF's native layout; Qt's ARGB32_Premultiplied on little-endian)
