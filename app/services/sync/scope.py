"""A sync reads only what changed (issue 31). `sourcemark sync` opens project.json alone (a scoped session);
the sync then reads the annotations files of just the documents involved:

- in: the documents the feed's annotations name, and the files holding (or pointing at) the annotations and
  links the feed names (`ProjectStore.unread_holding`: a byte search, no parsing);
- out: the documents whose annotations files changed since the last sync looked (size and mtime_ns, kept in
  the sync state: app.store.file_signatures), and those holding an object of our deletions store
  (app.store.deletions) that the server still has alive.

Everything is read instead when the answer is not sure: no files remembered yet (a first sync), a restore
from a backup since (objects may have left without a deletion), a deletion from the feed of a document, claim,
actor or source (what hangs on it may be anywhere), or more ids to find than a byte search pays for.
A session that holds everything (the GUI's) reads nothing more. Why it is safe: a document whose files did
not change since the last sync looked, just before it scanned what to push, holds nothing that was not pushed.
"""

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from app.domain.links import Kind
from app.services.session import ProjectSession
from app.store import file_signatures
from app.store.sync_state import SyncState

MAX_SEARCHED = 64  # ids looked up by a byte search of the unread files; past this, everything is read
_WHOLE = {Kind.DOCUMENT.value, Kind.CLAIM.value, Kind.ACTOR.value, Kind.SOURCE.value}


@dataclass(frozen=True)
class Look:
    """The folder as a sync saw it just before it scanned what to push."""

    files: dict[str, list[int]]
    audit: tuple[int, str]


def look(session: ProjectSession) -> Look:
    return Look(file_signatures.documents(session.folder), file_signatures.audit_mark(session.folder))


def remember(state: SyncState, seen: Look) -> None:
    """Into the state (saved with the checkpoint): what the next sync compares the folder with."""
    for doc, sig in seen.files.items():
        if state.files.get(doc) != sig:
            state.files[doc] = state.changed_files[doc] = sig
    state.audit_size, state.audit_tail = seen.audit


def read_involved(session: ProjectSession, state: SyncState, docs: dict[str, dict[str, Any]]) -> list[str] | None:
    """Read what this sync needs of a scoped session (nothing for a complete one). Returns the ids of agreed objects
    our deletions store lists (the push's deletion candidates), or None when the push must look at every one."""
    if session.complete:
        return None
    folder = session.folder
    unread = session.store.unread_documents()
    seen = file_signatures.documents(folder)
    if not state.files or file_signatures.restored_since(folder, state.audit_size, state.audit_tail):
        session.load_all()
        return None
    wanted, find, everything = _pulled(docs)
    wanted |= {doc for doc, sig in seen.items() if state.files.get(doc) != sig}
    candidates = _candidates(session, state)
    find |= {oid for doc_id in candidates for kind, _, oid in [doc_id.partition(":")] if kind not in _WHOLE}
    if everything or len(find) > MAX_SEARCHED:
        session.load_all()
        return candidates
    wanted &= unread
    present = {oid for oid in find if _here(session, oid)}
    wanted |= session.store.unread_holding(find - present) if find - present else set()
    session.load_documents(wanted & unread)
    return candidates


def _pulled(docs: dict[str, dict[str, Any]]) -> tuple[set[str], set[str], bool]:
    """From the feed: the documents to read, the ids to find in unread files, and whether to read everything."""
    wanted: set[str] = set()
    find: set[str] = set()
    for doc_id, doc in docs.items():
        kind, _, oid = doc_id.partition(":")
        deleted = bool(doc.get("_deleted"))
        if kind in _WHOLE:
            if deleted:
                return wanted, find, True  # what hung on it may be in any document's file
            if kind == Kind.DOCUMENT.value:
                wanted.add(oid)
        elif kind == Kind.ANNOTATION.value:
            find.add(oid)  # where it is here (a server's body may name another document)
            if isinstance(doc.get("document_id"), str) and not deleted:
                wanted.add(doc["document_id"])
        elif kind == Kind.LINK.value:
            find.add(oid)
            for end_kind, end_id in ((doc.get("subject_kind"), doc.get("subject_id")),
                                     (doc.get("object_kind"), doc.get("object_id"))):
                if end_kind == Kind.ANNOTATION.value and isinstance(end_id, str):
                    find.add(end_id)
    return wanted, find, False


def _candidates(session: ProjectSession, state: SyncState) -> list[str]:
    """Agreed objects (alive on both sides at the last agreement) that this project's deletions store lists."""
    out = []
    for kind, oid in session.store.deleted():
        doc_id = f"{kind}:{oid}"
        known = state.docs.get(doc_id)
        if known is not None and known[1] is not None:
            out.append(doc_id)
    return out


def _here(session: ProjectSession, oid: str) -> bool:
    project = session.project
    return oid in project.annotations or oid in project.objects[Kind.LINK]


def pushable(candidates: Collection[str] | None, state: SyncState) -> Collection[str] | None:
    """The deletion candidates still agreed alive after the pull (it may have agreed some as deleted)."""
    if candidates is None:
        return None
    return [doc_id for doc_id in candidates if (state.docs.get(doc_id) or [None, None])[1] is not None]
