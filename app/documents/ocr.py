"""OCR with the Tesseract command-line program: page images in, words with boxes and confidences out.

Tesseract runs as a subprocess (`tesseract stdin stdout -l LANG tsv`), one page at a time, so a
cancel takes effect within a fraction of a second and a crash of the engine cannot take the app
down. Only pages without a text layer are recognised. The result is an OCR layer: a small JSON
document stored in the project like an original (content-addressed), which `ocr_text.apply_layer`
merges into the canonical text, so the text can always be rebuilt from the stored files.
"""

import csv
import io
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from typing import Any

import pymupdf

from app.documents.mupdf import MUPDF_LOCK, open_document
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError

PDF_DPI = 300  # Tesseract's sweet spot for scans
SMALL_IMAGE = 4_000_000  # pixels; smaller images (screenshots) are enlarged 2x, their text is often ~12 px high
PAGE_TIMEOUT = 600  # seconds for one page
_LANG = re.compile(r"^[A-Za-z0-9_]+(\+[A-Za-z0-9_]+)*$")
_MISSING = "OCR needs Tesseract, which is not installed (on Debian: apt install tesseract-ocr tesseract-ocr-eng)"

Progress = Callable[[int, int], None]  # pages done, pages in all
Cancelled = Callable[[], bool]


class OcrCancelled(DocumentError):
    """The user cancelled; nothing was changed."""


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
    lines = _run(["--list-langs"]).stdout.decode("utf-8", "replace").splitlines()
    return sorted(x.strip() for x in lines[1:] if x.strip() and x.strip() != "osd")


def check_languages(lang: str) -> str:
    """`lang` ("eng+rus") if well formed and installed; DocumentError naming what is installed otherwise."""
    lang = lang.strip()
    if not _LANG.match(lang):
        raise DocumentError(f"{lang!r} is not a list of OCR languages like eng or eng+rus")
    installed = languages()
    missing = [x for x in lang.split("+") if x not in installed]
    if missing:
        raise DocumentError(f"OCR language {', '.join(missing)} is not installed "
                            f"(installed: {', '.join(installed) or 'none'})")
    return lang


def recognise(png: bytes, lang: str, cancelled: Cancelled, *, dpi: int) -> list[list[Any]]:
    """Words of one page image: [text, confidence 0..100, x0, y0, x1, y1, block, paragraph, line] in pixels."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core: the GUI and the render thread keep the other
    try:
        proc = subprocess.Popen([tesseract(), "stdin", "stdout", "-l", lang, "--dpi", str(dpi), "tsv"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    except OSError as exc:
        raise DocumentError(f"Tesseract could not be run ({exc.strerror}).") from exc
    out, err = _communicate(proc, png, cancelled)
    if proc.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()
        raise DocumentError(f"Tesseract failed: {message[-1] if message else f'exit code {proc.returncode}'}")
    return parse_tsv(out.decode("utf-8", "replace"))


def _communicate(proc: subprocess.Popen[bytes], data: bytes, cancelled: Cancelled) -> tuple[bytes, bytes]:
    waited = 0.0
    pending: bytes | None = data
    while True:
        try:
            return proc.communicate(pending, timeout=0.2)
        except subprocess.TimeoutExpired:
            pending = None  # already handed over; communicate() keeps what it has read so far
            waited += 0.2
            if cancelled() or waited > PAGE_TIMEOUT:
                proc.kill()
                proc.communicate()
                if waited > PAGE_TIMEOUT:
                    raise DocumentError(f"Tesseract took more than {PAGE_TIMEOUT} s on one page.") from None
                raise OcrCancelled("OCR cancelled; nothing was changed.") from None


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
    """The OCR layer for `pages` of a document: {"engine", "lang", "pages": [{"index", "words"}]}.

    Word boxes are in page points (an image's pixels), rounded to 0.01.
    """
    lang = check_languages(lang)
    engine = engine_version()
    out: list[dict[str, Any]] = []
    doc = open_document(data, kind, name, password)
    try:
        for done, index in enumerate(pages):
            if cancelled():
                raise OcrCancelled("OCR cancelled; nothing was changed.")
            if progress is not None:
                progress(done, len(pages))
            png, zoom = _page_png(doc, index, kind)
            words = recognise(png, lang, cancelled, dpi=round(72 * zoom) if kind is not DocumentKind.IMAGE else 300)
            for word in words:
                word[2:6] = [round(v / zoom, 2) for v in word[2:6]]
            out.append({"index": index, "words": words})
    finally:
        with MUPDF_LOCK:
            doc.close()
    if progress is not None:
        progress(len(pages), len(pages))
    return {"engine": engine, "lang": lang, "pages": out}


def _page_png(doc: pymupdf.Document, index: int, kind: DocumentKind) -> tuple[bytes, float]:
    with MUPDF_LOCK:
        page = doc.load_page(index)
        if kind is DocumentKind.IMAGE:
            zoom = 2.0 if page.rect.width * page.rect.height <= SMALL_IMAGE else 1.0
        else:
            zoom = PDF_DPI / 72
        zoom = min(zoom, 12_000 / max(page.rect.width, page.rect.height, 1.0))
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
        return pix.tobytes("png"), zoom
