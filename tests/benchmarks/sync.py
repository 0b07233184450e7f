"""Benchmark of `sourcemark sync` against PouchDB Server on loopback (installed by `packaging/dev.sh setup`).

    python tests/benchmarks/sync.py [--docs 250] [--per-doc 200] [--runs 3] [--one 10]

1. First push of a project of docs * per-doc annotations (each with a link): median of `sync` into an
   empty database, against, in the same run, a raw `POST _bulk_docs` (new_edits: false) of the same
   documents into another empty database (JSON encoding included in both), and the same raw POSTs in
   the sync's pages (PouchDB Server is much slower on one 100,000-document request).
2. A sync that moves one change (one edited claim), pushing and then pulling it on the other copy:
   medians over `--one` edits, with the project already open.
3. The first push, and the first sync of a copy of the project (every document pulled and compared), as
   the GUI runs them (each request on a helper thread, progress reported): their time, and the longest
   stretch the calling thread (the GUI's) ran without reaching a request or a progress report, i.e. the
   longest time the window could not repaint. (A clone needs real files; the project built here has none.)
4. `--cli-one` (issue 31): `sourcemark sync` run in-process as a command (the project opened by it), moving one
   change: pulled (a claim edited on another copy), pushed (a claim edited here), and a highlight edited on
   the other copy pulled; on the project of --docs x --per-doc highlights (each with a link) and, in the same
   run, on the same project without highlights. Medians of --runs; then a sync with nothing to do against
   the raw requests of one (`_local` checkpoint + `_changes`) and `sourcemark list P claims` (start-up).
"""

import argparse
import contextlib
import io
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.cli.main import main as cli  # noqa: E402
from app.domain.links import DEPENDENCY_ORDER as ORDER  # noqa: E402
from app.exchange.couch_replication import object_doc  # noqa: E402
from app.net import couch  # noqa: E402
from app.net.couch import CouchClient, parse_remote  # noqa: E402
from app.services import annotate, entities  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from app.services.sync import replicator as sync  # noqa: E402
from app.services.sync.push import PAGE_DOCS  # noqa: E402
from app.store import sync_state  # noqa: E402
from tests.benchmarks.store import build  # noqa: E402
from tests.fixtures.couch_server import PouchServer  # noqa: E402


def _delete(url: str) -> None:
    urllib.request.urlopen(urllib.request.Request(url, method="DELETE")).close()


def raw_post(session: ProjectSession, url: str, page: int = 0) -> float:
    """One `POST _bulk_docs` of every document (or pages of `page` documents, as the sync sends them)."""
    docs = [object_doc(kind, obj, None, "ana") for kind in ORDER for obj in session.project.objects[kind].values()]
    step = page or len(docs)
    with CouchClient(parse_remote(url)) as client:
        client.ensure_database(create=True)
        t = time.perf_counter()
        for start in range(0, len(docs), step):
            body = {"docs": docs[start:start + step], "new_edits": False}
            client.post_raw("_bulk_docs", orjson.dumps(body))  # the sync encodes with orjson too
        return time.perf_counter() - t


def first_push(session: ProjectSession, url: str) -> float:
    for name in (sync_state.SYNC_FILE, sync_state.LOG_FILE):
        (session.folder / name).unlink(missing_ok=True)
    sync_state.forget(session.folder)
    t = time.perf_counter()
    report = sync.sync(session, url)
    elapsed = time.perf_counter() - t
    assert report.pushed >= len(session.project.annotations), report.lines()
    return elapsed


class Stretches:
    """A request runner as the GUI's (each request on a helper thread, the caller waiting) that keeps the
    longest stretch the calling thread ran between two requests or progress reports, and where it ended."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest, self.before = 0.0, ""

    def _mark(self, what: str) -> None:
        now = time.perf_counter()
        if now - self.last > self.longest:
            self.longest, self.before = now - self.last, what
        self.last = now

    def progress(self, phase: str, done: int, total: int) -> None:
        self._mark(f"progress {phase}")
        self.last = time.perf_counter()

    def __call__(self, call: Callable[[], Any]) -> Any:
        self._mark("a request")
        box: dict[str, Any] = {}
        worker = threading.Thread(target=lambda: box.update(result=call()))
        worker.start()
        worker.join()
        self.last = time.perf_counter()
        return box.get("result")

    def end(self) -> str:
        self._mark("the end")
        return f"longest stretch without a request or a progress report {self.longest:.2f} s (before {self.before})"


def as_the_gui_does(session: ProjectSession, url: str, copy: Path) -> None:
    direct = first_push(session, url + "direct")
    _delete(url + "direct")
    for name in (sync_state.SYNC_FILE, sync_state.LOG_FILE):
        (session.folder / name).unlink(missing_ok=True)
    sync_state.forget(session.folder)
    stretches = Stretches()
    t = time.perf_counter()
    sync.sync(session, url, progress=stretches.progress, blocking=stretches)
    gui = time.perf_counter() - t
    print(f"first push as the GUI runs it: {gui:.2f} s, directly (as the CLI) {direct:.2f} s, ratio {gui / direct:.2f}; "
          f"{stretches.end()}")
    shutil.copytree(session.folder, copy, ignore=shutil.ignore_patterns("lock", "sync.*"))
    with ProjectSession.open(copy, analyst="boris") as b:
        stretches = Stretches()
        t = time.perf_counter()
        sync.sync(b, url, progress=stretches.progress, blocking=stretches)
        print(f"first sync of a copy as the GUI runs it: {time.perf_counter() - t:.2f} s; {stretches.end()}")


def cli_sync(folder: Path) -> float:
    """`sourcemark sync FOLDER` in-process (output swallowed): seconds."""
    out = io.StringIO()
    t = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli(["--analyst", "ana", "sync", str(folder)])
    elapsed = time.perf_counter() - t
    if code != 0:
        raise SystemExit(f"sourcemark sync {folder} failed ({code}): {out.getvalue()}")
    return elapsed


def one_change_pair(tmp: Path, server: PouchServer, name: str, docs: int, per_doc: int, runs: int) -> dict[str, float]:
    """Medians (s) of CLI syncs moving one change on a project of docs x per_doc highlights."""
    mine, theirs, url = tmp / f"{name}-A.sourcemark", tmp / f"{name}-B.sourcemark", f"{server.url}/{name}"
    project, _docs, claims = build(mine, docs, per_doc)
    anns = sorted(project.annotations)
    with ProjectSession.open(mine, analyst="ana") as a:
        sync.sync(a, url)
    shutil.copytree(mine, theirs, ignore=shutil.ignore_patterns("lock", "sync.*"))
    with ProjectSession.open(theirs, analyst="boris") as b:
        sync.sync(b, url)
    cli_sync(mine)  # warm-up: imports, disk cache, the files remembered
    out: dict[str, list[float]] = {"pull": [], "push": [], "pull highlight": [], "nothing": []}
    for n in range(runs):
        with ProjectSession.open(theirs, analyst="boris") as b:
            b.execute(entities.edit_claim(b, claims[n], rationale=f"theirs {n}"))
            sync.sync(b)
        out["pull"].append(cli_sync(mine))
        with ProjectSession.open(mine, analyst="ana", documents=()) as a:
            a.execute(entities.edit_claim(a, claims[-1 - n], rationale=f"mine {n}"))
        out["push"].append(cli_sync(mine))
        if anns:
            with ProjectSession.open(theirs, analyst="boris") as b:
                b.execute(annotate.edit_annotation(b, anns[n * 997 % len(anns)], note=f"theirs {n}"))
                sync.sync(b)
            out["pull highlight"].append(cli_sync(mine))
        out["nothing"].append(cli_sync(mine))
    return {k: statistics.median(v) for k, v in out.items() if v}


def round_trip(url: str, runs: int) -> float:
    """The raw requests of a sync with nothing to do: its checkpoint and the feed since it (median, s)."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for path in ("/_local/x", "/_changes?since=now&limit=1"):
            try:
                urllib.request.urlopen(url + path).read()
            except urllib.error.HTTPError:
                pass
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cli_one(tmp: Path, server: PouchServer, docs: int, per_doc: int, runs: int) -> None:
    full = one_change_pair(tmp, server, "full", docs, per_doc, runs)
    empty = one_change_pair(tmp, server, "empty", docs, 0, runs)
    print(f"one-change `sourcemark sync`, {docs} documents x {per_doc} highlights (each linked) vs none, "
          f"median of {runs}, same run:")
    for what in ("pull", "push", "nothing"):
        f, e = full[what] * 1000, empty[what] * 1000
        print(f"  {what:8}: {f:6.0f} ms vs {e:6.0f} ms without highlights: {f - e:+.0f} ms ({f / e:.2f}x)")
    print(f"  a highlight edited there, pulled: {full['pull highlight'] * 1000:.0f} ms")
    rt = round_trip(f"{server.url}/full", runs)
    t = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        cli(["list", str(tmp / "full-A.sourcemark"), "claims"])
    startup = time.perf_counter() - t
    print(f"  nothing to do: {full['nothing'] * 1000:.0f} ms; raw round trip (checkpoint + feed) {rt * 1000:.0f} ms, "
          f"`sourcemark list P claims` in-process {startup * 1000:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=250)
    ap.add_argument("--per-doc", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--one", type=int, default=10)
    ap.add_argument("--gui-only", action="store_true", help="only part 3")
    ap.add_argument("--cli-one", action="store_true", help="only part 4 (give --docs 50 --per-doc 1000)")
    args = ap.parse_args()
    os.environ.setdefault("SOURCEMARK_CONFIG_DIR", tempfile.mkdtemp())  # servers it confirms: not the user's list
    couch.TIMEOUT = (5.0, 3600.0)  # PouchDB Server takes minutes over one 100,000-document POST
    with tempfile.TemporaryDirectory() as tmp:
        server = PouchServer(Path(tmp) / "server")
        try:
            if args.cli_one:
                return cli_one(Path(tmp), server, args.docs, args.per_doc, args.runs)
            mine = Path(tmp) / "A.sourcemark"
            project, _docs, claims = build(mine, args.docs, args.per_doc)
            total = sum(len(project.objects[k]) for k in ORDER)
            with ProjectSession.open(mine, analyst="ana") as a:
                as_the_gui_does(a, f"{server.url}/gui", Path(tmp) / "C.sourcemark")
                if args.gui_only:
                    return
                raws, paged, ours = [], [], []
                for run in range(args.runs):
                    raws.append(raw_post(a, f"{server.url}/raw{run}"))
                    _delete(f"{server.url}/raw{run}")
                    paged.append(raw_post(a, f"{server.url}/paged{run}", PAGE_DOCS))
                    _delete(f"{server.url}/paged{run}")
                    ours.append(first_push(a, f"{server.url}/sync{run}"))
                    if run < args.runs - 1:
                        _delete(f"{server.url}/sync{run}")
                r, o = statistics.median(raws), statistics.median(ours)
                print(f"project: {len(project.annotations)} annotations, {total} documents in all")
                p = statistics.median(paged)
                print(f"first push, median of {args.runs}: sync {o:.2f} s; raw _bulk_docs POST {r:.2f} s; ratio {o / r:.2f}")
                print(f"  raw POSTs in pages of {PAGE_DOCS} as the sync sends them: {p:.2f} s; ratio {o / p:.2f}")
                url = f"{server.url}/sync{args.runs - 1}"
                theirs = Path(tmp) / "B.sourcemark"
                shutil.copytree(mine, theirs, ignore=shutil.ignore_patterns("lock", "sync.*"))
                with ProjectSession.open(theirs, analyst="boris") as b:
                    sync.sync(b, url)
                    push_times, pull_times = [], []
                    for n in range(args.one):
                        a.execute(entities.edit_claim(a, claims[n % len(claims)], rationale=f"edit {n}"))
                        t = time.perf_counter()
                        assert sync.sync(a).pushed == 1
                        push_times.append(time.perf_counter() - t)
                        t = time.perf_counter()
                        assert sync.sync(b).pulled == 1
                        pull_times.append(time.perf_counter() - t)
                print(f"one change, median of {args.one}: push {statistics.median(push_times) * 1000:.0f} ms, "
                      f"pull {statistics.median(pull_times) * 1000:.0f} ms")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
