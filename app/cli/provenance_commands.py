"""Subcommands that publish a finding: the verification report and the provenance manifest."""

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import add_json_flag, emit
from app.cli.terminal import say
from app.services import project_files

NAMES = ("manifest", "report")


def register(sub: Any) -> None:
    p = sub.add_parser("manifest", help="write a provenance manifest: SHA-256 of originals, texts, export and audit log")
    p.add_argument("project", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the manifest (JSON)")
    p.add_argument("--export", action="append", type=Path, metavar="FILE",
                   help="hash this export file (repeatable); default: write the native JSON export next to "
                        "the manifest as NAME.export.json and hash it")
    p.add_argument("--tsq", type=Path, metavar="FILE",
                   help="also write an RFC 3161 timestamp request (DER) for the manifest, to send to a TSA")
    add_json_flag(p, "{written: [files]}; refused (exit 1): {written: [], problems}")
    p.set_defaults(run=cmd_manifest)

    p = sub.add_parser("report", help="write a verification report (HTML or PDF): claims, evidence, sources, actors")
    p.add_argument("project", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="report.html or report.pdf")
    p.add_argument("--claim", action="append", metavar="ID", help="only this claim (repeatable)")
    p.add_argument("--lang", default="en", choices=("en", "uk", "ru", "es", "fr", "ko", "ar"),
                   help="the report's language (default English; the desktop app writes its interface's)")
    add_json_flag(p, "{written: [the report]}")
    p.set_defaults(run=cmd_report)


def cmd_manifest(args: argparse.Namespace) -> int:
    from app.services.manifest import ManifestRefused, write_manifest

    with project_files.open_project(args.project, analyst=args.analyst, read_only=True) as session:
        try:
            written = write_manifest(session, args.output, export_files=args.export, tsq=args.tsq)
        except ManifestRefused as exc:
            if args.json:
                emit({"written": [], "problems": list(exc.problems)})
            for problem in exc.problems if not args.json else ():
                say(problem)
            say(f"sourcemark: {exc}", err=True)
            return 1
    if args.json:
        emit({"written": [str(path) for path in written]})
    for path in written if not args.json else ():
        say(path)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.services.report import write_report
    from app.services.report_languages import report_language

    suffix = args.output.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise project_files.usage("the report file must end in .html or .pdf")
    with project_files.open_project(args.project, analyst=args.analyst, read_only=True) as session:
        write_report(session, args.output, "pdf" if suffix == ".pdf" else "html", claim_ids=args.claim,
                     language=report_language(args.lang))
    if args.json:
        emit({"written": [str(args.output)]})
    else:
        say(args.output)
    return 0
