"""A small CouchDB replication-protocol client over `requests` (imported lazily: only sync needs HTTP).

Every fault (server down, refused credentials, a connection cut mid-response, a reply that is not the
JSON the protocol promises) becomes one SyncError with a sentence for the analyst.

A server holds other people's data and may be hostile: replies are read as a stream and refused past
REPLY_LIMIT (FILE_REPLY_LIMIT for a file), parsed by orjson (nesting deeper than 1,024 levels is refused),
and each protocol reply is type-checked here before anything reads it; documents are checked by
app.exchange.couch_replication.doc_problem and the domain, as a merge checks them.
"""

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import orjson

from app.domain.errors import SourcemarkError

ENV_USER = "SOURCEMARK_SYNC_USER"
ENV_PASSWORD = "SOURCEMARK_SYNC_PASSWORD"
ENV_HOST = "SOURCEMARK_SYNC_HOST"  # host[:port] the environment's credentials are for (unset: any confirmed URL)
ENV_ALLOW_HTTP = "SOURCEMARK_SYNC_ALLOW_HTTP"  # 1: credentials may go over plain http to a host not on loopback
KEYRING_SERVICE = "sourcemark-sync"
ENV_PASSPHRASE = "SOURCEMARK_SYNC_PASSPHRASE"  # an end-to-end encrypted database's passphrase (scripts)
PASSPHRASE_SERVICE = "sourcemark-sync-passphrase"  # keyring entries: database URL -> its passphrase
TIMEOUT = (5.0, 120.0)  # connect, read (seconds): a first push of a big project takes a while
REPLY_LIMIT = 256 << 20  # bytes of one JSON reply (a `_changes` page of 2,000 documents is a few MB)
FILE_REPLY_LIMIT = 720 << 20  # a file's document: a 512 MiB original (the largest `add` takes) in base64

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
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # urllib checks it only when asked: ":99999" raises here
    except ValueError:
        parts, port = None, None
    if (parts is None or parts.scheme not in ("http", "https") or not parts.hostname or parts.path.strip("/") == ""
            or not url.isprintable() or len(url) > 2000):
        raise SyncError(f"not a database URL: {clean_url(url)[:200]} (expected http(s)://host:port/database)")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    netloc = host if port is None else f"{host}:{port}"
    bare = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
    from_env = not parts.username and os.environ.get(ENV_HOST, netloc) in (netloc, parts.hostname)
    user = parts.username or (os.environ.get(ENV_USER, "") if from_env else "")
    password = parts.password or (os.environ.get(ENV_PASSWORD, "") if from_env else "")
    if user and not password:
        password = _keyring_password(bare, user)  # saved for this URL: it goes nowhere else
    if (user or password) and parts.scheme == "http" and not _loopback(parts.hostname) \
            and os.environ.get(ENV_ALLOW_HTTP) != "1":
        raise SyncError(f"credentials are not sent over plain http to {host}: use https, "
                        f"or set {ENV_ALLOW_HTTP}=1 to allow it")
    return Remote(bare, unquote(user), unquote(password))


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def clean_url(url: str) -> str:
    """`url` without any user:password part (for messages and for the project)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.rsplit("@", 1)[-1] if "@" in url else url
    if parts.username is None and parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def stored_passphrase(url: str) -> str:
    """An encrypted database's passphrase from the environment, else the system keyring ("" if neither has it)."""
    return os.environ.get(ENV_PASSPHRASE, "") or _keyring_secret(PASSPHRASE_SERVICE, url)


def _keyring_password(url: str, user: str) -> str:
    return _keyring_secret(KEYRING_SERVICE, f"{user}@{url}")


def _keyring_secret(service: str, name: str) -> str:
    try:
        import keyring  # optional: present on desks that keep secrets in the system keyring
    except ImportError:
        return ""
    try:
        return keyring.get_password(service, name) or ""
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
        self.created = False  # this client created the database (it was empty: nothing to ask _revs_diff)
        self.rev_secret: bytes | None = None  # keys revision hashes (an encrypted database: app.net.couch_encrypted)
        self.unreadable: dict[str, str] = {}  # server id -> why it could not be read (an encrypted database)

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
            status, _ = self._call("PUT", "", ok=(201, 202, 412))
            self.created = status in (201, 202)

    def info(self) -> dict[str, Any] | None:
        """The database's counts (`GET /db`), None if there is no such database."""
        status, body = self._call("GET", "", ok=(200, 404))
        if status == 404:
            return None
        if not isinstance(body, dict):
            raise self._malformed("its database information")
        return body

    def create_doc(self, doc_id: str, doc: dict[str, Any]) -> bool:
        """Write the first revision of a document; False if it exists already (someone else was first)."""
        status, _ = self._call("PUT", quote(doc_id, safe=":"), body=doc, ok=(200, 201, 202, 409))
        return status != 409

    def purge(self, revs: dict[str, list[str]]) -> str:
        """`_purge` these revisions (with their ancestors, the document leaves the server): "purged", "refused"
        (CouchDB lets only a database admin purge) or "unsupported" (PouchDB Server answers 400
        only_multipart_accepted; others 404/405/501)."""
        status, body = self._call("POST", "_purge", body=revs, ok=(200, 201, 202, 400, 401, 403, 404, 405, 501),
                                  refusal_is_error=False)
        if status in (401, 403):
            return "refused"
        return "purged" if isinstance(body, dict) and isinstance(body.get("purged"), dict) else "unsupported"

    def leaf_revs(self, doc_id: str) -> list[str]:
        """Every leaf revision of a document on the server (deleted ones too); [] if it has none."""
        status, body = self._call("GET", quote(doc_id, safe=":"), params={"open_revs": "all"}, ok=(200, 404))
        if status == 404:
            return []
        if not isinstance(body, list):
            raise self._malformed(f"the revisions of {doc_id[:80]}")
        leaves = [row.get("ok") for row in body if isinstance(row, dict)]
        return [doc["_rev"] for doc in leaves if isinstance(doc, dict) and isinstance(doc.get("_rev"), str)]

    def get_local(self, name: str) -> dict[str, Any] | None:
        status, body = self._call("GET", f"_local/{quote(name, safe='')}", ok=(200, 404))
        if status != 200:
            return None
        if not isinstance(body, dict) or not isinstance(body.get("_rev", ""), str):
            raise self._malformed("its checkpoint")
        if "_rev" in body:
            self._local_revs[name] = body["_rev"]
        return body

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
        if (not isinstance(body, dict) or not isinstance(body.get("results"), list) or len(body["results"]) > limit
                or not all(isinstance(row, dict) and isinstance(row.get("id"), str) for row in body["results"])
                or not _is_seq(body.get("last_seq", 0)) or not all(_is_seq(row.get("seq", 0)) for row in body["results"])):
            raise self._malformed("the changes feed")
        return body

    def update_seq(self) -> Any:
        """Where the database's changes feed is now (read before a clone reads the documents themselves)."""
        body = self._call("GET", "")[1]
        if not isinstance(body, dict) or not _is_seq(body.get("update_seq")):
            raise self._malformed("its database information")
        return body["update_seq"]

    def docs_in(self, start: str, end: str, limit: int, *, after: bool) -> tuple[list[dict[str, Any]], str | None]:
        """Up to `limit` current documents (with `_conflicts`) whose ids sort from `start` (after it: `after`) up to
        `end`, in id order, and the last id listed (None: none): a clone reads one kind of object at a time, so what
        an object points at comes first."""
        params = {"startkey": json.dumps(start), "endkey": json.dumps(end), "skip": "1" if after else "0",
                  "limit": str(limit), "include_docs": "true", "conflicts": "true"}
        body = self._call("GET", "_all_docs", params=params)[1]
        rows = body.get("rows") if isinstance(body, dict) else None
        if not isinstance(rows, list) or len(rows) > limit or not all(
                isinstance(row, dict) and isinstance(row.get("id"), str)
                and (start < row["id"] if after else start <= row["id"]) and row["id"] <= end for row in rows):
            raise self._malformed("its list of documents")
        docs = [row["doc"] for row in rows if isinstance(row.get("doc"), dict) and row["doc"].get("_id") == row["id"]]
        return docs, rows[-1]["id"] if rows else None

    def docs_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        """The current winning documents (with `_conflicts`) of these ids; deleted ones as tombstones."""
        body = self._call("POST", "_all_docs", params={"include_docs": "true", "conflicts": "true"},
                          body={"keys": ids})[1]
        rows = body.get("rows") if isinstance(body, dict) else None
        if not isinstance(rows, list) or len(rows) > len(ids) or not all(isinstance(row, dict) for row in rows):
            raise self._malformed("its list of documents")
        out = []
        for row in rows:
            value = row.get("value")
            if isinstance(row.get("doc"), dict):
                out.append(row["doc"])
            elif isinstance(value, dict) and value.get("deleted") and isinstance(row.get("id"), str) \
                    and isinstance(value.get("rev"), str):
                out.append(self.get(row["id"], rev=value["rev"]) or {"_id": row["id"], "_deleted": True,
                                                                    "_rev": value["rev"]})
        return out

    def get(self, doc_id: str, *, rev: str | None = None, attachments: bool = False) -> dict[str, Any] | None:
        params = {"rev": rev} if rev else {}
        if attachments:
            params["attachments"] = "true"
        status, body = self._call("GET", quote(doc_id, safe=":"), params=params, ok=(200, 404),
                                  limit=FILE_REPLY_LIMIT if attachments else REPLY_LIMIT)
        if status == 200 and not isinstance(body, dict):
            raise self._malformed(f"the document {doc_id[:80]}")
        return body if status == 200 else None

    def revs_diff(self, revs: dict[str, list[str]]) -> dict[str, list[str]]:
        """id -> the revisions among `revs` that the server lacks."""
        if not revs:
            return {}
        body = self._call("POST", "_revs_diff", body=revs)[1]
        if not isinstance(body, dict) or not all(
                isinstance(row, dict) and isinstance(row.get("missing", []), list)
                and all(isinstance(rev, str) for rev in row.get("missing", [])) for row in body.values()):
            raise self._malformed("its answer to _revs_diff")
        return {doc_id: row.get("missing", []) for doc_id, row in body.items()}

    def bulk_docs(self, docs: list[dict[str, Any]]) -> None:
        """Write revisions as they are (`new_edits: false`): the server keeps their ancestry."""
        if not docs:
            return
        _, body = self._call("POST", "_bulk_docs", body={"docs": docs, "new_edits": False}, ok=(200, 201))
        if not isinstance(body, list) or not all(isinstance(row, dict) for row in body):
            raise self._malformed("its answer to _bulk_docs")
        failed = [row for row in body if row.get("error")]
        if failed:
            row = failed[0]
            why = row.get("reason") or row.get("error")
            raise SyncError(f"the server refused {len(failed)} document(s), e.g. {_short(row.get('id'))}: {_short(why)}")

    def post_raw(self, path: str, data: bytes) -> None:
        """POST a prepared JSON body (the benchmark's baseline)."""
        self._call("POST", path, data=data, ok=(200, 201))

    # -- transport -----------------------------------------------------------------------------------------------
    def _malformed(self, what: str) -> SyncError:
        return SyncError(f"{self.remote.url}: {what} is not what the CouchDB protocol describes; "
                         "nothing more was taken from it")

    def _call(self, method: str, path: str, *, params: dict[str, str] | None = None, body: Any = None,
              data: bytes | None = None, ok: tuple[int, ...] = (200,), limit: int = 0,
              refusal_is_error: bool = True) -> tuple[int, Any]:
        url = f"{self.remote.url}/{path}" if path else self.remote.url
        if body is not None:
            data = orjson.dumps(body)  # compact UTF-8, as json.dumps(separators, ensure_ascii=False), ~10x faster
        headers = {"Content-Type": "application/json"} if data is not None else {}
        exc_types = self._requests.exceptions

        def exchange() -> tuple[int, Any]:  # the request and the parsing of its reply: both may take long
            with self._http.request(method, url, params=params, data=data, headers=headers, timeout=TIMEOUT,
                                    stream=True) as response:
                raw = _read_bounded(response, limit or REPLY_LIMIT)
            return response.status_code, orjson.loads(raw) if raw else None

        try:
            status, payload = self._blocking(exchange)
        except _TooLarge as exc:
            raise SyncError(f"{self.remote.url}: a reply was larger than {exc.args[0] >> 20} MiB; "
                            "nothing more was taken from it") from None
        except orjson.JSONDecodeError:
            raise self._malformed("a reply (not JSON, or nested too deep)") from None
        except exc_types.ConnectionError as exc:
            raise SyncError(f"cannot reach {self.remote.url}: {_why(exc)}") from None
        except exc_types.Timeout:
            raise SyncError(f"{self.remote.url} did not answer in time") from None
        except (exc_types.RequestException, ValueError) as exc:
            raise SyncError(f"{self.remote.url}: the connection broke off or the reply was damaged ({_why(exc)})") from None
        if status in (401, 403) and refusal_is_error:
            who = f"as {self.remote.user}" if self.remote.user else "without credentials"
            raise SyncError(f"{self.remote.url} refused access {who} (HTTP {status}); "
                            f"give user:password in the URL or {ENV_USER}/{ENV_PASSWORD}")
        if status not in ok:
            reason = payload.get("reason") if isinstance(payload, dict) else ""
            raise SyncError(f"{self.remote.url}: {method} {path or '/'} failed with HTTP {status} {_short(reason)}".rstrip())
        return status, payload


class _TooLarge(Exception):
    pass


def _read_bounded(response: Any, limit: int) -> bytes:
    """The body of a streamed reply, refused once it passes `limit` bytes (a declared length is checked first)."""
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _TooLarge(limit)
    chunks, size = [], 0
    for chunk in response.iter_content(1 << 16):
        size += len(chunk)
        if size > limit:
            raise _TooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _is_seq(value: Any) -> bool:
    """A CouchDB sequence: a number or an opaque string (PouchDB: numbers; CouchDB 2+: strings), of sane size."""
    return (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, str) and len(value) <= 4096)


def _short(value: Any) -> str:
    """A server-given text for a message: one line, at most 200 characters (the CLI makes it inert)."""
    text = " ".join(str(value or "").split())
    return text if len(text) <= 200 else text[:199] + "…"


def _why(exc: BaseException) -> str:
    text = str(exc).split("(Caused by", 1)[-1].strip(" )")
    if "Connection refused" in text:
        return "connection refused (is the server running?)"
    return text[:160] or type(exc).__name__
