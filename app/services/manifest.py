"""The provenance manifest: SHA-256 of every original, every canonical text, the export(s) and the audit log.

It is what a desk files next to a published finding: anyone holding the project folder can recompute
each hash. Hashes are recomputed from the stored bytes, not copied from the records, and a mismatch
(or a broken audit chain) refuses the manifest instead of vouching for a damaged project.
"""

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import __version__
from app.documents.fingerprint import sha256_text
from app.domain.clock import now_iso
from app.domain.digest_verdicts import digest_verdict
from app.domain.errors import SourcemarkError
from app.exchange.tsq import timestamp_request
from app.services.documents import document_text
from app.services.session import ProjectSession
from app.store import audit

FORMAT = "sourcemark-manifest/1"


class ManifestRefused(SourcemarkError):
    """The project failed a check the manifest makes; `problems` says which."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem{'s' * (len(problems) != 1)} found; no manifest written")
        self.problems = problems


@dataclass
class ExportFile:
    name: str  # the file name recorded in the manifest (no folder: the manifest travels with the files)
    data: bytes


@dataclass
class Manifest:
    data: dict[str, Any]
    problems: list[str] = field(default_factory=list)

    def dumps(self) -> bytes:
        return (json.dumps(self.data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build_manifest(session: ProjectSession, exports: list[ExportFile]) -> Manifest:
    """The manifest of the project as it is on disk now; `problems` lists every hash that did not match."""
    project = session.project
    problems: list[str] = []
    originals, texts = [], []
    for doc in sorted(project.documents.values(), key=lambda d: (d.imported_at, d.id)):
        found = session.store.original_sha256(doc.sha256)
        if found is None:
            problems.append(f"document {doc.id}: the stored copy of {doc.original_name!r} is missing")
        elif found != doc.sha256:
            problems.append(f"document {doc.id}: the stored copy of {doc.original_name!r} does not match its sha256")
        entry = {"document_id": doc.id, "title": doc.title, "kind": str(doc.kind),
                 "original_name": doc.original_name, "sha256": doc.sha256}
        if doc.provenance and doc.provenance.digest_check:  # the archive's own digest of the page, as judged on add
            entry["digest_check"] = doc.provenance.digest_check
            entry["digest_verdict"] = digest_verdict(doc.provenance)
        for companion in doc.companion_sha256:  # a captured PDF or image: the WARC it came in is evidence too
            entry["warc_sha256"] = companion
            if session.store.original_sha256(companion) != companion:
                problems.append(f"document {doc.id}: the web archive captured with {doc.original_name!r} is "
                                f"missing or does not match its sha256")
        originals.append(entry)
        text_sha = _text_sha256(session, doc.id, problems)
        if text_sha is not None and text_sha != doc.text_sha256:
            problems.append(f"document {doc.id}: its canonical text does not match text_sha256")
        texts.append({"document_id": doc.id, "text_sha256": doc.text_sha256})
    log = session.store.read_audit_bytes()
    chain = audit.verify_bytes(log)
    if chain.problem:
        problems.append(chain.problem)
    data = {
        "manifest": FORMAT,
        "project": project.name,
        "generator": f"sourcemark {__version__}",
        "created": now_iso(),
        "originals": originals,
        "texts": texts,
        "exports": [{"file": e.name, "sha256": hashlib.sha256(e.data).hexdigest(), "bytes": len(e.data)} for e in exports],
        "audit": {"file": "audit.jsonl", "sha256": hashlib.sha256(log).hexdigest(), "bytes": len(log),
                  "entries": chain.entries, "chained_entries": chain.chained, "head": chain.head},
    }
    return Manifest(data, problems)


def _text_sha256(session: ProjectSession, document_id: str, problems: list[str]) -> str | None:
    try:
        return sha256_text(document_text(session, document_id).text)
    except SourcemarkError as exc:
        problems.append(f"document {document_id}: its canonical text cannot be read: {exc}")
        return None


def write_manifest(session: ProjectSession, output: Path, *, export_files: list[Path] | None = None,
                   tsq: Path | None = None) -> list[Path]:
    """Write the manifest (and, without `export_files`, the native JSON export it vouches for next to it, as
    <name>.export.json), and optionally an RFC 3161 request over the manifest's bytes. Returns the files written."""
    from app.services.documents import read_file
    from app.services.import_export import export
    from app.services.project_files import write_output

    written: list[Path] = []
    if export_files:
        exports = [ExportFile(path.name, read_file(path)) for path in export_files]
    else:
        native = export(session, "json").encode("utf-8")
        path = output.with_name(f"{output.stem}.export.json")
        exports = [ExportFile(path.name, native)]
    manifest = build_manifest(session, exports)
    if manifest.problems:
        raise ManifestRefused(manifest.problems)
    if not export_files:
        write_output(path, exports[0].data)
        written.append(path)
    body = manifest.dumps()
    write_output(output, body)
    written.append(output)
    if tsq is not None:
        write_output(tsq, timestamp_request(body, secrets.randbits(63) | 1 << 62))
        written.append(tsq)
    return written
