"""Report and audit-chain benchmark.

    python tests/benchmarks/report.py [RUNS]

1. The verification report of the demo project (an HTML article and a PDF, 3 claims, 2 page crops):
   median time of `render_report` as HTML and as PDF, against PyMuPDF's Story laying out the same HTML
   alone (the raw library work) measured in the same run.
2. The audit chain: chaining + encoding an entry of a typical command (one annotation and its link)
   against encoding alone, and `verify` of a 10,000-entry log against parsing its lines with json alone.
"""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.documents.output.report_pdf import html_to_pdf  # noqa: E402
from app.exchange.report_html import image_name, render_html  # noqa: E402
from app.services.demo import build_demo_project  # noqa: E402
from app.services.report import page_crops, render_report, report_model  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from app.store import audit  # noqa: E402


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = build_demo_project(Path(tmp) / "Demo.sourcemark", analyst="bench")
        with ProjectSession.open(folder, read_only=True) as session:
            html_ms = median_ms(lambda: render_report(session, "html"), runs)
            pdf_ms = median_ms(lambda: render_report(session, "pdf"), runs)
            model = report_model(session)
            crops = page_crops(session, model)
            page = render_html(model, crops, for_pdf=True)
            images = {image_name(k): c.png for k, c in crops.items()}
            raw_ms = median_ms(lambda: html_to_pdf(page, images), runs)
            sizes = len(render_report(session, "html")), len(render_report(session, "pdf"))
    print(f"report HTML: {html_ms:.0f} ms median ({sizes[0] / 1024:.0f} KB, {len(crops)} crops)")
    print(f"report PDF:  {pdf_ms:.0f} ms median ({sizes[1] / 1024:.0f} KB); raw Story layout of the same HTML "
          f"{raw_ms:.0f} ms: {pdf_ms / raw_ms:.2f}x")


def chain(runs: int) -> None:
    entry = {"time": "2024-11-06T10:00:00Z", "analyst": "bench", "action": "do", "label": "Highlight", "seq": 7,
             "changes": [{"kind": "annotation", "id": "a" * 36, "before": None, "after": {
                 "id": "a" * 36, "document_id": "d" * 36, "start": 100, "end": 140, "exact": "x" * 40,
                 "prefix": "p" * 32, "suffix": "s" * 32, "pages": [1], "quads": [[1, 72.0, 100.5, 300.25, 112.0]],
                 "status": "exact", "score": None, "category": "claim", "note": "", "analyst": "bench",
                 "created": "2024-11-06T10:00:00Z", "modified": "2024-11-06T10:00:00Z"}},
                 {"kind": "link", "id": "l" * 36, "before": None, "after": {"id": "l" * 36, "relation": "states"}}]}
    n = 1000
    chained_us = median_ms(lambda: [audit.encode(audit.chained(entry, audit.GENESIS)) for _ in range(n)], runs) * 1000 / n
    plain_us = median_ms(lambda: [audit.encode(entry) for _ in range(n)], runs) * 1000 / n
    print(f"chain + encode one entry: {chained_us:.0f} µs median; encode alone {plain_us:.0f} µs "
          f"(+{chained_us - plain_us:.0f} µs a commit)")
    lines, head = [], audit.GENESIS
    for seq in range(1, 10_001):
        e = audit.chained({**entry, "seq": seq}, head)
        head = e["hash"]
        lines.append(audit.encode(e))
    raw = b"".join(lines)
    verify_ms = median_ms(lambda: audit.verify_bytes(raw), runs)
    parse_ms = median_ms(lambda: [json.loads(line) for line in raw.split(b"\n") if line], runs)
    print(f"verify a 10,000-entry log ({len(raw) / 2**20:.1f} MB): {verify_ms:.0f} ms median; "
          f"json parsing alone {parse_ms:.0f} ms: {verify_ms / parse_ms:.2f}x")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    report(count)
    chain(count)
