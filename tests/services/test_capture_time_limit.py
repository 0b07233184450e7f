"""The whole-capture time limit (`--time-limit`): a server that keeps sending slowly cannot hold a capture for ever.

The clock is the test's: each tick lets the trickling server send one more byte, so "time passes while bytes
arrive" happens in lockstep, without waiting real seconds."""

import itertools
import socket
import sys
import threading
from collections.abc import Iterator

import pytest

from app.domain.errors import DomainError
from app.net.web.deadline import Deadline, TimeLimitExceeded, Watchdog
from app.net.web.fetch import FetchOptions, fetch_page
from app.services.capture.web import CaptureJob, prepare_capture
from tests.fixtures import web_server
from tests.fixtures.web_server import ARTICLE, Site, Trickle


@pytest.fixture
def site() -> Iterator[Site]:
    with web_server.site() as found:
        yield found


@pytest.fixture
def trickle() -> Iterator[Trickle]:
    with web_server.trickle_server() as found:
        yield found


class TickingClock:
    """One second passes at each reading, and the trickling server sends a byte then."""

    def __init__(self, server: Trickle | None = None) -> None:
        self.server = server
        self.seconds = itertools.count()
        self.lock = threading.Lock()  # the watchdog thread reads it too

    def __call__(self) -> float:
        with self.lock:
            now = float(next(self.seconds))
        if self.server is not None:
            self.server.send()
        return now


def test_a_body_that_keeps_arriving_is_cut_at_the_time_limit(trickle) -> None:
    clock = TickingClock(trickle)
    options = FetchOptions(time_limit=30, clock=clock)
    with pytest.raises(TimeLimitExceeded) as caught:
        fetch_page(trickle.url, options)
    assert str(caught.value) == (f"{trickle.url} took longer than the capture's time limit of 30 s (--time-limit); "
                                 "nothing was captured.")
    assert 0 < trickle.sent <= 40  # bytes kept coming, about one per (fake) second, until the client stopped


def test_the_last_read_waits_only_for_the_time_left_not_the_whole_time_out(trickle) -> None:
    """The server sends the headers and a byte, then nothing: with 0.2 s left of the limit, the read gives up
    after 0.2 s and says so, instead of waiting the 30 s a silent server is allowed."""
    now = [0.0]

    def progress(what: str, done: int, total: int) -> None:
        now[0] = 29.8  # the first bytes arrived late in the capture's 30 s

    with pytest.raises(TimeLimitExceeded, match="time limit of 30 s"):
        fetch_page(trickle.url, FetchOptions(timeout=30, time_limit=30, clock=lambda: now[0]), progress=progress)
    assert trickle.sent == 0


def test_a_resource_that_trickles_fails_the_whole_capture_not_just_itself(site, trickle) -> None:
    site.pages["/slow-image"] = (f'<html><head><title>Slow</title></head><body><p>{ARTICLE}</p>'
                                 f'<img src="{trickle.url}"></body></html>').encode()
    with pytest.raises(TimeLimitExceeded, match="/slow-image took longer"):
        fetch_page(site.url("/slow-image"), FetchOptions(time_limit=60, clock=TickingClock(trickle)))
    assert trickle.connected.is_set() and trickle.sent > 0


def test_a_capture_within_its_limit_is_unchanged(site) -> None:
    clock = TickingClock()
    capture = fetch_page(site.url("/"), FetchOptions(time_limit=1000, clock=clock))
    assert capture.status == 200 and capture.resources == 5 and not capture.warnings[1:]


def test_the_watchdog_wakes_a_read_blocked_on_a_socket() -> None:
    """What cuts reads inside requests (headers, TLS handshake): past the deadline, a blocked recv returns.
    The watchdog looks at the clock after the 0.3 s (real) it saw left; by then the test's clock is past the
    deadline, and if it looked earlier it looks again."""
    now = [0.0]
    deadline = Deadline(0.3, "http://h/", lambda: now[0])
    near, far = socket.socketpair()
    with near, far:
        near.settimeout(60)
        watchdog = Watchdog(deadline)
        watchdog.watch(near)
        now[0] = 10.0
        try:
            assert near.recv(1) == b""  # shut down: the read ends instead of waiting 60 s
            assert watchdog.fired
        finally:
            watchdog.stop()
        assert near.fileno() != -1  # the watchdog closed only its duplicate; the owner closes its own socket


@pytest.mark.parametrize("value", [0, -1, float("nan"), float("inf")])
def test_a_time_limit_that_is_not_a_positive_number_is_refused(value) -> None:
    with pytest.raises(DomainError, match="--time-limit must be a positive number of seconds"):
        prepare_capture("http://127.0.0.1:9/", time_limit=value)


BLOCKING_CHROMIUM = """#!{python}
import os, signal, subprocess, sys
args = sys.argv[1:]
if args == ["--version"]:
    print("Chromium 999.0 (stand-in)")
    sys.exit(0)
alive = os.open({fifo!r}, os.O_WRONLY)  # held open by this process and its child until both are gone
subprocess.Popen([sys.executable, "-c", "import signal; signal.pause()"], pass_fds=(alive,))  # a renderer, say
open({ready!r} + ".part", "w").close()
os.rename({ready!r} + ".part", {ready!r})  # the test's clock passes the deadline once this file is there
signal.pause()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process groups and FIFOs")
def test_chromium_is_killed_with_its_children_at_the_time_limit(site, tmp_path, monkeypatch) -> None:
    import os
    import select
    import tempfile

    bin_dir, ready, fifo, temp = tmp_path / "bin", tmp_path / "ready", tmp_path / "alive", tmp_path / "tmp"
    bin_dir.mkdir()
    temp.mkdir()
    os.mkfifo(fifo)
    alive = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # so the stand-in's open for writing does not block
    exe = bin_dir / "chromium"
    exe.write_text(BLOCKING_CHROMIUM.format(python=sys.executable, ready=str(ready), fifo=str(fifo)))
    exe.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    clock = lambda: 301.0 if ready.exists() else 0.0  # noqa: E731 - time is up once Chromium and its child run
    job = CaptureJob(site.url("/"), FetchOptions(time_limit=300, clock=clock), rendered=True)
    try:
        with pytest.raises(TimeLimitExceeded, match=r"time limit of 300 s"):
            job.run()
        # End of file on the FIFO: every process holding it (the stand-in and its child) is gone. A survivor
        # would keep it open; the 60 s only bounds how long a failing run waits for that.
        os.set_blocking(alive, True)
        assert select.select([alive], [], [], 60)[0] and os.read(alive, 1) == b""
    finally:
        os.close(alive)
    assert list(temp.iterdir()) == []  # the profile and output folder went too


def test_the_time_limit_also_cuts_a_proxy_that_trickles_its_headers(monkeypatch) -> None:
    """Through an http proxy (from the environment) the watchdog still holds the connection: a proxy sending its
    headers a byte at a time is cut at a real 1 s limit; it holds on until the test releases it."""
    for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with web_server.trickle_server(web_server.TRICKLE_HEADERS, every=0.05) as proxy:
        monkeypatch.setenv("http_proxy", proxy.url.removesuffix("/slow"))
        with pytest.raises(TimeLimitExceeded, match="news.example/page took longer .* 1 s"):
            fetch_page("http://news.example/page", FetchOptions(time_limit=1))
        assert proxy.connected.is_set() and not proxy.released.is_set()
