"""Deskew a page image before OCR: measure how far its lines of text are tilted and turn them level.

A sheet fed a few degrees askew makes Tesseract cut its lines into pieces and read them out of order
(a 4° tilt lost whole paragraphs). The tilt is measured with a projection profile, with Pillow alone (no
numpy): the image, shrunk and made black and white, is turned by each candidate angle and its rows are
averaged (a resize to one column does that in C); level lines of text give the sharpest profile, rows of
ink alternating with white gaps, scored as the sum of squared differences between neighbouring rows.
Word boxes found on the levelled image are mapped back onto the image as rendered (`unskew_box`).
"""

import io
import math

from PIL import Image

MAX_SKEW = 6.0  # degrees either way that are looked for; a page more askew than this is a photo, not a feed
MIN_SKEW = 0.3  # degrees; less is not worth resampling the page for
_COARSE, _FINE = 0.5, 0.1  # degrees between candidate angles: a coarse sweep, then a fine one around the best
_MEASURE_WIDTH = 1000  # pixels: enough to see lines of text of a page, quick to turn ~40 times
_INK = 128  # grey level under which a pixel is ink


def has_ink(image: Image.Image) -> bool:
    """Whether the page shows anything darker than paper (a blank page skips OCR and its findings)."""
    low = image.convert("L").getextrema()[0]  # one band: (darkest, lightest)
    return isinstance(low, (int, float)) and low < _INK


def skew_angle(image: Image.Image) -> float:
    """Degrees the page's text lines rise to the right (counter-clockwise as shown); 0.0 when level or unclear."""
    small = image.convert("L")
    if small.width > _MEASURE_WIDTH:
        small = small.resize((_MEASURE_WIDTH, max(1, round(small.height * _MEASURE_WIDTH / small.width))),
                             Image.Resampling.BOX)
    ink = small.point(lambda v: 255 if v < _INK else 0)  # ink white on black: turning fills black, i.e. no ink
    if ink.getbbox() is None:
        return 0.0
    steps = int(MAX_SKEW / _COARSE)
    coarse = max((k * _COARSE for k in range(-steps, steps + 1)), key=lambda a: _sharpness(ink, a))
    fine = [coarse + k * _FINE for k in range(-4, 5)]
    scores = {round(a, 2): _sharpness(ink, a) for a in fine}
    best = max(scores, key=lambda a: scores[a])
    if abs(best) < MIN_SKEW or scores[best] <= _sharpness(ink, 0.0) * 1.05:  # level, or no clearly better
        return 0.0                                                             # angle: a picture, a blank
    return best


def _sharpness(ink: Image.Image, degrees: float) -> float:
    turned = ink.rotate(-degrees, resample=Image.Resampling.NEAREST) if degrees else ink
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()  # mode L: one byte a row
    return float(sum((b - a) ** 2 for a, b in zip(rows, rows[1:])))


def level(png: bytes, degrees: float) -> bytes:
    """The page image turned clockwise by `degrees` (as skew_angle measured it), same size, white corners."""
    with Image.open(io.BytesIO(png)) as image:
        turned = image.convert("L").rotate(-degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    out = io.BytesIO()
    turned.save(out, "PNG", compress_level=1)  # Tesseract reads it at once: speed over size
    return out.getvalue()


def unskew_box(box: list[float], degrees: float, size: tuple[int, int]) -> list[float]:
    """A box found on the levelled image (see `level`), as the bounding box of where it is on the image before."""
    cx, cy = size[0] / 2, size[1] / 2
    t = math.radians(degrees)  # levelling turned the image clockwise by `degrees`: undo it counter-clockwise
    cos, sin = math.cos(t), math.sin(t)
    x0, y0, x1, y1 = box
    points = [(x - cx, y - cy) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    xs = [cx + dx * cos + dy * sin for dx, dy in points]
    ys = [cy - dx * sin + dy * cos for dx, dy in points]
    return [min(xs), min(ys), max(xs), max(ys)]
