"""The digest verdict and its note travel with a captured document: CSV, native JSON and the report say the same."""

import csv
import io

from app.domain.digest_verdicts import digest_verdict
from app.domain.documents import Document, DocumentKind, Provenance
from app.domain.project import Project
from app.exchange.csv_export import export_csv
from app.exchange.json_native import dumps, export_native, parse_native
from app.exchange.report_html import render_html
from app.exchange.report_model import build_report

NOTE = "the payload digest is over the de-chunked body (RFC 2616's entity-body), not the body as stored"
CAPTURED = Provenance(source_url="https://news.example/x", captured_at="2026-11-30T08:15:00Z", archive_format="wacz",
                      archive_digest="sha1:AAAA", digest_check="verified-other-convention",
                      extra={"digest_note": NOTE})


def _project(provenance: Provenance) -> Project:
    project = Project(name="digests")
    project.put(Document(id="d1", title="Bridge reopens", kind=DocumentKind.HTML, original_name="site.wacz",
                         sha256="a" * 64, text_sha256="b" * 64, provenance=provenance))
    return project


def test_csv_gives_the_verdict_and_its_note() -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(_project(CAPTURED), table="documents").lstrip("\ufeff"))))
    assert rows[0]["digest_check"] == "verified-other-convention" and rows[0]["digest_note"] == NOTE


def test_native_json_keeps_the_note_through_an_import() -> None:
    imported = parse_native(dumps(export_native(_project(CAPTURED))).encode()).documents[0]
    assert imported.provenance == CAPTURED


def test_the_report_states_the_verdict_in_words_and_says_altered_only_for_a_mismatch() -> None:
    html = render_html(build_report(_project(CAPTURED)), {})
    assert "archive digest matches the page&#39;s content under another convention (the payload digest is over " \
           "the de-chunked body" in html
    assert "altered" not in html
    mismatch = Provenance(archive_format="warc", archive_digest="sha1:AAAA", digest_check="mismatch",
                          extra={"digest_note": "the payload digest matches the body neither as stored nor de-chunked"})
    assert "DOES NOT MATCH the page&#39;s content under any accepted convention: altered" in \
        render_html(build_report(_project(mismatch)), {})


def test_wording_of_each_verdict() -> None:
    assert digest_verdict(Provenance(digest_check="verified")) == "matches the page's content"
    assert digest_verdict(Provenance(digest_check="cannot-check", extra={"digest_note": "ARC records carry no digest"})) \
        == "cannot be checked (ARC records carry no digest)"
    assert digest_verdict(Provenance(archive_format="mhtml")) == "" and digest_verdict(None) == ""


def test_a_mismatch_recorded_by_an_older_version_is_not_called_altered() -> None:
    old = Provenance(archive_format="warc", archive_digest="sha1:AAAA", digest_check="mismatch")  # no digest_note
    assert digest_verdict(old).startswith("does not match as warcio computes it (checked by an older Sourcemark")
    assert "altered" not in digest_verdict(old)
