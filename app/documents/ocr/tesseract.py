"""OCR with the Tesseract command-line program: page images in, words with boxes and confidences out.

Tesseract runs as a subprocess (`tesseract PAGE.png stdout -l LANG tsv`), one page at a time, so a
cancel takes effect within a fraction of a second and a crash of the engine cannot take the app
down. Each page is first turned the right way up (Tesseract's orientation detection, `--psm 0`, when
the osd pack is installed); word boxes are mapped back to the page as displayed. Only pages without a text layer are recognised. The result is an OCR layer: a small JSON
document stored in the project like an original (content-addressed), which `ocr_text.apply_layer`
merges into the canonical text, so the text can always be rebuilt from the stored files.
"""

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from typing import Any

import pymupdf
from PIL import Image

from app.documents.formats.mupdf import MUPDF_LOCK, open_document
from app.documents.ocr.checks import Osd, parse_osd_report, reading_score
from app.documents.ocr.deskew import has_ink, level, skew_angle, unskew_box
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError

PDF_DPI = 300  # Tesseract's sweet spot for scans: the least a PDF page is rendered at
# A scanned page is rendered at its scan's own resolution when PDF_DPI would give it fewer pixels than an A4
# page at PDF_DPI (a 2400 dpi card of 1.4 inches: 3400 px wide, not 425), never above MAX_OCR_PIXELS. An A4
# scan at 600 dpi is still read at 300: Tesseract reads no better there, and takes four times as long.
PAGE_PIXELS = 8_700_000  # an A4 page at 300 dpi
MAX_OCR_PIXELS = 25_000_000
MAX_SIDE = 12_000  # pixels a side of a rendered page
SCAN_SHARE = 0.25  # an image covering at least this share of a page is its scan (smaller ones are logos)
SMALL_IMAGE = 4_000_000  # pixels; smaller images (screenshots) are enlarged 2x, their text is often ~12 px high
PAGE_TIMEOUT = 600  # seconds for one page
POLL_SECONDS = 0.1  # how often Cancel is looked at while Tesseract works on a page
_LANG = re.compile(r"^[A-Za-z0-9_]+(\+[A-Za-z0-9_]+)*$")
_MISSING = "OCR needs Tesseract, which is not installed (on Debian: apt install tesseract-ocr tesseract-ocr-eng)"

Progress = Callable[[int, int], None]  # pages done, pages in all
Cancelled = Callable[[], bool]


class OcrCancelled(DocumentError):
    """The user cancelled; nothing was changed."""


class TesseractFailed(DocumentError):
    """Tesseract ran and exited with an error (its last line of stderr is the message)."""


def tesseract() -> str:
    """Path of the tesseract program (SOURCEMARK_TESSERACT overrides the search), or DocumentError."""
    name = os.environ.get("SOURCEMARK_TESSERACT") or "tesseract"
    found = shutil.which(name)
    if found is None:
        raise DocumentError(_MISSING)
    return found


def _run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run([tesseract(), *args], capture_output=True, timeout=60, check=False, **kwargs)
    except (OSError, subprocess.SubprocessError) as exc:
        raise DocumentError(f"Tesseract could not be run ({exc}).") from exc


def engine_version() -> str:
    out = _run(["--version"]).stdout.decode("utf-8", "replace").split("\n", 1)[0].strip()
    return out or "tesseract"


def languages() -> list[str]:
    """Installed language packs (without Tesseract's 'osd' script detector)."""
    return sorted(x for x in _packs() if x != "osd")


def _packs() -> list[str]:
    lines = _run(["--list-langs"]).stdout.decode("utf-8", "replace").splitlines()
    return [x.strip() for x in lines[1:] if x.strip()]


def check_languages(lang: str) -> str:
    """`lang` ("eng+rus") if well formed and installed; DocumentError naming what is installed otherwise."""
    lang = lang.strip()
    problem = language_problem(lang, None if not _LANG.match(lang) else languages())
    if problem:
        raise DocumentError(problem)
    return lang


def language_problem(lang: str, installed: list[str] | None) -> str:
    """Why `lang` cannot be used with these installed packs (None: not looked up); "" if it can."""
    lang = lang.strip()
    if not _LANG.match(lang):
        return f"{lang!r} is not a list of OCR languages like eng or eng+rus"
    missing = [x for x in lang.split("+") if installed is not None and x not in installed]
    if missing:
        return f"OCR language {', '.join(missing)} is not installed (installed: {', '.join(installed or []) or 'none'})"
    return ""


def recognise(png: bytes, lang: str, cancelled: Cancelled, *, dpi: int) -> list[list[Any]]:
    """Words of one page image: [text, confidence 0..100, x0, y0, x1, y1, block, paragraph, line] in pixels."""
    out = _run_on_image(png, ["-l", lang, "--dpi", str(dpi), "tsv"], cancelled)
    return parse_tsv(out.decode("utf-8", "replace"))


def orientation(png: bytes, cancelled: Cancelled) -> Osd:
    """Tesseract's orientation and script detection (OSD) of a page image: how far to turn it clockwise so its
    text reads upright, how sure it is, and the script; nothing when it cannot tell (a blank or nearly empty page)."""
    try:
        out = _run_on_image(png, ["-l", "osd", "--psm", "0"], cancelled).decode("utf-8", "replace")
    except TesseractFailed:  # "Too few characters": nothing to turn; Cancel and the page limit still stop here
        return Osd()
    return parse_osd_report(out)


def parse_osd(out: str) -> int:
    """Degrees (0, 90, 180, 270) to turn the page clockwise; 0 when OSD is unsure or cannot tell."""
    return parse_osd_report(out).turn


def _run_on_image(png: bytes, args: list[str], cancelled: Cancelled) -> bytes:
    """Tesseract's standard output for one page image. The image goes through a temporary file, not stdin:
    a pipe needs a writer for as long as Tesseract takes to read it, and no input means that waiting for
    the output can be retried (to look at Cancel) without losing anything."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core: the GUI and the render thread keep the other
    with tempfile.TemporaryDirectory(prefix="sourcemark-ocr-") as folder:
        image = os.path.join(folder, "page.png")
        with open(image, "wb") as f:
            f.write(png)
        try:
            proc = subprocess.Popen([tesseract(), image, "stdout", *args], stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        except OSError as exc:
            raise DocumentError(f"Tesseract could not be run ({exc.strerror}).") from exc
        out, err = _wait(proc, cancelled)
    if proc.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()
        raise TesseractFailed(f"Tesseract failed: {message[-1] if message else f'exit code {proc.returncode}'}")
    return out


def _wait(proc: subprocess.Popen[bytes], cancelled: Cancelled) -> tuple[bytes, bytes]:
    """Output and errors of a finished run; kills Tesseract as soon as Cancel is seen or the page limit passes
    (and on any other way out, Ctrl+C included, so no Tesseract is left running behind us)."""
    deadline = time.monotonic() + PAGE_TIMEOUT
    try:
        while True:
            try:
                return proc.communicate(timeout=POLL_SECONDS)
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline:
                    raise DocumentError(f"Tesseract took more than {PAGE_TIMEOUT} s on one page.") from None
                if cancelled():
                    raise OcrCancelled("OCR cancelled; nothing was changed.") from None
    except BaseException:
        proc.kill()
        proc.communicate()
        raise


def parse_tsv(tsv: str) -> list[list[Any]]:
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
            conf = max(0.0, min(100.0, float(row["conf"])))
            where = [int(row[k]) for k in ("block_num", "par_num", "line_num")]
        except (KeyError, TypeError, ValueError):
            continue
        words.append([text, conf, left, top, left + width, top + height, *where])
    return words


def ocr_pages(data: bytes, kind: DocumentKind, name: str, pages: list[int], lang: str, *,
              password: str | None = None, progress: Progress | None = None,
              cancelled: Cancelled = lambda: False) -> dict[str, Any]:
    """The OCR layer for `pages` of a document: {"engine", "lang", "pages": [{"index", "rotation", "words"}]}.

    Word boxes are in page points (an image's pixels) of the page as displayed, rounded to 0.01; `rotation`
    is how far the page was turned clockwise (0, 90, 180, 270) for its text to read upright.
    """
    lang = check_languages(lang)
    engine = engine_version()
    detect = "osd" in _packs()
    out: list[dict[str, Any]] = []
    doc = open_document(data, kind, name, password)
    try:
        for done, index in enumerate(pages):
            if progress is not None:
                progress(done, len(pages))
            if cancelled():
                raise OcrCancelled("OCR cancelled; nothing was changed.")
            out.append(_ocr_page(doc, index, kind, lang, cancelled, detect))
    finally:
        with MUPDF_LOCK:
            doc.close()
    if progress is not None:
        progress(len(pages), len(pages))
    return {"engine": engine, "lang": lang, "pages": out}


def _ocr_page(doc: pymupdf.Document, index: int, kind: DocumentKind, lang: str, cancelled: Cancelled,
              detect: bool) -> dict[str, Any]:
    """One page of the layer. OSD looks at the page as it will be read (at its scan's resolution); a turn OSD
    is not sure of is checked by reading the page both ways and keeping the better reading."""
    png, to_page = _page_png(doc, index, kind)
    with Image.open(io.BytesIO(png)) as image:
        if not has_ink(image):  # an empty page (the back of a sheet): nothing to read, nothing to report
            return {"index": index, "rotation": 0, "skew": 0.0, "script": "", "blank": True, "words": []}
    osd = orientation(png, cancelled) if detect else Osd()
    turn = osd.turn
    if turn:
        turned = _page_png(doc, index, kind, turn)
        words, skew = _read(*turned, lang, cancelled)
        if not osd.sure:
            upright_words, upright_skew = _read(png, to_page, lang, cancelled)
            if reading_score(upright_words) >= reading_score(words):
                turn, words, skew = 0, upright_words, upright_skew
    else:
        words, skew = _read(png, to_page, lang, cancelled)
    return {"index": index, "rotation": turn, "skew": skew, "script": osd.known_script, "words": words}


def _read(png: bytes, to_page: pymupdf.Matrix, lang: str, cancelled: Cancelled) -> tuple[list[list[Any]], float]:
    """The words of a page image, levelled first if it is askew, with boxes in page points; and the skew."""
    with Image.open(io.BytesIO(png)) as image:
        size, dpi = image.size, image.info.get("dpi", (PDF_DPI, PDF_DPI))[0]
        skew = skew_angle(image)
    words = recognise(level(png, skew) if skew else png, lang, cancelled, dpi=round(min(max(dpi, 70), 1200)))
    for word in words:
        box = unskew_box(word[2:6], skew, size) if skew else word[2:6]
        rect = pymupdf.Rect(box) * to_page
        word[2:6] = [round(v, 2) for v in (rect.x0, rect.y0, rect.x1, rect.y1)]
    return words, skew


def _zoom(doc: pymupdf.Document, index: int, kind: DocumentKind) -> float:
    """Pixels per page point: a PDF page at PDF_DPI, or at its scan's own resolution up to PAGE_PIXELS when
    that is more; an image's pixels (twice for small screenshots); within MAX_OCR_PIXELS and MAX_SIDE."""
    with MUPDF_LOCK:
        page = doc.load_page(index)
        rect = page.rect
        images = page.get_image_info() if kind is DocumentKind.PDF else []
    area = max(rect.width * rect.height, 1.0)
    if kind is DocumentKind.IMAGE:
        zoom = 2.0 if area <= SMALL_IMAGE else 1.0
    else:
        zoom = max(PDF_DPI / 72, min(_scan_resolution(images, rect), (PAGE_PIXELS / area) ** 0.5))
    return min(zoom, MAX_SIDE / max(rect.width, rect.height, 1.0), (MAX_OCR_PIXELS / area) ** 0.5)


def _scan_resolution(images: list[dict[str, Any]], page: pymupdf.Rect) -> float:
    """Pixels per point of the largest image covering much of the page (the scan); 0 without one."""
    best, best_area = 0.0, SCAN_SHARE * page.width * page.height
    for info in images:
        box = pymupdf.Rect(info["bbox"]) & page
        if box.is_empty or box.width * box.height < best_area:
            continue
        shown = pymupdf.Rect(info["bbox"])
        best_area = box.width * box.height
        best = max(info["width"] / max(shown.width, 1e-3), info["height"] / max(shown.height, 1e-3))
    return best


def _page_png(doc: pymupdf.Document, index: int, kind: DocumentKind, turn: int = 0) -> tuple[bytes, pymupdf.Matrix]:
    """The page as a grey PNG, turned `turn` degrees clockwise, and the matrix from its pixels to page points."""
    zoom = _zoom(doc, index, kind)
    matrix = pymupdf.Matrix(zoom, zoom).prerotate(turn)
    with MUPDF_LOCK:
        pix = doc.load_page(index).get_pixmap(matrix=matrix, colorspace=pymupdf.csGRAY, alpha=False)
        dpi = round(72 * zoom) if kind is not DocumentKind.IMAGE else PDF_DPI
        pix.set_dpi(dpi, dpi)  # Tesseract is told the same (its --dpi)
        png = pix.tobytes("png")
    return png, pymupdf.Matrix(1, 0, 0, 1, pix.x, pix.y) * ~matrix
