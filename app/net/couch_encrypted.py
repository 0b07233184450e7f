"""A CouchClient for an end-to-end encrypted database: the replicator above it sees the plaintext documents
with their real ids; the server below it sees only ciphertext under opaque ids (app.net.couch_crypto).

Outgoing, each document becomes `{_id: HMAC(real id), _rev, _revisions, [_deleted], e: AES-GCM(body)}` and a
file's attachment is encrypted on its own. Revisions pass unchanged (they are the protocol: ancestry,
conflicts and replication between servers work on them), but the sync computes them under a key
(`rev_secret`), so a revision hash says nothing about the plaintext. Incoming, a document that does not
decrypt, names another id inside, or contradicts its deletion flag is not used: it is left out and named
(`unreadable`), as any bad document is, and the rest of the sync goes on.
"""

import base64
import re
from typing import Any

import orjson

from app.domain.errors import DomainError
from app.net.couch import CouchClient, Remote
from app.net.couch_crypto import PARAMS_ID, Keys, Undecryptable

UNREADABLE = "_sourcemark_unreadable"  # on a file's document that did not decrypt: why (app.services.sync.files)
_OPAQUE = re.compile(r"[0-9a-f]{32}")
_PLAIN = ("_id", "_rev", "_revisions", "_attachments", "_conflicts")


class EncryptedClient(CouchClient):
    def __init__(self, plain: CouchClient, keys: Keys) -> None:  # shares the plain client's connection
        self.plain = plain
        self.keys = keys
        self.remote: Remote = plain.remote
        self.rev_secret = keys.revs
        self.unreadable = {}
        self._real: dict[str, str] = {}  # server id -> real id, for every id mapped or decrypted here

    @property
    def created(self) -> bool:
        return self.plain.created

    @created.setter
    def created(self, value: bool) -> None:
        self.plain.created = value

    def close(self) -> None:
        self.plain.close()

    def ensure_database(self, *, create: bool) -> None:
        self.plain.ensure_database(create=create)

    def info(self) -> dict[str, Any] | None:
        return self.plain.info()

    def get_local(self, name: str) -> dict[str, Any] | None:
        return self.plain.get_local(name)  # checkpoints: a sequence and a time, never replicated

    def put_local(self, name: str, doc: dict[str, Any]) -> None:
        self.plain.put_local(name, doc)

    def update_seq(self) -> Any:
        return self.plain.update_seq()

    def docs_in(self, start: str, end: str, limit: int, *, after: bool) -> tuple[list[dict[str, Any]], str | None]:
        raise NotImplementedError("server ids are opaque: no id range holds one kind (a clone pulls the feed)")

    def purge(self, revs: dict[str, list[str]]) -> str:
        return self.plain.purge({self.server_id(doc_id): r for doc_id, r in revs.items()})

    def leaf_revs(self, doc_id: str) -> list[str]:
        return self.plain.leaf_revs(self.server_id(doc_id))

    def server_id(self, doc_id: str) -> str:
        """The id on the server (ids that are server ids already, and the parameters document, stay as they are)."""
        if doc_id == PARAMS_ID or doc_id.startswith("_design/") or _OPAQUE.fullmatch(doc_id):
            return doc_id
        sid = self.keys.server_id(doc_id)
        self._real[sid] = doc_id
        return sid

    # -- reading: decrypt, or leave out and name ------------------------------------------------------------------
    def changes(self, since: Any, limit: int, *, docs: bool = True) -> dict[str, Any]:
        body = self.plain.changes(since, limit, docs=docs)
        for row in body["results"]:
            sid = row["id"]
            doc = row.pop("doc", None) if docs else None
            if isinstance(doc, dict) and sid != PARAMS_ID and not sid.startswith("_design/"):
                try:
                    row["doc"] = self._open(doc, sid)
                except Undecryptable as exc:
                    self.unreadable[sid] = str(exc)
                    continue
            elif doc is not None:
                row["doc"] = doc
            row["id"] = self._real.get(sid, sid)
        return body

    def docs_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        # the ids as they are too: a plaintext document planted under a real id is named again each sync
        raw = [i for i in ids if ":" in i and i != PARAMS_ID]
        out = []
        for doc in self.plain.docs_by_id([self.server_id(i) for i in ids] + raw):
            sid = str(doc.get("_id"))
            try:
                out.append(self._open(doc, sid))
            except Undecryptable as exc:
                self.unreadable[sid] = str(exc)
        return out

    def get(self, doc_id: str, *, rev: str | None = None, attachments: bool = False) -> dict[str, Any] | None:
        sid = self.server_id(doc_id)
        doc = self.plain.get(sid, rev=rev, attachments=attachments)
        if doc is None:
            return None
        try:
            return self._open(doc, sid)
        except Undecryptable as exc:
            if attachments:  # a file: named by the pull as unreadable (not "missing")
                return {"_id": doc_id, UNREADABLE: str(exc)}
            raise DomainError(f"its revision {rev}: {exc}" if rev else str(exc)) from None

    def revs_diff(self, revs: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = self.plain.revs_diff({self.server_id(doc_id): r for doc_id, r in revs.items()})
        return {self._real.get(sid, sid): r for sid, r in missing.items()}

    def bulk_docs(self, docs: list[dict[str, Any]]) -> None:
        self.plain.bulk_docs([self._seal(doc) for doc in docs])

    def post_raw(self, path: str, data: bytes) -> None:
        self.plain.post_raw(path, data)

    # -- the two directions ---------------------------------------------------------------------------------------
    def _seal(self, doc: dict[str, Any]) -> dict[str, Any]:
        sid, rev = self.server_id(doc["_id"]), doc["_rev"]
        body = {k: v for k, v in doc.items() if k not in _PLAIN or k == "_id"}
        out: dict[str, Any] = {"_id": sid, "_rev": rev, "e": self.keys.seal(orjson.dumps(body), _ad(sid, rev))}
        if "_revisions" in doc:
            out["_revisions"] = doc["_revisions"]
        if doc.get("_deleted"):
            out["_deleted"] = True  # the protocol needs it (a deletion must win, replicate, close a branch)
        for name, att in (doc.get("_attachments") or {}).items():
            data = base64.b64decode(att["data"])
            out.setdefault("_attachments", {})[name] = {
                "content_type": "application/octet-stream", "data": self.keys.seal(data, _ad(sid, rev, name))}
        return out

    def _open(self, doc: dict[str, Any], sid: str) -> dict[str, Any]:
        rev = doc.get("_rev")
        if not isinstance(rev, str):
            raise Undecryptable("its _rev is not a revision")
        try:
            body = orjson.loads(self.keys.open(doc.get("e"), _ad(sid, rev)))
        except orjson.JSONDecodeError:
            raise Undecryptable("its decrypted content is not JSON") from None
        if not isinstance(body, dict) or not isinstance(body.get("_id"), str) \
                or self.keys.server_id(body["_id"]) != sid or bool(body.get("_deleted")) != bool(doc.get("_deleted")):
            raise Undecryptable("its content names another document, or contradicts its deletion flag")
        self._real[sid] = body["_id"]
        out = {**body, "_rev": rev}
        if "_conflicts" in doc:
            out["_conflicts"] = doc["_conflicts"]  # revisions: checked by doc_problem as for any document
        for name, att in (doc.get("_attachments") or {}).items():
            if isinstance(att, dict) and "data" in att:  # fetched with ?attachments=true
                data = self.keys.open(att["data"], _ad(sid, rev, name))
                out.setdefault("_attachments", {})[name] = {"data": base64.b64encode(data).decode("ascii")}
        return out


def _ad(sid: str, rev: str, attachment: str = "") -> bytes:
    """Associated data: the ciphertext belongs to this server id and revision (and attachment), nowhere else."""
    return f"|{sid}|{rev}|{attachment}".encode()
