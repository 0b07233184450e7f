"""BlockingCall: runs one blocking call (an HTTP request of a sync) on a helper thread while the GUI thread
keeps handling events, so the window repaints, timers run and a Cancel button is seen during a long request.

Only the request runs on the helper thread; the caller's code (the sync, which reads and changes the
project) stays on the GUI thread, so the session keeps its one writer. While it waits, user input is
handled only when `accept_input()` says so: when a window-modal progress dialog keeps the user away from
the project. A cancel seen while waiting leaves the request to end on its own (its reply is dropped): the
sync's state only ever lags behind the server, which the next sync re-checks (docs/user/sync.md).
"""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject

_WAKE = QEvent.Type(QEvent.registerEventType())


class BlockingCall:
    def __init__(self, *, accept_input: Callable[[], bool], cancelled: Callable[[], bool],
                 on_cancel: Callable[[], BaseException]) -> None:
        self.accept_input = accept_input
        self.cancelled = cancelled
        self.on_cancel = on_cancel
        self._waker = QObject()  # no parent: a request left running may still post to it

    def __call__(self, call: Callable[[], Any]) -> Any:
        done = threading.Event()
        outcome: dict[str, Any] = {}
        waker = self._waker

        def run() -> None:
            try:
                outcome["result"] = call()
            except BaseException as exc:  # noqa: BLE001 - handed back to the GUI thread, which raises it
                outcome["error"] = exc
            finally:
                done.set()
                QCoreApplication.postEvent(waker, QEvent(_WAKE))  # wakes the loop below

        threading.Thread(target=run, name="sourcemark-sync-request", daemon=True).start()
        while not done.is_set():
            if self.cancelled():
                raise self.on_cancel()
            flags = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
            if not self.accept_input():
                flags |= QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            QCoreApplication.processEvents(flags)
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")
