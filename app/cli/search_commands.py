"""`sourcemark search`: find a quote, a regular expression or an actor's names in every document of a project.

Plain output is one line per hit: document id, page (1-based, empty for unpaged documents), start
offset and the hit in its context with the match in brackets. --json prints a list of objects
(document_id, title, start, end, pages (0-based), exact, prefix, suffix). No hits is not an error:
exit 0, no lines (plain output says "no matches" on stderr; --json prints []).
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.terminal import row
from app.services import project_files

NAMES = ("search",)


def register(sub: Any) -> None:
    p = sub.add_parser("search", help="search every document of a project for a quote, a regular expression or an actor")
    p.add_argument("project", type=Path)
    p.add_argument("query", metavar="QUERY", help="a quote (case and accents ignored), a pattern or an actor")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--regex", action="store_true", help="QUERY is a Python regular expression")
    mode.add_argument("--actor", action="store_true",
                      help="QUERY is an ACTOR_ID or name: find its name, aliases and confirmed forms as written")
    p.add_argument("--document", action="append", metavar="ID", help="only this document (repeatable)")
    p.add_argument("--json", action="store_true", help="print a JSON list of hits")
    p.add_argument("-n", "--limit", dest="limit", type=int, default=None, metavar="N", help="at most N hits")
    p.set_defaults(run=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from app.services.search import search

    if args.limit is not None and args.limit < 1:
        raise project_files.usage("--limit must be 1 or more")
    mode = "regex" if args.regex else "actor" if args.actor else "quote"
    with project_files.open_project(args.project, analyst=args.analyst, read_only=True) as session:
        hits = search(session, args.query, mode=mode, document_ids=args.document, limit=args.limit)
    if args.json:
        json.dump([h.as_json() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for hit in hits:
        page = str(hit.pages[0] + 1) if hit.pages else ""
        print(row(hit.document_id, page, hit.start, hit.snippet()))
    if not hits:
        print("sourcemark: no matches", file=sys.stderr)
    return 0
