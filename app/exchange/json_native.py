"""Sourcemark's own exchange file: every record as `records.to_record` writes it, loss-free.

Export is deterministic (objects sorted by id, annotations by document then position, keys in field
order) so export -> import -> export gives the same bytes.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from app import __version__
from app.domain.actors import Actor
from app.domain.annotations import Annotation
from app.domain.capture_times import doubtful_published
from app.domain.claims import Claim
from app.domain.documents import Document
from app.domain.errors import DomainError, ImportFormatError
from app.domain.links import Kind, Link
from app.domain.project import Project
from app.domain.records import from_record, to_record
from app.domain.sources import Source
from app.exchange.jsonload import load
from app.exchange.selection import select

SCHEMA = "sourcemark/1"
GENERATOR = f"Sourcemark {__version__}"

# Section name in the file -> kind of its records, in the order they are written.
SECTIONS: dict[str, Kind] = {
    "documents": Kind.DOCUMENT,
    "annotations": Kind.ANNOTATION,
    "claims": Kind.CLAIM,
    "actors": Kind.ACTOR,
    "sources": Kind.SOURCE,
    "links": Kind.LINK,
}
# Whole-number fields checked here so the message names the field the way the file does.
_WHOLE_NUMBERS: dict[Kind, tuple[str, ...]] = {Kind.ANNOTATION: ("start", "end"), Kind.SOURCE: ("credibility",)}


@dataclass
class ImportSet:
    """Domain objects read from a file, not yet checked against any project.

    Annotation offsets are only known to be whole numbers with start < end: whether they fit the
    document's text is for the caller, who holds the text, to check (see `merge.plan_merge`'s
    `text_lengths`). Link ends may name objects outside the file; `plan_merge` resolves them.
    """

    documents: list[Document] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)


def export_native(
    project: Project,
    *,
    document_ids: set[str] | None = None,
    audit: list[dict[str, Any]] | tuple[dict[str, Any], ...] = (),
    exported_at: str = "",
) -> dict[str, Any]:
    chosen = select(project, document_ids)
    return {
        "schema": SCHEMA,
        "generator": GENERATOR,
        "exported_at": exported_at,
        "documents": [document_record(o) for o in chosen.documents],
        "annotations": [to_record(o) for o in chosen.annotations],
        "claims": [to_record(o) for o in chosen.claims],
        "actors": [to_record(o) for o in chosen.actors],
        "sources": [to_record(o) for o in chosen.sources],
        "links": [to_record(o) for o in chosen.links],
        "audit": [dict(entry) for entry in audit],
    }


def document_record(doc: Document) -> dict[str, Any]:
    """The stored record, plus `published_doubtful` (why) when the publication date is after the capture:
    computed, not stored, so a corrected date clears it; an import ignores it."""
    record = to_record(doc)
    doubt = doubtful_published(doc)
    if doubt:
        record["published_doubtful"] = doubt
    return record


# JSON that may be pasted into an HTML <script> block: no "</script>", "<!--" or "&" entity can end or
# bend the block, and U+2028/U+2029 (line ends to old JavaScript parsers) are escaped too. These
# characters only ever occur inside JSON strings, where the \u escape means the same character.
_WEB_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(data: dict[str, Any] | list[Any]) -> str:
    """JSON text for any export of this package: UTF-8 characters kept, indented, newline-terminated,
    and safe to embed in a web page (`<`, `>`, `&`, U+2028, U+2029 written as \\u escapes)."""
    return json.dumps(data, ensure_ascii=False, indent=2).translate(_WEB_SAFE) + "\n"


def parse_native(data: bytes) -> ImportSet:
    """Read a native file, all or nothing; any problem raises ImportFormatError with one line."""
    top = load(data)
    if not isinstance(top, dict):
        raise ImportFormatError("not a Sourcemark file: the top level must be an object")
    if top.get("schema") != SCHEMA:
        raise ImportFormatError(f"schema: expected {SCHEMA!r}, found {str(top.get('schema'))[:40]!r}")
    out = ImportSet()
    for section, kind in SECTIONS.items():
        getattr(out, section).extend(_section(top, section, kind))
    audit = top.get("audit", [])
    if not isinstance(audit, list) or not all(isinstance(entry, dict) for entry in audit):
        raise ImportFormatError("audit: must be a list of objects")
    out.audit = audit
    known_documents = {d.id for d in out.documents}
    for i, ann in enumerate(out.annotations):
        if ann.document_id not in known_documents:
            raise ImportFormatError(f"annotations[{i}].document_id: names no document in this file")
    return out


def _section(top: dict[str, Any], section: str, kind: Kind) -> list[Any]:
    records = top.get(section, [])
    if not isinstance(records, list):
        raise ImportFormatError(f"{section}: must be a list")
    objects = []
    seen: set[str] = set()
    for i, record in enumerate(records):
        where = f"{section}[{i}]"
        if isinstance(record, dict):
            for name in _WHOLE_NUMBERS.get(kind, ()):
                value = record.get(name)
                if name in record and (isinstance(value, bool) or not isinstance(value, int)):
                    raise ImportFormatError(f"{where}.{name}: must be a whole number")
        try:
            obj = from_record(kind, record)
        except DomainError as exc:
            raise ImportFormatError(f"{where}: {exc}") from None
        if obj.id in seen:
            raise ImportFormatError(f"{where}.id: {obj.id!r} appears twice")
        seen.add(obj.id)
        objects.append(obj)
    return objects
