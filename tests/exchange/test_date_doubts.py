"""A publication date later than the capture is flagged in the exports (computed, so a corrected date clears it)."""

import csv
import io
from dataclasses import replace

from app.domain.documents import Document, DocumentKind, DocumentMetadata, Provenance
from app.domain.project import Project
from app.exchange.csv_export import export_csv
from app.exchange.json_native import export_native, parse_native

CAPTURED = Provenance(source_url="https://news.example/x", captured_at="2014-02-16T05:02:21Z", archive_format="warc")


def _project(published: str) -> Project:
    project = Project(name="dates")
    project.put(Document(id="d1", title="Old page", kind=DocumentKind.HTML, original_name="old.warc",
                         sha256="a" * 64, text_sha256="b" * 64, metadata=DocumentMetadata(published=published),
                         provenance=CAPTURED))
    return project


def test_native_json_flags_a_doubtful_publication_date_and_imports_without_it() -> None:
    doubtful = export_native(_project("2020-05-01"))["documents"][0]
    assert "later than the capture time 2014-02-16T05:02:21Z" in doubtful["published_doubtful"]
    assert "published_doubtful" not in export_native(_project("2014-02-01"))["documents"][0]
    from app.exchange.json_native import dumps

    imported = parse_native(dumps(export_native(_project("2020-05-01"))).encode()).documents[0]
    assert imported.metadata.published == "2020-05-01" and imported.provenance == CAPTURED


def test_csv_documents_table_has_the_flag_last() -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(_project("2020-05-01"), table="documents").lstrip("\ufeff"))))
    assert rows[0]["published"] == "2020-05-01" and "later than the capture" in rows[0]["published_doubtful"]
    project = _project("2020-05-01")
    project.put(replace(project.documents["d1"], metadata=DocumentMetadata(published="2014-02-01")))
    rows = list(csv.DictReader(io.StringIO(export_csv(project, table="documents").lstrip("\ufeff"))))
    assert rows[0]["published_doubtful"] == ""
