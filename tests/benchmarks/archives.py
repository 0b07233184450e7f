"""Web-archive benchmark: reading the pages of a 200-page WARC (gzip, ~30 KB of HTML a page, with an image
record per page), compared with warcio alone in the same run.

    python tests/benchmarks/archives.py [RUNS] [PAGES]

Prints medians over RUNS of
- raw warcio: ArchiveIterator over the file reading every payload (no digest check),
- app.documents.archives.warc.warc_pages: the same, plus the gzip integrity/bomb pass, digest checks and the
  trailing-bytes check that refuses truncated files (the ratio to raw warcio is the price of those checks),
- the HTML loader alone on the same 200 pages, and
- app.documents.registry.load_all: every page through the HTML loader (trafilatura) with its provenance,
  the code path of `sourcemark add PROJECT crawl.warc.gz`.
"""

import io
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from warcio.archiveiterator import ArchiveIterator  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from app.documents.archives.warc import warc_pages  # noqa: E402
from app.documents.formats.html import load_html  # noqa: E402
from app.documents.registry import load_all  # noqa: E402

WORDS = ("the minister said council bridge repairs would reopen residents disputed figure letter report "
         "according officials budget million euros traffic river engineers contract inquiry police").split()


def make_warc(pages: int, rng: random.Random) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for n in range(pages):
        paragraphs = "".join(
            "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))).capitalize() + ".</p>"
            for _ in range(40))
        body = (f"<!doctype html><html><head><title>Story {n}</title><script src='http://127.0.0.1:9/a.js'></script>"
                f"</head><body><nav>Home News Sport</nav><article><h1>Story {n}</h1>{paragraphs}</article></body></html>")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{n}", "response",
                                                      payload=io.BytesIO(body.encode()), http_headers=http))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{n}.jpg", "response",
                                                      payload=io.BytesIO(rng.randbytes(20_000)), http_headers=image))
    return out.getvalue()


def raw_warcio(data: bytes) -> int:
    count = 0
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type == "response":
            record.content_stream().read()
            count += 1
    return count


def timed(job, runs: int) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    data = make_warc(pages, random.Random(9))
    assert len(warc_pages(data, "bench.warc.gz")) == pages
    raw = timed(lambda: raw_warcio(data), runs)
    ours = timed(lambda: warc_pages(data, "bench.warc.gz"), runs)
    htmls = [page.html for page in warc_pages(data, "bench.warc.gz")]
    html_only = timed(lambda: [load_html(h, "page.html") for h in htmls], max(1, runs // 2))
    full = timed(lambda: load_all(data, "bench.warc.gz"), max(1, runs // 2))
    print(f"WARC: {pages} pages, {len(data) / 2**20:.1f} MB gzip")
    print(f"raw warcio, every payload read:        {raw * 1000:8.1f} ms")
    print(f"warc_pages (checks, digests):          {ours * 1000:8.1f} ms  ({ours / raw:.2f}x raw warcio)")
    print(f"the HTML loader alone on the same pages: {html_only * 1000:8.1f} ms")
    print(f"load_all (every page's text + provenance): {full * 1000:8.1f} ms  ({full / pages * 1000:.1f} ms a page, "
          f"{full / html_only:.2f}x the HTML loader alone)")


if __name__ == "__main__":
    main()
