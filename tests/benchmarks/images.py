"""Images and OCR benchmark: opening photos and screenshots, refusing bombs, and OCR of one page.

    python tests/benchmarks/images.py [RUNS]

Prints medians over RUNS, each next to the raw library doing the same job in the same run:
- open + draw a 12 Mpx JPEG photo and a 2 Mpx PNG screenshot through the loader and the renderer
  (what adding and first showing an image costs) vs raw PyMuPDF opening the image and drawing it;
- refuse a 20000x20000 PNG and a PNG bomb (time and peak Python memory; nothing is decoded);
- OCR of a 1400x320 screenshot (app.documents.ocr.tesseract.ocr_pages, orientation detection included) vs the raw `tesseract stdin stdout tsv`
  on the same PNG (the app renders and enlarges the page first, so it reads 4x the pixels).
"""

import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pymupdf  # noqa: E402

from app.documents.ocr import tesseract as ocr  # noqa: E402
from app.documents.output.render import PageRenderer  # noqa: E402
from app.documents.registry import load_bytes  # noqa: E402
from app.domain.documents import DocumentKind  # noqa: E402
from app.domain.errors import DocumentError  # noqa: E402
from tests.fixtures import images as im  # noqa: E402


def median_ms(job, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def ours(data: bytes, name: str) -> None:
    loaded = load_bytes(data, name)
    with PageRenderer(data, loaded.kind, name=name) as renderer:
        renderer.render_bgra(0, 1000 / loaded.text.pages[0].width)  # fit a 1000 px wide view


def raw(data: bytes) -> None:
    doc = pymupdf.open(stream=data)
    page = doc[0]
    page.get_pixmap(matrix=pymupdf.Matrix(1000 / page.rect.width, 1000 / page.rect.width))
    doc.close()


def main(runs: int = 5) -> None:
    photo = im.encode(im.picture((4000, 3000)), "JPEG", quality=90)
    shot = im.encode(im.text_image(im.SCAN_LINES * 8).resize((1400, 1430)), "PNG")
    for label, data, name in (("12 Mpx JPEG photo", photo, "photo.jpg"), ("2 Mpx PNG screenshot", shot, "shot.png")):
        a = median_ms(lambda d=data, n=name: ours(d, n), runs)  # type: ignore[misc]
        b = median_ms(lambda d=data: raw(d), runs)  # type: ignore[misc]
        print(f"{label} ({len(data) // 1024} KB): open + draw {a:.0f} ms; raw PyMuPDF {b:.0f} ms; {a / b:.2f}x")
    for label, data in (("20000x20000 PNG", im.huge_png()), ("PNG bomb 100000x100000", im.png_bomb())):
        tracemalloc.start()
        started = time.perf_counter()
        try:
            load_bytes(data, "x.png")
        except DocumentError:
            pass
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"{label} ({len(data)} bytes): refused in {seconds * 1000:.1f} ms, peak {peak / 2**20:.1f} MB")
    try:
        ocr.tesseract()
    except DocumentError as exc:
        print(f"OCR skipped: {exc}")
        return
    page = im.screenshot_png()
    a = median_ms(lambda: ocr.ocr_pages(page, DocumentKind.IMAGE, "shot.png", [0], "eng"), runs)
    b = median_ms(lambda: subprocess.run([ocr.tesseract(), "stdin", "stdout", "-l", "eng", "tsv"], input=page,
                                         capture_output=True, check=True), runs)
    print(f"OCR of a 1400x320 screenshot: {a:.0f} ms; raw tesseract {b:.0f} ms; {a / b:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
