"""Benchmark: the cost of commands at 10,000 / 50,000 / 250,000 annotations, each against its raw baseline in the same run.

    python tests/benchmarks/scale.py [--annotations 50000] [--documents 500] [--runs 5] [--dir /tmp]
    python tests/benchmarks/scale.py --annotations 250000 --keep P   (only build P, e.g. for gui_open.py --project P)
    python tests/benchmarks/scale.py --project P [--runs 5]          (only load, CSV export and check of P, built by --keep)

Baselines, measured in the same run: every CLI command on an EMPTY project (same documents, claims,
actors and sources, no annotations), and `orjson.loads` of the big project's database files.
CLI commands run in-process through app.cli.main.main (the interpreter start-up is the same for both
projects, so it is left out of both). Targets (issue 18): commands that need no annotations <= 100 ms
over empty, commands that add a few annotations <= 300 ms over empty, store open + load <= 2x
orjson.loads, CSV export <= 1 s, check <= 1.5 s. Prints medians; exits 1 if a target is missed.
"""

import argparse
import contextlib
import gc
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import orjson

from app.cli.main import main as cli
from app.domain.annotations import Annotation, Quad
from app.domain.changes import Changes
from app.domain.documents import Document, DocumentKind
from app.domain.ids import new_id
from app.domain.links import Kind, Link, Relation
from app.domain.project import kind_of
from app.store.project_store import ProjectStore
from app.store.schema import ANNOTATIONS_DIR, PROJECT_FILE

TEXT = "The regional governor said that troops had crossed the border near Sudzha at dawn on Tuesday. " * 4
NO_ANNOTATIONS_S, FEW_ANNOTATIONS_S, LOAD_RATIO, CSV_S, CHECK_S = 0.100, 0.300, 2.0, 1.0, 1.5


def run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli(["--analyst", "bench", *argv])
    if code != 0:
        raise SystemExit(f"sourcemark {' '.join(argv)} failed with exit {code}")
    return out.getvalue()


def build(folder: Path, annotations: int, documents: int) -> dict:
    """A project of `documents` documents (copies of one text) and `annotations` highlights, every 10th linked to a claim."""
    article = folder.parent / f"{folder.name}-article.txt"
    article.write_text(TEXT, encoding="utf-8")
    run("new", str(folder))
    doc_id = run("add", str(folder), str(article)).split("\t")[0].split()[0]
    ids = {"doc": doc_id}
    ids["claim"] = run("claim", str(folder), "A claim").strip()
    ids["actors"] = [run("actor", str(folder), f"Sergei Lavrov {n}").strip() for n in range(12)]  # one link each
    with ProjectStore.open(folder) as store:
        project = store.load()
        first = project.documents[doc_id]
        docs = [first] + [
            Document(new_id(), f"copy {n}", DocumentKind.TEXT, first.original_name, first.sha256, first.text_sha256,
                     pages=first.pages, imported_at=first.imported_at)
            for n in range(1, documents)
        ]
        store.commit(project, _put(project, Changes(), *docs[1:]))
        per_doc = -(-annotations // documents)
        made = 0
        for doc in docs:
            changes = Changes()
            for i in range(min(per_doc, annotations - made)):
                start = (i * 7) % 300
                ann = Annotation(
                    id=new_id(), document_id=doc.id, start=start, end=start + 30, exact=TEXT[start : start + 30],
                    prefix=TEXT[max(0, start - 32) : start], suffix=TEXT[start + 30 : start + 62], pages=(0,),
                    quads=(Quad(0, 72.0, 100.5, 300.25, 112.0),), analyst="bench",
                    created="2024-08-07T10:00:00Z", modified="2024-08-07T10:00:00Z",
                )
                _put(project, changes, ann)
                if i % 10 == 0:
                    _put(project, changes, Link(new_id(), Kind.ANNOTATION, ann.id, Kind.CLAIM, ids["claim"], Relation.STATES))
            made += min(per_doc, annotations - made)
            store.commit(project, changes)
    return ids


def _put(project, changes: Changes, *objs: object) -> Changes:
    for obj in objs:
        before = project.put(obj)
        changes.note(kind_of(obj), obj.id, before, obj)
    return changes


def median_of(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: imports, disk cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def commands(folder: Path, ids: dict, import_file: Path) -> dict[str, tuple[str, Callable[[], object]]]:
    p = str(folder)
    actors = iter(ids["actors"])
    return {
        "claim": ("none", lambda: run("claim", p, "Troops crossed the border")),
        "verdict": ("none", lambda: run("verdict", p, ids["claim"], "false")),
        "actor": ("none", lambda: run("actor", p, "Maria Zakharova")),
        "source": ("none", lambda: run("source", p, "TASS report", "--grade", "C3")),
        "document": ("none", lambda: run("document", p, ids["doc"], "--title", "Renamed")),
        "link claim->actor": ("none", lambda: run("link", p, ids["claim"], next(actors), "--relation", "made-by")),
        "list documents": ("none", lambda: run("list", p, "documents")),
        "list claims": ("none", lambda: run("list", p, "claims")),
        "list actors": ("none", lambda: run("list", p, "actors")),
        "list sources": ("none", lambda: run("list", p, "sources")),
        "history": ("none", lambda: run("history", p)),
        "annotate": ("few", lambda: run("annotate", p, ids["doc"], "--start", "4", "--end", "20")),
        "import (3 annotations)": ("few", lambda: run("import", p, str(import_file), "--document", ids["doc"])),
    }


def hypothesis_file(path: Path) -> Path:
    rows = [{"text": "", "tags": [], "target": [{"selector": [
        {"type": "TextQuoteSelector", "exact": TEXT[s : s + 20], "prefix": "", "suffix": ""},
        {"type": "TextPositionSelector", "start": s, "end": s + 20}]}]} for s in (40, 120, 200)]
    path.write_text(json.dumps({"rows": rows}), encoding="utf-8")
    return path


def _parsed_without_collector(files: list[Path]) -> list[object]:
    """The baseline with the cyclic collector paused, as the store's load runs. A plain call (the issue's baseline)
    pays the collector's passes over the new dicts: at 50,000 annotations ~0.27 s against ~0.12 s paused, at 250,000
    1.86 s against ~0.6 s. Both are printed, so the ratios say what they are measured against."""
    gc.disable()
    try:
        return [orjson.loads(f.read_bytes()) for f in files]
    finally:
        gc.enable()


def measure_whole(folder: Path, runs: int) -> list[str]:
    """Store open + load against orjson.loads of the same files, CSV export and check of `folder`: the
    commands that read everything. The names of the targets missed."""
    missed = []
    files = [folder / PROJECT_FILE, *sorted((folder / ANNOTATIONS_DIR).glob("*.json"))]
    raw = median_of(lambda: [orjson.loads(f.read_bytes()) for f in files], runs)  # the baseline, as a plain call runs
    paused = median_of(lambda: _parsed_without_collector(files), runs)

    def open_load() -> None:
        with ProjectStore.open(folder, read_only=True) as store:
            store.load()

    load = median_of(open_load, runs)
    ok = load <= LOAD_RATIO * raw
    missed += [] if ok else ["load"]
    print(f"orjson.loads of the {len(files)} files {raw * 1000:7.1f}ms; store open + load() {load * 1000:7.1f}ms = "
          f"{load / raw:.2f}x  (target <= {LOAD_RATIO:.0f}x) {'met' if ok else 'MISSED'}")
    print(f"  the same orjson.loads with the collector paused, as the load runs: {paused * 1000:7.1f}ms; the load is "
          f"{load / paused:.2f}x that (building one object per record is the difference)")
    for name, budget, argv in (("CSV export", CSV_S, ("export", str(folder), "--format", "csv")),
                               ("check", CHECK_S, ("check", str(folder)))):
        took = median_of(lambda argv=argv: run(*argv), max(1, runs // 2))
        ok = took <= budget
        missed += [] if ok else [name]
        print(f"{name:26} {took * 1000:7.1f}ms = {took / raw:.2f}x orjson.loads  (target <= {budget * 1000:.0f} ms) "
              f"{'met' if ok else 'MISSED'}")
    return missed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--annotations", type=int, default=50_000)
    ap.add_argument("--documents", type=int, default=500)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=None, help="where to build (default: a temp folder)")
    ap.add_argument("--keep", type=Path, default=None, help="only build the big project here, measure nothing")
    ap.add_argument("--project", type=Path, default=None,
                    help="only measure load, CSV export and check of this project (built with --keep)")
    args = ap.parse_args()
    if args.keep is not None:
        build(args.keep, args.annotations, args.documents)
        print(f"built {args.keep} with {args.annotations} annotations over {args.documents} documents")
        return 0
    if args.project is not None:
        missed = measure_whole(args.project, args.runs)
        print("all targets met" if not missed else f"MISSED: {', '.join(missed)}")
        return 1 if missed else 0
    missed = []
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        empty_ids = build(root / "empty.sourcemark", 0, args.documents)
        big_ids = build(root / "big.sourcemark", args.annotations, args.documents)
        print(f"built {args.annotations} annotations over {args.documents} documents in {time.perf_counter() - t:.1f} s")
        imp = hypothesis_file(root / "hypothesis.json")
        empty = commands(root / "empty.sourcemark", empty_ids, imp)
        big = commands(root / "big.sourcemark", big_ids, imp)
        print(f"{'command':26} {'empty':>9} {f'{args.annotations}':>9} {'over':>9}  target")
        for name, (need, fn) in big.items():
            e, b = median_of(empty[name][1], args.runs), median_of(fn, args.runs)
            budget = NO_ANNOTATIONS_S if need == "none" else FEW_ANNOTATIONS_S
            ok = b - e <= budget
            missed += [] if ok else [name]
            print(f"{name:26} {e * 1000:7.1f}ms {b * 1000:7.1f}ms {(b - e) * 1000:7.1f}ms  <= {budget * 1000:.0f} ms {'met' if ok else 'MISSED'}")
        missed += measure_whole(root / "big.sourcemark", args.runs)
    print("all targets met" if not missed else f"MISSED: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
