"""Native JSON export/import: determinism, round trips through a merge, and hostile files."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.annotations import Annotation
from app.domain.errors import ImportFormatError
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.records import to_record
from app.exchange.json_native import SCHEMA, dumps, export_native, parse_native
from app.exchange.merge import plan_merge

from .story import WIRE_TEXT, build_project, documents, oid, with_documents_only


def _apply(project, plan):  # type: ignore[no-untyped-def]
    for obj in plan.to_add:
        project.put(obj)
    return project


def test_export_has_every_section_sorted_and_records_from_to_record() -> None:
    p = build_project()
    data = export_native(p, exported_at="2024-11-07T08:00:00Z", audit=[{"at": "x", "what": "y"}])
    assert list(data) == [
        "schema", "generator", "exported_at", "documents", "annotations", "claims", "actors", "sources", "links", "audit",
    ]
    assert data["schema"] == SCHEMA and data["audit"] == [{"at": "x", "what": "y"}]
    assert [d["id"] for d in data["claims"]] == sorted(p.claims)
    places = [(a["document_id"], a["start"]) for a in data["annotations"]]
    assert places == sorted(places)
    wire = data["documents"][[d["id"] for d in data["documents"]].index(oid("doc-wire"))]
    assert {"sha256", "text_sha256", "metadata"} <= set(wire) and wire["metadata"]["url"]
    first = data["annotations"][0]
    assert set(first) >= {"id", "document_id", "start", "end", "exact", "prefix", "suffix", "pages", "quads",
                          "status", "score", "category", "note", "analyst", "created", "modified"}


def test_dumps_is_utf8_indented_with_trailing_newline() -> None:
    text = dumps(export_native(build_project()))
    assert text.endswith("}\n") and "Красная звезда" in text and '\n  "schema"' in text


def test_round_trip_into_a_project_with_the_same_files_is_byte_identical_after_id_rewrite() -> None:
    original = build_project()
    first = dumps(export_native(original))
    target = with_documents_only(original)
    plan = plan_merge(target, parse_native(first.encode()))
    assert not plan.conflicts and not plan.missing_documents and not plan.dropped
    _apply(target, plan)
    # Same annotations, ids and offsets; only document ids differ (the colleague's copies).
    mine = {a.id: (a.start, a.end, a.exact) for a in original.annotations.values()}
    theirs = {a.id: (a.start, a.end, a.exact) for a in target.annotations.values()}
    assert mine == theirs
    # Into the original project: everything is already there, identical.
    again = plan_merge(original, parse_native(first.encode()))
    assert again.to_add == [] and again.skipped == 12 + 3 + 6 + 3 + 17
    # The copy's export equals the original's but for the document ids.
    copy = with_documents_only(original)
    copy_ids = {d.sha256: d.id for d in copy.documents.values()}
    _apply(copy, plan_merge(copy, parse_native(first.encode())))
    renamed = first
    for doc in original.documents.values():
        renamed = renamed.replace(doc.id, copy_ids[doc.sha256])
    assert dumps(export_native(copy)) == renamed


def test_export_of_some_documents_keeps_what_their_annotations_reach() -> None:
    p = build_project()
    data = export_native(p, document_ids={oid("doc-paper")})
    assert [d["id"] for d in data["documents"]] == [oid("doc-paper")]
    assert {a["document_id"] for a in data["annotations"]} == {oid("doc-paper")}
    assert {c["id"] for c in data["claims"]} == {oid("plan")}
    assert {a["id"] for a in data["actors"]} == {oid("no")}
    assert {s["id"] for s in data["sources"]} == set()  # the paper's spans link no source
    # Links: the two from the paper's spans; claim->actor "made-by" Ri is not included (Ri not reached).
    assert {link["id"] for link in data["links"]} == {oid("l-p-no"), oid("l-p-plan")}
    # and it imports into a project holding only that file
    target = with_documents_only(p)
    plan = plan_merge(target, parse_native(dumps(data).encode()))
    assert len(plan.to_add) == 2 + 1 + 1 + 2 and not plan.dropped


def test_conflicting_edit_is_reported_and_not_applied() -> None:
    p = build_project()
    data = export_native(p)
    data["claims"][0]["verdict"] = "true" if data["claims"][0]["verdict"] != "true" else "false"
    data["annotations"][0]["note"] = "edited elsewhere"
    plan = plan_merge(p, parse_native(dumps(data).encode()))
    kinds = sorted((k, i) for k, i, _ in plan.conflicts)
    assert kinds == sorted([("claim", data["claims"][0]["id"]), ("annotation", data["annotations"][0]["id"])])
    assert any("verdict" in d for _, _, d in plan.conflicts) and plan.to_add == []
    assert "2 in conflict" in plan.summary()


def test_missing_document_is_reported_and_its_annotations_and_links_left_out() -> None:
    p = build_project()
    target = with_documents_only(p)
    paper_copy = next(k for k, d in target.documents.items() if d.kind.paged)
    target.remove(Kind.DOCUMENT, paper_copy)
    plan = plan_merge(target, parse_native(dumps(export_native(p)).encode()))
    assert plan.missing_documents == [f"Красная звезда № 124 ({documents()[1].sha256[:12]})"]
    assert plan.annotations_not_imported == 2
    assert sorted(plan.dropped)[0].startswith("link ") and len([d for d in plan.dropped if d.startswith("link")]) == 2
    assert any(d.startswith(f"source {oid('src-kz')}") for d in plan.dropped)
    _apply(target, plan)  # the plan is applicable as is
    assert len(target.annotations) == 10
    assert "1 document(s) not in this project (2 annotation(s) not imported)" in plan.summary()


def test_offsets_past_the_text_are_left_out_when_lengths_are_given() -> None:
    p = build_project()
    target = with_documents_only(p)
    wire_copy = next(d.id for d in target.documents.values() if d.kind.value == "html")
    plan = plan_merge(target, parse_native(dumps(export_native(p)).encode()), text_lengths={wire_copy: 100})
    assert any("run past the document's text" in d for d in plan.dropped)
    assert all(a.end <= 100 for a in plan.to_add if isinstance(a, Annotation) and a.document_id == wire_copy)


def _native_with(mutate) -> bytes:  # type: ignore[no-untyped-def]
    data = export_native(build_project())
    mutate(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["annotations"][3].__setitem__("start", "12"), "annotations[3].start: must be a whole number"),
        (lambda d: d["annotations"][3].__setitem__("start", True), "annotations[3].start: must be a whole number"),
        (lambda d: d["annotations"][0].__setitem__("end", 0), "annotations[0]:"),
        (lambda d: d["annotations"][0].__setitem__("exact", "x" * 1_000_001), "longer than 1,000,000"),
        (lambda d: d["annotations"][0].__setitem__("document_id", "nope"), "annotations[0].document_id"),
        (lambda d: d["annotations"].append(d["annotations"][0]), "appears twice"),
        (lambda d: d["claims"][0].__setitem__("verdict", "pants on fire"), "claims[0]:"),
        (lambda d: d["sources"][0].__setitem__("credibility", 9), "sources[0]:"),
        (lambda d: d["sources"][0].__setitem__("credibility", "6"), "sources[0].credibility: must be a whole number"),
        (lambda d: d["links"][0].__setitem__("relation", "states"), "links[0]:"),
        (lambda d: d["actors"][0].__setitem__("wikidata_id", "Q12x"), "actors[0]:"),
        (lambda d: d["documents"][0].__setitem__("sha256", "abc"), "documents[0]:"),
        (lambda d: d.__setitem__("annotations", {}), "annotations: must be a list"),
        (lambda d: d.__setitem__("schema", "sourcemark/9"), "schema: expected"),
        (lambda d: d.__setitem__("audit", [1]), "audit:"),
        (lambda d: d["claims"].__setitem__(0, "a claim"), "claims[0]:"),
    ],
)
def test_malformed_native_files_raise_one_line(mutate, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportFormatError) as err:
        parse_native(_native_with(mutate))
    assert message in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (dumps(export_native(build_project())).encode()[:-200], "not valid JSON"),  # truncated
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"schema": "sourcemark/1", "schema": "x"}', "appears twice"),
        (b'{"schema": NaN}', "NaN"),
        (b"[" + b"0," * 1_000_001 + b"0]", "more than 1,000,000 values"),
        (b"[]", "top level must be an object"),
    ],
)
def test_hostile_bytes_raise_one_line(data: bytes, message: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        parse_native(data)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_bom_is_tolerated() -> None:
    text = dumps(export_native(build_project()))
    assert len(parse_native(("\ufeff" + text).encode()).annotations) == 12


_wire, _paper = documents()
_quote = st.tuples(st.integers(0, len(WIRE_TEXT) - 2), st.integers(1, 40)).map(
    lambda t: (t[0], min(len(WIRE_TEXT), t[0] + t[1]))
).filter(lambda place: WIRE_TEXT[place[0]:place[1]].strip())  # the domain refuses blank quotes
_annotation = st.builds(
    lambda place, note, cat, n: Annotation(
        id=oid(f"h{n}"), document_id=_wire.id, start=place[0], end=place[1], exact=WIRE_TEXT[place[0]:place[1]],
        prefix=WIRE_TEXT[max(0, place[0] - 32):place[0]], suffix=WIRE_TEXT[place[1]:place[1] + 32],
        note=note, category=cat,
    ),
    _quote,
    st.text(max_size=50),
    st.sampled_from(["highlight", "claim", "actor", "question"]),
    st.integers(0, 10_000),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_annotation, max_size=25, unique_by=lambda a: a.id))
def test_property_any_annotation_set_survives_export_import_export(annotations: list[Annotation]) -> None:
    source = Project()
    source.put(_wire)
    for a in annotations:
        source.put(a)
    text = dumps(export_native(source))
    target = Project()
    target.put(_wire)
    plan = plan_merge(target, parse_native(text.encode()))
    assert not plan.conflicts and not plan.dropped
    _apply(target, plan)
    assert dumps(export_native(target)) == text
    assert {a.id: to_record(a) for a in target.annotations.values()} == {a.id: to_record(a) for a in annotations}
