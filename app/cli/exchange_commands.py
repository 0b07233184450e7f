"""`sourcemark export` and `sourcemark import`: annotations out to a file format and back in."""

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import add_json_flag, emit, is_stdio, read_input, write_stdout
from app.cli.terminal import progress_line, row, say
from app.services import project_files

NAMES = ("export", "import")


def register(sub: Any, open_project: Any) -> None:
    p = sub.add_parser("export", help="export annotations as json, csv, w3c, claimreview, couch, graphml or ftm")
    p.add_argument("project", type=Path)
    p.add_argument("--format", required=True,
                   choices=("json", "csv", "w3c", "claimreview", "couch", "pdf", "graphml", "ftm"),
                   help="pdf: a copy of one PDF document (--document) with its highlights as PDF annotations (-o needed); "
                   "couch: a CouchDB _bulk_docs body (docs/user/sync.md); "
                   "graphml: the evidence graph; ftm: FollowTheMoney entities, one JSON object a line (Aleph)")
    p.add_argument("-o", "--output", type=Path, help="file to write; - or none: standard output")
    p.add_argument("--document", action="append", metavar="ID", help="only this document (repeatable)")
    p.add_argument("--author", default="", help="claimreview: the fact-checking organisation publishing the reviews")
    p.add_argument("--url", default="", help="claimreview: address of the published fact check; {id} becomes each "
                   "claim's id (one page per claim)")
    p.add_argument("--table", default="annotations", choices=("annotations", "claims", "actors", "sources", "documents"), help="csv only: which table")
    active = p.add_mutually_exclusive_group()
    active.add_argument("--strip-active", dest="keep_active", action="store_false", default=False,
                        help="pdf: drop the original's JavaScript, launch actions and embedded files (the default; "
                             "what was dropped is said on stderr)")
    active.add_argument("--keep-active", dest="keep_active", action="store_true",
                        help="pdf: keep them in the copy (said on stderr)")
    bom = p.add_mutually_exclusive_group()
    bom.add_argument("--bom", dest="bom", action="store_true", default=None,
                     help="csv: start with a UTF-8 byte order mark, as Excel needs (default: in a file yes, on "
                          "standard output no)")
    bom.add_argument("--no-bom", dest="bom", action="store_false", help="csv: no byte order mark, in a file too")
    p.set_defaults(run=lambda args: cmd_export(args, open_project))

    p = sub.add_parser("import", help="import a native JSON, W3C or Hypothesis annotation file (all or nothing); "
                       "prints the counts per document (new, already present, updated, not in this project)")
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path, metavar="FILE", help="the annotation file; - reads standard input")
    p.add_argument("--document", metavar="ID", help="put every W3C/Hypothesis annotation on this document (default: "
                   "the document each annotation's target names)")
    p.add_argument("--dry-run", action="store_true", help="print what the import would do; write nothing")
    p.add_argument("--time-limit", type=float, default=None, metavar="SECONDS",
                   help="stop (importing nothing) when anchoring W3C/Hypothesis quotes takes longer (default: 120)")
    add_json_flag(p, "{format, dry_run, summary, added, skipped, updated, not_in_project, ambiguous, orphans, "
                  "documents: [{id, title, new, present, updated}], notes, conflicts}")
    p.set_defaults(run=lambda args: cmd_import(args, open_project))


def cmd_export(args: argparse.Namespace, open_project: Any) -> int:
    from app.services import import_export

    if args.format == "pdf":
        return _export_pdf(args, open_project)

    with open_project(args, read_only=True) as session:
        docs = set(args.document) if args.document else None
        text = import_export.export(session, args.format, document_ids=docs, table=args.table, author=args.author,
                               url=args.url)
        if args.format == "claimreview":  # still written: the gaps are for the analyst to fill before publishing
            for gap in import_export.claimreview_gaps(session, document_ids=docs, author=args.author, url=args.url):
                say(f"sourcemark: warning: {gap}", err=True)
    to_stdout = args.output is None or is_stdio(args.output)
    if args.format == "csv" and text.startswith(BOM) and not (args.bom if args.bom is not None else not to_stdout):
        text = text[len(BOM):]  # a pipe (or --no-bom) gets plain UTF-8: a BOM breaks cut, awk and csv readers
    if to_stdout:
        write_stdout(text)
    else:
        project_files.write_output(args.output, text)
    return 0


BOM = "\ufeff"  # what the CSV export starts with (app.exchange.csv_export), for Excel


def _export_pdf(args: argparse.Namespace, open_project: Any) -> int:
    from app.services import import_export

    if not args.document or len(args.document) != 1 or not args.output:
        raise project_files.usage("--format pdf needs exactly one --document ID and -o FILE.pdf (or -o - for stdout)")
    with open_project(args, read_only=True) as session:
        result = import_export.annotated_pdf(session, args.document[0], strip_active=not args.keep_active)
    if is_stdio(args.output):
        write_stdout(result.data)
    else:
        project_files.write_output(args.output, result.data)
    note = import_export.active_content_note(result)
    if note:
        say(f"sourcemark: note: {note}", err=True)
    return 0


def cmd_import(args: argparse.Namespace, open_project: Any) -> int:
    from app.services import import_export
    from app.services.import_budget import ImportBudget

    if args.time_limit is not None and not args.time_limit > 0:
        raise project_files.usage("--time-limit must be a number of seconds above 0")
    data = read_input(args.file)
    budget = ImportBudget(progress=_import_progress)
    if args.time_limit is not None:
        budget.seconds = args.time_limit
    with open_project(args, read_only=args.dry_run, documents=import_export.import_scope(data, args.document)) as session:
        try:
            report = import_export.import_annotations(session, data, document_id=args.document, budget=budget)
        finally:
            _import_progress(0, 0)  # clear the progress line
        if report.command is not None and not args.dry_run:
            session.execute(report.command)
    if args.json:
        emit(_import_json(report, args.dry_run))
        return 0
    say(report.summary() + (" (dry run: nothing written)" if args.dry_run else ""))
    for doc_id, counts in report.documents.items():
        print(row(doc_id, counts.title, counts.line()))
    if report.not_in_project:
        print(f"not in this project\t\t{report.not_in_project} annotation{'s' * (report.not_in_project != 1)}")
    for note in report.notes + report.conflicts:
        say(f"  {note}")
    return 0


def _import_json(report: Any, dry_run: bool) -> dict[str, Any]:
    return {"format": report.format, "dry_run": dry_run, "summary": report.summary(), "added": report.added,
            "skipped": report.skipped, "updated": report.updated, "not_in_project": report.not_in_project,
            "ambiguous": report.ambiguous, "orphans": report.orphans,
            "documents": [{"id": doc_id, "title": c.title, "new": c.new, "present": c.present, "updated": c.updated}
                          for doc_id, c in report.documents.items()],
            "notes": list(report.notes), "conflicts": list(report.conflicts)}


def _import_progress(done: int, total: int) -> None:
    """Every 50 annotations, on a terminal only (done == total == 0: clear the line)."""
    if not total or done % 50 == 0:
        progress_line(f"anchoring annotation {done} of {total}" if total else "")
