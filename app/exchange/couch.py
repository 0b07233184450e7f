"""A project as CouchDB documents (docs/user/sync.md): one JSON document per object, ready for `_bulk_docs`.

`_id` is "<kind>:<id>" so one database holds a whole project and `_all_docs?startkey="claim:"` lists a
kind. CouchDB's own `_rev` is left out: the server assigns it ("N-<hash>") and a client echoes it on
update. Our revision counter travels as the ordinary fields `rev` and `history` (see docs/reference/merge.md).
Originals go as inline base64 attachments on their document when `originals` supplies the bytes.
"""

import base64
from collections.abc import Mapping
from typing import Any

from app.domain.links import DEPENDENCY_ORDER, Kind
from app.domain.project import Project
from app.domain.records import to_record

CONTENT_TYPES = {".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html", ".txt": "text/plain",
                 ".md": "text/markdown", ".epub": "application/epub+zip"}


def couch_id(kind: Kind, oid: str) -> str:
    return f"{kind.value}:{oid}"


def to_couch(kind: Kind, obj: Any) -> dict[str, Any]:
    record = to_record(obj)
    oid = record.pop("id")
    record.setdefault("history", [])
    return {"_id": couch_id(kind, oid), "type": kind.value, "id": oid, **record}


def couch_documents(project: Project, *, originals: Mapping[str, tuple[bytes, str]] | None = None) -> list[dict[str, Any]]:
    """Every object of the project, documents first. `originals`: sha256 -> (bytes, file suffix)."""
    out = []
    for kind in DEPENDENCY_ORDER:
        for oid in sorted(project.objects[kind]):
            doc = to_couch(kind, project.objects[kind][oid])
            if kind is Kind.DOCUMENT and originals and doc["sha256"] in originals:
                data, suffix = originals[doc["sha256"]]
                doc["_attachments"] = {"original": {
                    "content_type": CONTENT_TYPES.get(suffix.lower(), "application/octet-stream"),
                    "data": base64.b64encode(data).decode("ascii"),
                }}
            out.append(doc)
    return out


def bulk_docs(project: Project, **kwargs: Any) -> dict[str, Any]:
    """The body of `POST /{db}/_bulk_docs` that creates the project in an empty database."""
    return {"docs": couch_documents(project, **kwargs)}
