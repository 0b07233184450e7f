"""A small CouchDB replication-protocol client over `requests` (imported lazily: only sync needs HTTP).

Every fault (server down, refused credentials, a connection cut mid-response, a reply that is not the
JSON the protocol promises) becomes one SyncError with a sentence for the analyst.
"""

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from app.domain.errors import SourcemarkError

ENV_USER = "SOURCEMARK_SYNC_USER"
ENV_PASSWORD = "SOURCEMARK_SYNC_PASSWORD"
KEYRING_SERVICE = "sourcemark-sync"
TIMEOUT = (5.0, 120.0)  # connect, read (seconds): a first push of a big project takes a while

T = TypeVar("T")
Blocking = Callable[[Callable[[], Any]], Any]
"""Runs one blocking HTTP exchange and returns its result (or raises what it raised). The default calls it
here; the GUI passes one that runs it on a helper thread and keeps its window painted meanwhile."""


def _direct(call: Callable[[], T]) -> T:
    return call()


class SyncError(SourcemarkError):
    """The server could not be reached or refused the sync; the project is unchanged or consistent."""


@dataclass(frozen=True)
class Remote:
    url: str  # the database URL without credentials: what the project remembers
    user: str = ""
    password: str = ""


def parse_remote(url: str) -> Remote:
    """Split credentials out of a database URL; then the environment, then the system keyring."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path.strip("/") == "":
        raise SyncError(f"not a database URL: {clean_url(url)} (expected http(s)://host:port/database)")
    netloc = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
    bare = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
    user = parts.username or os.environ.get(ENV_USER, "")
    password = parts.password or os.environ.get(ENV_PASSWORD, "")
    if user and not password:
        password = _keyring_password(bare, user)
    return Remote(bare, unquote(user), unquote(password))


def clean_url(url: str) -> str:
    """`url` without any user:password part (for messages and for the project)."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _keyring_password(url: str, user: str) -> str:
    try:
        import keyring  # optional: present on desks that keep secrets in the system keyring
    except ImportError:
        return ""
    try:
        return keyring.get_password(KEYRING_SERVICE, f"{user}@{url}") or ""
    except Exception:  # a locked or absent keyring backend is not a reason to fail: the server will say 401
        return ""


class CouchClient:
    def __init__(self, remote: Remote, *, blocking: Blocking | None = None) -> None:
        import requests  # lazy: the rest of the app never needs HTTP

        self.remote = remote
        self._blocking = blocking or _direct
        self._requests = requests
        self._http = requests.Session()
        if remote.user:
            self._http.auth = (remote.user, remote.password)
        self._http.headers["Accept"] = "application/json"
        self._local_revs: dict[str, str] = {}  # `_local/` document -> its current _rev (echoed on update)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "CouchClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- protocol calls ------------------------------------------------------------------------------------------
    def ensure_database(self, *, create: bool) -> None:
        status, _ = self._call("GET", "", ok=(200, 404))
        if status == 404:
            if not create:
                raise SyncError(f"{self.remote.url}: no such database on the server")
            self._call("PUT", "", ok=(201, 202, 412))

    def get_local(self, name: str) -> dict[str, Any] | None:
        status, body = self._call("GET", f"_local/{quote(name, safe='')}", ok=(200, 404))
        if status == 200 and isinstance(body, dict) and "_rev" in body:
            self._local_revs[name] = body["_rev"]
        return body if status == 200 else None

    def put_local(self, name: str, doc: dict[str, Any]) -> None:
        """Write a checkpoint (a `_local/` document is not replicated; its update echoes its `_rev`)."""
        if name not in self._local_revs:
            self.get_local(name)
        rev = self._local_revs.get(name)
        status, reply = self._call("PUT", f"_local/{quote(name, safe='')}", body={**doc, "_rev": rev} if rev else doc,
                                   ok=(200, 201, 409))
        if status == 409:  # written meanwhile by another run of this replica: read its _rev, then write once more
            self._local_revs.pop(name, None)
            self.get_local(name)
            rev = self._local_revs.get(name)
            _, reply = self._call("PUT", f"_local/{quote(name, safe='')}", body={**doc, "_rev": rev} if rev else doc,
                                  ok=(200, 201))
        if isinstance(reply, dict) and isinstance(reply.get("rev"), str):
            self._local_revs[name] = reply["rev"]

    def changes(self, since: Any, limit: int, *, docs: bool = True) -> dict[str, Any]:
        params = {"since": json.dumps(since) if not isinstance(since, str) else since, "style": "all_docs",
                  "limit": str(limit)}
        if docs:
            params.update(include_docs="true", conflicts="true")
        body = self._call("GET", "_changes", params=params)[1]
        if not isinstance(body, dict) or not isinstance(body.get("results"), list):
            raise SyncError(f"{self.remote.url}: the changes feed is not what the protocol describes")
        return body

    def docs_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        """The current winning documents (with `_conflicts`) of these ids; deleted ones as tombstones."""
        body = self._call("POST", "_all_docs", params={"include_docs": "true", "conflicts": "true"},
                          body={"keys": ids})[1]
        out = []
        for row in body.get("rows", []):
            if row.get("doc"):
                out.append(row["doc"])
            elif (row.get("value") or {}).get("deleted"):
                out.append(self.get(row["id"], rev=row["value"]["rev"]) or {"_id": row["id"], "_deleted": True,
                                                                            "_rev": row["value"]["rev"]})
        return out

    def get(self, doc_id: str, *, rev: str | None = None, attachments: bool = False) -> dict[str, Any] | None:
        params = {"rev": rev} if rev else {}
        if attachments:
            params["attachments"] = "true"
        status, body = self._call("GET", quote(doc_id, safe=":"), params=params, ok=(200, 404))
        return body if status == 200 else None

    def revs_diff(self, revs: dict[str, list[str]]) -> dict[str, list[str]]:
        """id -> the revisions among `revs` that the server lacks."""
        if not revs:
            return {}
        body = self._call("POST", "_revs_diff", body=revs)[1]
        return {doc_id: row.get("missing", []) for doc_id, row in body.items()}

    def bulk_docs(self, docs: list[dict[str, Any]]) -> None:
        """Write revisions as they are (`new_edits: false`): the server keeps their ancestry."""
        if not docs:
            return
        _, body = self._call("POST", "_bulk_docs", body={"docs": docs, "new_edits": False}, ok=(200, 201))
        failed = [row for row in body if isinstance(row, dict) and row.get("error")] if isinstance(body, list) else []
        if failed:
            row = failed[0]
            raise SyncError(f"the server refused {len(failed)} document(s), e.g. {row.get('id')}: {row.get('reason') or row.get('error')}")

    def post_raw(self, path: str, data: bytes) -> None:
        """POST a prepared JSON body (the benchmark's baseline)."""
        self._call("POST", path, data=data, ok=(200, 201))

    # -- transport -----------------------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, params: dict[str, str] | None = None, body: Any = None,
              data: bytes | None = None, ok: tuple[int, ...] = (200,)) -> tuple[int, Any]:
        url = f"{self.remote.url}/{path}" if path else self.remote.url
        if body is not None:
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = {"Content-Type": "application/json"} if data is not None else {}
        exc_types = self._requests.exceptions

        def exchange() -> tuple[int, Any]:  # the request and the parsing of its reply: both may take long
            response = self._http.request(method, url, params=params, data=data, headers=headers, timeout=TIMEOUT)
            return response.status_code, response.json() if response.content else None

        try:
            status, payload = self._blocking(exchange)
        except exc_types.ConnectionError as exc:
            raise SyncError(f"cannot reach {self.remote.url}: {_why(exc)}") from None
        except exc_types.Timeout:
            raise SyncError(f"{self.remote.url} did not answer in time") from None
        except (exc_types.RequestException, ValueError) as exc:
            raise SyncError(f"{self.remote.url}: the connection broke off or the reply was damaged ({_why(exc)})") from None
        if status in (401, 403):
            who = f"as {self.remote.user}" if self.remote.user else "without credentials"
            raise SyncError(f"{self.remote.url} refused access {who} (HTTP {status}); "
                            f"give user:password in the URL or {ENV_USER}/{ENV_PASSWORD}")
        if status not in ok:
            reason = payload.get("reason") if isinstance(payload, dict) else ""
            raise SyncError(f"{self.remote.url}: {method} {path or '/'} failed with HTTP {status} {reason or ''}".rstrip())
        return status, payload


def _why(exc: BaseException) -> str:
    text = str(exc).split("(Caused by", 1)[-1].strip(" )")
    if "Connection refused" in text:
        return "connection refused (is the server running?)"
    return text[:160] or type(exc).__name__
