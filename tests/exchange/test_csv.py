"""CSV tables: readable back with the csv module, every column filled, formulas neutralised."""

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.annotations import Annotation
from app.domain.project import Project
from app.exchange.csv_export import (
    ACTOR_COLUMNS,
    ANNOTATION_COLUMNS,
    CLAIM_COLUMNS,
    SOURCE_COLUMNS,
    _line,
    export_csv,
    neutralise,
    record_line,
)

from .story import build_project, documents, oid

OWASP = ["=cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "+1", "\t=1", "\r=1", "=1+1", "=HYPERLINK(\"http://x\")",
         "\uff1d1+1", "\uff0bA1", "\uff0d1", "\uff20SUM(A1)", "\n=1"]


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    body = text.encode("utf-8").decode("utf-8-sig")  # how a reader sees the file written as UTF-8
    return list(csv.DictReader(io.StringIO(body, newline="")))


def test_annotation_rows_are_rfc4180_with_every_column() -> None:
    text = export_csv(build_project())
    assert text.endswith('"\r\n') and text.count('"\r\n"') == 12  # CRLF between records; a bare LF only inside quotes
    rows = _rows(text)
    assert list(rows[0]) == ANNOTATION_COLUMNS and len(rows) == 12
    header = text[1:text.index("\r\n")]
    assert header == ",".join(f'"{c}"' for c in ANNOTATION_COLUMNS)  # QUOTE_ALL
    by_id = {r["annotation_id"]: r for r in rows}
    no = by_id[oid("a-no")]
    assert no["actors"] == "No Kwang Chol (as written: No Gun Chol)"
    assert no["document_sha256"] == documents()[0].sha256 and no["pages_1based"] == ""
    kz = by_id[oid("a-kz")]
    assert kz["sources"] == "Krasnaya Zvezda [cites] F6" and kz["actors"] == "Krasnaya Zvezda"
    assert kz["note"].startswith("'=HYPERLINK")
    claim = by_id[oid("a-claim")]
    assert claim["claims"] == "No North Korean soldier is in Russia [False]"
    assert claim["sources"] == "Wire report [context] B2" and '"not a single soldier"' in claim["exact"]
    paper = by_id[oid("p-plan")]
    assert paper["pages_1based"] == "2" and paper["document_title"] == "Красная звезда № 124"
    assert paper["claims"] == "The two sides signed a military cooperation plan for 2025 [Mostly true]"
    assert all(r["start"].isdigit() and int(r["end"]) > int(r["start"]) for r in rows)


def test_claim_actor_source_tables() -> None:
    p = build_project()
    claims = {r["claim_id"]: r for r in _rows(export_csv(p, table="claims"))}
    assert list(next(iter(claims.values()))) == CLAIM_COLUMNS
    plan = claims[oid("plan")]
    assert plan["made_by"] == "Ri Pyong Chol" and plan["annotations"] == "2"
    assert plan["sources"] == "Krasnaya Zvezda [supports] F6"
    assert plan["documents"] == "N.Korea defence minister denies troops in Russia | Красная звезда № 124"
    actors = {r["actor_id"]: r for r in _rows(export_csv(p, table="actors"))}
    assert list(next(iter(actors.values()))) == ACTOR_COLUMNS and len(actors) == 6
    no = actors[oid("no")]
    assert no["mentions"] == "2" and no["written_as"] == "No Gun Chol; Но Гван Чхоль" and no["claims_made"] == "1"
    sources = {r["source_id"]: r for r in _rows(export_csv(p, table="sources"))}
    assert list(next(iter(sources.values()))) == SOURCE_COLUMNS
    kz = sources[oid("src-kz")]
    assert (kz["grade"], kz["annotations"], kz["claims"], kz["document_title"]) == ("F6", "1", "1", "Красная звезда № 124")


def test_document_filter() -> None:
    rows = _rows(export_csv(build_project(), document_ids={oid("doc-paper")}))
    assert {r["annotation_id"] for r in rows} == {oid("p-no"), oid("p-plan")}
    assert _rows(export_csv(build_project(), table="claims", document_ids={oid("doc-paper")}))[0]["annotations"] == "1"


@pytest.mark.parametrize("payload", OWASP)
def test_formula_injection_is_neutralised_in_every_text_column(payload: str) -> None:
    p = Project()
    wire = documents()[0]
    p.put(wire)
    p.put(Annotation(id=oid("x"), document_id=wire.id, start=0, end=len(payload), exact=payload,
                     prefix="", suffix=payload[:32], note=payload, category="claim", analyst=payload))
    row = _rows(export_csv(p))[0]
    for column in ("exact", "suffix", "note", "analyst"):
        assert row[column] == "'" + payload, column
    assert neutralise("plain") == "plain" and neutralise("a=1") == "a=1" and neutralise("") == ""


def test_unknown_table() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        export_csv(build_project(), table="nope")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(), st.text(alphabet='",\r\n\x00 a\'')), min_size=1, max_size=6))
def test_a_record_is_written_as_the_csv_module_writes_it(cells: list[str]) -> None:
    """The export writes its records itself (four times faster); the text must be the csv module's to the byte."""
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(cells)
    assert record_line(cells) == out.getvalue()
    assert next(csv.reader(io.StringIO(record_line(cells), newline=""))) == cells


_CELL = st.one_of(st.text(), st.text(alphabet='",\r\n\x00 a=+-@\t\'\uff1d'), st.none(), st.integers(), st.booleans())


@settings(max_examples=400, deadline=None)
@given(st.lists(_CELL, min_size=1, max_size=6))
def test_a_row_is_neutralised_and_written_as_the_csv_module_writes_it(row: list[object]) -> None:
    """Whole-row quoting for the usual row, cell by cell for the rest: the csv module's text either way."""
    out = io.StringIO()
    cells = ["" if c is None else neutralise(c if type(c) is str else str(c)) for c in row]
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(cells)
    assert _line(row) == out.getvalue()
