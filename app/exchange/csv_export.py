"""Flat CSV tables for spreadsheets: one row per annotation, claim, actor or source.

Output is RFC 4180 (every field quoted, CRLF line ends) and starts with a UTF-8 byte order mark:
Excel needs it to read UTF-8 (Cyrillic names otherwise turn to mojibake), LibreOffice ignores it,
and pandas' and Python's "utf-8-sig" readers drop it (plain "utf-8" keeps it on the first header).
The caller writes the returned text with encoding="utf-8" and newline="".

Cells that a spreadsheet would run as a formula get a leading single quote (OWASP CSV injection).
"""

from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from app.domain.actors import Actor
from app.domain.annotations import AnchorStatus, Annotation
from app.domain.capture_times import doubtful_published
from app.domain.claims import Claim
from app.domain.digest_verdicts import NOTE
from app.domain.links import Kind, Relation
from app.domain.project import Project
from app.domain.sources import Source
from app.exchange.labels import actor_label, claim_label, source_label
from app.exchange.selection import Selection, select

BOM = "\ufeff"
# OWASP's list (= + - @ tab CR), LF for the same reason as CR, and the fullwidth forms, which
# Excel with an East Asian input method may convert to their ASCII twins and evaluate.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
JOIN = " | "

ANNOTATION_COLUMNS = [
    "document_title", "document_sha256", "annotation_id", "start", "end", "pages_1based", "exact", "prefix",
    "suffix", "status", "category", "note", "claims", "actors", "sources", "analyst", "created", "modified",
    "region_xywh", "ocr", "ocr_confidence",  # a rectangle of a page image (x,y,w,h pixels); quote from OCR?
]
CLAIM_COLUMNS = [
    "claim_id", "statement", "verdict", "rationale", "made_by", "about", "sources", "annotations", "documents",
    "analyst", "created", "modified",
]
ACTOR_COLUMNS = [
    "actor_id", "name", "kind", "aliases", "written_as", "description", "wikidata_id", "country", "mentions",
    "claims_made", "claims_about", "documents",
]
SOURCE_COLUMNS = [
    "source_id", "title", "url", "publisher", "published", "accessed", "archive_url", "reliability",
    "credibility", "grade", "notes", "document_title", "annotations", "claims",
]
DOCUMENT_COLUMNS = [
    "document_id", "title", "kind", "original_name", "sha256", "text_sha256", "pages", "url", "author", "publisher",
    "published", "imported_at", "captured_url", "captured_at", "captured_at_source", "archive_format",
    "archive_record", "archive_digest", "digest_check", "payload_sha256", "annotations", "published_doubtful",
    "digest_note",
]


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def export_csv(project: Project, *, table: str = "annotations", document_ids: set[str] | None = None) -> str:
    builders: dict[str, tuple[list[str], Callable[[Project, Selection], Iterable[list[object]]]]] = {
        "annotations": (ANNOTATION_COLUMNS, _annotation_rows),
        "claims": (CLAIM_COLUMNS, _claim_rows),
        "actors": (ACTOR_COLUMNS, _actor_rows),
        "sources": (SOURCE_COLUMNS, _source_rows),
        "documents": (DOCUMENT_COLUMNS, _document_rows),
    }
    if table not in builders:
        raise ValueError(f"unknown table {table!r}; use one of {', '.join(builders)}")
    columns, rows = builders[table]
    lines = [_line(row) for row in rows(project, select(project, document_ids))]
    return BOM + record_line(columns) + "".join(lines)


def record_line(cells: Iterable[str]) -> str:
    """One CSV record as csv.writer(quoting=QUOTE_ALL, lineterminator="\r\n") writes it: every field quoted,
    quotes doubled, line breaks kept inside the quotes (RFC 4180). Per cell, the csv module's writer cost
    four times these string methods (tests/exchange/test_csv.py compares the two)."""
    return '"' + '","'.join([cell.replace('"', '""') for cell in cells]) + '"\r\n'


_STARTS = frozenset(FORMULA_STARTS)  # all single characters
_FIRST = itemgetter(slice(0, 1))  # a cell's first character ('' for an empty cell), at C level
_SEP = "\x00"  # joins a row's cells for the whole-row string methods below


def _line(row: list[Any]) -> str:
    """A row's record, its cells neutralised (None empty, numbers as text). The usual row (all text, none
    starting like a formula, none holding NUL) is quoted by two replaces over the joined row instead of one
    per cell (a fifth of a 50,000-row export); any other row goes cell by cell. The same text either way."""
    try:
        if _STARTS.isdisjoint(map(_FIRST, row)):
            joined = _SEP.join(row)
            if joined.count(_SEP) == len(row) - 1:  # no cell holds the separator
                return '"' + joined.replace('"', '""').replace(_SEP, '","') + '"\r\n'
    except TypeError:  # a number or None among the cells
        pass
    return record_line([neutralise(cell) if type(cell) is str else "" if cell is None else neutralise(str(cell))
                        for cell in row])


def _linked(project: Project, oid: str, chosen: set[str]) -> dict[Kind, list[tuple[Relation, str, Any]]]:
    """(relation, as written, object) for the links of `oid` to claims, actors and sources inside the export,
    by kind, each in Project.linked's order: one pass over its links instead of one sorted pass per kind.
    The object is the kind's class (Claim, Actor or Source), as in Project.objects."""
    out: dict[Kind, list[tuple[Relation, str, Any]]] = {Kind.CLAIM: [], Kind.ACTOR: [], Kind.SOURCE: []}
    objects = project.objects
    for link in project.links_of(oid):
        for kind, found in out.items():
            if link.subject_id == oid and link.object_kind is kind:
                obj = objects[kind].get(link.object_id)
            elif link.object_id == oid and link.subject_kind is kind:
                obj = objects[kind].get(link.subject_id)
            else:
                continue
            if obj is not None and obj.id in chosen:
                found.append((link.relation, link.as_written, obj))
    return out


def _annotation_rows(project: Project, chosen: Selection) -> Iterable[list[object]]:
    reached: list[Claim | Actor | Source] = [*chosen.claims, *chosen.actors, *chosen.sources]
    ids: set[str] = {o.id for o in reached}
    linked = project.links_by_end
    documents = project.documents
    one_page: dict[tuple[int, ...], str] = {(p,): str(p + 1) for p in range(1000)}  # most highlights sit on one page: no join per row
    status = {s: s.value for s in AnchorStatus}  # Enum's .value is a property call per row
    document_id = title = sha256 = None
    for ann in chosen.annotations:
        if ann.document_id != document_id:  # annotations come grouped by document
            document_id = ann.document_id
            doc = documents[document_id]
            title, sha256 = doc.title, doc.sha256
        if ann.id in linked:
            ends = _linked(project, ann.id, ids)
            claims = JOIN.join([claim_label(c) for _, _, c in ends[Kind.CLAIM]])
            actors = JOIN.join([actor_label(a, w) for _, w, a in ends[Kind.ACTOR]])
            sources = JOIN.join([source_label(s, r) for r, _, s in ends[Kind.SOURCE]])
        else:
            claims = actors = sources = ""  # most highlights link to nothing
        pages, start, end = ann.pages, ann.start, ann.end
        yield [
            title, sha256, ann.id, str(start), str(end),
            one_page.get(pages) or ";".join([str(p + 1) for p in pages]),
            ann.exact, ann.prefix, ann.suffix, status[ann.status], ann.category, ann.note,
            claims, actors, sources, ann.analyst, ann.created, ann.modified,
            _region(ann) if start == end else "", "yes" if ann.ocr else "",
            "" if ann.ocr_confidence is None else f"{ann.ocr_confidence:.3f}",
        ]


def _region(ann: Annotation) -> str:
    if not ann.region or not ann.quads:
        return ""
    q = ann.quads[0]
    return f"{q.x0:g},{q.y0:g},{q.x1 - q.x0:g},{q.y1 - q.y0:g}"


def _annotations_of(project: Project, oid: str, chosen: Selection) -> list[Annotation]:
    ids = {a.id for a in chosen.annotations}
    return [a for _, a in project.linked(oid, Kind.ANNOTATION) if a is not None and a.id in ids]


def _titles(project: Project, annotations: list[Annotation]) -> str:
    return JOIN.join(sorted({project.documents[a.document_id].title for a in annotations}))


def _claim_rows(project: Project, chosen: Selection) -> Iterable[list[object]]:
    for claim in chosen.claims:
        actors = list(project.linked(claim.id, Kind.ACTOR))
        made_by = [a.name for link, a in actors if link.relation is Relation.MADE_BY]
        about = [a.name for link, a in actors if link.relation is Relation.ABOUT]
        sources = [source_label(s, link.relation) for link, s in project.linked(claim.id, Kind.SOURCE)]
        anns = _annotations_of(project, claim.id, chosen)
        yield [
            claim.id, claim.statement, claim.verdict.label, claim.rationale, JOIN.join(made_by), JOIN.join(about),
            JOIN.join(sources), len(anns), _titles(project, anns), claim.analyst, claim.created, claim.modified,
        ]


def _actor_rows(project: Project, chosen: Selection) -> Iterable[list[object]]:
    ann_ids = {a.id for a in chosen.annotations}
    for actor in chosen.actors:
        mentions = [(link, a) for link, a in project.linked(actor.id, Kind.ANNOTATION) if a is not None and a.id in ann_ids]
        written = sorted({link.as_written for link, _ in mentions if link.as_written and link.as_written != actor.name})
        claims = list(project.linked(actor.id, Kind.CLAIM))
        yield [
            actor.id, actor.name, actor.kind.value, "; ".join(actor.aliases), "; ".join(written), actor.description,
            actor.wikidata_id, actor.country, len(mentions),
            sum(link.relation is Relation.MADE_BY for link, _ in claims),
            sum(link.relation is Relation.ABOUT for link, _ in claims),
            _titles(project, [a for _, a in mentions]),
        ]


def _source_rows(project: Project, chosen: Selection) -> Iterable[list[object]]:
    for source in chosen.sources:
        doc = project.documents.get(source.document_id or "")
        yield [
            source.id, source.title, source.url, source.publisher, source.published, source.accessed,
            source.archive_url, source.reliability, source.credibility, source.grade, source.notes,
            doc.title if doc else "", len(_annotations_of(project, source.id, chosen)),
            len(list(project.linked(source.id, Kind.CLAIM))),
        ]


def _document_rows(project: Project, chosen: Selection) -> Iterable[list[object]]:
    """One row per document with its provenance (web captures: where and when the page was captured)."""
    counts: dict[str, int] = {}
    for ann in chosen.annotations:
        counts[ann.document_id] = counts.get(ann.document_id, 0) + 1
    for doc in chosen.documents:
        p, m = doc.provenance, doc.metadata
        capture = [p.source_url, p.captured_at, p.captured_at_source, p.archive_format, p.archive_record,
                   p.archive_digest, p.digest_check, p.payload_sha256] if p else [""] * 8
        yield [doc.id, doc.title, doc.kind.value, doc.original_name, doc.sha256, doc.text_sha256, doc.pages, m.url,
               m.author, m.publisher, m.published, doc.imported_at, *capture, counts.get(doc.id, 0),
               doubtful_published(doc), p.extra.get(NOTE, "") if p else ""]
