"""Fetch a live web page and what it needs to display into a WARC (network I/O; nothing here touches a project).

`fetch_page` follows redirects itself, so every hop is recorded and checked (scheme, loop, count), then fetches
the images and stylesheets the page names (see links). No script runs. Privacy: no cookies are kept or
sent (the jar refuses them all), no credentials (no .netrc, a URL with user:password is refused), and the
User-Agent names Sourcemark unless the caller gives another. Addresses: every new connection's peer is checked
before a byte is sent (addresses): what the page leads to may not reach loopback, link-local or private
addresses the page itself is not on; what was refused is listed (WebCapture.refused) and the capture goes on.

Every failure of the page itself is a DocumentError with one sentence; a resource that fails is noted and
skipped. `cancelled` is polled between chunks, so a GUI Cancel ends the fetch within one read. The whole
capture has one deadline (FetchOptions.time_limit, see deadline): checked between reads, bounding each
read's time-out, and enforced by a watchdog where requests reads on its own (headers, TLS handshake).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

from app import __version__
from app.domain.errors import DocumentError
from app.net.errors import network_message
from app.net.web.addresses import AddressGuard, AddressRefused, Classify, Place, place_of
from app.net.web.deadline import Clock, Deadline, TimeLimitExceeded, Watchdog, monotonic, watched_adapter
from app.net.web.links import MAX_RESOURCES, charset_of, css_urls, decoded_for_links, page_resources
from app.net.web.warc_writer import RFC3339, Exchange, WarcRecorder

DEFAULT_USER_AGENT = f"Sourcemark/{__version__} (web capture for source verification)"
DEFAULT_TIMEOUT = 30.0
# 300 s for the whole capture: ten silent time-outs, room for a page with hundreds of resources on a slow server
# and for Chromium; a script capturing 200 URLs that all trickle still ends (in under 17 h) instead of hanging.
DEFAULT_TIME_LIMIT = 300.0
DEFAULT_MAX_BYTES = 100 * 2**20
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)
Progress = Callable[[str, int, int], None]  # (what is being fetched, resources done, resources in all)


class Cancelled(DocumentError):
    """The user cancelled the capture; nothing was added."""


class _Silent(DocumentError):
    """A server kept silent past the time-out (its other resources are not asked for)."""


@dataclass(frozen=True, slots=True)
class FetchOptions:
    timeout: float = DEFAULT_TIMEOUT  # seconds a server may keep silent (connect or read)
    max_bytes: int = DEFAULT_MAX_BYTES  # the page and its resources together
    user_agent: str = DEFAULT_USER_AGENT
    resources: bool = True  # also fetch the images and stylesheets the page shows
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds the whole capture may take (page, resources, Chromium)
    clock: Clock = monotonic  # what the time limit is measured on; a test passes one it advances itself
    classify: Classify | None = None  # where an address is (None: addresses.place_of); a test may declare one


@dataclass
class WebCapture:
    """A fetched page: the WARC holding every exchange, and the facts provenance records."""

    requested_url: str
    final_url: str
    status: int
    reason: str
    content_type: str
    server_address: str
    captured_at: str  # UTC, RFC 3339 (the page response's WARC-Date)
    captured_at_local: str  # the same instant in the capturing machine's zone, ISO 8601 with offset
    page_record: str  # WARC-Record-ID of the page's response
    warc: bytes
    user_agent: str
    redirects: list[str] = field(default_factory=list)  # "301 http://a -> http://b", in order
    resources: int = 0  # resource responses recorded
    warnings: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "URL (address, place)" the address rules turned away
    place: str = ""  # where the page's server is (addresses.Place), what fetch_missing holds requests to
    bytes_used: int = 0  # of options.max_bytes, and requests left of the resource cap: fetch_missing goes on
    requests_left: int = 0  # from there


@dataclass
class _Hop:
    url: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    record: str
    ip: str
    date: datetime


def check_url(url: str) -> str:
    """The URL, stripped, if it can be captured; else DocumentError saying why."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise DocumentError(f"{url[:200]} is not a valid URL ({exc}).") from exc
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise DocumentError(f"only http:// and https:// URLs can be captured, not {shown} ({url[:200]}).")
    if not parts.hostname:
        raise DocumentError(f"{url[:200]} names no host.")
    if parts.username or parts.password:
        raise DocumentError("the URL holds a user name or password; Sourcemark sends no credentials when capturing.")
    return url


def fetch_page(url: str, options: FetchOptions = FetchOptions(), *, progress: Progress | None = None,
               cancelled: Callable[[], bool] = lambda: False, deadline: Deadline | None = None) -> WebCapture:
    """The page at `url` (after redirects) and its resources, recorded in a WARC; DocumentError if the page fails,
    TimeLimitExceeded once `deadline` (default: options.time_limit from now) has passed."""
    url = check_url(url)
    deadline = deadline or Deadline(options.time_limit, url, options.clock)
    fetcher = _Fetcher(options, progress or (lambda what, done, total: None), cancelled, deadline)
    host = urlsplit(url).hostname or ""
    fetcher.recorder = WarcRecorder(f"{host}.warc.gz", options.user_agent)
    try:
        with fetcher.session:  # its pooled connections close whatever happens
            return _fetch(fetcher, url, options)
    finally:
        fetcher.watchdog.stop()


def fetch_missing(capture: WebCapture, url: str, options: FetchOptions, deadline: Deadline) -> bytes:
    """For rendering from the record: `url`, which the capture's WARC lacks, fetched once (with its redirects)
    under the capture's address rules (the page's place), its size and resource limits and its deadline. The
    records are appended to capture.warc and returned; b"" when it was refused or failed."""
    fetcher = _Fetcher(options, lambda what, done, total: None, lambda: False, deadline)
    fetcher.guard.origin = Place(capture.place or Place.PUBLIC.value)
    fetcher.used, fetcher.requests_left = capture.bytes_used, capture.requests_left
    fetcher.recorder = WarcRecorder("", options.user_agent, warcinfo=False)
    try:
        with fetcher.session:
            fetcher.follow(check_url(url), page=False)
    except (Cancelled, TimeLimitExceeded):
        raise
    except DocumentError:
        pass  # as a resource that fails: the browser gets no answer for it
    finally:
        fetcher.watchdog.stop()
    capture.refused += fetcher.refused
    capture.bytes_used, capture.requests_left = fetcher.used, fetcher.requests_left
    more = fetcher.recorder.getvalue()
    capture.warc += more
    return more


def _fetch(fetcher: "_Fetcher", url: str, options: FetchOptions) -> WebCapture:
    hops = fetcher.follow(url, page=True)
    page = hops[-1]
    if not 200 <= page.status < 300:
        raise DocumentError(f"{page.url[:200]} answered {page.status} {page.reason}; nothing was captured.")
    capture = WebCapture(
        requested_url=url, final_url=page.url, status=page.status, reason=page.reason,
        content_type=_header(page.headers, "content-type"), server_address=page.ip,
        captured_at=page.date.strftime(RFC3339), captured_at_local=page.date.astimezone().isoformat(timespec="seconds"),
        page_record=page.record, warc=b"", user_agent=options.user_agent,
        redirects=[f"{h.status} {h.url} -> {urljoin(h.url, _header(h.headers, 'location'))}" for h in hops[:-1]],
    )
    if options.resources and _is_html(capture.content_type):
        fetcher.fetch_resources(page)
    capture.resources, capture.warnings, capture.refused = fetcher.resources, fetcher.warnings, fetcher.refused
    capture.place = fetcher.guard.origin.value if fetcher.guard.origin else Place.PUBLIC.value
    capture.bytes_used, capture.requests_left = fetcher.used, fetcher.requests_left
    if fetcher.refused:
        capture.warnings.append(f"refused {len(fetcher.refused)} address(es) the page led to, outside its own "
                                f"network: {'; '.join(fetcher.refused)[:600]}")
    capture.warc = fetcher.recorder.getvalue()
    return capture


def _header(headers: list[tuple[str, str]], name: str) -> str:
    return next((v for k, v in headers if k.lower() == name), "")


def _is_html(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")


class _Fetcher:
    def __init__(self, options: FetchOptions, progress: Progress, cancelled: Callable[[], bool],
                 deadline: Deadline) -> None:
        import http.cookiejar

        import requests  # lazy: start-up time of every command

        self.options, self.progress, self.cancelled, self.deadline = options, progress, cancelled, deadline
        self.watchdog = Watchdog(deadline)
        self.cut_by_deadline = False  # the last read's time-out was the time left, not --timeout
        self.session = requests.Session()
        self.guard = AddressGuard(options.classify or place_of)
        adapter = watched_adapter(self._connected)
        self.session.mount("http://", adapter)  # type: ignore[arg-type]
        self.session.mount("https://", adapter)  # type: ignore[arg-type]
        self.session.trust_env = False  # no ~/.netrc credentials (proxies from the environment are kept below)
        self.session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))  # keep none
        self.session.headers.clear()
        self.session.headers.update({"User-Agent": options.user_agent, "Accept": "*/*",
                                     "Accept-Encoding": "gzip, deflate"})
        self.recorder: WarcRecorder
        self.used = 0  # header and body bytes read so far, against options.max_bytes
        self.resources = 0
        self.requests_left = MAX_RESOURCES  # for everything the page leads to: its resources, theirs, redirects
        self.warnings: list[str] = []
        self.refused: list[str] = []

    def _connected(self, sock: Any, proxied: bool) -> None:
        """Every new connection, before a byte is sent: watched for the deadline, its peer checked (addresses)."""
        self.watchdog.watch(sock)
        if proxied:
            return  # the peer is the proxy: exchange() checked the target's name instead
        try:
            self.guard.check(str(sock.getpeername()[0]))
        except AddressRefused:
            sock.close()
            raise

    def follow(self, url: str, *, page: bool, accept: str = "") -> list[_Hop]:
        hops: list[_Hop] = []
        seen = {url}
        while True:
            try:
                hop = self.exchange(url, page=page, accept=accept)
            except AddressRefused as exc:
                self.refused.append(f"{url[:200]} ({exc.address}, {exc.place.value})")
                if page and hops:
                    raise DocumentError(f"{hops[-1].url[:200]} redirects to {url[:200]}, but {exc}; nothing was "
                                        "captured.") from exc
                raise
            hops.append(hop)
            location = _header(hop.headers, "location")
            if hop.status not in _REDIRECTS or not location:
                return hops
            url = urljoin(hop.url, location.strip())
            if urlsplit(url).scheme.lower() not in ("http", "https"):
                raise DocumentError(f"{hop.url[:200]} redirects to {url[:200]}, which is not http(s); nothing was captured.")
            if url in seen:
                raise DocumentError(f"redirect loop: {hop.url[:200]} leads back to {url[:200]}; nothing was captured.")
            if len(hops) > MAX_REDIRECTS:
                raise DocumentError(f"more than {MAX_REDIRECTS} redirects from {hops[0].url[:200]}; nothing was captured.")
            seen.add(url)

    def exchange(self, url: str, *, page: bool, accept: str = "") -> _Hop:
        import requests

        self._check_cancel()
        wait = self._wait()
        if not page:
            if self.requests_left <= 0:
                raise _OverLimit(f"stopped at {MAX_RESOURCES} requests for images, stylesheets and what they name: "
                                 "later resources were not fetched")
            self.requests_left -= 1
        host = urlsplit(url).hostname or url
        headers = {"Accept": accept} if accept else {}
        if page:
            headers["Accept"] = "text/html,application/xhtml+xml,application/pdf,image/*;q=0.9,*/*;q=0.8"
        date = datetime.now(timezone.utc).replace(microsecond=0)
        try:
            proxies = requests.utils.get_environ_proxies(url)
            if requests.utils.select_proxy(url, proxies):
                split = urlsplit(url)
                self.guard.check_name(split.hostname or "", split.port or (443 if split.scheme == "https" else 80))
            response = self.session.get(url, headers=headers, stream=True, allow_redirects=False,
                                        timeout=(wait, wait), proxies=proxies)
            with response:
                ip = _peer(response)
                self._count(_head_size(response), url, page)  # headers too: a server can send megabytes of them
                body = self._read(response, url, page)
        except DocumentError:
            raise
        except Exception as exc:  # noqa: BLE001 - requests/urllib3/ssl/socket: one sentence each
            message = network_message(exc, host, url, self.options.timeout)
            silent = "did not answer" in message
            if self.deadline.left() <= 0 or (silent and self.cut_by_deadline):  # cut by the deadline or its watchdog
                raise self.deadline.exceeded() from exc
            raise (_Silent if silent else DocumentError)(message) from exc
        raw = response.raw
        headers_list = [(str(k), str(v)) for k, v in raw.headers.items()]
        prepared = response.request
        split = urlsplit(prepared.url or url)
        target = (split.path or "/") + (f"?{split.query}" if split.query else "")
        record = self.recorder.record(Exchange(
            url=url, request_line=f"GET {target} HTTP/1.1",
            request_headers=[("Host", split.netloc), *((str(k), str(v)) for k, v in prepared.headers.items())],
            status_line=f"{response.status_code} {response.reason or ''}".strip(),
            protocol="HTTP/1.0" if getattr(raw, "version", 11) == 10 else "HTTP/1.1",
            response_headers=headers_list, body=body, date=date.strftime(RFC3339), ip=ip))
        return _Hop(url, response.status_code, response.reason or "", headers_list, body, record, ip, date)

    def _wait(self) -> float:
        """The time-out for the next read: --timeout, or the time left if that is shorter."""
        left = self.deadline.check()
        self.cut_by_deadline = left <= self.options.timeout
        return min(self.options.timeout, left)

    def _read(self, response: object, url: str, page: bool) -> bytes:
        """The body as sent, one socket read at a time (read1), so the deadline is checked between any two."""
        raw = response.raw  # type: ignore[attr-defined]
        sock = _socket(raw)
        chunks: list[bytes] = []
        while True:
            self._check_cancel()
            wait = self._wait()
            if sock is not None:
                try:
                    sock.settimeout(wait)
                except OSError:  # urllib3 closed it at the body's end (HTTP/1.0, Connection: close): the
                    sock = None  # next read1 returns what is buffered, then b""
            chunk = raw.read1(_CHUNK, decode_content=False)
            if not chunk:
                self.deadline.check()  # a read the watchdog cut short looks like the end: past the deadline it is not
                break
            self._count(len(chunk), url, page)
            chunks.append(chunk)
            if page:
                self.progress(f"Fetching {url[:120]} ({self.used // 1024} KB)", 0, 0)
        return b"".join(chunks)

    def _count(self, size: int, url: str, page: bool) -> None:
        self.used += size
        if self.used > self.options.max_bytes:
            limit = f"{self.options.max_bytes / 2**20:g} MB"
            if page:
                raise DocumentError(f"{url[:200]} is larger than the limit of {limit} (--max-size); "
                                    f"nothing was captured.")
            raise _OverLimit(f"stopped at the size limit of {limit}: later resources were not fetched")

    def _check_cancel(self) -> None:
        if self.cancelled():
            raise Cancelled("the capture was cancelled; nothing was added.")

    def fetch_resources(self, page: _Hop) -> None:
        charset = charset_of(_header(page.headers, "content-type"))
        html = _decoded(page).decode(charset or "utf-8", "replace")
        urls, stylesheets = page_resources(html, page.url)
        queue = list(urls)
        queued, done = set(queue), set[str]()
        silent: set[str] = set()  # hosts that timed out once: each of their resources would wait as long again
        failed = 0
        while queue:
            url = queue.pop(0)
            if url in done:
                continue
            done.add(url)
            if urlsplit(url).netloc in silent:
                failed += 1
                continue
            self.progress(f"Fetching {url[:120]}", len(done) - 1, len(done) + len(queue))
            try:
                hops = self.follow(url, page=False, accept="text/css,*/*;q=0.1" if url in stylesheets else "image/*,*/*;q=0.8")
            except (Cancelled, TimeLimitExceeded):
                raise
            except AddressRefused:
                continue  # listed in self.refused
            except _OverLimit as exc:
                self.warnings.append(str(exc))
                break
            except _Silent:
                silent.add(urlsplit(url).netloc)
                failed += 1
                continue
            except DocumentError:
                failed += 1
                continue
            self.resources += len(hops)
            last = hops[-1]
            if url in stylesheets and 200 <= last.status < 300:
                for found in css_urls(_decoded(last).decode("utf-8", "replace"), last.url):
                    if found not in queued:
                        queued.add(found)
                        queue.append(found)
                        if found.lower().split("?")[0].endswith(".css"):
                            stylesheets.add(found)  # an @import: its own url()s count too (as does the cap)
            failed += not 200 <= last.status < 300
        if failed:
            self.warnings.append(f"{failed} of the page's {len(done)} images and stylesheets could not be fetched")


class _OverLimit(DocumentError):
    pass


def _decoded(hop: _Hop) -> bytes:
    """The body with its Content-Encoding undone (to read links from it; the WARC keeps it as sent)."""
    return decoded_for_links(hop.body, _header(hop.headers, "content-encoding"))


def _socket(raw: object) -> Any:
    """The socket a streamed response is read from (None if it cannot be reached: the watchdog still cuts it)."""
    for reach in (lambda: raw._connection.sock, lambda: raw._fp.fp.raw._sock):  # type: ignore[attr-defined]
        try:
            sock = reach()
        except Exception:  # noqa: BLE001 - not this way
            continue
        if sock is not None and hasattr(sock, "settimeout"):
            return sock
    return None


def _head_size(response: object) -> int:
    """The bytes of a response's status line and headers, as sent (near enough: name, value, ': ' and CRLF)."""
    raw = response.raw  # type: ignore[attr-defined]
    return 15 + len(response.reason or "") + sum(len(k) + len(v) + 4 for k, v in raw.headers.items())  # type: ignore[attr-defined]


def _peer(response: object) -> str:
    """The server's IP address, read off the open connection (urllib3 keeps it while the body streams)."""
    raw = response.raw  # type: ignore[attr-defined]
    for reach in (lambda: raw._connection.sock, lambda: raw._fp.fp.raw._sock):  # (HTTP/1.0: only the response's)
        try:
            return str(reach().getpeername()[0])
        except Exception:  # noqa: BLE001 - a proxy or an already closed connection: unknown, not an error
            continue
    return ""
