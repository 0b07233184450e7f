"""Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`): no port, no websocket.

Chromium reads commands from its fd 3 and writes answers and events to its fd 4, each a JSON object ended by
a NUL byte. A reader thread drains fd 4 into a queue (so a large command written to fd 3 cannot deadlock
against events Chromium is writing); `call` sends one command and waits for its answer, handing every event
that arrives meanwhile to `on_event`. Every wait is bounded by the capture's deadline and a per-step time-out.
Chromium runs in a session of its own, so `close` kills it with every process it started.
"""

import json
import os
import queue
import shutil
import subprocess
import threading
from collections.abc import Callable
from typing import Any

from app.domain.errors import DocumentError
from app.net.web.deadline import Deadline

Event = Callable[[str, dict[str, Any], str], None]  # (method, params, session id)
_STEP = 1.0  # seconds between two looks at the deadline while waiting


class Browser:
    def __init__(self, exe: str, args: list[str], env: dict[str, str], timeout: float,
                 deadline: Deadline | None) -> None:
        self.timeout, self.deadline = timeout, deadline
        self.on_event: Event = lambda method, params, session: None
        self._inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._next = 0
        to_child, self._out = os.pipe()  # we write commands to _out; Chromium reads them on its fd 3
        self._in, from_child = os.pipe()  # Chromium writes on its fd 4; we read _in
        # bash puts the two pipe ends on fds 3 and 4, then becomes Chromium (subprocess cannot renumber fds;
        # dash, Debian's sh, takes no fd number above 9)
        shell = f'exec "$0" "$@" 3<&{to_child} 4>&{from_child} {to_child}<&- {from_child}>&-'
        try:
            self.proc = subprocess.Popen([shutil.which("bash") or "/bin/bash", "-c", shell, exe, *args],
                                         stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                                         pass_fds=(to_child, from_child), start_new_session=True)
        except OSError as exc:
            raise DocumentError(f"Chromium could not be started ({exc.strerror or exc}).") from exc
        finally:
            os.close(to_child)
            os.close(from_child)
        self._stderr: list[bytes] = []
        self._stderr_done = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True, name="chromium-cdp")
        self._reader.start()
        threading.Thread(target=self._drain_stderr, daemon=True, name="chromium-stderr").start()

    def _read(self) -> None:
        pending = b""
        try:
            while chunk := os.read(self._in, 1 << 16):
                pending += chunk
                *messages, pending = pending.split(b"\0")
                for message in messages:
                    self._inbox.put(json.loads(message))
        except (OSError, ValueError):
            pass
        self._inbox.put(None)  # Chromium is gone (or spoke garbage)

    def _drain_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self._stderr = [*self._stderr[-20:], line]
        self._stderr_done.set()

    def call(self, method: str, params: dict[str, Any] | None = None, session: str = "",
             timeout: float | None = None) -> dict[str, Any]:
        """Send a command and wait for its result; DocumentError if Chromium fails it or goes away."""
        self._next += 1
        number = self._next
        message = {"id": number, "method": method, "params": params or {}, **({"sessionId": session} if session else {})}
        try:
            self._write(message)
        except OSError as exc:
            raise self._gone() from exc
        while True:
            answer = self.next_message(timeout)
            if answer.get("id") == number:
                if "error" in answer:
                    text = str(answer["error"].get("message", answer["error"]))[:160]
                    raise DocumentError(f"Chromium could not {method} ({text}).")
                return dict(answer.get("result", {}))

    def _write(self, message: dict[str, Any]) -> None:
        data = memoryview(json.dumps(message).encode() + b"\0")
        while data:
            data = data[os.write(self._out, data):]

    def send(self, method: str, params: dict[str, Any], session: str = "") -> None:
        """A command whose answer is not waited for (answers to requests Chromium paused)."""
        self._next += 1
        try:
            self._write({"id": self._next, "method": method, "params": params, "sessionId": session})
        except OSError as exc:
            raise self._gone() from exc

    def next_message(self, timeout: float | None = None) -> dict[str, Any]:
        """The next answer; events met on the way go to on_event. Bounded by `timeout` and the deadline."""
        import time

        give_up = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            left = self._time_left(give_up)
            if left <= 0:
                raise DocumentError(f"Chromium did not answer within {self.timeout:g} s.")
            message = self._take(left)
            if message is None:
                continue
            if "method" in message and "id" not in message:
                self.on_event(message["method"], message.get("params", {}), message.get("sessionId", ""))
                continue
            return message

    def pump(self, done: Callable[[], bool], seconds: float | None = None) -> None:
        """Handle events until `done()` is true (DocumentError after the time-out) or, with `seconds`, for that
        long (then it just returns). Bounded by the deadline either way."""
        import time

        end = time.monotonic() + (self.timeout if seconds is None else seconds)
        while not done():
            left = self._time_left(end)
            if left <= 0:
                if seconds is not None:
                    return
                raise DocumentError(f"Chromium did not finish loading the page within {self.timeout:g} s.")
            message = self._take(left)
            if message is not None and "method" in message:
                self.on_event(message["method"], message.get("params", {}), message.get("sessionId", ""))

    def _time_left(self, end: float) -> float:
        """Seconds until `end`; the whole-capture deadline raises first when it has passed."""
        import time

        if self.deadline is not None:
            self.deadline.check()
        return end - time.monotonic()

    def _take(self, left: float) -> dict[str, Any] | None:
        """The next message within one step (None if none came); Chromium gone is an error."""
        try:
            message = self._inbox.get(timeout=min(left, _STEP))
        except queue.Empty:
            return None
        if message is None:
            raise self._gone()
        return message

    def _gone(self) -> DocumentError:
        try:
            code: int | None = self.proc.wait(5)  # its end of the pipe closed as it exited: reap it for the code
        except subprocess.TimeoutExpired:
            code = None
        self._stderr_done.wait(5)
        last = (b"".join(self._stderr[-1:]).decode("utf-8", "replace").strip() or "no output")[:160]
        return DocumentError(f"Chromium ended before rendering (exit {code}: {last}).")

    def close(self) -> None:
        """Kill Chromium and the renderers it started (its own session: one process group), then reap it."""
        import signal

        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except OSError:
            pass  # it ended meanwhile
        self.proc.wait()
        self._reader.join(5)  # it ends at the end of file Chromium's death makes
        if self._stderr_done.wait(5) and self.proc.stderr is not None:  # (a process that left the group may
            self.proc.stderr.close()                                      # hold it: then it is left to exit)
        for fd in (self._out, self._in):
            try:
                os.close(fd)
            except OSError:
                pass
