"""Team sync through a CouchDB-protocol server: `sync PROJECT [URL] [--prefer mine|theirs]`, `clone URL PROJECT`.

Exit codes: 0 synced; 1 synced except the conflicts it names (left as they are: re-run with --prefer
mine|theirs, or use File > Sync now in the app); 2 the sync could not run (refused credentials, bad
input, Ctrl+C); 4 a network fault (server down, no answer in time, a cut connection); 3 the project is
locked. Each: one line on stderr, the project intact (app.cli.exit_codes).

On a terminal both show one progress line on stderr (cleared at the end). Ctrl+C cancels at the next
request boundary, where the state is consistent (app.services.sync.progress); a second Ctrl+C stops at once,
which is as safe as a kill (the next sync re-checks what was moving).
"""

import argparse
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli.output import add_json_flag, conflict_json, emit
from app.cli.terminal import progress_line, say
from app.services import project_files

NAMES = ("sync", "clone")


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="pull and push changes with the team's CouchDB database (URL remembered)")
    p.add_argument("project", type=Path)
    p.add_argument("url", nargs="?", metavar="URL",
                   help="http(s)://[user:password@]host:port/database; credentials are never stored in the project "
                        "(else SOURCEMARK_SYNC_USER/SOURCEMARK_SYNC_PASSWORD or the system keyring)")
    p.add_argument("--prefer", choices=("mine", "theirs"), help="settle every conflict with this side's version")
    p.add_argument("--encrypt", action="store_true",
                   help="make a new, empty database end-to-end encrypted under a passphrase (asked twice, or "
                        "SOURCEMARK_SYNC_PASSPHRASE); the server then holds only ciphertext. An encrypted database "
                        "asks for its passphrase with or without this flag")
    add_json_flag(p, _JSON_FIELDS)
    p.set_defaults(run=cmd_sync)

    p = sub.add_parser("clone", help="create PROJECT from a team database on a CouchDB-protocol server")
    p.add_argument("url", metavar="URL")
    p.add_argument("project", type=Path)
    add_json_flag(p, _JSON_FIELDS)
    p.set_defaults(run=cmd_clone)


def cmd_sync(args: argparse.Namespace) -> int:
    from app.services.sync import replicator

    # project.json only: the sync reads the documents it involves (services.sync.scope)
    with project_files.open_project(args.project, analyst=args.analyst, documents=()) as session, \
            _ctrl_c_cancels() as stop:
        report = replicator.sync(session, args.url, prefer=args.prefer, progress=_progress, cancelled=stop.is_set,
                                 encrypt=args.encrypt, passphrase=ask_passphrase)
    return _outcome(report, args.json)


def _outcome(report: Any, as_json: bool) -> int:
    """The report on stdout (or as JSON), the one line saying what is left on stderr; exit 1 if anything is left."""
    _print_report(report, as_json)
    left = []
    if report.conflicts:
        left.append(f"{len(report.conflicts)} conflict(s) need a decision and were left as they are "
                    "(re-run with --prefer mine or --prefer theirs, or use File > Sync now in the app)")
    if report.bad:
        left.append(f"{len(report.bad)} document(s) on the server could not be read and were left out "
                    "(named above; everything else was synced)")
    if left:
        say(f"sourcemark: error: {'; '.join(left)}", err=True)
    return 1 if report.unfinished else 0


def cmd_clone(args: argparse.Namespace) -> int:
    from app.domain.errors import StoreError
    from app.services.sync import replicator

    if args.project.exists() and (not args.project.is_dir() or any(args.project.iterdir())):
        raise StoreError(f"{args.project} already exists and is not empty")
    try:
        with _ctrl_c_cancels() as stop:
            report = replicator.clone(args.url, args.project, analyst=args.analyst, progress=_progress,
                                      cancelled=stop.is_set, passphrase=ask_passphrase)
    except replicator.SyncCancelled:
        _remove_partial(replicator.partial_folder(args.project))
        raise replicator.SyncCancelled(f"Clone cancelled; {args.project} was not created") from None
    except BaseException:
        _remove_partial(replicator.partial_folder(args.project))  # (a kill leaves it: the next clone resumes it)
        raise
    return _outcome(report, args.json)


_JSON_FIELDS = ("{url, pulled, pushed, files_in, analysts, dropped, conflicts: [{kind, id, fields, mine, theirs, "
                "description}], bad: [{id, reason}], purged: [id], purge_note, encrypted}")


def _print_report(report: Any, as_json: bool) -> None:
    if as_json:
        emit({"url": report.url, "pulled": report.pulled, "pushed": report.pushed, "files_in": report.files_in,
              "analysts": report.analysts, "dropped": report.dropped,
              "conflicts": [conflict_json(c) for c in report.conflicts], "bad": [{"id": doc_id, "reason": why} for doc_id, why in sorted(report.bad.items())],
              "purged": report.purged, "purge_note": report.purge_note, "encrypted": report.encrypted})
        return
    for line in report.lines():
        say(line)


def ask_passphrase(url: str, new: bool) -> str | None:
    """An encrypted database's passphrase from the terminal, without echo (None when there is no terminal: the
    sync then says to set SOURCEMARK_SYNC_PASSPHRASE); a new one is asked twice."""
    import getpass
    import sys

    from app.cli.terminal import inert
    from app.domain.errors import DomainError

    if not sys.stdin.isatty():
        return None
    progress_line()
    what = "New passphrase for" if new else "Passphrase for"
    phrase = getpass.getpass(f"{what} {inert(url)}: ")
    if new and getpass.getpass("The same passphrase again: ") != phrase:
        raise DomainError("the two passphrases differ; nothing was sent")
    return phrase


def _remove_partial(folder: Path) -> None:
    """A clone that failed leaves no half project behind (the next clone starts clean)."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def _progress(phase: str, done: int, total: int) -> None:
    progress_line(f"{phase}…" + (f" [{done}/{total}]" if total else (f" [{done}]" if done else "")))


@contextmanager
def _ctrl_c_cancels() -> Iterator[threading.Event]:
    """The first Ctrl+C asks the sync to stop at its next request boundary; a second one interrupts at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():  # signals reach the main thread only
        yield stop
        return

    def on_interrupt(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        progress_line("Cancelling at the next request… (Ctrl+C again to stop at once)")

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
        progress_line()
