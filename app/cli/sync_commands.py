"""Team sync through a CouchDB-protocol server: `sync PROJECT [URL] [--prefer mine|theirs]`, `clone URL PROJECT`.

Exit codes: 0 synced; 1 synced except the conflicts it names (left as they are: re-run with --prefer
mine|theirs, or use File > Sync now in the app); 2 the sync could not run (server down, refused
credentials, a cut connection, bad input): one line on stderr, the project intact.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from app.services import project_files

NAMES = ("sync", "clone")


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="pull and push changes with the team's CouchDB database (URL remembered)")
    p.add_argument("project", type=Path)
    p.add_argument("url", nargs="?", metavar="URL",
                   help="http(s)://[user:password@]host:port/database; credentials are never stored in the project "
                        "(else SOURCEMARK_SYNC_USER/SOURCEMARK_SYNC_PASSWORD or the system keyring)")
    p.add_argument("--prefer", choices=("mine", "theirs"), help="settle every conflict with this side's version")
    p.set_defaults(run=cmd_sync)

    p = sub.add_parser("clone", help="create PROJECT from a team database on a CouchDB-protocol server")
    p.add_argument("url", metavar="URL")
    p.add_argument("project", type=Path)
    p.set_defaults(run=cmd_clone)


def cmd_sync(args: argparse.Namespace) -> int:
    from app.services import sync

    with project_files.open_project(args.project, analyst=args.analyst) as session:
        report = sync.sync(session, args.url, prefer=args.prefer)
    for line in report.lines():
        print(line)
    if report.conflicts:
        print(f"sourcemark: error: {len(report.conflicts)} conflict(s) need a decision and were left as they are "
              "(re-run with --prefer mine or --prefer theirs, or use File > Sync now in the app)", file=sys.stderr)
        return 1
    return 0


def cmd_clone(args: argparse.Namespace) -> int:
    from app.domain.errors import StoreError
    from app.services import sync

    if args.project.exists() and (not args.project.is_dir() or any(args.project.iterdir())):
        raise StoreError(f"{args.project} already exists and is not empty")
    try:
        report = sync.clone(args.url, args.project, analyst=args.analyst)
    except BaseException:
        _remove_partial(args.project)
        raise
    for line in report.lines():
        print(line)
    return 0


def _remove_partial(folder: Path) -> None:
    """A clone that failed leaves no half project behind (the next clone starts clean)."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
