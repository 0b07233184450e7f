"""One sentence for each way an HTTP fetch fails (requests, urllib3, ssl and socket errors, however nested)."""


def network_message(exc: BaseException, host: str, url: str, timeout: float) -> str:
    import socket  # lazy: the GUI imports this module at start-up; ssl costs time there
    import ssl

    chain = _causes(exc)
    names = {type(e).__name__ for e in chain}
    if any(isinstance(e, socket.gaierror) for e in chain) or "NameResolutionError" in names:
        return f"unknown host {host}: the name does not resolve; nothing was captured."
    if any(isinstance(e, ssl.SSLError) for e in chain) or names & {"SSLError", "CertificateError"}:
        reason = next((str(getattr(e, "reason", "") or e) for e in chain if isinstance(e, ssl.SSLError)), "")
        return f"TLS error talking to {host} ({' '.join(reason.split())[:160] or 'certificate not trusted'}); nothing was captured."
    if names & {"ReadTimeout", "ConnectTimeout", "ReadTimeoutError", "ConnectTimeoutError", "TimeoutError", "timeout"}:
        return f"{host} did not answer within {timeout:g} s (--timeout); nothing was captured."
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        return f"{host} refused the connection; nothing was captured."
    if any(isinstance(e, ConnectionResetError) for e in chain):
        return f"{host} broke off the connection (reset) before its answer was complete; nothing was captured."
    if "IncompleteRead" in names or "InvalidChunkLength" in names:
        return f"the answer from {host} ended early: the connection closed before the whole body arrived; " \
            "nothing was captured."
    if names & {"InvalidURL", "InvalidSchema", "MissingSchema", "LocationParseError"}:
        return f"{url[:200]} is not a valid URL."
    text = " ".join(str(exc).split())[:160] or type(exc).__name__
    return f"could not fetch {url[:200]} ({text}); nothing was captured."


def _causes(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    todo: list[object] = [exc]
    while todo:
        e = todo.pop()
        if not isinstance(e, BaseException) or e in out or len(out) > 20:
            continue
        out.append(e)
        todo += [e.__cause__, e.__context__, getattr(e, "reason", None), *[a for a in e.args if isinstance(a, BaseException)]]
    return out

