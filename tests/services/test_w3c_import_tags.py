"""Tags and IRI bodies of W3C and Hypothesis files: an annotation has no tag field, so they are kept in its note
(a "Tags:" line, "Linked:" lines) and counted in the import summary, never dropped without a word."""

import json

from app.exchange.w3c import parse_w3c
from app.services import import_export
from app.services.session import ProjectSession
from tests.fixtures import run

QUOTE = "trained at Russian training centres"


def _row(**extra: object) -> dict[str, object]:
    row = {"id": "h1", "uri": "https://example.org/story/", "text": "check this", "user": "acct:ana@hypothes.is",
           "updated": "2024-11-07T10:00:00+00:00", "target": [{"selector": [{"type": "TextQuoteSelector", "exact": QUOTE}]}]}
    return {**row, **extra}


def test_hypothesis_tags_go_into_the_note_once_and_are_counted(session: ProjectSession, doc_id: str) -> None:
    data = json.dumps({"rows": [_row(tags=["claim", "needs-source", " Kursk ", "needs-source"])]}).encode()
    report = run.import_annotations(session, data, document_id=doc_id)
    assert report.summary() == "1 new, 0 already present; 2 tags kept in notes"
    [ann] = session.project.annotations.values()
    assert ann.category == "claim"  # the tag naming a category became it, and is not repeated
    assert ann.note == "check this\n\nTags: needs-source, Kursk"
    again = import_export.import_annotations(session, data, document_id=doc_id)
    assert again.command is None and again.summary() == "0 new, 1 already present"


def test_w3c_tagging_and_iri_bodies_are_kept_in_the_note(session: ProjectSession, doc_id: str) -> None:
    item = {"type": "Annotation", "id": "urn:x:1", "target": {"selector": {"type": "TextQuoteSelector", "exact": QUOTE}},
            "body": [{"type": "TextualBody", "purpose": "commenting", "value": "look"},
                     {"type": "TextualBody", "purpose": "tagging", "value": "disinfo"},
                     {"type": "SpecificResource", "purpose": "tagging", "source": "http://www.wikidata.org/entity/Q189643"},
                     "https://factcheck.example/123",
                     {"id": "https://img.example/a.png", "type": "Image"},
                     {"type": "SpecificResource", "purpose": "describing", "source": {"id": "https://map.example/k"}}]}
    report = run.import_annotations(session, json.dumps(item).encode(), document_id=doc_id)
    assert report.summary() == "1 new, 0 already present; 2 tags and 3 linked addresses kept in notes"
    [ann] = session.project.annotations.values()
    assert ann.note == ("look\n\nTags: disinfo, http://www.wikidata.org/entity/Q189643\n"
                        "Linked: https://factcheck.example/123\nLinked: https://img.example/a.png\n"
                        "Linked: https://map.example/k")


def test_an_annotation_imported_before_tags_were_kept_gets_them(session: ProjectSession, doc_id: str) -> None:
    run.import_annotations(session, json.dumps({"rows": [_row()]}).encode(), document_id=doc_id)  # as then: no tags
    data = json.dumps({"rows": [_row(tags=["kursk"])]}).encode()  # the same row, not modified since
    report = run.import_annotations(session, data, document_id=doc_id)
    assert report.summary() == "0 new, 0 already present, 1 updated; 1 tag kept in notes"
    assert [a.note for a in session.project.annotations.values()] == ["check this\n\nTags: kursk"]


def test_hostile_numbers_of_tags_leave_the_note_as_written(session: ProjectSession, doc_id: str) -> None:
    data = json.dumps({"rows": [_row(tags=[f"t{i}-" + "x" * 90 for i in range(1200)])]}).encode()
    report = run.import_annotations(session, data, document_id=doc_id)
    assert report.summary() == "1 new, 0 already present" and any("too many tags" in n for n in report.notes)
    assert [a.note for a in session.project.annotations.values()] == ["check this"]


def test_our_own_ocr_marker_is_not_a_tag() -> None:
    ocr = [{"type": "TextualBody", "purpose": "tagging", "value": "ocr"},
           {"type": "TextualBody", "purpose": "describing", "value": "The quoted text was recognised by OCR (confidence 0.91)."}]
    item = {"type": "Annotation", "target": "urn:sha256:00", "body": ocr}
    assert parse_w3c(json.dumps(item).encode())[0].tags == ()
    assert parse_w3c(json.dumps({**item, "body": ocr[:1]}).encode())[0].tags == ("ocr",)  # someone else's tag
