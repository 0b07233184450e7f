"""Benchmark of `sync --encrypt` against a plain sync, in the same run (PouchDB Server on loopback).

    python tests/benchmarks/sync_encrypted.py [--docs 12] [--per-doc 200] [--runs 3]

A project of docs * per-doc annotations, each with a link (12 * 200: 4,812 documents, one `_bulk_docs`
page): the median first push into an empty database, plain and `--encrypt` alternately (the encrypted one
includes its one Argon2id derivation, ~0.5 s), then the first sync of a copy of the project that pulls and
decides every document, plain and encrypted, and the bytes the server holds for each.
"""

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.services.session import ProjectSession  # noqa: E402
from app.services.sync import encryption  # noqa: E402
from app.services.sync import replicator as sync  # noqa: E402
from app.store import sync_state  # noqa: E402
from tests.benchmarks.store import build  # noqa: E402
from tests.fixtures.couch_server import PouchServer  # noqa: E402

PHRASE = "benchmark passphrase"


def _fresh(session: ProjectSession) -> None:
    for name in (sync_state.SYNC_FILE, sync_state.LOG_FILE):
        (session.folder / name).unlink(missing_ok=True)
    sync_state.forget(session.folder)
    encryption.forget()


def push(session: ProjectSession, url: str, encrypt: bool) -> float:
    _fresh(session)
    t = time.perf_counter()
    report = sync.sync(session, url, encrypt=encrypt, passphrase=lambda u, new: PHRASE)
    elapsed = time.perf_counter() - t
    assert report.pushed >= len(session.project.annotations), report.lines()
    return elapsed


def pull(copy: Path, url: str) -> float:
    with ProjectSession.open(copy) as other:
        _fresh(other)
        t = time.perf_counter()
        sync.sync(other, url, passphrase=lambda u, new: PHRASE)
        return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=12)
    ap.add_argument("--per-doc", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sm-bench-enc-"))
    server = PouchServer(tmp / "pouch")
    try:
        build(tmp / "P.sourcemark", args.docs, args.per_doc)
        shutil.copytree(tmp / "P.sourcemark", tmp / "Copy.sourcemark")
        times: dict[str, list[float]] = {"plain": [], "encrypted": []}
        with ProjectSession.open(tmp / "P.sourcemark", analyst="ana") as session:
            n = sum(len(session.project.objects[k]) for k in session.project.objects)
            for run in range(args.runs):
                for mode in ("plain", "encrypted"):
                    times[mode].append(push(session, f"{server.url}/{mode[0]}{run}", mode == "encrypted"))
        pulls = {mode: pull(tmp / "Copy.sourcemark", f"{server.url}/{mode[0]}0") for mode in ("plain", "encrypted")}
        sizes = {mode: len(urllib.request.urlopen(f"{server.url}/{mode[0]}0/_all_docs?include_docs=true").read())
                 for mode in ("plain", "encrypted")}
        rows = json.loads(urllib.request.urlopen(f"{server.url}/e0/_all_docs").read())["rows"]
        assert any(row["id"] == "sourcemark:e2ee" for row in rows) and not any(":" in row["id"] for row in rows if row["id"] != "sourcemark:e2ee")
        plain, enc = statistics.median(times["plain"]), statistics.median(times["encrypted"])
        print(f"{n:,} documents; first push, median of {args.runs}: plain {plain:.2f} s, encrypted {enc:.2f} s "
              f"({enc / plain:.2f}x); runs: {times}")
        print(f"first sync of a copy (pull and decide all): plain {pulls['plain']:.2f} s, "
              f"encrypted {pulls['encrypted']:.2f} s; bytes of _all_docs?include_docs=true: {sizes}")
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
