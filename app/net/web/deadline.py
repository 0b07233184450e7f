"""The whole-capture time limit: one deadline for the page, its resources and Chromium (`--time-limit`).

`--timeout` only bounds a server's silence; a server that trickles a byte every few seconds never falls
silent that long. The deadline is checked between reads, each read's socket time-out is min(timeout, time
left), and a watchdog thread shuts down every socket the capture opened once the time is up: that also cuts
what happens inside requests, where no read of ours can check (the TLS handshake, a status line or headers
sent a byte at a time).
"""

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.errors import DocumentError

Clock = Callable[[], float]  # seconds, monotonic; a test passes one it advances itself
_WATCH_STEP = 3600.0  # the watchdog re-reads the clock at least this often (and never waits past what Event allows)


def monotonic() -> float:
    import time

    return time.monotonic()


class TimeLimitExceeded(DocumentError):
    """The capture ran past its time limit; nothing was added."""


@dataclass
class Deadline:
    """`limit` seconds from when it is made, on `clock`."""

    limit: float
    url: str
    clock: Clock = monotonic
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def left(self) -> float:
        return self.limit - (self.clock() - self.started)

    def check(self) -> float:
        """The seconds left; TimeLimitExceeded once there are none."""
        left = self.left()
        if left <= 0:
            raise self.exceeded()
        return left

    def exceeded(self) -> TimeLimitExceeded:
        return TimeLimitExceeded(f"{self.url[:200]} took longer than the capture's time limit of {self.limit:g} s "
                                 "(--time-limit); nothing was captured.")


class Watchdog:
    """Shuts down the sockets handed to `watch` once the deadline has passed; `stop` ends it.

    A watched socket is a duplicate of the connection's descriptor: shutting it down wakes a read blocked on
    the original (TLS or not), and it stays valid when the original is wrapped in TLS or closed."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.fired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="capture-deadline", daemon=True)
        self._thread.start()

    def watch(self, sock: socket.socket) -> None:
        try:
            dup = sock.dup()
        except OSError:
            return
        with self._lock:
            self._socks.append(dup)
            if self.fired:
                _shutdown(dup)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        with self._lock:
            for sock in self._socks:
                sock.close()
            self._socks.clear()

    def _run(self) -> None:
        while not self._stop.wait(min(max(self.deadline.left(), 0.0), _WATCH_STEP)):
            if self.deadline.left() <= 0:
                with self._lock:
                    self.fired = True
                    for sock in self._socks:
                        _shutdown(sock)
                return


def _shutdown(sock: socket.socket) -> None:
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed by the other side


def watched_adapter(connected: Callable[[socket.socket, bool], None]) -> object:
    """A requests HTTPAdapter whose connections (direct or through an http(s) proxy) hand their socket to
    `connected` (with True when it leads to a proxy) as soon as it is connected, before any TLS handshake or
    request; `connected` may raise to refuse it (after closing it). Interim 1xx answers (103 Early Hints) are
    skipped as browsers skip them: http.client itself skips only 100 Continue."""
    import http.client

    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
    from urllib3.poolmanager import ProxyManager

    class Response(http.client.HTTPResponse):
        def _read_status(self) -> tuple[str, int, str]:
            while True:
                version, status, reason = super()._read_status()  # type: ignore[misc]
                if not 100 < status < 200 or status == 101:  # (101: a protocol switch, never asked for)
                    return version, status, reason
                http.client._read_headers(self.fp)  # type: ignore[attr-defined] # bounded as http.client bounds them

    class Http(HTTPConnection):
        response_class = Response

        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            connected(sock, bool(self.proxy))
            return sock

    class Https(HTTPSConnection):
        response_class = Response

        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            connected(sock, bool(self.proxy))
            return sock

    class HttpPool(HTTPConnectionPool):
        ConnectionCls = Http

    class HttpsPool(HTTPSConnectionPool):
        ConnectionCls = Https

    pools = {"http": HttpPool, "https": HttpsPool}

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: object, **kwargs: object) -> None:
            super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, *args: object, **kwargs: object) -> object:
            manager = super().proxy_manager_for(*args, **kwargs)  # type: ignore[arg-type]
            if type(manager) is ProxyManager:  # an http(s) proxy; a SOCKS one keeps its own connections (and
                manager.pool_classes_by_scheme = pools  # only the per-read deadline)
            return manager

    return Adapter()
