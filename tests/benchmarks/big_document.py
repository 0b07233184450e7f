"""Benchmark: writes on ONE document holding 50,000 highlights, each against the same command on an empty project.

    python tests/benchmarks/big_document.py [--annotations 50000] [--runs 5] [--dir /tmp]

Issue 31: the cost of a write grows with the change, not with the document. Two projects are built in
the same run: one document with `--annotations` highlights, and the same document with none. Each run
measures, on both, in this order: `annotate` (one new highlight), the command after it (`claim`: its
open backs up what the edit changed), `import` of 5 W3C annotations (fresh ids each run), and the GUI's
way of editing (the whole project loaded, then one highlight committed: the commit alone). Prints the
medians and what they are over the empty project, and the raw baseline: orjson.loads + orjson.dumps of
that document's annotations file. Targets: edit <= 150 ms over empty, the command after <= 100 ms over.
CLI commands run in-process (the interpreter start-up is the same for both, so it is left out of both).
Exits 1 if a target is missed.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import orjson  # noqa: E402

from app.services.annotate import create_annotation  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from app.store.schema import annotations_file  # noqa: E402
from tests.benchmarks.scale import TEXT, build, run  # noqa: E402

EDIT_S, AFTER_S = 0.150, 0.100


def w3c_file(path: Path, n: int = 5) -> Path:
    rows = [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
             "id": f"https://example.org/anno/{uuid.uuid4()}",
             "target": {"selector": [{"type": "TextQuoteSelector", "exact": TEXT[s : s + 20]},
                                     {"type": "TextPositionSelector", "start": s, "end": s + 20}]}}
            for s in range(40, 40 + 60 * n, 60)]
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def gui_edit(folder: Path, doc: str) -> float:
    """The commit of one highlight in a session that loaded everything (as the GUI has): the commit alone."""
    with ProjectSession.open(folder, analyst="bench") as session:
        command = create_annotation(session, doc, 4, 20)
        return timed(lambda: session.execute(command))


def one_run(folder: Path, ids: dict, tmp: Path) -> dict[str, float]:
    p, doc = str(folder), ids["doc"]
    imp = w3c_file(tmp / f"w3c-{folder.name}.json")
    return {
        "annotate (one highlight)": timed(lambda: run("annotate", p, doc, "--start", "4", "--end", "20")),
        "claim (the command after)": timed(lambda: run("claim", p, "Troops crossed the border")),
        "import (5 W3C annotations)": timed(lambda: run("import", p, str(imp), "--document", doc)),
        "GUI edit (commit only)": gui_edit(folder, doc),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--annotations", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=None, help="where to build (default: a temp folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        empty_ids = build(root / "empty.sourcemark", 0, 1)
        big_ids = build(root / "big.sourcemark", args.annotations, 1)
        print(f"built one document with {args.annotations} annotations in {time.perf_counter() - t:.1f} s")
        path = root / "big.sourcemark" / annotations_file(big_ids["doc"])
        raw = []
        for _ in range(args.runs):
            data = path.read_bytes()
            raw.append(timed(lambda data=data: orjson.dumps(orjson.loads(data))))
        base = statistics.median(raw)
        print(f"baseline: orjson.loads + orjson.dumps of that file ({path.stat().st_size / 1e6:.1f} MB): {base * 1000:.0f} ms")
        one_run(root / "empty.sourcemark", empty_ids, root)  # warm-up: imports, disk cache
        one_run(root / "big.sourcemark", big_ids, root)
        empty: dict[str, list[float]] = {}
        big: dict[str, list[float]] = {}
        for _ in range(args.runs):  # each pair in the same run
            for name, took in one_run(root / "empty.sourcemark", empty_ids, root).items():
                empty.setdefault(name, []).append(took)
            for name, took in one_run(root / "big.sourcemark", big_ids, root).items():
                big.setdefault(name, []).append(took)
    budgets = {"annotate (one highlight)": EDIT_S, "claim (the command after)": AFTER_S}
    missed = []
    print(f"{'median of ' + str(args.runs):28} {'empty':>9} {args.annotations:>9} {'over':>9} {'x baseline':>10}  target")
    for name in big:
        e, b = statistics.median(empty[name]), statistics.median(big[name])
        budget = budgets.get(name)
        verdict = "" if budget is None else f"<= {budget * 1000:.0f} ms {'met' if b - e <= budget else 'MISSED'}"
        if budget is not None and b - e > budget:
            missed.append(name)
        print(f"{name:28} {e * 1000:7.1f}ms {b * 1000:7.1f}ms {(b - e) * 1000:7.1f}ms {b / base:9.2f}x  {verdict}")
    print("all targets met" if not missed else f"MISSED: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
