"""`sourcemark capture PROJECT URL`: fetch a live page (and what it displays) into a WARC and add it (issue 19)."""

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.terminal import inert, progress_line, row, say
from app.services import project_files

NAMES = ("capture",)


def register(sub: Any) -> None:
    p = sub.add_parser("capture", help="capture a live web page (with its images and stylesheets) into a WARC and "
                       "add it; a URL serving a PDF or an image becomes a document of that kind")
    p.add_argument("project", type=Path)
    p.add_argument("url", metavar="URL", help="http:// or https:// address")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S",
                   help="seconds a server may stay silent before the capture fails (default: 30)")
    p.add_argument("--time-limit", type=float, default=300.0, metavar="S",
                   help="seconds the whole capture may take, page, resources and --rendered together, however "
                   "slowly a server keeps sending (default: 300)")
    p.add_argument("--max-size", type=float, default=100.0, metavar="MB",
                   help="most bytes to read, page and resources together (default: 100 MB)")
    p.add_argument("--user-agent", default="", metavar="TEXT",
                   help="the User-Agent to send (default: one naming Sourcemark and its version)")
    p.add_argument("--rendered", action="store_true",
                   help="also add a full-page screenshot (PNG) and a PDF print made by headless Chromium")
    p.add_argument("--tsq", type=Path, metavar="FILE",
                   help="also write an RFC 3161 timestamp request (DER) for the capture's WARC, to send to a TSA")
    p.add_argument("--json", action="store_true", help="print the added documents and the capture facts as JSON")
    p.set_defaults(run=cmd_capture)


def cmd_capture(args: argparse.Namespace) -> int:
    from app.services.capture.web import capture_command, prepare_capture, write_timestamp_request

    job = prepare_capture(args.url, timeout=args.timeout, max_mb=args.max_size, user_agent=args.user_agent,
                          rendered=args.rendered, time_limit=args.time_limit)
    with project_files.open_project(args.project, analyst=args.analyst) as session:
        try:
            result = job.run(progress=_progress)
        finally:
            progress_line()
        report = capture_command(session, result)
        if args.tsq is not None:
            write_timestamp_request(result, args.tsq)  # before the commit: a failed write adds nothing
        session.execute(report.command)
    if args.json:
        _print_json(report, result)
    else:
        for doc in report.documents:
            print(row(doc.id, doc.kind, doc.pages or "", doc.title))
    for warning in report.warnings:
        say(f"sourcemark: warning: {inert(args.url)}: {warning}", err=True)
    return 0


def _progress(what: str, done: int, total: int) -> None:
    progress_line(what[:100] + (f" [{done}/{total}]" if total else ""))


def _print_json(report: Any, result: Any) -> None:
    import json

    cap = result.capture
    facts = {"requested_url": cap.requested_url, "final_url": cap.final_url, "http_status": cap.status,
             "server_address": cap.server_address, "captured_at": cap.captured_at,
             "captured_at_local": cap.captured_at_local, "content_type": cap.content_type,
             "redirects": cap.redirects, "resources_recorded": cap.resources, "user_agent": cap.user_agent,
             "refused": cap.refused,
             "warc_sha256": report.command.audit[0][1]["warc_sha256"],
             "documents": [{"id": d.id, "kind": str(d.kind), "title": d.title, "sha256": d.sha256,
                            "original_name": d.original_name} for d in report.documents]}
    json.dump(facts, sys.stdout, ensure_ascii=False, indent=2)
    print()
