"""Flat CSV tables for spreadsheets: one row per annotation, claim, actor or source.

Output is RFC 4180 (every field quoted, CRLF line ends) and starts with a UTF-8 byte order mark:
Excel needs it to read UTF-8 (Cyrillic names otherwise turn to mojibake), LibreOffice ignores it,
and pandas' and Python's "utf-8-sig" readers drop it (plain "utf-8" keeps it on the first header).
The caller writes the returned text with encoding="utf-8" and newline="".

Cells that a spreadsheet would run as a formula get a leading single quote (OWASP CSV injection).
"""

from collections.abc import Callable, Iterable

from app.domain.capture_times import doubtful_published
from app.domain.annotations import Annotation
from app.domain.links import Kind, Relation
from app.domain.project import Project
from app.exchange.selection import Selection, select
from app.exchange.labels import actor_label, claim_label, source_label

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
    starts = frozenset(FORMULA_STARTS)  # all single characters
    # neutralise() inlined for text cells, one pass per row; each record is written by record_line: per cell,
    # the csv module's writer cost four times its string methods, for the same text (tests/exchange/test_csv.py)
    lines = [record_line([("'" + cell if cell[:1] in starts else cell) if type(cell) is str
                          else "" if cell is None else neutralise(str(cell)) for cell in row])
             for row in rows(project, select(project, document_ids))]
    return BOM + record_line(columns) + "".join(lines)


def record_line(cells: Iterable[str]) -> str:
    """One CSV record as csv.writer(quoting=QUOTE_ALL, lineterminator="\r\n") writes it: every field quoted,
    quotes doubled, line breaks kept inside the quotes (RFC 4180)."""
    return '"' + '","'.join([cell.replace('"', '""') for cell in cells]) + '"\r\n'


def _linked(project: Project, oid: str, kind: Kind, chosen: set[str]) -> list[tuple[Relation, str, object]]:
    """(relation, as written, object) for links of `oid` to objects of `kind` inside the export."""
    return [(link.relation, link.as_written, obj) for link, obj in project.linked(oid, kind)
            if obj is not None and obj.id in chosen]


def _annotation_rows(project: Project, chosen: Selection) -> Iterable[list[object]]:
    ids = {o.id for o in [*chosen.claims, *chosen.actors, *chosen.sources]}
    linked = project.links_by_end
    documents = project.documents
    one_page = {(p,): str(p + 1) for p in range(1000)}  # most highlights sit on one page: no join per row
    for ann in chosen.annotations:
        doc = documents[ann.document_id]
        if ann.id in linked:
            claims = JOIN.join([claim_label(c) for _, _, c in _linked(project, ann.id, Kind.CLAIM, ids)])  # type: ignore[arg-type]
            actors = JOIN.join([actor_label(a, w) for _, w, a in _linked(project, ann.id, Kind.ACTOR, ids)])  # type: ignore[arg-type]
            sources = JOIN.join([source_label(s, r) for r, _, s in _linked(project, ann.id, Kind.SOURCE, ids)])  # type: ignore[arg-type]
        else:
            claims = actors = sources = ""  # most highlights link to nothing
        pages = ann.pages
        yield [
            doc.title, doc.sha256, ann.id, str(ann.start), str(ann.end),
            one_page.get(pages) or ";".join([str(p + 1) for p in pages]),
            ann.exact, ann.prefix, ann.suffix, ann.status.value, ann.category, ann.note,
            claims, actors, sources, ann.analyst, ann.created, ann.modified,
            _region(ann) if ann.start == ann.end else "", "yes" if ann.ocr else "",
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
               doubtful_published(doc)]
