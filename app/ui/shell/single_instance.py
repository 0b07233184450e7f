"""One Sourcemark window process per user: a second launch hands its request to the first and exits.

The first GUI process listens on a local socket named per user (in $XDG_RUNTIME_DIR when there is one, else
Qt's default folder with the uid in the name); a later launch connects, sends one JSON line ({"open": folder},
{"add": file}, {"demo": true} or {} to raise the window) and waits for the reply "ok". No answer within the
time-out (a hung or dying first process) and the second launch carries on as a process of its own.
"""

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

TIMEOUT_MS = 2000
Request = dict[str, Any]


def server_name() -> str:
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():  # private to the user (0700): no other account can reach it
        return str(Path(runtime) / "org.sourcemark.Sourcemark.socket")
    return f"org.sourcemark.Sourcemark-{uid}"


def hand_over(request: Request, name: str | None = None, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Send `request` to a running instance; True when it took it (this process should exit)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches; `requestReceived` fires with each request, after the sender was answered."""

    requestReceived = Signal(dict)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket file left by a process that died is removed first (nobody answered on it)."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            return self._server.listen(self.name)
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer or len(buffer) > 1 << 16:
            return
        try:
            request = json.loads(buffer.split(b"\n", 1)[0])
        except ValueError:
            request = None
        if not isinstance(request, dict):
            socket.write(b"bad request\n")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.requestReceived.emit(request)


def start_or_hand_over(request: Request, on_request: Callable[[Request], None], parent: QObject | None = None
                       ) -> "InstanceServer | None":
    """Hand `request` to a running instance (None: this process is done), else become the instance: the server
    that then passes later launches' requests to `on_request`. A server that cannot listen still lets the
    app run (it just takes no requests)."""
    if hand_over(request):
        return None
    server = InstanceServer(parent=parent)
    server.listen()
    server.requestReceived.connect(on_request)
    return server
