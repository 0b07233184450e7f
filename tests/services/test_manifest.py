"""The provenance manifest: recomputed hashes, the export it vouches for, the audit head, the RFC 3161 request."""

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.exchange.tsq import SHA256_OID, timestamp_request
from app.services import entities
from app.services.manifest import ManifestRefused, write_manifest
from app.services.session import ProjectSession
from app.store import audit


def test_the_manifest_hashes_originals_texts_export_and_audit_log(session: ProjectSession, doc_id: str, tmp_path: Path,
                                                                   story_file: Path) -> None:
    session.execute(entities.create_claim(session, "Engineers clear mines near Kursk")[0])
    out = tmp_path / "out" / "manifest.json"
    out.parent.mkdir()
    written = write_manifest(session, out)
    export = out.parent / "manifest.export.json"
    assert written == [export, out]
    data = json.loads(out.read_bytes())
    doc = session.project.documents[doc_id]
    assert data["manifest"] == "sourcemark-manifest/1" and data["project"] == "Kursk"
    assert data["generator"].startswith("sourcemark ") and data["created"].endswith("Z")
    assert data["originals"] == [{"document_id": doc_id, "title": doc.title, "kind": "text",
                                  "original_name": "story.txt", "sha256": hashlib.sha256(story_file.read_bytes()).hexdigest()}]
    assert data["texts"] == [{"document_id": doc_id, "text_sha256": doc.text_sha256}]
    assert data["exports"] == [{"file": "manifest.export.json", "sha256": hashlib.sha256(export.read_bytes()).hexdigest(),
                                "bytes": export.stat().st_size}]
    assert json.loads(export.read_bytes())["claims"][0]["statement"] == "Engineers clear mines near Kursk"
    log = (session.folder / "audit.jsonl").read_bytes()
    entries = session.store.read_audit()
    assert data["audit"] == {"file": "audit.jsonl", "sha256": hashlib.sha256(log).hexdigest(), "bytes": len(log),
                             "entries": len(entries), "chained_entries": len(entries), "head": entries[-1]["hash"]}


def test_given_export_files_are_hashed_instead(session: ProjectSession, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF pretend")
    write_manifest(session, tmp_path / "m.json", export_files=[report])
    data = json.loads((tmp_path / "m.json").read_bytes())
    assert data["exports"] == [{"file": "report.pdf", "sha256": hashlib.sha256(b"%PDF pretend").hexdigest(), "bytes": 12}]
    assert not (tmp_path / "m.export.json").exists()


def test_a_changed_original_refuses_the_manifest(session: ProjectSession, tmp_path: Path) -> None:
    stored = next((session.folder / "originals").iterdir())
    stored.write_bytes(stored.read_bytes() + b"tampered")
    with pytest.raises(ManifestRefused) as caught:
        write_manifest(session, tmp_path / "m.json")
    assert any("does not match its sha256" in p for p in caught.value.problems)
    assert not (tmp_path / "m.json").exists()


def test_a_broken_audit_chain_refuses_the_manifest(session: ProjectSession, tmp_path: Path) -> None:
    path = session.folder / "audit.jsonl"
    path.write_bytes(path.read_bytes().replace(b'"do"', b'"redo"', 1))
    with pytest.raises(ManifestRefused) as caught:
        write_manifest(session, tmp_path / "m.json")
    assert caught.value.problems == ["audit log: entry 1 does not match its hash"]


def test_the_timestamp_request_covers_the_manifest_bytes(session: ProjectSession, tmp_path: Path) -> None:
    write_manifest(session, tmp_path / "m.json", tsq=tmp_path / "m.tsq")
    der = (tmp_path / "m.tsq").read_bytes()
    assert hashlib.sha256((tmp_path / "m.json").read_bytes()).digest() in der
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    text = subprocess.run(["openssl", "ts", "-query", "-in", str(tmp_path / "m.tsq"), "-text"], capture_output=True,
                          text=True, check=True).stdout
    digest = hashlib.sha256((tmp_path / "m.json").read_bytes()).hexdigest()
    dumped = "".join(line.split(" - ", 1)[1][:47].replace(" ", "").replace("-", "") for line in text.splitlines()
                     if " - " in line)
    assert "Version: 1" in text and "Hash Algorithm: sha256" in text and "Certificate required: yes" in text
    assert "Nonce: 0x" in text and dumped == digest


def test_the_der_encoding_byte_for_byte() -> None:
    der = timestamp_request(b"hello", 0x80)
    digest = hashlib.sha256(b"hello").digest()
    assert SHA256_OID == "2.16.840.1.101.3.4.2.1"
    algorithm = bytes.fromhex("300d0609608648016503040201" "0500")
    imprint = b"\x30\x31" + algorithm + b"\x04\x20" + digest
    assert der == b"\x30" + bytes([3 + len(imprint) + 4 + 3]) + b"\x02\x01\x01" + imprint + b"\x02\x02\x00\x80" + b"\x01\x01\xff"


def test_the_audit_head_in_the_manifest_catches_a_removed_last_entry(session: ProjectSession, tmp_path: Path) -> None:
    session.execute(entities.create_claim(session, "A")[0])
    write_manifest(session, tmp_path / "m.json")
    head = json.loads((tmp_path / "m.json").read_bytes())["audit"]["head"]
    path = session.folder / "audit.jsonl"
    path.write_bytes(b"".join(path.read_bytes().splitlines(keepends=True)[:-1]))
    report = audit.verify(path)
    assert report.problem is None and report.head != head  # the chain alone cannot see it; the recorded head does


def test_the_manifest_states_an_archived_pages_digest_verdict(session: ProjectSession, tmp_path: Path) -> None:
    from app.services.documents import add_documents
    from tests.fixtures import warc_records

    warc = tmp_path / "jswacz.warc"
    warc.write_bytes(warc_records.js_wacz())
    batch = add_documents(session, warc)
    session.execute(batch.command)
    write_manifest(session, tmp_path / "m.json")
    entry = next(e for e in json.loads((tmp_path / "m.json").read_bytes())["originals"] if e["original_name"] == "jswacz.warc")
    assert entry["digest_check"] == "verified-other-convention"
    assert entry["digest_verdict"].startswith("matches the page's content under another convention (the payload digest "
                                              "is over the de-chunked body")
