"""Subcommands of `sourcemark`. Each handler returns an exit code; errors propagate as SourcemarkError."""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli import (
    capture_commands,
    exchange_commands,
    image_commands,
    provenance_commands,
    search_commands,
    sync_commands,
    team_commands,
    verify_commands,
)
from app.cli.terminal import inert, inert_values, row, say, visible_text
from app.domain.errors import StoreError
from app.services import project_files
from app.services.session import ProjectSession

NAMES = ("new", "add", "list", "text", "check", *exchange_commands.NAMES, "annotate", "mentions", "history", "restore",
         "pages", *verify_commands.NAMES, *team_commands.NAMES, *provenance_commands.NAMES, *search_commands.NAMES,
         *image_commands.NAMES, *capture_commands.NAMES, *sync_commands.NAMES)
KINDS = ("documents", "annotations", "claims", "actors", "sources", "links")


def register(sub: Any) -> None:
    """Every subcommand, group by group, in the order `sourcemark --help` lists them."""
    _register_project(sub)
    exchange_commands.register(sub, _open)
    _register_annotations(sub)
    _register_upkeep(sub)
    verify_commands.register(sub)
    team_commands.register(sub)
    sync_commands.register(sub)
    provenance_commands.register(sub)
    search_commands.register(sub)
    image_commands.register(sub, _open)
    capture_commands.register(sub)


def _register_project(sub: Any) -> None:
    """A project and its documents: new, add, pages, list, text, check."""
    p = sub.add_parser("new", help="create an empty project folder")
    p.add_argument("project", type=Path)
    p.add_argument("--name", default="", help="display name (default: the folder name)")
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("add", help="add documents (text, Markdown, saved HTML, PDF, EPUB, MHTML, WARC, ARC, WACZ, "
                       "PNG/JPEG/WebP/GIF/TIFF/HEIF/AVIF) to a project")
    p.add_argument("project", type=Path)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument("--replaces", metavar="DOCUMENT_ID", help="import FILE as a new version of this document and re-anchor its annotations")
    p.add_argument("--page", action="append", default=[], metavar="URL",
                   help="web archives (WARC, ARC, WACZ): add only the page captured from URL (repeatable; default: every page)")
    p.add_argument("--record", action="append", default=[], metavar="ID",
                   help="web archives: add only the page in this WARC-Record-ID (repeatable; see 'sourcemark pages')")
    p.add_argument("--ocr", action="store_true", help="OCR the pages without text of each added image or PDF (Tesseract)")
    p.add_argument("--lang", default=image_commands.DEFAULT_LANG, help="OCR languages, e.g. eng+rus+kor (default: eng)")
    p.set_defaults(run=cmd_add)

    p = sub.add_parser("pages", help="list the HTML pages a web archive (WARC, ARC, WACZ, MHTML) holds, to choose with add --page/--record")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print a JSON array (record, url, captured_at, title, size, problem, digest_check, "
                   "digest_note, frame_of)")
    p.set_defaults(run=cmd_pages)

    p = sub.add_parser("list", help="list the objects of a project")
    p.add_argument("project", type=Path)
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--json", action="store_true", help="print a JSON array of objects with all their fields")
    p.add_argument("--document", metavar="ID", help="only annotations of this document")
    p.set_defaults(run=cmd_list)

    p = sub.add_parser("text", help="print a document's canonical text (the text offsets count in)")
    p.add_argument("project", type=Path)
    p.add_argument("document_id", metavar="DOCUMENT_ID")
    p.set_defaults(run=cmd_text)

    p = sub.add_parser("check", help="verify stored files, references and schema; exit 1 on a problem")
    p.add_argument("project", type=Path)
    p.set_defaults(run=cmd_check)


def _register_annotations(sub: Any) -> None:
    """Highlights from the command line: annotate, mentions."""
    p = sub.add_parser("annotate", help="highlight a range of a document's canonical text")
    p.add_argument("project", type=Path)
    p.add_argument("document_id", metavar="DOCUMENT_ID")
    p.add_argument("--start", type=int)
    p.add_argument("--end", type=int)
    p.add_argument("--region", metavar="X,Y,W,H", help="a rectangle of a page image instead of text (image pixels, "
                   "PDF points)")
    p.add_argument("--page", type=int, default=1, help="with --region: the page (1-based; default 1)")
    p.add_argument("--category", default="highlight")
    p.add_argument("--note", default="")
    p.set_defaults(run=cmd_annotate)

    p = sub.add_parser("mentions", help="mark every mention of an actor's name and aliases in a document")
    p.add_argument("project", type=Path)
    p.add_argument("actor_id", metavar="ACTOR_ID")
    p.add_argument("document_id", metavar="DOCUMENT_ID")
    p.add_argument("--near", action="store_true",
                   help="also mark likely misspellings (e.g. 'No Gun Chol' for 'No Kwang Chol') with the reason misspelling")
    p.add_argument("--suggest", action="store_true", help="only list likely misspellings; mark nothing")
    p.set_defaults(run=cmd_mentions)


def _register_upkeep(sub: Any) -> None:
    """The audit log and the backups: history, restore."""
    p = sub.add_parser("history", help="show the last entries of the audit log")
    p.add_argument("project", type=Path)
    p.add_argument("-n", type=int, default=10)
    p.set_defaults(run=cmd_history)

    p = sub.add_parser("restore", help="put back a backup of the project's databases (default: the newest good one)")
    p.add_argument("project", type=Path)
    p.add_argument("--backup", metavar="NAME", help="name of a folder in PROJECT/backups")
    p.set_defaults(run=cmd_restore)


def _open(args: argparse.Namespace, *, read_only: bool = False, documents: tuple[str, ...] | None = None) -> ProjectSession:
    """`documents`: load only these documents' annotations (a command that needs no others); None: all."""
    return project_files.open_project(args.project, analyst=args.analyst, read_only=read_only, documents=documents)


def cmd_new(args: argparse.Namespace) -> int:
    with project_files.create_project(args.project, args.name, analyst=args.analyst) as session:
        say(session.folder)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from app.services import documents

    with _open(args) as session:
        if args.ocr:  # all or nothing: a missing Tesseract or language pack is refused before anything is added
            from app.services.ocr import check_languages

            args.lang = check_languages(args.lang)
        chosen = [*args.record, *args.page]
        if args.replaces:
            if len(args.files) != 1 or len(chosen) > 1:
                raise project_files.usage("--replaces takes exactly one FILE (and at most one --page or --record)")
            report = documents.replace_document(session, args.replaces, args.files[0], password=args.password,
                                                record=chosen[0] if chosen else "")
            if report.command is not None:
                session.execute(report.command)
            say(f"{report.document.id}\t{report.summary()}")
            return 0
        for path in args.files:
            batch = documents.add_documents(session, path, password=args.password, records=chosen or None)
            if batch.command is not None:
                session.execute(batch.command)
            for result in batch.results:
                doc = result.document
                status = "" if result.added else "\t(already in the project)"
                print(row(doc.id, doc.kind, doc.pages or "", doc.title) + status)
                for warning in result.warnings:
                    say(f"sourcemark: warning: {inert(path.name)}: {warning}", err=True)
                if args.ocr and doc.kind.value in ("pdf", "image"):
                    _ocr_added(session, doc.id, args.lang, path)
    return 0


def cmd_pages(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.services.documents import archive_pages

    found = archive_pages(args.file)
    if args.json:
        json.dump([asdict(page) for page in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not found:
        raise project_files.usage(f"{args.file.name} is not a web archive (WARC, ARC, WACZ or MHTML); it has no pages to choose")
    for page in found:
        title = f"(cannot be read: {page.problem})" if page.problem else page.title
        title += f" (frame of {page.frame_of})" if page.frame_of else ""
        print(row(page.record, page.captured_at, page.url, title))
    return 0


def _ocr_added(session: ProjectSession, document_id: str, lang: str, path: Path) -> None:
    from app.domain.errors import DocumentError

    try:
        image_commands.run_ocr(session, document_id, lang)
    except DocumentError as exc:
        if "nothing to OCR" not in str(exc):
            raise
        say(f"sourcemark: warning: {inert(path.name)}: {exc}", err=True)


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args, read_only=True, documents=project_files.listing_scope(args.kind, args.document)) as session:
        rows = project_files.listing(session, args.kind, document_id=args.document)
        if args.json:
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            for record in rows:
                print(project_files.one_line(args.kind, inert_values(record)))
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    from app.services.documents import document_text

    with _open(args, read_only=True) as session:
        text = document_text(session, args.document_id).text
        if sys.stdout.isatty():  # read on screen: controls shown, not obeyed; a pipe gets the exact text
            text = visible_text(text)
        sys.stdout.write(text)
        if not sys.stdout.isatty():
            sys.stdout.flush()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.services import evidence

    try:
        with _open(args, read_only=True, documents=()) as session:  # the store's check reads the annotations
            problems = evidence.check_project(session)
    except StoreError as exc:
        if not project_files.looks_like_project(args.project):
            raise  # not a project at all: bad input (exit 2)
        # a damaged project is what check is for: why it cannot be opened (naming a good backup), then the
        # problems of its records that the open did not name
        problems = [str(exc)] + [p for p in evidence.check_folder(args.project) if p not in str(exc)]
    for problem in problems:
        say(problem)
    if problems:
        print(f"sourcemark: {len(problems)} problem{'s' * (len(problems) != 1)} found", file=sys.stderr)
        return 1
    print("ok")
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from app.services.annotate import create_annotation

    if args.region is not None:
        return _annotate_region(args)
    if args.start is None or args.end is None:
        raise project_files.usage("annotate needs --start and --end, or --region X,Y,W,H")
    with _open(args, documents=(args.document_id,)) as session:
        command = create_annotation(session, args.document_id, args.start, args.end, category=args.category, note=args.note)
        session.execute(command)
        ann = session.project.annotations[command.ops[0].oid]
        print(row(ann.id, ann.start, ann.end, ann.exact))
    return 0


def _annotate_region(args: argparse.Namespace) -> int:
    from app.services.annotate import create_region

    x, y, w, h = image_commands.parse_region(args.region)
    with _open(args, documents=(args.document_id,)) as session:
        command = create_region(session, args.document_id, args.page - 1, x, y, w, h, category=args.category,
                                note=args.note)
        session.execute(command)
        ann = session.project.annotations[command.ops[0].oid]
        q = ann.quads[0]
        print(f"{ann.id}\tregion\tpage {q.page + 1}\txywh={q.x0:g},{q.y0:g},{q.x1 - q.x0:g},{q.y1 - q.y0:g}")
    return 0


def cmd_mentions(args: argparse.Namespace) -> int:
    from app.services.linking import find_all_mentions, near_mentions

    with _open(args, read_only=args.suggest, documents=(args.document_id,)) as session:
        if args.suggest:
            for m in near_mentions(session, args.actor_id, args.document_id):
                print(row(m.start, m.end, m.as_written, f"(near {m.matched})"))
            return 0
        command = find_all_mentions(session, args.actor_id, args.document_id, include_near=args.near)
        if command is None:
            print("no new mentions")
            return 0
        session.execute(command)
        for op in command.ops:
            if op.kind.value == "annotation":
                ann = session.project.annotations[op.oid]
                print(row(op.oid, ann.start, ann.end, ann.exact))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args, read_only=True, documents=()) as session:
        for entry in session.store.read_audit()[-args.n :]:
            print(row(*(entry.get(k, '') for k in ('time', 'analyst', 'action', 'label'))))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    name = project_files.restore_project(args.project, args.backup)
    print(f"restored backups/{name}")
    return 0
