"""The `sourcemark` command: outputs, exit codes, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures import documents as fx
from tests.fixtures.run import run_cli as run

STORY = "Wire story\n\nKrasnaya Zvezda reported that General No Gun Chol met Victor Goremykin in Pyongyang.\n"


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "Kursk.sourcemark"
    assert run(capsys, "new", folder)[0] == 0
    return folder


def test_add_list_text_check(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story one.txt"
    story.write_text(STORY, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(fx.two_column_pdf())
    code, out, err = run(capsys, "add", project, story, pdf)
    assert code == 0 and err == ""
    lines = out.strip().splitlines()
    assert len(lines) == 2 and lines[0].split("\t")[1] == "text" and lines[1].split("\t")[1] == "pdf"
    code, out, _ = run(capsys, "list", project, "documents", "--json")
    docs = json.loads(out)
    assert {d["kind"] for d in docs} == {"text", "pdf"}
    for d in docs:
        assert {"id", "title", "kind", "sha256", "pages", "metadata"} <= set(d)
    text_doc = next(d for d in docs if d["kind"] == "text")
    code, out, _ = run(capsys, "text", project, text_doc["id"])
    assert out == STORY
    start = STORY.index("No Gun Chol")
    code, out, _ = run(capsys, "annotate", project, text_doc["id"], "--start", start, "--end", start + 11)
    assert code == 0 and out.strip().endswith("No Gun Chol")
    code, out, _ = run(capsys, "list", project, "annotations", "--json")
    [ann] = json.loads(out)
    assert (ann["start"], ann["end"], ann["exact"], ann["status"]) == (start, start + 11, "No Gun Chol", "exact")
    assert run(capsys, "check", project)[0] == 0
    # the same file again is reported, not duplicated
    code, out, _ = run(capsys, "add", project, story)
    assert code == 0 and "already in the project" in out


def test_check_fails_on_a_tampered_original(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "s.txt"
    story.write_text(STORY, encoding="utf-8")
    run(capsys, "add", project, story)
    [original] = list((project / "originals").iterdir())
    original.write_bytes(b"tampered")
    code, out, err = run(capsys, "check", project)
    assert code == 1 and out.strip() and "problem" in err


@pytest.mark.parametrize(
    "name, data",
    [
        ("empty.txt", b""),
        ("junk.pdf", fx.junk_bytes()),
        ("truncated.pdf", fx.truncated_pdf()),
        ("junk.epub", fx.junk_bytes()),
        ("locked.pdf", fx.encrypted_pdf()),
    ],
)
def test_bad_input_exits_2_with_one_line(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(capsys, "add", project, path)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("sourcemark: error: ")
    code, out, _ = run(capsys, "list", project, "documents", "--json")
    assert json.loads(out) == []


def test_encrypted_pdf_with_password(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(fx.encrypted_pdf())
    code, _, err = run(capsys, "add", project, path)
    assert code == 2 and "password" in err
    code, _, err = run(capsys, "add", project, path, "--password", "wrong")
    assert code == 2 and "password" in err
    code, out, _ = run(capsys, "add", project, path, "--password", fx.PASSWORD)
    assert code == 0 and "\tpdf\t" in out


def test_check_on_a_folder_that_is_no_project_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "plain").mkdir()
    code, _, err = run(capsys, "check", tmp_path / "plain")
    assert code == 2 and "not a Sourcemark project" in err


def test_usage_errors_exit_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", project, "nonsense")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "list", project.parent / "missing.sourcemark", "documents")
    assert code == 2 and "does not exist" in err
    code, _, err = run(capsys, "text", project, "no-such-id")
    assert code == 2 and "no document" in err


def test_export_import_round_trip_through_files(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "s.txt"
    story.write_text(STORY, encoding="utf-8")
    run(capsys, "add", project, story)
    doc = json.loads(run(capsys, "list", project, "documents", "--json")[1])[0]
    run(capsys, "annotate", project, doc["id"], "--start", 11, "--end", 26)
    out_file = tmp_path / "export.json"
    assert run(capsys, "export", project, "--format", "json", "-o", out_file)[0] == 0
    other = tmp_path / "Other.sourcemark"
    run(capsys, "new", other)
    run(capsys, "add", other, story)
    code, out, _ = run(capsys, "import", other, out_file)
    assert code == 0 and out.splitlines()[0] == "1 new, 0 already present"
    assert out.splitlines()[1].endswith(f"\t{doc['title']}\t1 new, 0 already present, 0 updated")
    first = json.loads(out_file.read_text(encoding="utf-8"))["annotations"]
    second = json.loads(run(capsys, "list", other, "annotations", "--json")[1])
    assert [(a["id"], a["start"], a["end"]) for a in first] == [(a["id"], a["start"], a["end"]) for a in second]
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "sourcemark/1", "annotations": "x"', encoding="utf-8")
    code, out, _ = run(capsys, "import", other, out_file)
    assert code == 0 and out.splitlines()[0] == "0 new, 1 already present"
    code, _, err = run(capsys, "import", other, bad)
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_replaces_prints_counts(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "s.txt"
    story.write_text(STORY, encoding="utf-8")
    run(capsys, "add", project, story)
    doc = json.loads(run(capsys, "list", project, "documents", "--json")[1])[0]
    run(capsys, "annotate", project, doc["id"], "--start", 11, "--end", 26)
    v2 = tmp_path / "s2.txt"
    v2.write_text("Correction appended at the top.\n\n" + STORY, encoding="utf-8")
    code, out, _ = run(capsys, "add", project, v2, "--replaces", doc["id"])
    assert code == 0 and out.strip().endswith("0 exact, 1 moved, 0 fuzzy, 0 orphan")


def test_real_process_has_no_traceback_and_exit_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "add", str(tmp_path / "none.sourcemark"), str(tmp_path / "x.txt")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_mentions_suggests_and_marks_misspellings(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.services import entities
    from app.services.session import ProjectSession

    story = tmp_path / "s.txt"
    story.write_text(STORY, encoding="utf-8")
    run(capsys, "add", project, story)
    doc = json.loads(run(capsys, "list", project, "documents", "--json")[1])[0]
    with ProjectSession.open(project) as session:
        command, actor = entities.create_actor(session, "No Kwang Chol")
        session.execute(command)
    code, out, _ = run(capsys, "mentions", project, actor.id, doc["id"])
    assert code == 0 and out.strip() == "no new mentions"  # the story only misspells him
    code, out, _ = run(capsys, "mentions", project, actor.id, doc["id"], "--suggest")
    assert code == 0 and "\tNo Gun Chol\t(near No Kwang Chol)" in out
    assert json.loads(run(capsys, "list", project, "annotations", "--json")[1]) == []  # --suggest marks nothing
    code, out, _ = run(capsys, "mentions", project, actor.id, doc["id"], "--near")
    assert code == 0 and out.strip().endswith("No Gun Chol")
    [link] = json.loads(run(capsys, "list", project, "links", "--json")[1])
    assert (link["as_written"], link["reason"], link["relation"]) == ("No Gun Chol", "misspelling", "mentions")


def test_export_pdf_with_highlights(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pymupdf

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(fx.two_column_pdf())
    doc = run(capsys, "add", project, pdf)[1].split("\t")[0]
    run(capsys, "annotate", project, doc, "--start", 0, "--end", 5, "--note", "check this")
    out = tmp_path / "annotated.pdf"
    code, _, err = run(capsys, "export", project, "--format", "pdf", "--document", doc, "-o", out)
    assert code == 0, err
    pages = list(pymupdf.open(out))  # keep the pages alive while their annotations are read
    contents = [a.info["content"] for page in pages for a in page.annots()]
    assert len(contents) == 1 and "check this" in contents[0]
    code, _, err = run(capsys, "export", project, "--format", "pdf", "-o", out)
    assert code == 2 and "--document" in err


def test_w3c_import_counts_per_document_and_dry_run(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story, other_file = tmp_path / "s.txt", tmp_path / "o.txt"
    story.write_text(STORY, encoding="utf-8")
    other_file.write_text("A second article, not in the other project.\n", encoding="utf-8")
    run(capsys, "add", project, story, other_file)
    docs = {d["original_name"]: d["id"] for d in json.loads(run(capsys, "list", project, "documents", "--json")[1])}
    run(capsys, "annotate", project, docs["s.txt"], "--start", 11, "--end", 26, "--category", "claim")
    run(capsys, "annotate", project, docs["o.txt"], "--start", 2, "--end", 8)
    w3c = tmp_path / "export.jsonld"
    assert run(capsys, "export", project, "--format", "w3c", "-o", w3c)[0] == 0
    target = tmp_path / "T.sourcemark"
    run(capsys, "new", target)
    run(capsys, "add", target, story)
    code, out, _ = run(capsys, "import", target, w3c, "--dry-run")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "1 new, 0 already present, 1 not in this project (dry run: nothing written)"
    assert lines[1].endswith("\t1 new, 0 already present, 0 updated") and lines[2].startswith("not in this project\t")
    assert run(capsys, "list", target, "annotations")[1] == ""
    assert run(capsys, "import", target, w3c)[1].splitlines()[0] == "1 new, 0 already present, 1 not in this project"
    [ann] = json.loads(run(capsys, "list", target, "annotations", "--json")[1])
    assert ann["category"] == "claim"
    code, out, _ = run(capsys, "import", target, w3c)
    assert out.splitlines()[0] == "0 new, 1 already present, 1 not in this project"
