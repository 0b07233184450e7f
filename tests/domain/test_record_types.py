"""The full validation (`from_record`, for a colleague's records) never accepts what the project's own fast open
(`from_trusted`) refuses: a merged `"created": 7` used to make every later command fail with "damaged record"."""

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.domain.records import from_record, from_trusted, to_record

# One valid record per kind with every field set, so every field can be mutated.
_RECORDS: dict[Kind, dict[str, Any]] = {
    Kind.DOCUMENT: {
        "id": "d1", "title": "Story", "kind": "pdf", "original_name": "s.pdf", "sha256": "a" * 64,
        "text_sha256": "b" * 64, "pages": 3,
        "metadata": {"author": "TASS", "publisher": "P", "published": "2024-11-06", "url": "https://x.org", "language": "en"},
        "extractor": "pymupdf", "imported_at": "2024-11-07T10:00:00Z", "encoding": "utf-8",
        "previous_sha256": ["c" * 64],
        "provenance": {"source_url": "https://x.org/a", "captured_at": "2024-11-06T10:00:00Z", "archive_format": "warc",
                       "extra": {"warc_sha256": "d" * 64}},
        "exif": {"Model": "X100"}, "ocr_layer": "e" * 64, "rev": 2, "history": ["h1"],
    },
    Kind.ANNOTATION: {
        "id": "a1", "document_id": "d1", "start": 4, "end": 9, "exact": "quick", "prefix": "The ", "suffix": " brown",
        "pages": [0], "quads": [[0, 72.0, 100.5, 300.25, 112.0]], "category": "highlight", "note": "n",
        "analyst": "me", "created": "2024-11-06T10:00:00Z", "modified": "2024-11-06T11:00:00Z", "status": "fuzzy",
        "score": 0.75, "ocr": True, "ocr_confidence": 0.5, "rev": 2, "history": ["h1"],
    },
    Kind.CLAIM: {"id": "c1", "statement": "Engineers clear mines", "verdict": "mostly false", "rationale": "why",
                 "analyst": "me", "created": "2024-11-06", "modified": "2024-11-07", "rev": 2, "history": ["h1"]},
    Kind.ACTOR: {"id": "p1", "name": "No Kwang Chol", "kind": "state body", "aliases": ["No Gun Chol"],
                 "description": "d", "wikidata_id": "Q42", "country": "KP", "rev": 2, "history": ["h1"]},
    Kind.SOURCE: {"id": "s1", "title": "Krasnaya Zvezda", "url": "https://x.org", "publisher": "MoD",
                  "published": "2024-11-06", "accessed": "2024-11-07", "archive_url": "https://web.archive.org/x",
                  "reliability": "D", "credibility": 4, "notes": "n", "document_id": "d1", "rev": 2, "history": ["h1"]},
    Kind.LINK: {"id": "l1", "subject_kind": "annotation", "subject_id": "a1", "object_kind": "actor", "object_id": "p1",
                "relation": "mentions", "as_written": "No Gun Chol", "reason": "misspelling", "note": "n", "rev": 2,
                "history": ["h1"]},
}

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 10), st.floats(allow_nan=False, allow_infinity=False),
                     st.sampled_from(["", "x", "2024-11-06", "a" * 64, "pdf", "person", "mentions", "F"]))
# Wrong (and sometimes right) JSON types for a field: null, numbers, bools, text, lists and objects of those.
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(st.sampled_from(["author", "url", "extra", "k", "source_url"]), inner,
                                                 max_size=3)), max_leaves=8)


def _assert_invariant(kind: Kind, record: dict[str, Any]) -> None:
    try:
        obj = from_record(kind, record)
    except DomainError as exc:
        assert "\n" not in str(exc)
        return
    stored = json.loads(json.dumps(to_record(obj)))  # what a merge or import writes, as the store reads it back
    assert from_trusted(kind, stored) == obj


@pytest.mark.parametrize("kind", list(_RECORDS))
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_what_from_record_accepts_the_fast_open_reads(kind: Kind, data: st.DataObject) -> None:
    record = dict(_RECORDS[kind])
    fields = data.draw(st.lists(st.sampled_from(sorted(record)), min_size=1, max_size=3, unique=True))
    for name in fields:
        record[name] = data.draw(_VALUES, label=name)
    _assert_invariant(kind, record)


@pytest.mark.parametrize("kind", list(_RECORDS))
def test_every_field_refuses_null_numbers_bools_lists_and_objects_of_the_wrong_type(kind: Kind) -> None:
    """Each field of each kind, set to a value of each JSON type in turn: the invariant holds for all of them
    (the property test above samples; this walks every combination once)."""
    assert from_record(kind, _RECORDS[kind]) == from_trusted(kind, _RECORDS[kind])
    for name in _RECORDS[kind]:
        for value in (None, 7, 7.5, True, False, "x", [], ["x"], [7], {}, {"k": "x"}, {"k": 7}):
            _assert_invariant(kind, {**_RECORDS[kind], name: value})


@pytest.mark.parametrize(("kind", "field", "value", "message"), [
    (Kind.ANNOTATION, "created", 7, "field 'created' must be text, not a number"),
    (Kind.ANNOTATION, "note", None, "field 'note' must be text, not null"),
    (Kind.CLAIM, "modified", ["x"], "field 'modified' must be text, not a list"),
    (Kind.DOCUMENT, "pages", True, "field 'pages' must be a whole number or null, not true or false"),
    (Kind.DOCUMENT, "metadata", {"author": None}, "field 'metadata' must be an object of text values, not an object"),
    (Kind.DOCUMENT, "provenance", {"source_url": None}, "field 'provenance' must be an object of text values or null"),
    (Kind.LINK, "as_written", None, "field 'as_written' must be text, not null"),
    (Kind.ACTOR, "country", 1.5, "field 'country' must be text, not a number"),
])
def test_the_refusal_names_the_field_and_the_type(kind: Kind, field: str, value: Any, message: str) -> None:
    with pytest.raises(DomainError, match=message):
        from_record(kind, {**_RECORDS[kind], field: value})
    with pytest.raises(DomainError):
        from_trusted(kind, {**_RECORDS[kind], field: value})  # the reason: our own open refuses it
