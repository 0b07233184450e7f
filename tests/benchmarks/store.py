"""Benchmark of the project store against plain TinyDB.

    python tests/benchmarks/store.py [--docs 500] [--per-doc 100] [--commits 200] [--opens 5] [--baseline-inserts 5]

Builds a project of docs * per-doc annotations, each linked to a claim, then measures the median
commit of one annotation plus its link, the median open + load(), and, in the same run, one insert
into a plain TinyDB (default JSONStorage) table of the same number of records.
"""

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tinydb import TinyDB

from app.domain.annotations import Annotation, Quad
from app.domain.changes import Changes
from app.domain.claims import Claim
from app.domain.documents import Document, DocumentKind
from app.domain.ids import new_id
from app.domain.links import Kind, Link, Relation
from app.domain.project import Project, kind_of
from app.domain.records import to_record
from app.store.project_store import ProjectStore

TEXT = "The regional governor said that troops had crossed the border near Sudzha at dawn on Tuesday."


def _annotation(doc_id: str, i: int) -> Annotation:
    start = (i * 7) % 60
    exact = TEXT[start : start + 30]
    return Annotation(
        id=new_id(), document_id=doc_id, start=start, end=start + 30, exact=exact, prefix=TEXT[max(0, start - 32) : start],
        suffix=TEXT[start + 30 : start + 62], pages=(i % 12,), quads=(Quad(i % 12, 72.0, 100.5, 300.25, 112.0),),
        analyst="analyst", created="2024-08-07T10:00:00Z", modified="2024-08-07T10:00:00Z",
    )


def _put(project: Project, changes: Changes, *objs: object) -> Changes:
    for obj in objs:
        before = project.put(obj)  # type: ignore[arg-type]
        changes.note(kind_of(obj), obj.id, before, obj)  # type: ignore[arg-type, attr-defined]
    return changes


def _with_link(project: Project, doc_id: str, claims: list[str], i: int) -> tuple[Annotation, Link]:
    ann = _annotation(doc_id, i)
    return ann, Link(new_id(), Kind.ANNOTATION, ann.id, Kind.CLAIM, claims[i % len(claims)], Relation.STATES)


def build(folder: Path, docs: int, per_doc: int) -> tuple[Project, list[str], list[str]]:
    with ProjectStore.create(folder, "bench") as store:
        project = store.load()
        doc_ids = [new_id() for _ in range(docs)]
        claims = [Claim(new_id(), f"claim {i}") for i in range(200)]
        documents = [
            Document(d, f"doc {n}", DocumentKind.PDF, "a.pdf", f"{n:064x}", f"{n:064x}", pages=12) for n, d in enumerate(doc_ids)
        ]
        store.commit(project, _put(project, Changes(), *documents, *claims))
        claim_ids = [c.id for c in claims]
        for doc_id in doc_ids:
            changes = Changes()
            for i in range(per_doc):
                _put(project, changes, *_with_link(project, doc_id, claim_ids, i))
            store.commit(project, changes)
    return project, doc_ids, claim_ids


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def bench_commits(folder: Path, doc_ids: list[str], claim_ids: list[str], n: int) -> list[float]:
    rng = random.Random(1)
    with ProjectStore.open(folder) as store:
        project = store.load()
        out = []
        for i in range(n):
            ann, link = _with_link(project, rng.choice(doc_ids), claim_ids, i)
            changes = _put(project, Changes(), ann, link)
            out.append(timed(lambda: store.commit(project, changes, {"label": "Highlight"})))
    return out


def bench_open(folder: Path, n: int) -> tuple[float, list[float]]:
    def open_load() -> None:
        with ProjectStore.open(folder) as store:
            store.load()

    first = timed(open_load)  # takes a backup, since the commits changed the files
    return first, [timed(open_load) for _ in range(n)]


def bench_tinydb(path: Path, records: int, inserts: int, doc_ids: list[str]) -> tuple[list[float], float]:
    rows = [to_record(_annotation(doc_ids[i % len(doc_ids)], i)) for i in range(records)]
    with TinyDB(path) as db:
        db.table("annotations").insert_multiple(rows)
    with TinyDB(path) as db:
        table = db.table("annotations")
        insert = [timed(lambda i=i: table.insert(to_record(_annotation(doc_ids[0], i)))) for i in range(inserts)]
    load = timed(lambda: TinyDB(path).table("annotations").all())
    return insert, load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--per-doc", type=int, default=100)
    ap.add_argument("--commits", type=int, default=200)
    ap.add_argument("--opens", type=int, default=5)
    ap.add_argument("--baseline-inserts", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=None, help="where to build (default: a temp folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp) / "bench.sourcemark"
        t = time.perf_counter()
        project, doc_ids, claim_ids = build(folder, args.docs, args.per_doc)
        n = len(project.annotations)
        print(f"built {n} annotations + {len(project.links)} links over {args.docs} documents in {time.perf_counter() - t:.1f} s")
        commits = bench_commits(folder, doc_ids, claim_ids, args.commits)
        first_open, opens = bench_open(folder, args.opens)
        insert, tinydb_load = bench_tinydb(Path(tmp) / "plain.json", n, args.baseline_inserts, doc_ids)
    c, o, b = statistics.median(commits), statistics.median(opens), statistics.median(insert)
    print(f"store commit (1 annotation + 1 link), median of {len(commits)}: {c * 1000:8.2f} ms   (p95 {sorted(commits)[int(0.95 * len(commits))] * 1000:.2f} ms)")
    print(f"store open + load(), median of {len(opens)}:            {o * 1000:8.1f} ms   (first open, with backup: {first_open * 1000:.1f} ms)")
    print(f"plain TinyDB insert into {n} records, median of {len(insert)}: {b * 1000:8.1f} ms")
    print(f"plain TinyDB open + table.all() of {n} records:       {tinydb_load * 1000:8.1f} ms (records only, no domain objects)")
    print(f"ratio: TinyDB insert / store commit = {b / c:.0f}x faster;  store open+load / TinyDB load = {o / tinydb_load:.2f}")
    print(f"targets: commit <= 20 ms: {'met' if c <= 0.020 else 'MISSED'}; open+load <= 1 s: {'met' if o <= 1.0 else 'MISSED'}")


if __name__ == "__main__":
    main()
