"""Benchmark of merging a colleague's copy of a project (sourcemark merge), against just opening that copy.

    python tests/benchmarks/merge.py [--docs 100] [--per-doc 200] [--edits 500] [--runs 3]

Builds a project of docs * per-doc annotations (each linked to a claim), copies it, edits `edits`
annotations on each side (a tenth of them the same ones: conflicts), then measures the median of
preview_merge + merge_command (which opens the copy, reads both audit logs and plans), and in the same
run the median of opening and loading the copy alone, and prints the ratio.
"""

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.links import Kind  # noqa: E402
from app.services import commands as c  # noqa: E402
from app.services.merge import merging  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from tests.benchmarks.store import build  # noqa: E402


def _edit(folder: Path, ids: list[str], note: str, analyst: str) -> None:
    with ProjectSession.open(folder, analyst=analyst) as session:
        anns = session.project.annotations
        ops = [c.replace(session.project, replace(anns[i], note=note)) for i in ids]
        session.execute(c.Command(f"{len(ops)} notes", tuple(ops)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--per-doc", type=int, default=200)
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mine, theirs = Path(tmp) / "A.sourcemark", Path(tmp) / "B.sourcemark"
        project, _docs, _claims = build(mine, args.docs, args.per_doc)
        ids = sorted(project.annotations)
        shutil.copytree(mine, theirs, ignore=shutil.ignore_patterns("lock"))
        both = args.edits // 10
        _edit(mine, ids[: args.edits], "ana's note", "ana")
        _edit(theirs, ids[args.edits - both : 2 * args.edits - both], "boris's note", "boris")

        def open_other() -> None:
            with ProjectSession.open(theirs, read_only=True):
                pass

        with ProjectSession.open(mine, analyst="ana", read_only=True) as session:
            merge_times, open_times = [], []
            for _ in range(args.runs):
                t = time.perf_counter()
                preview = merging.preview_merge(session, theirs)
                command = merging.merge_command(session, preview, prefer="theirs")
                merge_times.append(time.perf_counter() - t)
                t = time.perf_counter()
                open_other()
                open_times.append(time.perf_counter() - t)
        counts = preview.counts.get(str(Kind.ANNOTATION), {})
        m, o = statistics.median(merge_times), statistics.median(open_times)
        print(f"objects per side: {len(ids)} annotations + links; edits per side: {args.edits}; conflicts: "
              f"{len(preview.plan.conflicts)}; incoming annotation changes: {counts}; ops: {len(command.ops)}")
        print(f"preview + command, median of {args.runs}: {m:.3f} s")
        print(f"open + load the other project alone:  {o:.3f} s")
        print(f"ratio merge / open: {m / o:.2f}")


if __name__ == "__main__":
    main()
