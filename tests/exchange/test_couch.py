"""The CouchDB mapping of docs/user/sync.md: one document per object, ids by kind, no invented _rev."""

import base64
import json
from dataclasses import replace

from app.domain.links import Kind
from app.domain.records import from_record
from app.domain.revisions import next_revision
from app.exchange.couch import bulk_docs, couch_documents

from .story import build_project


def test_every_object_becomes_one_couch_document_that_maps_back() -> None:
    project = build_project()
    docs = couch_documents(project)
    assert len(docs) == sum(project.count(k) for k in Kind)
    assert len({d["_id"] for d in docs}) == len(docs)
    for doc in docs:
        kind = Kind(doc["type"])
        assert doc["_id"] == f"{kind.value}:{doc['id']}"
        assert "_rev" not in doc  # CouchDB assigns its own revision; ours travels as rev/history
        assert doc["rev"] == 1 and doc["history"] == []
        record = {k: v for k, v in doc.items() if not k.startswith("_") and k != "type"}
        assert from_record(kind, record) == project.objects[kind][doc["id"]]
    kinds = [d["type"] for d in docs]
    assert kinds.index("link") > kinds.index("annotation") > kinds.index("document")  # references first
    json.dumps(bulk_docs(project))  # plain JSON, ready for POST /db/_bulk_docs


def test_revisions_and_attachments() -> None:
    project = build_project()
    claim = next(iter(project.claims.values()))
    project.put(next_revision(claim, replace(claim, rationale="checked against the ministry's site")))
    doc = next(iter(project.documents.values()))
    docs = {d["_id"]: d for d in couch_documents(project, originals={doc.sha256: (b"%PDF-1.7 body", ".pdf")})}
    assert docs[f"claim:{claim.id}"]["rev"] == 2 and len(docs[f"claim:{claim.id}"]["history"]) == 1
    attachment = docs[f"document:{doc.id}"]["_attachments"]["original"]
    assert base64.b64decode(attachment["data"]) == b"%PDF-1.7 body" and attachment["content_type"] == "application/pdf"
