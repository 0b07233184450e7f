"""Rendered capture: Debian's headless Chromium draws the live page as a PNG screenshot and prints it as a PDF.

Optional: only where a `chromium` (or `chromium-browser`) executable is on PATH. Chromium runs with a fresh,
throw-away profile (no cookies, no saved logins, no extensions) and the capture's User-Agent. Its
`--screenshot` draws one window, so the window is made tall (RENDER_HEIGHT) and the blank rows under the
page's end are cut off: a full-page picture for any page up to that height. Chromium fetches the page
itself, a moment after the WARC was made, and runs the page's scripts (it is a browser); the WARC stays
the record of what the server sent. Each run is bounded by the capture's deadline too: past it, Chromium and
every process it started are killed (it runs in a session of its own) and its temporary folder goes.
"""

import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.net.web.deadline import Deadline
from app.domain.errors import DocumentError

EXECUTABLES = ("chromium", "chromium-browser")
MISSING = "Rendered capture needs Chromium (Debian: apt install chromium), which is not installed."
RENDER_WIDTH = 1280
RENDER_HEIGHT = 12_000
_STEP = 1.0  # seconds between two looks at the deadline while Chromium runs


@dataclass(frozen=True, slots=True)
class Rendering:
    png: bytes
    pdf: bytes
    browser: str  # e.g. "Chromium 131.0.6778.85"


def chromium() -> str | None:
    """The Chromium executable on PATH, or None."""
    return next((found for name in EXECUTABLES if (found := shutil.which(name))), None)


def render(url: str, user_agent: str, timeout: float, deadline: Deadline | None = None) -> Rendering:
    """A screenshot and a PDF print of `url`; DocumentError (one sentence) when Chromium is missing or fails,
    TimeLimitExceeded when `deadline` passes first."""
    exe = chromium()
    if exe is None:
        raise DocumentError(MISSING)
    with tempfile.TemporaryDirectory(prefix="sourcemark-render-") as tmp:
        folder = Path(tmp)
        common = [exe, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                  "--disable-sync", "--incognito", f"--user-data-dir={folder / 'profile'}", f"--user-agent={user_agent}",
                  f"--timeout={int(timeout * 1000)}", *(["--no-sandbox"] if _as_root() else [])]
        png, pdf = folder / "page.png", folder / "page.pdf"
        _run([*common, f"--window-size={RENDER_WIDTH},{RENDER_HEIGHT}", f"--screenshot={png}", url], png, timeout,
             deadline)
        _run([*common, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url], pdf, timeout, deadline)
        return Rendering(trim_bottom(png.read_bytes()), pdf.read_bytes(), _version(exe))


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0  # Chromium's sandbox refuses to start as root


def _run(args: list[str], out: Path, timeout: float, deadline: Deadline | None) -> None:
    import time

    if deadline is not None:
        deadline.check()
    give_up = time.monotonic() + timeout + 30
    try:
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "HOME": str(out.parent)}, start_new_session=True)
    except OSError as exc:
        raise DocumentError(f"Chromium could not be started ({exc.strerror or exc}).") from exc
    while True:  # in steps of at most a second, so the deadline is looked at again on its own clock
        left = deadline.left() if deadline is not None else _STEP
        if deadline is not None and left <= 0:
            _kill(proc)
            raise deadline.exceeded()
        if time.monotonic() >= give_up:
            _kill(proc)
            raise DocumentError(f"Chromium did not finish rendering within {timeout + 30:g} s.")
        try:
            _, stderr = proc.communicate(timeout=max(0.0, min(left, _STEP, give_up - time.monotonic())))
            break
        except subprocess.TimeoutExpired:
            continue  # retrying communicate loses no output
    if not out.is_file() or out.stat().st_size == 0:
        last = (stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise DocumentError(f"Chromium wrote no {out.suffix[1:].upper()} (exit {proc.returncode}: {last[0][:160]}).")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """Kill Chromium and the renderers it started (its own session: one process group), then reap it."""
    import signal

    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass  # it ended meanwhile
    proc.wait()
    for pipe in (proc.stdout, proc.stderr):  # not read: a process that left the group may still hold them
        if pipe is not None:
            pipe.close()


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
