"""Replicated documents: deterministic revisions, ids, tombstones that keep their record, blobs per SHA-256."""

import base64

from app.domain.claims import Claim
from app.domain.links import Kind
from app.exchange.couch_replication import (
    blob_data,
    blob_doc,
    blob_id,
    child_rev,
    object_doc,
    parse_id,
    record_of,
    tombstone_doc,
)


def test_the_same_edit_on_the_same_parent_is_the_same_revision() -> None:
    claim = Claim("c1", "The bridge reopens in May")
    first = object_doc(Kind.CLAIM, claim, None, "ana")
    assert first["_rev"].startswith("1-") and first["_revisions"] == {"start": 1, "ids": [first["_rev"][2:]]}
    again = object_doc(Kind.CLAIM, claim, None, "boris")  # who pushed is not content
    assert again["_rev"] == first["_rev"]
    edited = object_doc(Kind.CLAIM, Claim("c1", "The bridge reopens in June"), first["_rev"], "ana")
    assert edited["_rev"].startswith("2-") and edited["_revisions"]["ids"][1] == first["_rev"][2:]
    assert edited["_rev"] != object_doc(Kind.CLAIM, Claim("c1", "The bridge reopens in July"), first["_rev"], "ana")["_rev"]
    assert child_rev("3-abc", "h") != child_rev("3-abc", "h", deleted=True)


def test_records_round_trip_and_ids_name_their_kind() -> None:
    claim = Claim("c1", "The bridge reopens in May")
    doc = object_doc(Kind.CLAIM, claim, None, "ana")
    assert parse_id(doc["_id"]) == (Kind.CLAIM, "c1")
    record = record_of(doc)
    assert record["id"] == "c1" and record["statement"] == claim.statement
    assert not any(k.startswith("_") for k in record) and "synced_by" not in record and "type" not in record
    for other in ("blob:original:ab", "_design/x", "claim:", "thing:1", "claim"):
        assert parse_id(other) is None


def test_a_tombstone_keeps_the_hash_and_history_of_the_record_it_had_not_its_content() -> None:
    from app.domain.revisions import record_hash

    record = {"id": "c1", "statement": "x", "rev": 2, "history": ["0123456789abcdef"]}
    tomb = tombstone_doc("claim:c1", "2-abc", record, "ana")
    assert tomb["_deleted"] is True and tomb["_rev"].startswith("3-") and "statement" not in tomb
    assert tomb["content_hash"] == record_hash(record) and tomb["history"] == record["history"] and tomb["rev"] == 2
    assert record_hash({k: tomb[k] for k in ("id", "rev", "history", "content_hash")}) == record_hash(record)
    assert tomb["_revisions"]["ids"][1] == "abc"


def test_files_and_text_layers_have_their_own_ids_even_with_one_sha256() -> None:
    sha = "a" * 64
    assert blob_id("original", sha) != blob_id("text", sha)
    doc = blob_doc(sha, "original", b"bytes", ".txt")
    assert doc["_id"] == f"blob:original:{sha}" and doc["suffix"] == ".txt"
    assert base64.b64decode(doc["_attachments"]["data"]["data"]) == b"bytes" and blob_data(doc) == b"bytes"
    assert blob_doc(sha, "original", b"bytes")["_rev"] == doc["_rev"]  # uploaded once: the same revision
