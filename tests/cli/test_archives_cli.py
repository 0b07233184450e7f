"""`sourcemark add` with web archives (one document per page, --page, --record) and `sourcemark pages`."""

import json
from pathlib import Path

import pytest

from tests.fixtures import archives as cap
from tests.fixtures.run import run_cli as run

BRIDGE, LIBRARY = "https://news.example/bridge", "https://news.example/library"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, data in {"crawl.warc.gz": cap.warc(), "saved.mhtml": cap.mhtml(), "cut.warc": cap.warc(gzip=False)[:-150],
                       "story.txt": b"Just a plain text story about the bridge and the council."}.items():
        out[name] = tmp_path / name
        out[name].write_bytes(data)
    return out


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "Web.sourcemark"
    assert run(capsys, "new", folder)[0] == 0
    return folder


def _documents(capsys: pytest.CaptureFixture[str], project: Path) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "list", project, "documents", "--json")
    assert code == 0
    return json.loads(out)


def test_add_makes_one_document_per_page(project: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "add", project, files["crawl.warc.gz"])
    assert code == 0 and err == ""
    lines = [line.split("\t") for line in out.strip().splitlines()]
    assert [(kind, title) for _, kind, _, title in lines] == [("html", "Bridge reopens in May"),
                                                               ("html", "Council closes library")]
    docs = _documents(capsys, project)
    assert sorted(d["provenance"]["source_url"] for d in docs) == [BRIDGE, LIBRARY]
    code, out, _ = run(capsys, "add", project, files["crawl.warc.gz"], "--page", LIBRARY)
    assert code == 0 and out.strip().endswith("(already in the project)")
    assert run(capsys, "check", project)[0] == 0


def test_pages_then_add_one_by_record(project: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "pages", files["crawl.warc.gz"])
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert code == 0 and [(r[1], r[2], r[3]) for r in rows] == [
        ("2026-11-30T08:15:00Z", BRIDGE, "Bridge reopens in May"), ("2026-11-30T08:15:00Z", LIBRARY, "Council closes library")]
    code, out, _ = run(capsys, "pages", files["crawl.warc.gz"], "--json")
    assert [p["url"] for p in json.loads(out)] == [BRIDGE, LIBRARY]
    code, out, _ = run(capsys, "add", project, files["crawl.warc.gz"], "--record", rows[1][0])
    assert code == 0 and out.count("\n") == 1 and "Council closes library" in out
    assert [d["provenance"]["archive_record"] for d in _documents(capsys, project)] == [rows[1][0]]


def test_mhtml_and_bad_captures(project: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "add", project, files["saved.mhtml"])
    assert code == 0 and "Bridge reopens in May" in out
    assert _documents(capsys, project)[0]["provenance"]["captured_at_source"] == "MHTML Date header"
    code, out, err = run(capsys, "add", project, files["cut.warc"])
    assert code == 2 and out == "" and err.startswith("sourcemark: error: cut.warc is truncated") and err.count("\n") == 1
    code, _, err = run(capsys, "add", project, files["crawl.warc.gz"], "--page", "https://nowhere.example/")
    assert code == 2 and "has no HTML page 'https://nowhere.example/'" in err
    code, _, err = run(capsys, "pages", files["story.txt"])
    assert code == 2 and "not a web archive" in err
    assert len(_documents(capsys, project)) == 1 and run(capsys, "check", project)[0] == 0


def test_csv_documents_table(project: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "add", project, files["crawl.warc.gz"], files["story.txt"])
    code, out, _ = run(capsys, "export", project, "--format", "csv", "--table", "documents")
    assert code == 0
    header, *rows = out.lstrip("\ufeff").strip().split("\r\n")
    assert '"captured_url","captured_at","captured_at_source"' in header and len(rows) == 3
    assert sum(BRIDGE in row for row in rows) == 1


def test_arc_pages_and_add_by_record_with_provenance(project: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    arc = tmp_path / "old crawl.arc.gz"
    arc.write_bytes(cap.arc(gzip=True))
    code, out, err = run(capsys, "pages", arc)
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert code == 0 and err == "" and [(r[1], r[2]) for r in rows] == [
        ("2026-11-30T08:15:00Z", BRIDGE), ("2026-11-30T08:15:00Z", LIBRARY)]
    code, out, err = run(capsys, "add", project, arc, "--record", rows[1][0])
    assert code == 0 and err == "" and "Council closes library" in out
    prov = _documents(capsys, project)[0]["provenance"]
    assert (prov["archive_format"], prov["archive_record"], prov["source_url"]) == ("arc", rows[1][0], LIBRARY)
    assert run(capsys, "check", project)[0] == 0


def test_a_skipped_undecodable_page_is_a_warning_line(project: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(cap.warc(codings={BRIDGE: "br", LIBRARY: "br-cut"}))
    code, out, err = run(capsys, "add", project, crawl)
    assert code == 0 and "Bridge reopens in May" in out and "Council" not in out
    assert err.count("\n") == 1 and err.startswith("sourcemark: warning:") and "ends early" in err and LIBRARY in err


def test_pages_names_a_page_that_cannot_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(cap.warc(codings={LIBRARY: "zstd"}))
    code, out, _ = run(capsys, "pages", crawl)
    assert code == 0 and out.splitlines()[1].endswith("\t(cannot be read: Content-Encoding zstd is not supported)")
    code, out, _ = run(capsys, "pages", crawl, "--json")
    assert [p["problem"] for p in json.loads(out)] == ["", "Content-Encoding zstd is not supported"]


def test_list_documents_flags_a_publication_date_after_the_capture(project: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.warc"
    old.write_bytes(cap.warc(date="2014-02-16T05:02:21Z", published="2020-05-01", urls=(BRIDGE,)))
    code, _, err = run(capsys, "add", project, old)
    assert code == 0 and "sourcemark: warning:" in err and "2020-05-01 is later than the capture time" in err
    assert "not taken as the publication date" in err
    doc = _documents(capsys, project)[0]
    assert doc["metadata"]["published"] == "" and "published_doubtful" not in doc  # a page's date, never after
    assert run(capsys, "document", project, doc["id"], "--published", "2020-05-01")[0] == 0  # typed by a person
    assert "later than the capture" in _documents(capsys, project)[0]["published_doubtful"]
    assert run(capsys, "document", project, doc["id"], "--published", "2014-02-01")[0] == 0
    assert "published_doubtful" not in _documents(capsys, project)[0]  # corrected: no longer doubtful


def test_digest_verdicts_through_the_cli(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.fixtures import warc_records

    valid, altered = tmp_path / "jswacz.warc", tmp_path / "altered.warc"
    valid.write_bytes(warc_records.js_wacz())
    altered.write_bytes(warc_records.altered())
    code, out, _ = run(capsys, "pages", valid, "--json")
    (page,) = json.loads(out)
    assert code == 0 and page["digest_check"] == "verified-other-convention" and "de-chunked" in page["digest_note"]
    code, _, err = run(capsys, "add", project, valid)
    assert code == 0 and err == ""  # a valid archive under another convention: no accusation
    prov = _documents(capsys, project)[0]["provenance"]
    assert prov["digest_check"] == "verified-other-convention" and "de-chunked" in prov["extra"]["digest_note"]
    code, _, err = run(capsys, "add", project, altered)
    assert code == 0 and "does not match its content under any accepted convention" in err and "altered" in err


def test_pages_names_the_page_a_frame_belongs_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.documents.test_archived_frames import FRAME, TOP, _warc

    site = tmp_path / "site.wacz"
    site.write_bytes(cap.wacz(warc_data=_warc(), pages=(TOP,)))
    code, out, _ = run(capsys, "pages", site)
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert code == 0 and (rows[1][2], rows[1][3]) == (FRAME, f"Ministry statement (frame of {TOP})")
    code, out, _ = run(capsys, "pages", site, "--json")
    assert [p["frame_of"] for p in json.loads(out)] == ["", TOP, FRAME]
