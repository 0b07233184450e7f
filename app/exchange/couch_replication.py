"""Project objects as replicated CouchDB documents (docs/user/sync.md): pure, no I/O.

A sync client writes with `new_edits: false`, so it names each revision itself, as CouchDB does: the
generation is the parent's + 1 and the hash is an MD5 of the parent revision and the content, so two
analysts who make the same edit on the same parent write the same revision and never conflict over it.
Files (originals, canonical-text layers) travel once per SHA-256 as the attachment `data` of a
`blob:original:<sha256>` or `blob:text:<sha256>` document whose only revision derives from its id
(a plain-text file and its canonical text can share one SHA-256, hence the two names).
"""

import base64
import hashlib
import hmac
import re
from typing import Any

from app.domain.links import Kind
from app.domain.revisions import hash_only, record_hash
from app.exchange.couch import to_couch

BLOB = "blob:"
PUSHED_BY = "synced_by"  # who pushed this revision: the audit entry of a pull names the other analysts
_META = ("_id", "_rev", "_deleted", "_revisions", "_conflicts", "_attachments", "type", PUSHED_BY)
_KINDS = {kind.value: kind for kind in Kind}
_REV = re.compile(r"[1-9][0-9]{0,9}-[0-9a-zA-Z]{1,64}")


def parse_id(doc_id: str) -> tuple[Kind, str] | None:
    """(kind, object id) of an object document; None for blobs, design and foreign documents."""
    prefix, sep, oid = doc_id.partition(":")
    kind = _KINDS.get(prefix)
    return (kind, oid) if sep and kind is not None and oid else None


def doc_problem(doc: Any, doc_id: str = "") -> str:
    """Why a replicated object document cannot be read ("" if its CouchDB fields have the types the protocol
    gives them; the record inside is validated by the domain, as a merge validates it)."""
    if not isinstance(doc, dict):
        return "not a JSON object"
    if doc_id and doc.get("_id") != doc_id:
        return "its _id is not the id it was listed under"
    if not isinstance(doc.get("_rev"), str) or not _REV.fullmatch(doc["_rev"]):
        return "its _rev is not a revision"
    conflicts = doc.get("_conflicts", [])
    if not isinstance(conflicts, list) or not all(isinstance(r, str) and _REV.fullmatch(r) for r in conflicts):
        return "its _conflicts is not a list of revisions"
    if not isinstance(doc.get("_deleted", False), bool):
        return "its _deleted is not true or false"
    if PUSHED_BY in doc and not isinstance(doc[PUSHED_BY], str):
        return f"its {PUSHED_BY} is not a name"
    if "id" in doc and (not isinstance(doc["id"], str) or doc_id.partition(":")[2] not in ("", doc["id"])):
        return "its id does not match its _id"
    if "type" in doc and doc_id and doc["type"] != doc_id.partition(":")[0]:
        return f"its type is not {doc_id.partition(':')[0]}, as its _id says"
    return ""


def record_of(doc: dict[str, Any]) -> dict[str, Any]:
    """The object's native record inside a document (CouchDB and sync fields stripped)."""
    return {k: v for k, v in doc.items() if k not in _META}


def generation(rev: str) -> int:
    return int(rev.split("-", 1)[0])


def child_rev(parent: str | None, content: str, deleted: bool = False, secret: bytes | None = None) -> str:
    """The revision that follows `parent` with this content (deterministic, like CouchDB's own). With `secret`
    (an encrypted database) the content's hash is keyed: the revision then says nothing about the plaintext."""
    gen = generation(parent) + 1 if parent else 1
    if secret is not None:
        content = hmac.new(secret, content.encode(), hashlib.sha256).hexdigest()
    digest = hashlib.md5(f"{parent or ''}|{content}|{int(deleted)}".encode(), usedforsecurity=False).hexdigest()
    return f"{gen}-{digest}"


def _body(record: dict[str, Any]) -> str:
    """What a revision id stands for: the content with its rev and history. One content reached by two histories
    is two bodies; under one id (content only) a server that held one of them never took the other, and a
    replica kept the other for good (CouchDB's rule: one revision id, one body)."""
    history = ",".join(str(h) for h in record.get("history") or ())
    return f"{record_hash(record)}|{record.get('rev', 1)}|{history}"


def _revisions(rev: str, parent: str | None) -> dict[str, Any]:
    ids = [rev.split("-", 1)[1]]
    if parent:
        ids.append(parent.split("-", 1)[1])
    return {"start": generation(rev), "ids": ids}


def object_doc(kind: Kind, obj: Any, parent: str | None, analyst: str, secret: bytes | None = None) -> dict[str, Any]:
    """The next revision of an object's document (the first when `parent` is None)."""
    doc = to_couch(kind, obj)
    rev = child_rev(parent, _body(record_of(doc)), secret=secret)
    return {**doc, "_rev": rev, "_revisions": _revisions(rev, parent), PUSHED_BY: analyst}


def tombstone_doc(doc_id: str, parent: str, record: dict[str, Any] | None, analyst: str,
                  secret: bytes | None = None) -> dict[str, Any]:
    """A deletion. The tombstone keeps what the other side's merge rule needs to tell 'deleted, unchanged since'
    from 'edited after' (the content hash and history of the record it had), never the content itself: a
    deleted statement or quote is not left readable on the server (`?open_revs=all`)."""
    body = hash_only(record) if record else {}
    rev = child_rev(parent, _body(body) if body else "", deleted=True, secret=secret)
    kind = doc_id.partition(":")[0]
    return {**body, "_id": doc_id, "_rev": rev, "_revisions": _revisions(rev, parent), "_deleted": True,
            "type": kind, PUSHED_BY: analyst}


def blob_id(what: str, sha256: str) -> str:
    """`what`: 'original' (the file) or 'text' (its canonical-text layer, the .smtext cache)."""
    return f"{BLOB}{what}:{sha256}"


def blob_rev(what: str, sha256: str, secret: bytes | None = None) -> str:
    return child_rev(None, blob_id(what, sha256), secret=secret)


def blob_doc(sha256: str, what: str, data: bytes, suffix: str = "", secret: bytes | None = None) -> dict[str, Any]:
    """A file as a document of its own, uploaded once per SHA-256."""
    rev = blob_rev(what, sha256, secret)
    return {"_id": blob_id(what, sha256), "_rev": rev, "_revisions": _revisions(rev, None), "type": "blob", "what": what,
            "suffix": suffix, "_attachments": {"data": {
                "content_type": "application/octet-stream", "data": base64.b64encode(data).decode("ascii")}}}


def blob_data(doc: dict[str, Any]) -> bytes | None:
    """The bytes of a blob document fetched with `?attachments=true` (None if it carries none)."""
    att = (doc.get("_attachments") or {}).get("data") or {}
    data = att.get("data")
    return base64.b64decode(data) if isinstance(data, str) else None
