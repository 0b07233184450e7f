"""check(), path safety, originals and the text cache."""

import json
from array import array
from pathlib import Path

import pytest

from app.domain.errors import StoreError
from app.domain.geometry import DocumentText, PageLayout
from app.domain.links import Kind
from app.store.project_store import ProjectStore
from app.store.schema import annotations_file

from .conftest import ORIGINAL, SHA, annotation, document, populate, put


def test_check_is_clean_then_finds_tampering_and_dangling_links(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    store.put_original(ORIGINAL, SHA, ".pdf")
    assert store.check() == []
    (folder / "originals" / f"{SHA}.pdf").write_bytes(b"edited")
    doc_file = folder / annotations_file(next(iter(project.documents)))
    data = json.loads(doc_file.read_text())
    key = next(k for k, r in data["links"].items() if r["object_kind"] == "claim")
    data["links"][key]["object_id"] = "no-such-claim"
    doc_file.write_text(json.dumps(data))
    problems = store.check()
    assert any("does not match its sha256" in p for p in problems)
    assert any("missing claim no-such-claim" in p for p in problems)


def test_check_reports_bad_records_and_schema(store: ProjectStore, folder: Path) -> None:
    populate(store)
    store.put_original(ORIGINAL, SHA, ".pdf")
    data = json.loads((folder / "project.json").read_text())
    data["claims"]["1"]["verdict"] = "probably"
    data["meta"]["1"]["schema_version"] = 0
    (folder / "project.json").write_text(json.dumps(data))
    problems = store.check()
    assert any("verdict" in p for p in problems) and any("schema version" in p for p in problems)
    assert any("missing claim" in p for p in problems)  # links to the unreadable claim dangle too


def test_unsafe_document_id_is_refused(store: ProjectStore, folder: Path) -> None:
    project = store.load()
    for bad in ("../x", "a/b", ".hidden", "con", ""):
        doc = document(bad) if bad else None
        if doc is None:
            continue
        changes = put(project, doc)
        with pytest.raises(StoreError, match="cannot be used as a file name"):
            store.commit(project, changes)
        project = store.load()
    assert not (folder.parent / "x.json").exists()
    ok = document("doc-1")
    store.commit(project, put(project, ok, annotation("doc-1")))
    assert (folder / "annotations" / "doc-1.json").is_file()


def test_originals_are_content_addressed_and_sanitised(store: ProjectStore, folder: Path) -> None:
    path = store.put_original(ORIGINAL, SHA, "../../evil.PDF")
    assert path == folder / "originals" / f"{SHA}.pdf"
    assert store.put_original(ORIGINAL, SHA, ".txt") == path  # idempotent, never a second copy
    assert store.original_path(SHA) == path
    assert store.put_original(b"x", __import__("hashlib").sha256(b"x").hexdigest(), "/../").suffix == ""
    with pytest.raises(StoreError):
        store.put_original(b"other bytes", SHA, ".pdf")
    with pytest.raises(StoreError):
        store.original_path("../" + SHA[3:])
    assert store.original_path("0" * 64) is None


def _text() -> DocumentText:
    text = "Курск\nline two"
    boxes = array("f", [float(i) for i in range(4 * 5)] + [-1.0] * 4)
    return DocumentText(text, (PageLayout(0, 0, 6, 595.0, 842.0, 90, boxes), PageLayout(1, 6, len(text), 595.0, 842.0)))


def test_text_cache_round_trip_and_corruption(store: ProjectStore, folder: Path) -> None:
    text = _text()
    key = __import__("hashlib").sha256(text.text.encode()).hexdigest()
    store.put_text(key, text)
    assert store.get_text(key) == text
    path = folder / "texts" / f"{key}.smtext"
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 0xFF
    path.write_bytes(bytes(raw))
    assert store.get_text(key) is None
    assert store.get_text("1" * 64) is None
    with pytest.raises(StoreError):
        store.put_text("2" * 64, text)  # not the text's hash


def test_read_only_refuses_every_write(store: ProjectStore, folder: Path) -> None:
    with ProjectStore.open(folder, read_only=True) as reader:
        for call in (lambda: reader.put_original(ORIGINAL, SHA, ".pdf"), lambda: reader.put_text("a" * 64, _text())):
            with pytest.raises(StoreError, match="read-only"):
                call()
    assert Kind.DOCUMENT  # keeps the import used when the list above changes
