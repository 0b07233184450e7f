"""Builders for store tests: a project folder and domain objects of every kind."""

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.actors import Actor
from app.domain.annotations import Annotation, Quad
from app.domain.changes import Changes
from app.domain.claims import Claim, Verdict
from app.domain.documents import Document, DocumentKind, DocumentMetadata
from app.domain.ids import new_id
from app.domain.links import Kind, Link, Relation
from app.domain.project import Project, kind_of
from app.domain.sources import Source
from app.store.project_store import ProjectStore

ORIGINAL = b"%PDF-1.7 pretend bytes"
SHA = hashlib.sha256(ORIGINAL).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "Kursk.sourcemark"


@pytest.fixture
def store(folder: Path) -> Iterator[ProjectStore]:
    with ProjectStore.create(folder, "Kursk") as s:
        yield s


def document(doc_id: str | None = None) -> Document:
    return Document(
        id=doc_id or new_id(), title="Обстрел", kind=DocumentKind.PDF, original_name="a.pdf", sha256=SHA,
        text_sha256="b" * 64, pages=3, metadata=DocumentMetadata(author="TASS", published="2024-08-07"),
        previous_sha256=("c" * 64,),
    )


def annotation(doc_id: str, start: int = 0) -> Annotation:
    return Annotation(
        id=new_id(), document_id=doc_id, start=start, end=start + 5, exact="Kursk", prefix="in ", suffix=" region",
        pages=(1,), quads=(Quad(1, 10.0, 20.0, 60.5, 32.0),), note="note", score=None,
    )


def link(subject: object, obj: object, relation: Relation) -> Link:
    return Link(new_id(), kind_of(subject), subject.id, kind_of(obj), obj.id, relation)  # type: ignore[arg-type, attr-defined]


def put(project: Project, *objs: object, changes: Changes | None = None) -> Changes:
    changes = changes or Changes()
    for obj in objs:
        before = project.put(obj)  # type: ignore[arg-type]
        changes.note(kind_of(obj), obj.id, before, obj)  # type: ignore[arg-type, attr-defined]
    return changes


def remove(project: Project, kind: Kind, *ids: str) -> Changes:
    changes = Changes()
    for oid in ids:
        before = project.remove(kind, oid)
        changes.note(kind, oid, before, None)
    return changes


def populate(store: ProjectStore) -> Project:
    """One object of every kind, links of both homes (project.json and an annotations file), committed."""
    project = store.load()
    doc = document()
    ann = annotation(doc.id)
    claim = Claim(new_id(), "Troops crossed the border", Verdict.MISLEADING, rationale="r")
    actor = Actor(new_id(), "No Gun Chol", aliases=("Noh Kwang-chol",), wikidata_id="Q42")
    source = Source(new_id(), "Krasnaya Zvezda", reliability="B", credibility=2, document_id=doc.id)
    links = [link(ann, claim, Relation.STATES), link(claim, actor, Relation.MADE_BY), link(ann, source, Relation.CITES)]
    store.commit(project, put(project, doc, ann, claim, actor, source, *links), {"label": "populate"})
    return project


def same(a: Project, b: Project) -> bool:
    return a.objects == b.objects  # indexes are derived (and may keep empty sets after removals)
