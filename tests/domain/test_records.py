"""The record mapping: strict reading of untrusted input, and the trusted fast path agreeing with it."""

import pytest

from app.domain.actors import Actor, ActorKind
from app.domain.annotations import AnchorStatus, Annotation, Quad
from app.domain.claims import Claim, Verdict
from app.domain.documents import Document, DocumentKind, DocumentMetadata
from app.domain.errors import DomainError
from app.domain.links import Kind, Link, MentionReason, Relation
from app.domain.records import from_record, from_trusted, to_record
from app.domain.sources import Source

SAMPLES = [
    (Kind.DOCUMENT, Document("d1", "Story", DocumentKind.PDF, "s.pdf", "a" * 64, "b" * 64, 3,
                             DocumentMetadata(author="TASS", published="2024-11-06"), "pymupdf", previous_sha256=("c" * 64,))),
    (Kind.DOCUMENT, Document("d2", "Wire", DocumentKind.HTML, "w.html", "a" * 64, "b" * 64,
                             hidden_passages=("The ministry admits its own forces shelled the bridge.",))),
    (Kind.ANNOTATION, Annotation("a1", "d1", 5, 8, "abc", "p", "s", (0, 1), (Quad(0, 1.5, 2, 3, 4),),
                                 status=AnchorStatus.FUZZY, score=0.9)),
    (Kind.CLAIM, Claim("c1", "Engineers clear mines", Verdict.MOSTLY_FALSE, "why")),
    (Kind.ACTOR, Actor("p1", "No Kwang Chol", ActorKind.STATE_BODY, ("No Gun Chol",), wikidata_id="Q42")),
    (Kind.SOURCE, Source("s1", "Krasnaya Zvezda", reliability="D", credibility=4, document_id="d1")),
    (Kind.LINK, Link("l1", Kind.ANNOTATION, "a1", Kind.ACTOR, "p1", Relation.MENTIONS, "No Gun Chol", MentionReason.MISSPELLING)),
]


@pytest.mark.parametrize("kind, obj", SAMPLES)
def test_round_trip_both_paths(kind: Kind, obj: object) -> None:
    record = to_record(obj)  # type: ignore[arg-type]
    assert from_record(kind, record) == obj
    assert from_trusted(kind, record) == obj


@pytest.mark.parametrize(
    "kind, record, field",
    [
        (Kind.ANNOTATION, {"id": "a", "document_id": "d", "start": "1", "end": 3, "exact": "ab"}, "start"),
        (Kind.ANNOTATION, {"id": "a", "document_id": "d", "start": 0, "end": 2, "exact": "ab", "quads": [[1, 2]]}, "quads"),
        (Kind.CLAIM, {"id": "c", "statement": "x", "verdict": "probably"}, "verdict"),
        (Kind.SOURCE, {"id": "s", "title": "t", "credibility": 9}, "credibility"),
        (Kind.LINK, {"id": "l", "subject_kind": "claim", "subject_id": "c", "object_kind": "claim", "object_id": "d", "relation": "states"}, "claim"),
        (Kind.ACTOR, ["not", "an", "object"], "object"),
    ],
)
def test_untrusted_records_fail_with_a_message_naming_the_problem(kind: Kind, record: object, field: str) -> None:
    with pytest.raises(DomainError, match=field):
        from_record(kind, record)


@pytest.mark.parametrize("kind, obj", SAMPLES)
def test_trusted_path_fills_the_defaults_of_a_record_from_an_older_version(kind: Kind, obj: object) -> None:
    dropped = {"rev", "metadata", "note", "category", "status", "rationale", "aliases", "as_written"}  # all have defaults
    minimal = {k: v for k, v in to_record(obj).items() if k not in dropped}  # type: ignore[arg-type]
    assert len(minimal) < len(to_record(obj))  # type: ignore[arg-type]
    assert from_trusted(kind, minimal) == from_record(kind, minimal)


def test_trusted_path_refuses_a_record_without_a_required_field() -> None:
    with pytest.raises(DomainError, match="damaged"):
        from_trusted(Kind.ANNOTATION, {"id": "a", "document_id": "d", "start": 0, "exact": "ab"})


def test_trusted_path_still_refuses_a_damaged_record() -> None:
    with pytest.raises(DomainError):
        from_trusted(Kind.ANNOTATION, {"id": "a", "document_id": "d", "start": 0, "end": 2, "exact": "ab", "status": "lost"})


@pytest.mark.parametrize("bad", ["../../outside", "a/b", ".hidden", "", "x" * 201, "a b", "a\\b"])
def test_ids_that_could_name_paths_are_refused(bad: str) -> None:
    with pytest.raises(DomainError, match="id"):
        from_record(Kind.CLAIM, {"id": bad, "statement": "x"})


# -- trust boundaries (issue 21): the fast path checks types; ids are unique across kinds ----------------------------
@pytest.mark.parametrize(("kind", "record", "field"), [
    (Kind.CLAIM, {"id": "c1", "statement": 5}, "statement"),
    (Kind.ACTOR, {"id": "a1", "name": "Ana", "kind": "person", "aliases": "abc"}, "aliases"),
    (Kind.ACTOR, {"id": "a1", "name": "Ana", "kind": "person", "aliases": ["ok", 7]}, "aliases"),
    (Kind.CLAIM, {"id": 12, "statement": "x"}, "id"),
    (Kind.CLAIM, {"id": "c1", "statement": "x", "rev": "2"}, "rev"),
])
def test_the_fast_path_refuses_a_value_of_the_wrong_type(kind: Kind, record: dict, field: str) -> None:
    with pytest.raises(DomainError, match=f"field '{field}' has a value of the wrong type"):
        from_trusted(kind, record)


def test_an_id_names_one_object_across_kinds() -> None:
    from app.domain.project import Project, restore_project

    project = Project()
    project.put(Claim("same", "The bridge reopens in May"))
    with pytest.raises(DomainError, match="already names an object of another kind"):
        project.put(Actor("same", "Ana"))
    assert project.find(Kind.ACTOR, "same") is None
    with pytest.raises(DomainError, match=r"names two kinds of object \(claim and actor\)"):
        restore_project("p", {Kind.CLAIM: [Claim("same", "x")], Kind.ACTOR: [Actor("same", "Ana")]})


@pytest.mark.parametrize("kind, obj", SAMPLES)
@pytest.mark.parametrize("older", [False, True], ids=["fast", "slow"])
def test_both_trusted_variants_check_types(kind: Kind, obj: object, older: bool) -> None:
    """A record with every field the store writes takes the subscripting variant; one from an older version
    (a defaulted field missing) the merging one. Both refuse a number where text belongs."""
    record = to_record(obj)  # type: ignore[arg-type]
    text_field = next(k for k in ("statement", "name", "title", "exact", "as_written") if k in record)
    if older:
        record.pop("rev")
    assert from_trusted(kind, record) == from_record(kind, record)
    with pytest.raises(DomainError, match=f"field '{text_field}' has a value of the wrong type"):
        from_trusted(kind, {**record, text_field: 7})


_GOOD_ANNOTATION = {
    "id": "a1", "document_id": "d1", "start": 4, "end": 9, "exact": "quick", "prefix": "The ", "suffix": " brown",
    "pages": [0], "quads": [[0, 72.0, 100.5, 300.25, 112.0]], "status": "fuzzy", "score": 0.75, "analyst": "me",
    "ocr": True, "ocr_confidence": 0.5, "rev": 2, "history": ["h1"],
}


def _slow_annotation(record: object) -> object:
    """from_record's field-by-field path, which the annotation fast path must agree with."""
    from app.domain import records

    saved = records.CHECKED
    records.CHECKED = {}  # type: ignore[assignment]
    try:
        return from_record(Kind.ANNOTATION, record)
    finally:
        records.CHECKED = saved


@pytest.mark.parametrize("change", [
    {}, {"score": 1}, {"ocr_confidence": 1}, {"quads": [[0, 72, 100, 300, 112]]}, {"quads": [[0.0, 1.0, 2.0, 3.0, 4.0]]},
    {"pages": [0.0]}, {"pages": [True]}, {"id": ".hidden"}, {"document_id": "a/b"}, {"rev": 0}, {"end": 8},
    {"start": True}, {"exact": 5}, {"quads": ["abcde"]}, {"quads": [[0, 1.0, 2.0]]}, {"history": [1]},
    {"status": "lost"}, {"score": "high"}, {"created": 7}, {"ocr_confidence": 2.0}, {"category": ""},
])
def test_annotation_fast_validation_agrees_with_the_full_path(change: dict) -> None:
    record = {**_GOOD_ANNOTATION, **change}
    try:
        expected = _slow_annotation(record)
    except DomainError as exc:
        with pytest.raises(DomainError) as got:
            from_record(Kind.ANNOTATION, record)
        assert str(got.value) == str(exc)
        return
    got = from_record(Kind.ANNOTATION, record)
    assert got == expected
    # the same types too: a fast path keeping an int where from_record makes a float would change exports
    assert [type(getattr(got, f)) for f in got.__slots__] == [type(getattr(expected, f)) for f in expected.__slots__]
    assert [type(x) for q in got.quads for x in q] == [type(x) for q in expected.quads for x in q]


_GOOD_LINK = {"id": "l1", "subject_kind": "annotation", "subject_id": "a1", "object_kind": "actor", "object_id": "p1",
              "relation": "mentions", "as_written": "No Gun Chol", "reason": "misspelling", "note": "n", "rev": 2,
              "history": ["h1"]}


def _slow_link(record: object) -> object:
    """from_record's field-by-field path, which the link fast path must agree with."""
    from app.domain import records

    saved = records.CHECKED
    records.CHECKED = {}  # type: ignore[assignment]
    try:
        return from_record(Kind.LINK, record)
    finally:
        records.CHECKED = saved


@pytest.mark.parametrize("change", [
    {}, {"rev": 0}, {"rev": True}, {"rev": 1.0}, {"id": ".hidden"}, {"subject_id": "a/b"}, {"object_id": 7},
    {"subject_kind": "claim"}, {"object_kind": "planet"}, {"relation": "states"}, {"relation": "nope"},
    {"reason": "guess"}, {"as_written": None}, {"as_written": "x" * 1001}, {"note": 5}, {"history": [1]},
    {"history": "h1"}, {"subject_kind": "claim", "relation": "about"}, {"extra": "ignored"},
])
def test_link_fast_validation_agrees_with_the_full_path(change: dict) -> None:
    record = {**_GOOD_LINK, **change}
    try:
        expected = _slow_link(record)
    except DomainError as exc:
        with pytest.raises(DomainError) as got:
            from_record(Kind.LINK, record)
        assert str(got.value) == str(exc)
        return
    got = from_record(Kind.LINK, record)
    assert got == expected
    assert [type(getattr(got, f)) for f in got.__slots__] == [type(getattr(expected, f)) for f in expected.__slots__]


def test_the_usual_link_takes_the_fast_path() -> None:
    from app.domain import record_constructors

    assert record_constructors._checked_link(dict(_GOOD_LINK)) == _slow_link(dict(_GOOD_LINK))


@pytest.mark.parametrize("kind, obj", SAMPLES)
def test_trusted_objects_are_genuine_frozen_instances(kind: Kind, obj: object) -> None:
    """The trusted constructor fills a plain twin and re-classes it: what comes out must be the class itself."""
    import copy
    import dataclasses
    import pickle

    got = from_trusted(kind, to_record(obj))  # type: ignore[arg-type]
    assert type(got) is type(obj) and isinstance(got, type(obj))
    assert hash(got) == hash(obj) and copy.copy(got) == obj and pickle.loads(pickle.dumps(got)) == obj
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.id = "other"  # type: ignore[misc]


def test_hidden_passages_are_written_only_when_there_are_some() -> None:
    plain = SAMPLES[0][1]
    assert "hidden_passages" not in to_record(plain)  # type: ignore[arg-type]
    record = to_record(SAMPLES[1][1])  # type: ignore[arg-type]
    assert record["hidden_passages"] == ["The ministry admits its own forces shelled the bridge."]
    with pytest.raises(DomainError, match="hidden_passages"):
        from_record(Kind.DOCUMENT, {**record, "hidden_passages": [1]})
