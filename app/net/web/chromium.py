"""Rendered capture: Debian's headless Chromium draws the captured page, from its WARC, as a PNG and a PDF print.

Optional: only where a `chromium` (or `chromium-browser`) executable is on PATH. Chromium runs with a fresh,
throw-away profile (no cookies, no saved logins, no extensions) and the capture's User-Agent, driven over the
DevTools protocol on a pipe (cdp_pipe). Every request it makes is paused and answered from the capture's
recorded responses (warc_replay), so the screenshot and the print show what the WARC holds, whatever a server
would tell a browser apart; what the WARC lacks (a script, a font) is fetched once, under the capture's
address rules and limits, and recorded into the same WARC before it is given to Chromium. Anything that
escapes the interception meets a proxy that is not there (nothing reaches the network on its own). Each run
is bounded by the capture's deadline: past it, Chromium and every process it started are killed and its
temporary folder goes.
"""

import base64
import io
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

from app.domain.errors import DocumentError
from app.net.web.cdp_pipe import Browser
from app.net.web.deadline import Deadline

EXECUTABLES = ("chromium", "chromium-browser")
MISSING = "Rendered capture needs Chromium (Debian: apt install chromium), which is not installed."
RENDER_WIDTH = 1280
RENDER_HEIGHT = 12_000
_SETTLE = 0.5  # seconds of quiet after the load event, for what the page asks for late


@dataclass(frozen=True, slots=True)
class Answer:
    """A recorded response as Chromium is given it (warc_replay makes them): the payload decoded, so without
    the headers of its transfer."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


Missing = Callable[[str], dict[str, Answer]]  # a URL the WARC lacks -> the answers recorded for it ({}: none)


@dataclass(frozen=True, slots=True)
class Rendering:
    png: bytes
    pdf: bytes
    browser: str  # e.g. "Chromium 131.0.6778.85"
    rendered_at: str = ""  # UTC, RFC 3339: when Chromium began drawing
    answered: list[str] = field(default_factory=list)  # the URLs Chromium was given, from the record
    refused: list[str] = field(default_factory=list)  # the URLs it asked for and got no answer (not recorded)


def chromium() -> str | None:
    """The Chromium executable on PATH, or None."""
    return next((found for name in EXECUTABLES if (found := shutil.which(name))), None)


def render(url: str, user_agent: str, timeout: float, answers: dict[str, Answer], missing: Missing,
           deadline: Deadline | None = None) -> Rendering:
    """A screenshot and a PDF print of `url` as `answers` (URL -> recorded response) have it; `missing` is asked
    once for any URL they lack. DocumentError (one sentence) when Chromium is missing or fails,
    TimeLimitExceeded when `deadline` passes first."""
    exe = chromium()
    if exe is None:
        raise DocumentError(MISSING)
    started = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with tempfile.TemporaryDirectory(prefix="sourcemark-render-") as tmp:
        folder = Path(tmp)
        args = ["--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                "--disable-sync", "--incognito", "--disable-background-networking", "--remote-debugging-pipe",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",  # a proxy that is not there
                f"--user-data-dir={folder / 'profile'}", f"--user-agent={user_agent}",
                *(["--no-sandbox"] if _as_root() else []), "about:blank"]
        browser = Browser(exe, args, {**os.environ, "HOME": str(folder)}, timeout, deadline)
        try:
            replay = _Replay(browser, answers, missing)
            png, pdf = _draw(browser, replay, url)
        finally:
            browser.close()
    return Rendering(trim_bottom(png), pdf, _version(exe), started, replay.answered, replay.unanswered)


class _Replay:
    """Answers Chromium's paused requests from the record."""

    def __init__(self, browser: Browser, answers: dict[str, Answer], missing: Missing) -> None:
        self.browser, self.answers, self.missing = browser, dict(answers), missing
        self.asked: set[str] = set()
        self.answered: list[str] = []
        self.unanswered: list[str] = []
        self.loaded = False

    def event(self, method: str, params: dict[str, Any], session: str) -> None:
        if method == "Page.loadEventFired":
            self.loaded = True
        elif method == "Fetch.requestPaused":
            self.answer(params, session)

    def answer(self, params: dict[str, Any], session: str) -> None:
        request, rid = params.get("request", {}), params.get("requestId", "")
        url = urldefrag(str(request.get("url", ""))).url
        found = None
        if request.get("method", "GET") in ("GET", "HEAD") and url.startswith(("http://", "https://")):
            found = self.answers.get(url)
            if found is None and url not in self.asked:
                self.asked.add(url)
                self.answers.update(self.missing(url))  # fetched once, recorded into the WARC
                found = self.answers.get(url)
        if found is None:
            self.unanswered.append(url[:300])
            self.browser.send("Fetch.failRequest", {"requestId": rid, "errorReason": "BlockedByClient"}, session)
            return
        self.answered.append(url[:300])
        headers = [{"name": k, "value": v} for k, v in found.headers]
        self.browser.send("Fetch.fulfillRequest", {"requestId": rid, "responseCode": found.status or 200,
                                                   "responseHeaders": headers,
                                                   "body": base64.b64encode(found.body).decode()}, session)


def _draw(browser: Browser, replay: _Replay, url: str) -> tuple[bytes, bytes]:
    import math

    browser.on_event = replay.event
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    browser.call("Fetch.enable", {"patterns": [{"urlPattern": "*"}]}, session)
    browser.call("Page.enable", {}, session)
    browser.call("Emulation.setDeviceMetricsOverride", {"width": RENDER_WIDTH, "height": 900, "deviceScaleFactor": 1,
                                                         "mobile": False}, session)
    browser.call("Page.navigate", {"url": url}, session)
    browser.pump(lambda: replay.loaded)
    browser.pump(lambda: False, _SETTLE)  # late requests (fonts, images a script adds) are answered too
    metrics = browser.call("Page.getLayoutMetrics", {}, session)
    size = metrics.get("cssContentSize") or metrics.get("contentSize") or {}
    height = max(1, min(RENDER_HEIGHT, math.ceil(float(size.get("height", 900)))))
    shot = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": {
        "x": 0, "y": 0, "width": RENDER_WIDTH, "height": height, "scale": 1}}, session)
    pdf = browser.call("Page.printToPDF", {"printBackground": True, "displayHeaderFooter": False}, session)
    png, printed = base64.b64decode(shot.get("data", "")), base64.b64decode(pdf.get("data", ""))
    for data, kind in ((png, "PNG"), (printed, "PDF")):
        if not data:
            raise DocumentError(f"Chromium made no {kind} of {url[:200]}.")
    return png, printed


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0  # Chromium's sandbox refuses to start as root


def _version(exe: str) -> str:
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, timeout=30, check=False)
        return " ".join(out.stdout.decode("utf-8", "replace").split())[:100] or Path(exe).name
    except (OSError, subprocess.TimeoutExpired):
        return Path(exe).name


def trim_bottom(png: bytes) -> bytes:
    """The screenshot without the rows under the page's end that have the bottom row's colour."""
    from PIL import Image, ImageChops  # lazy: Pillow costs start-up time

    try:
        with Image.open(io.BytesIO(png)) as image:
            rgb = image.convert("RGB")
    except Exception as exc:  # noqa: BLE001 - Chromium wrote something that is not a PNG
        raise DocumentError("Chromium's screenshot is not a readable PNG.") from exc
    background = Image.new("RGB", rgb.size, rgb.getpixel((0, rgb.height - 1)))
    box = ImageChops.difference(rgb, background).getbbox()
    bottom = max(box[3], min(rgb.height, 600)) if box else rgb.height  # never shorter than a small window
    if bottom >= rgb.height:
        return png
    out = io.BytesIO()
    rgb.crop((0, 0, rgb.width, bottom)).save(out, "PNG")
    return out.getvalue()
