"""`sourcemark ocr` and the region/OCR options of `add` and `annotate` (issue 9: images, EXIF, OCR)."""

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.terminal import say
from app.services import project_files
from app.services.session import ProjectSession

NAMES = ("ocr",)
DEFAULT_LANG = "eng"


def register(sub: Any, open_project: Any) -> None:
    p = sub.add_parser("ocr", help="give the pages of a scanned PDF or an image that have no text a text layer "
                       "(Tesseract); prints the document id, words recognised and re-anchoring counts")
    p.add_argument("project", type=Path)
    p.add_argument("document_id", metavar="DOCUMENT_ID")
    p.add_argument("--lang", default=DEFAULT_LANG, help="Tesseract languages, e.g. eng or eng+rus+kor (default: eng)")
    p.set_defaults(run=lambda args: cmd_ocr(args, open_project))


def run_ocr(session: ProjectSession, document_id: str, lang: str) -> int:
    from app.services.ocr import ocr_document

    def progress(done: int, total: int) -> None:
        if total > 1 and sys.stderr.isatty():
            print(f"\rOCR: page {done} of {total}", end="" if done < total else "\n", file=sys.stderr)

    report, result = ocr_document(session, document_id, lang, progress=progress)
    if report.command is not None:
        session.execute(report.command)
    words = sum(len(p["words"]) for p in result.layer["pages"])
    pages = ",".join(str(p["index"] + 1) for p in result.layer["pages"])
    say(f"{report.document.id}\tocr\tpages {pages}\t{words} words\t{report.summary()}")
    for finding in result.findings:  # nothing or little read: say so, and which language pack may read it
        say(f"sourcemark: warning: {finding}", err=True)
    return 0


def cmd_ocr(args: argparse.Namespace, open_project: Any) -> int:
    with open_project(args) as session:
        return run_ocr(session, args.document_id, args.lang)


def parse_region(value: str) -> tuple[float, float, float, float]:
    """"X,Y,W,H" in page points (an image's pixels)."""
    try:
        x, y, w, h = (float(part) for part in value.split(","))
    except ValueError:
        raise project_files.usage(f"--region takes X,Y,W,H (numbers), not {value!r}") from None
    return x, y, w, h
