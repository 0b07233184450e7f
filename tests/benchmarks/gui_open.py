"""Benchmark: a big project opens in the GUI within its time and memory budget, and the annotation list filters fast.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/gui_open.py [--annotations 50000]
     ... gui_open.py --project P --budget 4  (a project built elsewhere, e.g. 250,000 annotations by
     tests/benchmarks/scale.py --keep P: a desk's year opens in <= 4 s within 1 GB RSS)

Every measurement runs in a fresh process, as a user's launch does: one process per open (its time from
open_project to the first document shown, and its peak RSS), one for the filter, one for a switch between
two copies of the project through the Launcher (File > Open while a project is open). The raw baseline, in
a fresh process of its own in the same run: reading and `orjson.loads` of the same database files after
importing the same Qt modules (the time and memory no store can avoid). Prints medians; exits 1 if a budget
is missed.
"""

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `tests` (fixtures) when run as a script

OPEN_BUDGET_S, FILTER_BUDGET_S, RSS_BUDGET_MB = 1.0, 0.100, 1024
WORDS = ["minister", "bridge", "army", "report", "claimed", "officials", "Pyongyang", "Moscow", "troops", "source"]


def build(folder: Path, n: int, documents: int, *, notes: bool = False) -> Path:
    """`n` annotations spread over `documents` articles (one highlight per sentence, every 50th linked to a claim;
    with `notes`, every 7th has a note). Also used by annotation_filter.py."""
    from app.domain.ids import new_id
    from app.domain.links import Kind, Link, Relation
    from app.services import commands as c
    from app.services import entities
    from app.services.annotate import new_annotation
    from app.services.project_files import create_project
    from tests.fixtures.run import add_document

    per_doc = -(-n // documents)
    with create_project(folder, analyst="bench") as session:
        command, claim = entities.create_claim(session, "A claim linked to many spans")
        session.execute(command)
        made = 0
        for d in range(documents):
            count = min(per_doc, n - made)
            sentences = [f"Sentence {made + i}: the {WORDS[i % 10]} said {WORDS[(i * 3) % 10]} things. " for i in range(count)]
            article = folder.parent / f"article-{d}.txt"
            article.write_text(f"Article {d}\n" + "".join(sentences), encoding="utf-8")
            doc = add_document(session, article).document.id
            ops, pos = [], len(f"Article {d}\n")
            for i, sentence in enumerate(sentences):
                note = f"Checked against the {WORDS[(i * 7) % 10]} archive" if notes and i % 7 == 0 else ""
                ann = new_annotation(session, doc, pos, pos + len(sentence) - 1, category=("highlight", "claim", "actor")[i % 3],
                                     note=note)
                ops.append(c.insert(ann))
                if i % 50 == 0:
                    ops.append(c.insert(Link(new_id(), Kind.ANNOTATION, ann.id, Kind.CLAIM, claim.id, Relation.STATES)))
                pos += len(sentence)
            session.execute(c.Command("bench annotations", tuple(ops)))
            made += count
    return folder


# -- the child processes ---------------------------------------------------------------------------------------------
def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _settings(tmp: Path):  # noqa: ANN202 - AppSettings, imported late
    from PySide6.QtCore import QSettings

    from app.ui.shell.settings import AppSettings

    return AppSettings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))


def child_raw(folder: Path) -> dict:
    """What no store can avoid: Qt imported, the database files read and parsed."""
    import orjson
    from PySide6.QtWidgets import QApplication

    from app.store.schema import ANNOTATIONS_DIR, PROJECT_FILE

    QApplication(sys.argv[:1])
    gc.disable()  # as the store's load does: otherwise the collector's passes over the new dicts inflate the baseline
    start = time.perf_counter()
    files = [folder / PROJECT_FILE, *sorted((folder / ANNOTATIONS_DIR).glob("*.json"))]
    parsed = [orjson.loads(f.read_bytes()) for f in files]
    return {"seconds": time.perf_counter() - start, "peak_mb": _peak_mb(), "files": len(parsed)}


def child_open(folder: Path, tmp: Path) -> dict:
    """One launch: open the project, show the window, open its first document; the time until it is usable."""
    from PySide6.QtWidgets import QApplication

    from app.services.project_files import open_project
    from app.ui.bridge import SessionBridge
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    app = QApplication(sys.argv[:1])
    settings = _settings(tmp)
    start = time.perf_counter()
    session = open_project(folder, analyst="bench")
    window = MainWindow(SessionBridge(session), settings, CategoryColors())
    window.show()
    window.open_document(next(iter(session.project.documents)))
    app.processEvents()
    seconds = time.perf_counter() - start
    rows = window.annotations_panel.row_count()
    return {"seconds": seconds, "peak_mb": _peak_mb(), "rows": rows}


def child_filter(folder: Path, tmp: Path) -> dict:
    """Filter changes on the annotation list of an open window: text, category, linked claim."""
    from PySide6.QtWidgets import QApplication

    from app.services.project_files import open_project
    from app.ui.bridge import SessionBridge
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    app = QApplication(sys.argv[:1])
    session = open_project(folder, analyst="bench")
    window = MainWindow(SessionBridge(session), _settings(tmp), CategoryColors())
    window.show()
    app.processEvents()
    panel = window.annotations_panel

    def timed(action) -> float:  # noqa: ANN001
        start = time.perf_counter()
        action()
        app.processEvents()
        return time.perf_counter() - start

    filters = []
    for needle in ["pyongyang", "troops said", "sentence 4999", "minister", "zzz-no-match"]:
        filters.append(timed(lambda: panel.text.setText(needle)))  # noqa: B023 - called at once
        filters.append(timed(lambda: panel.text.setText("")))
    for index in (2, 3, 0):  # category: claim, actor, any
        filters.append(timed(lambda: panel.category.setCurrentIndex(index)))  # noqa: B023
    claim_filter = timed(lambda: panel.linked.setCurrentIndex(1))
    return {"filters": filters, "claim_filter": claim_filter}


def child_switch(folder: Path, other: Path, tmp: Path) -> dict:
    """File > Open of another big project while one is open (the Launcher's path), then once more."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.launch import Launcher

    app = QApplication(sys.argv[:1])
    launcher = Launcher(_settings(tmp), "bench", headless=True)
    launcher.open(folder)
    first_peak = _peak_mb()
    seconds = []
    for target in (other, folder):
        start = time.perf_counter()
        if launcher.open(target) is None:
            raise SystemExit(f"could not open {target}: {launcher.error}")
        seconds.append(time.perf_counter() - start)
        QTimer.singleShot(0, app.quit)
        app.exec()  # the old window's deferred delete and the collection after it
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    launcher.shutdown()
    return {"seconds": seconds, "first_peak_mb": first_peak, "peak_mb": _peak_mb()}


def _child(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run([sys.executable, __file__, "--child", *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child {args[0]} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--annotations", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--documents", type=int, default=50,
                        help="spread the annotations over this many documents (1 = worst case for the reader view)")
    parser.add_argument("--project", type=Path, default=None, help="open this project instead of building one")
    parser.add_argument("--budget", type=float, default=OPEN_BUDGET_S, help="seconds the open may take")
    parser.add_argument("--no-switch", action="store_true", help="skip the project switch (it copies the project)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what, *paths = args.child
        result = {"raw": child_raw, "open": child_open, "filter": child_filter, "switch": child_switch}[what](
            *map(Path, paths))
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if args.project is not None:
            folder = args.project
        else:
            t = time.perf_counter()
            folder = build(tmp / "bench.sourcemark", args.annotations, args.documents)
            print(f"built {args.annotations} annotations over {args.documents} documents in {time.perf_counter() - t:.1f} s")
        raws = [_child("raw", str(folder)) for _ in range(args.runs)]
        opens = [_child("open", str(folder), tmp_name) for _ in range(args.runs)]
        rows = opens[0]["rows"]
        filtered = _child("filter", str(folder), tmp_name)
        switch = None
        if not args.no_switch:
            other = tmp / "copy.sourcemark"
            shutil.copytree(folder, other, ignore=shutil.ignore_patterns("backups", "lock"))
            switch = _child("switch", str(folder), str(other), tmp_name)
    raw_s = statistics.median(r["seconds"] for r in raws)
    raw_mb = max(r["peak_mb"] for r in raws)
    open_s = statistics.median(o["seconds"] for o in opens)
    open_mb = max(o["peak_mb"] for o in opens)
    filters = filtered["filters"]
    filter_s = statistics.median(filters)
    print(f"raw baseline (Qt imported, {raws[0]['files']} files read + orjson.loads): median {raw_s * 1000:.0f} ms, "
          f"peak RSS {raw_mb:.0f} MB")
    print(f"open + usable window with {rows} annotations, a fresh process each: median {open_s * 1000:.0f} ms over "
          f"{len(opens)} runs (budget {args.budget * 1000:.0f} ms; runs {', '.join(str(round(o['seconds'] * 1000)) for o in opens)}); "
          f"{open_s / raw_s:.2f}x raw; peak RSS {open_mb:.0f} MB (budget {RSS_BUDGET_MB} MB; {open_mb / raw_mb:.2f}x raw)")
    print(f"annotation list filter: median {filter_s * 1000:.1f} ms, max {max(filters) * 1000:.1f} ms over "
          f"{len(filters)} changes (budget {FILTER_BUDGET_S * 1000:.0f} ms); linked-to-claim filter "
          f"{filtered['claim_filter'] * 1000:.1f} ms")
    ok = open_s <= args.budget and filter_s <= FILTER_BUDGET_S and open_mb <= RSS_BUDGET_MB
    if switch is not None:
        print(f"switch to a copy and back (File > Open while open): {', '.join(f'{s * 1000:.0f}' for s in switch['seconds'])} ms; "
              f"peak RSS {switch['first_peak_mb']:.0f} MB with one project, {switch['peak_mb']:.0f} MB over both switches")
        ok = ok and switch["peak_mb"] <= RSS_BUDGET_MB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
