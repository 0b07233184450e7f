"""W3C Web Annotation export (checked by the calibrated validator) and the W3C/Hypothesis readers."""

import dataclasses
import json

import pytest

from app.domain.annotations import AnchorStatus
from app.domain.errors import ImportFormatError
from app.domain.project import Project
from app.exchange.json_native import dumps, export_native
from app.exchange.w3c import detect_format, export_w3c, parse_hypothesis, parse_w3c, xsd_datetime

from . import w3c_validator
from .story import build_project, documents, oid


def _items(data: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {item["id"]: item for item in data["first"]["items"]}


def test_export_passes_every_must_assertion_as_collection_and_one_by_one() -> None:
    data = export_w3c(build_project())
    assert w3c_validator.validate(data) == []
    assert data["total"] == 12 == len(data["first"]["items"])
    for item in data["first"]["items"]:
        assert w3c_validator.validate(item) == [], item["id"]
        assert not ("body" in item and "bodyValue" in item)
    assert w3c_validator.validate(export_w3c(Project(name="empty"))) == []


def test_collection_shape() -> None:
    data = export_w3c(build_project())
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld" and data["type"] == "AnnotationCollection"
    assert data["id"] == "urn:sourcemark:collection:NK%20minister%20story" and data["label"] == "NK minister story"
    assert data["first"]["type"] == "AnnotationPage"
    assert "first" not in export_w3c(Project()) and export_w3c(Project())["total"] == 0


def test_motivations_bodies_and_targets() -> None:
    items = _items(export_w3c(build_project()))
    no = items[f"urn:uuid:{oid('a-no')}"]
    assert no["motivation"] == ["classifying", "identifying"]
    assert no["body"][0] == {"type": "TextualBody", "purpose": "classifying", "format": "text/plain", "value": "actor"}
    # the body is the link (its own id, the relation, the name as written); the source is the actor
    assert no["body"][1]["id"] == f"urn:uuid:{oid('l-no')}" and no["body"][1]["label"] == "mentions"
    assert no["body"][1]["nickname"] == "No Gun Chol"
    assert no["body"][1]["source"] == {"id": "http://www.wikidata.org/entity/Q56235690", "type": "Person",
                                       "name": "No Kwang Chol", "label": "No Kwang Chol", "value": "person",
                                       "owl:sameAs": {"id": f"urn:uuid:{oid('no')}"}}
    assert no["creator"] == {"type": "Person", "name": "A. Checker"} and no["created"] == "2024-11-06T10:00:00Z"
    kz = items[f"urn:uuid:{oid('a-kz')}"]
    assert kz["motivation"] == ["commenting", "classifying", "identifying", "linking"]
    purposes = [b["purpose"] for b in kz["body"]]
    assert purposes == ["commenting", "classifying", "identifying", "linking"]
    assert kz["body"][3]["label"] == "cites" and kz["body"][3]["source"]["label"] == "Krasnaya Zvezda"
    assert kz["body"][3]["source"]["value"] == "F6" and kz["body"][3]["id"] == f"urn:uuid:{oid('l-kz-cites')}"
    assert items[f"urn:uuid:{oid('a-plain')}"]["motivation"] == "highlighting"
    assert "body" not in items[f"urn:uuid:{oid('a-plain')}"]
    claim = items[f"urn:uuid:{oid('a-claim')}"]
    assert claim["motivation"] == ["commenting", "classifying", "assessing", "linking"]
    assert claim["body"][2]["id"] == f"urn:uuid:{oid('l-claim')}"
    assert claim["body"][2]["source"] == {"id": f"urn:uuid:{oid('no-troops')}",
                                          "label": "No North Korean soldier is in Russia", "value": "false"}
    assert "verdict: False" in claim["body"][3]["value"]
    wire_target = claim["target"]
    assert wire_target["source"] == "https://wire.example/nk-minister"
    assert [s["type"] for s in wire_target["selector"]] == ["TextQuoteSelector", "TextPositionSelector"]
    paper = items[f"urn:uuid:{oid('p-plan')}"]["target"]
    assert paper["source"] == f"urn:sha256:{documents()[1].sha256}"
    fragment = paper["selector"][2]
    assert fragment == {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3778",
                        "value": "page=2", "refinedBy": paper["selector"][0]}


def test_orphans_keep_only_their_quote_and_document_filter_applies() -> None:
    p = build_project()
    ann = p.annotations[oid("a-plain")]
    p.put(dataclasses.replace(ann, status=AnchorStatus.ORPHAN, created="2024-11-06", modified="2024-11-06 10:00"))
    item = _items(export_w3c(p))[f"urn:uuid:{oid('a-plain')}"]
    assert [s["type"] for s in item["target"]["selector"]] == ["TextQuoteSelector"]
    assert "created" not in item and item["modified"] == "2024-11-06T10:00:00Z"
    only_paper = export_w3c(p, document_ids={oid("doc-paper")})
    assert only_paper["total"] == 2


def test_xsd_datetime() -> None:
    assert xsd_datetime("2024-11-06T10:00:00Z") == "2024-11-06T10:00:00Z"
    assert xsd_datetime("2024-11-06T10:00:00+09:00") == "2024-11-06T10:00:00+09:00"
    assert xsd_datetime("2024-11-06 10:00:07") == "2024-11-06T10:00:07Z"
    assert xsd_datetime("2024-11-06") is None and xsd_datetime("") is None


def test_own_export_reads_back_as_foreign_annotations() -> None:
    p = build_project()
    foreign = {f.foreign_id: f for f in parse_w3c(dumps(export_w3c(p)).encode())}
    assert len(foreign) == 12
    for ann in p.annotations.values():
        f = foreign[f"urn:uuid:{ann.id}"]
        assert (f.exact, f.prefix, f.suffix, f.start, f.end) == (ann.exact, ann.prefix, ann.suffix, ann.start, ann.end)
        assert f.page == (ann.pages[0] if ann.pages else None) and f.creator == "A. Checker"
        assert f.created == ann.created and f.modified == ann.modified
    assert foreign[f"urn:uuid:{oid('a-claim')}"].note.startswith("Contradicted by NIS")


def test_every_valid_suite_sample_is_read() -> None:
    samples = w3c_validator.SUITE / "tools" / "samples" / "correct"
    counts = {}
    for path in sorted(samples.glob("*.json")):
        data = path.read_bytes()
        assert detect_format(data) == "w3c", path.name
        if path.name == "example41.json":  # a collection whose pages live elsewhere
            with pytest.raises(ImportFormatError, match="pages are not in the file"):
                parse_w3c(data)
            continue
        counts[path.name] = parse_w3c(data)
    assert len(counts["collection1.json"]) == 41 and len(counts["example42.json"]) == 2
    quote = counts["anno26.json"][0]
    assert (quote.exact, quote.prefix, quote.suffix) == ("anotation", "this is an ", " that has some")
    assert (counts["anno27.json"][0].start, counts["anno27.json"][0].end) == (412, 795)
    refined = counts["anno41-example44.json"][0]
    assert (refined.start, refined.end, refined.creator) == (6, 27, "A. Person")
    assert counts["anno18.json"][0].tags == ("readme",)
    assert counts["anno6.json"][0].note == "Comment text"
    assert counts["anno32.json"][0].exact == "Selected Text"


HYPOTHESIS = {
    "total": 3,
    "rows": [
        {
            "id": "AbC123", "uri": "https://wire.example/nk-minister", "text": "Misspelled: No Kwang Chol",
            "tags": ["actor", "dprk"], "user": "acct:alice@hypothes.is",
            "created": "2024-11-06T10:00:00.000000+00:00", "updated": "2024-11-06T10:01:00.000000+00:00",
            "target": [{
                "source": "https://wire.example/nk-minister",
                "selector": [
                    {"type": "RangeSelector", "startContainer": "/div[1]/p[1]", "startOffset": 54,
                     "endContainer": "/div[1]/p[1]", "endOffset": 65},
                    {"type": "TextPositionSelector", "start": 54, "end": 65},
                    {"type": "TextQuoteSelector", "exact": "No Gun Chol", "prefix": "defence minister ",
                     "suffix": " told Krasnaya"},
                ],
            }],
        },
        {
            "id": "PdF456", "uri": "urn:x-pdf:abc", "text": "", "tags": [], "user": "acct:bob@example.org",
            "created": "2024-11-07T08:00:00+00:00", "updated": "2024-11-07T08:00:00+00:00",
            "target": [{"source": "urn:x-pdf:abc", "selector": [
                {"type": "TextQuoteSelector", "exact": "Стороны подписали", "prefix": "", "suffix": " план"},
                {"type": "PageSelector", "index": 1, "label": "2"},
            ]}],
        },
        {"id": "PageNote", "uri": "https://wire.example/nk-minister", "text": "whole-page note", "tags": [],
         "user": "acct:carol@hypothes.is", "created": "", "updated": "", "target": [{"source": "https://wire.example"}]},
    ],
}


def test_hypothesis_rows() -> None:
    data = json.dumps(HYPOTHESIS).encode()
    assert detect_format(data) == "hypothesis"
    first, pdf, note = parse_hypothesis(data)
    assert (first.foreign_id, first.exact, first.start, first.end, first.creator) == ("AbC123", "No Gun Chol", 54, 65, "alice")
    assert first.tags == ("actor", "dprk") and first.note.startswith("Misspelled") and first.prefix == "defence minister "
    assert first.modified.startswith("2024-11-06T10:01")
    assert (pdf.exact, pdf.page, pdf.start, pdf.creator) == ("Стороны подписали", 1, None, "bob")
    assert (note.exact, note.start, note.note) == ("", None, "whole-page note")


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"rows": {}}, "rows:"),
        ({"rows": [1]}, "rows[0]: must be an object"),
        ({"rows": [{"tags": "x"}]}, "rows[0].tags"),
        ({"rows": [{"target": [{"selector": [{"type": "TextPositionSelector", "start": "5", "end": 9}]}]}]},
         "rows[0].target[0].selector[0].start: must be a whole number"),
        ({"rows": [{"target": [{"selector": [{"type": "TextQuoteSelector"}]}]}]}, "selector[0].exact"),
    ],
)
def test_malformed_hypothesis(payload: object, message: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        parse_hypothesis(json.dumps(payload).encode())
    assert message in str(err.value) and "\n" not in str(err.value)


_ANNO = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation"}


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (5, "top level: expected an annotation object"),
        ({"type": "AnnotationPage"}, "items"),
        ({**_ANNO}, "target: missing"),
        ({**_ANNO, "target": "urn:x:2", "body": "urn:x:3", "bodyValue": "x"}, "both body and bodyValue"),
        ({**_ANNO, "target": {"selector": {"type": "TextPositionSelector", "start": -1, "end": 3}}}, "start"),
        ({**_ANNO, "target": {"selector": {"type": "TextPositionSelector", "start": 5, "end": 3}}}, "before start"),
        ({**_ANNO, "target": 7}, "target: must be an IRI or an object"),
        ({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [{"type": "Squirrel"}]}},
         "top level.first.items[0]: not an Annotation"),
    ],
)
def test_malformed_w3c(payload: object, message: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        parse_w3c(json.dumps(payload).encode())
    assert message in str(err.value) and "\n" not in str(err.value)


def test_w3c_accepts_single_annotation_list_and_first_as_list() -> None:
    one = {**_ANNO, "target": {"source": "urn:x:doc", "selector": {
        "type": "FragmentSelector", "value": "page=3", "refinedBy": {"type": "TextQuoteSelector", "exact": "q"}}}}
    assert parse_w3c(json.dumps(one).encode())[0].page == 2
    assert len(parse_w3c(json.dumps([one, one]).encode())) == 2
    collection = {"type": "AnnotationCollection", "first": [one]}
    assert len(parse_w3c(json.dumps(collection).encode())) == 1


def test_detect_format() -> None:
    p = build_project()
    assert detect_format(dumps(export_native(p)).encode()) == "native"
    assert detect_format(dumps(export_w3c(p)).encode()) == "w3c"
    with pytest.raises(ImportFormatError, match="not a Sourcemark, W3C"):
        detect_format(b'{"hello": "world"}')
    with pytest.raises(ImportFormatError, match="not valid JSON"):
        detect_format(b"<html>")
