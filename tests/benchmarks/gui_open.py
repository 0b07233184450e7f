"""Benchmark: a project with 50,000 annotations opens and is usable in <= 1 s; the annotation list filters in <= 100 ms.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/gui_open.py [--annotations 50000]
     ... gui_open.py --project P --budget 4  (a project built elsewhere, e.g. 250,000 annotations by
     tests/benchmarks/scale.py --keep P: a desk's year opens in <= 4 s within 1 GB RSS)
Prints medians and the peak RSS; exits 1 if a budget is missed.
"""

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `tests` (fixtures) when run as a script

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.domain.ids import new_id
from app.domain.links import Kind, Link, Relation
from app.services import commands as c
from app.services import entities
from app.services.annotate import new_annotation
from tests.fixtures.run import add_document
from app.services.project_files import create_project, open_project
from app.ui.bridge import SessionBridge
from app.ui.main_window import MainWindow
from app.ui.palette import CategoryColors
from app.ui.settings import AppSettings

OPEN_BUDGET_S, FILTER_BUDGET_S, RSS_BUDGET_MB = 1.0, 0.100, 1024
WORDS = ["minister", "bridge", "army", "report", "claimed", "officials", "Pyongyang", "Moscow", "troops", "source"]


def build(folder: Path, n: int, documents: int) -> Path:
    """`n` annotations spread over `documents` articles (one highlight per sentence, every 50th linked to a claim)."""
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
                ann = new_annotation(session, doc, pos, pos + len(sentence) - 1, category=("highlight", "claim", "actor")[i % 3])
                ops.append(c.insert(ann))
                if i % 50 == 0:
                    ops.append(c.insert(Link(new_id(), Kind.ANNOTATION, ann.id, Kind.CLAIM, claim.id, Relation.STATES)))
                pos += len(sentence)
            session.execute(c.Command("bench annotations", tuple(ops)))
            made += count
    return folder


def open_window(folder: Path, settings: AppSettings) -> tuple[float, MainWindow]:
    app = QApplication.instance()
    start = time.perf_counter()
    session = open_project(folder, analyst="bench")
    window = MainWindow(SessionBridge(session), settings, CategoryColors())
    window.show()
    window.open_document(next(iter(session.project.documents)))
    app.processEvents()
    return time.perf_counter() - start, window


def close(window: MainWindow) -> None:
    window.close()
    window.bridge.detach()
    window.bridge.session.close()
    window.deleteLater()
    QApplication.processEvents()


def timed(action, app: QApplication) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--annotations", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--documents", type=int, default=50,
                        help="spread the annotations over this many documents (1 = worst case for the reader view)")
    parser.add_argument("--project", type=Path, default=None, help="open this project instead of building one")
    parser.add_argument("--budget", type=float, default=OPEN_BUDGET_S, help="seconds the open may take")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        t = time.perf_counter()
        if args.project is not None:
            folder = args.project
            with open_project(folder, read_only=True) as session:
                args.annotations = len(session.project.annotations)
        else:
            folder = build(Path(tmp) / "bench.sourcemark", args.annotations, args.documents)
            print(f"built {args.annotations} annotations over {args.documents} documents in {time.perf_counter() - t:.1f} s")
        opens = []
        for _ in range(args.runs):
            seconds, window = open_window(folder, settings)
            opens.append(seconds)
            close(window)
        seconds, window = open_window(folder, settings)
        panel = window.annotations_panel
        assert panel.row_count() == args.annotations, panel.row_count()
        filters = []
        for needle in ["pyongyang", "troops said", "sentence 4999", "minister", "zzz-no-match"]:
            filters.append(timed(lambda: panel.text.setText(needle), app))
            filters.append(timed(lambda: panel.text.setText(""), app))
        for index in (2, 3, 0):  # category: claim, actor, any
            filters.append(timed(lambda: panel.category.setCurrentIndex(index), app))
        claim_filter = timed(lambda: panel.linked.setCurrentIndex(1), app)
        close(window)
    open_median, filter_median = statistics.median(opens), statistics.median(filters)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"open + usable window with {args.annotations} annotations: median {open_median * 1000:.0f} ms over {len(opens)} runs "
          f"(budget {args.budget * 1000:.0f} ms; runs {', '.join(f'{s * 1000:.0f}' for s in opens)}); peak RSS {rss:.0f} MB "
          f"(budget {RSS_BUDGET_MB} MB)")
    print(f"annotation list filter: median {filter_median * 1000:.1f} ms, max {max(filters) * 1000:.1f} ms over "
          f"{len(filters)} changes (budget {FILTER_BUDGET_S * 1000:.0f} ms); linked-to-claim filter {claim_filter * 1000:.1f} ms")
    return 0 if open_median <= args.budget and filter_median <= FILTER_BUDGET_S and rss <= RSS_BUDGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
