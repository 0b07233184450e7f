"""The files a pull brings: originals, OCR layers and captured WARCs of incoming document versions, fetched once
per SHA-256 from the server's blob documents and checked as a merge checks a colleague's folder (docs/reference/trust.md).
A version whose file is missing, or whose bytes do not match its hash, is left out and named with the reason."""

import hashlib
from collections.abc import Callable
from typing import Any

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.exchange.couch import couch_id
from app.exchange.couch_replication import blob_data, blob_id
from app.exchange.project_merge import ProjectMergePlan
from app.net.couch import CouchClient, SyncError
from app.net.couch_encrypted import UNREADABLE
from app.services import commands as c
from app.services.merge import incoming
from app.services.session import ProjectSession
from app.services.sync.decide import PullDecision
from app.services.sync.progress import FETCHING, Ticker


def incoming_files(session: ProjectSession, client: CouchClient, plan: ProjectMergePlan, decision: PullDecision,
                   bad: dict[str, str], ticker: Ticker) -> list[c.StoredFile]:
    """Originals, OCR layers and captured WARCs of incoming documents this project lacks, each fetched once and
    checked against its SHA-256; their texts are made again here and the incoming annotations anchored in
    them, exactly as a merge checks a colleague's folder (docs/reference/trust.md): a server holds other people's data.
    A document version whose file is missing or does not match its hash is left out and named in `bad`."""
    blobs: dict[str, dict[str, Any] | None] = {}
    problems: dict[str, str] = {}
    total = len(_missing_files(session, plan))

    def blob(sha256: str) -> dict[str, Any] | None:
        if sha256 not in blobs:
            found = client.get(blob_id("original", sha256), attachments=True)
            blobs[sha256] = found if isinstance(found, dict) else None
            ticker.tick(FETCHING, len(blobs), max(total, len(blobs)))
        return blobs[sha256]

    def read(sha256: str) -> bytes | None:
        found = blob(sha256)
        try:
            data = blob_data(found) if found else None
        except ValueError:  # not base64
            data = None
        if found and isinstance(found.get(UNREADABLE), str):
            problems[sha256] = found[UNREADABLE]  # an encrypted database's file that does not decrypt
        elif data is None:
            problems[sha256] = "is missing on the server"
        elif hashlib.sha256(data).hexdigest() != sha256:
            problems[sha256] = "does not match its SHA-256 (hash mismatch)"
            data = None
        return data

    def suffix(sha256: str) -> str:
        found = blob(sha256)
        return str(found.get("suffix") or "")[:16] if found else ""

    _leave_out_unreadable(session, plan, decision, bad, read, problems)
    source = incoming.FileSource(client.remote.url, read, suffix)
    try:
        files = incoming.files_for(session, source, plan)
    except DomainError as exc:
        raise SyncError(f"{exc} (the analyst who added it should sync again)") from None
    incoming.verify_annotations(session, plan, files)
    return files


def _leave_out_unreadable(session: ProjectSession, plan: ProjectMergePlan, decision: PullDecision, bad: dict[str, str],
                          read: Callable[[str], bytes | None], problems: dict[str, str]) -> None:
    """Incoming document versions whose original or OCR layer the server cannot give intact: out of the plan,
    not agreed (the next sync asks again), named with the reason; what hangs on them is left out with them."""
    from app.domain.records import from_trusted

    out: dict[str, str] = {}
    versions = [(ch.oid, ch.after) for ch in plan.changes if ch.kind is Kind.DOCUMENT and ch.after is not None]
    versions += [(cf.oid, from_trusted(Kind.DOCUMENT, cf.theirs)) for cf in plan.conflicts
                 if cf.kind is Kind.DOCUMENT and cf.theirs]
    for oid, doc in versions:
        for what, sha in (("original", doc.sha256), ("OCR layer", doc.ocr_layer)):
            if sha and session.store.original_path(sha) is None and read(sha) is None:
                out[oid] = f"its {what} {sha[:12]}… {problems[sha]}"
                break
    if not out:
        return
    plan.changes = [ch for ch in plan.changes if not (ch.kind is Kind.DOCUMENT and ch.oid in out)]
    plan.conflicts = [cf for cf in plan.conflicts if not (cf.kind is Kind.DOCUMENT and cf.oid in out)]
    for oid, why in out.items():
        doc_id = couch_id(Kind.DOCUMENT, oid)
        decision.base.pop(doc_id, None)
        decision.losers.pop(doc_id, None)
        bad[doc_id] = why


def _missing_files(session: ProjectSession, plan: ProjectMergePlan) -> set[str]:
    """The files `incoming.files_for` will fetch: what the incoming documents are made from and this project lacks."""
    from app.domain.records import from_trusted

    docs = [ch.after for ch in plan.changes if ch.kind is Kind.DOCUMENT and ch.after is not None]
    docs += [from_trusted(Kind.DOCUMENT, cf.theirs) for cf in plan.conflicts if cf.kind is Kind.DOCUMENT and cf.theirs]
    shas = {sha for doc in docs for sha in (doc.sha256, doc.ocr_layer, *doc.companion_sha256) if sha}
    return {sha for sha in shas if session.store.original_path(sha) is None}
