"""Team work between analysts' projects: `merge` (with --dry-run / --prefer) and `agreement`.

merge exit codes: 0 merged (or dry run printed); 1 conflicts need a decision and nothing was changed
(re-run with --prefer mine|theirs, or use File > Merge project… to decide one by one); 2 bad input.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.output import add_json_flag, conflict_json, emit
from app.cli.terminal import inert, say
from app.services import project_files

NAMES = ("merge", "agreement")


def register(sub: Any) -> None:
    p = sub.add_parser("merge", help="merge another analyst's project into PROJECT (one undoable step)")
    p.add_argument("project", type=Path)
    p.add_argument("other", type=Path, metavar="OTHER_PROJECT")
    p.add_argument("--dry-run", action="store_true", help="print what would come in and the conflicts; change nothing")
    p.add_argument("--prefer", choices=("mine", "theirs"), help="settle every conflict with this side's version")
    add_json_flag(p, "{other, analysts, counts, dropped, conflicts: [{kind, id, fields, mine, theirs, description}], "
                  "dry_run, merged, changes} (conflicts without --prefer: exit 1, merged false)")
    p.set_defaults(run=cmd_merge)

    p = sub.add_parser("agreement", help="compare two analysts' projects: verdict kappa, span overlap F1")
    p.add_argument("project", type=Path, metavar="A")
    p.add_argument("other", type=Path, metavar="B")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=cmd_agreement)


def cmd_merge(args: argparse.Namespace) -> int:
    from app.services.merge import merging

    read_only = bool(args.dry_run)
    with project_files.open_project(args.project, analyst=args.analyst, read_only=read_only) as session:
        preview = merging.preview_merge(session, args.other)
        for line in preview.lines() if not args.json else ():
            say(line)
        facts = {"other": str(preview.other_folder), "analysts": preview.analysts, "counts": preview.counts,
                 "dropped": list(preview.plan.dropped), "conflicts": [conflict_json(c) for c in preview.plan.conflicts],
                 "dry_run": bool(args.dry_run), "merged": False, "changes": 0}
        if args.json and (args.dry_run or (preview.plan.conflicts and args.prefer is None)):
            emit(facts)  # what would come in, or why nothing did
        if args.dry_run:
            return 0
        if preview.plan.conflicts and args.prefer is None:
            print(f"sourcemark: error: {len(preview.plan.conflicts)} conflict(s) need a decision; nothing was merged "
                  "(re-run with --prefer mine or --prefer theirs, or use File > Merge project… in the app)",
                  file=sys.stderr)
            return 1
        command = merging.merge_command(session, preview, prefer=args.prefer)
        if command.ops:
            session.execute(command)
        if args.json:
            emit({**facts, "merged": True, "changes": len(command.ops)})
            return 0
        say(f"merged: {len(command.ops)} change(s) in one step (analysts: {', '.join(inert(a) for a in preview.analysts)})")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from app.services.agreement import agreement_with

    with project_files.open_project(args.project, analyst=args.analyst, read_only=True) as session:
        report = agreement_with(session, args.other)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in report.lines():
            say(line)
    return 0
