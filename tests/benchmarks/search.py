"""Corpus search benchmark: a 1,000-page PDF in a project, searched by `sourcemark search`'s code path.

    python tests/benchmarks/search.py [RUNS]

Builds the PDF with PyMuPDF (45 lines of prose a page, each line numbered), adds it to a fresh project,
then for a few queries times, median over RUNS:
  raw     PyMuPDF: open the file, page.search_for(query) on every page (what a PDF reader's search does);
  cold    app.services.search.ProjectSearch on a session whose memory cache was emptied: includes reading
          the cached canonical text + page geometry from the project folder (texts/<sha>.smtext) and
          folding it, then the search and building every hit (document, offsets, pages, context);
  warm    the same search again on the same ProjectSearch (text and folded text in memory).
The ratio printed is cold / raw. Target: <= 1.5x raw search_for over the same pages.
Note the two do not count the same thing in one case: search_for matches within a page only, ours also
across a page break; and ours ignores diacritics and dashes too.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pymupdf  # noqa: E402

from app.services.search import ProjectSearch  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from tests.fixtures.documents import many_pages_pdf  # noqa: E402
from tests.fixtures.run import add_document  # noqa: E402

PAGES = 1000
QUERIES = ("checkpoint at dawn", "517.23 Witnesses", "no such phrase anywhere")


def median_time(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def raw_search(path: Path, query: str) -> int:
    with pymupdf.open(path) as doc:
        return sum(len(page.search_for(query)) for page in doc)


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "long.pdf"
        pdf.write_bytes(many_pages_pdf(PAGES))
        with ProjectSession.create(Path(tmp) / "bench.sourcemark", analyst="bench") as session:
            add_document(session, pdf)
            print(f"{PAGES} pages, {pdf.stat().st_size / 2**20:.1f} MB PDF, median of {runs} runs")
            print(f"{'query':28} {'hits':>7} {'raw':>9} {'cold':>9} {'warm':>9} {'cold/raw':>9}")
            ratios = []
            for query in QUERIES:
                raw, raw_hits = median_time(lambda q=query: raw_search(pdf, q), runs)

                def cold(q: str = query) -> int:
                    session.texts.clear()
                    return len(ProjectSearch(session).search(q))

                cold_t, hits = median_time(cold, runs)
                searcher = ProjectSearch(session)
                searcher.search(query)
                warm_t, _ = median_time(lambda q=query: len(searcher.search(q)), runs)
                ratios.append(cold_t / raw)
                print(f"{query:28} {hits:>7} {raw * 1000:>7.0f}ms {cold_t * 1000:>7.0f}ms {warm_t * 1000:>7.0f}ms"
                      f" {cold_t / raw:>8.2f}x   (search_for: {raw_hits} hits)")
            print(f"worst cold/raw ratio: {max(ratios):.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
