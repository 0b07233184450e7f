"""The exit codes of `sourcemark`, and which one an error gets (docs/user/cli-exit-codes-and-scripting.md).

A script must tell "try again later" (locked, network) from "fix the command" (bad input) and from "report a
bug" (internal): each has its own code. The classification looks at the exception and what it was raised
from, so the services keep raising the errors they raise today.
"""

OK = 0
ATTENTION = 1  # done, but something needs a decision: check's problems, sync/merge conflicts, a refused manifest
BAD_INPUT = 2  # bad usage or bad input (argparse's own code); also a server that refuses, and Ctrl+C
LOCKED = 3  # the project is open in another Sourcemark (GUI or CLI); nothing was done
NETWORK = 4  # a server could not be reached, did not answer in time, or broke off the connection
INTERNAL = 70  # a bug (sysexits EX_SOFTWARE); the one line says to re-run with --debug

MEANINGS = {
    OK: "success",
    ATTENTION: "done, but something needs attention (problems found by check, conflicts left by sync or merge, "
               "a manifest refused)",
    BAD_INPUT: "bad usage or bad input (unknown command or flag, missing file, not a project, a server refusing "
               "credentials, Ctrl+C); nothing was changed",
    LOCKED: "the project is open in another Sourcemark; nothing was changed (retry once it is closed)",
    NETWORK: "network fault: a server could not be reached, did not answer in time (--timeout, --time-limit), "
             "or broke off; nothing was changed (retry later)",
    INTERNAL: "internal error (a bug): one line on stderr; re-run with --debug for the traceback and report it",
}

# Transport faults as requests, urllib3, http.client and ssl name them (app.cli may not import requests).
_NETWORK_NAMES = frozenset({
    "ConnectionError", "ConnectTimeout", "ReadTimeout", "Timeout", "ChunkedEncodingError", "SSLError",
    "ProtocolError", "IncompleteRead", "InvalidChunkLength", "NameResolutionError", "NewConnectionError",
    "MaxRetryError", "ReadTimeoutError", "ConnectTimeoutError", "RemoteDisconnected", "CertificateError",
    "SSLCertVerificationError", "gaierror", "timeout",
})
_NETWORK_MODULES = ("requests", "urllib3", "http.client", "ssl", "socket")


def for_error(exc: BaseException) -> int:
    """The exit code of an error that reached the command line (a SourcemarkError or anything else)."""
    from app.domain.errors import ProjectLocked, SourcemarkError
    from app.net.web.deadline import TimeLimitExceeded

    if isinstance(exc, ProjectLocked):
        return LOCKED
    if not isinstance(exc, SourcemarkError):
        return INTERNAL
    if isinstance(exc, TimeLimitExceeded) or any(_is_transport_fault(e) for e in _causes(exc)):
        return NETWORK
    return BAD_INPUT


def _is_transport_fault(exc: BaseException) -> bool:
    if isinstance(exc, ConnectionRefusedError | ConnectionResetError | ConnectionAbortedError | TimeoutError):
        return True  # a socket's faults (not BrokenPipeError: a local helper such as Chromium that died)
    kind = type(exc)
    return kind.__name__ in _NETWORK_NAMES and kind.__module__.startswith(_NETWORK_MODULES)


def _causes(exc: BaseException) -> list[BaseException]:
    """What `exc` was raised from or while handling (`raise … from None` still keeps __context__), however deep."""
    seen: list[BaseException] = []
    todo: list[object] = [exc.__cause__, exc.__context__]
    while todo and len(seen) < 30:
        e = todo.pop()
        if isinstance(e, BaseException) and e not in seen:
            seen.append(e)
            todo += [e.__cause__, e.__context__, getattr(e, "reason", None)]
    return seen
