"""Live-capture benchmark against the test web server on 127.0.0.1: the price of recording a WARC.

    python tests/benchmarks/capture_web.py [RUNS] [MB]

Prints medians over RUNS of
- raw requests: one session GETting the page and its six resources (the same URLs capture fetches), bodies read,
- app.net.web.fetch.fetch_page: the same fetch, recorded as a gzipped WARC with digests,
- raw requests and fetch_page on one body of MB megabytes (the cost per byte: gzip and two digests).
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import requests  # noqa: E402

from app.net.web.fetch import FetchOptions, fetch_page  # noqa: E402
from tests.fixtures import web_server  # noqa: E402

RESOURCES = ("/", "/style.css", "/photo.png", "/photo-2x.png", "/bg.png", "/extra.css")


def median_ms(job, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mb = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with web_server.site() as site:
        def raw(paths: tuple[str, ...]) -> None:
            with requests.Session() as s:
                for path in paths:
                    s.get(site.url(path)).content

        big = (f"/big/{mb * 2**20}",)
        rows = [
            ("raw requests, page + 5 resources", median_ms(lambda: raw(RESOURCES), runs)),
            ("fetch_page, page + resources -> WARC", median_ms(lambda: fetch_page(site.url("/")), runs)),
            (f"raw requests, one {mb} MB body", median_ms(lambda: raw(big), runs)),
            (f"fetch_page, one {mb} MB body -> WARC", median_ms(
                lambda: fetch_page(site.url(big[0]), FetchOptions(max_bytes=(mb + 1) * 2**20, resources=False)), runs)),
        ]
    for name, ms in rows:
        print(f"{name:45s} {ms:9.1f} ms")
    print(f"ratio page: {rows[1][1] / rows[0][1]:.2f}x   ratio {mb} MB: {rows[3][1] / rows[2][1]:.2f}x")


if __name__ == "__main__":
    main()
