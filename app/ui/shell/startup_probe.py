"""Start-up measurement: with SOURCEMARK_STARTUP_PROBE=1, print when the main window is on screen, then quit.

`tests/benchmarks/startup.py` starts `sourcemark --demo` with it and measures from before the process
started to the wall-clock time printed here (the first moment the window is exposed, after its first paint).
Not a user feature; it costs nothing when the variable is unset.
"""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "SOURCEMARK_STARTUP_PROBE"
PREFIX = "sourcemark-window-shown"
_POLL_MS = 2


def enabled() -> bool:
    return bool(os.environ.get(ENV))


def report_when_shown(window: QWidget, app: QApplication) -> None:
    """Poll from the event loop: the expose event is handled (and the window painted) before a zero timer fires."""

    def check() -> None:
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            print(f"{PREFIX} {time.time():.6f}", flush=True)
            app.exit(0)
        else:
            QTimer.singleShot(_POLL_MS, check)

    QTimer.singleShot(0, check)


def report_failure() -> int:
    print(f"{PREFIX} failed: no main window", file=sys.stderr)
    return 2
