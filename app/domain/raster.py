"""RawImage: rendered page pixels handed from the documents layer to the UI without Qt or PyMuPDF types."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawImage:
    width: int
    height: int
    stride: int  # bytes per row
    samples: bytes  # RGB888, row-major
