"""`-` as standard input and output, and the CSV byte order mark only where it belongs (files, or --bom)."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures import documents as fx
from tests.fixtures.run import run_cli as run

STORY = "Wire story\n\nKrasnaya Zvezda reported that General No Gun Chol met Victor Goremykin in Pyongyang.\n"
BOM = "\ufeff"


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    folder = tmp_path / "P.sourcemark"
    assert run(capsys, "new", folder)[0] == 0
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    doc = run(capsys, "add", folder, story)[1].split("\t")[0]
    start = STORY.index("Pyongyang")
    assert run(capsys, "annotate", folder, doc, "--start", start, "--end", start + 9)[0] == 0
    return folder, doc


def test_export_dash_is_stdout_and_writes_no_file(project, tmp_path: Path, capsys, monkeypatch) -> None:
    folder, _ = project
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "export", folder, "--format", "json", "-o", "-")
    assert code == 0 and json.loads(out)["annotations"][0]["exact"] == "Pyongyang"
    assert not (tmp_path / "-").exists()


def test_csv_has_a_bom_in_a_file_and_not_on_stdout(project, tmp_path: Path, capsys) -> None:
    folder, _ = project
    out = run(capsys, "export", folder, "--format", "csv")[1]  # capsys: newline translation off, \r\n kept
    assert not out.startswith(BOM) and "Pyongyang" in out
    assert run(capsys, "export", folder, "--format", "csv", "-o", "-")[1] == out
    assert run(capsys, "export", folder, "--format", "csv", "--bom")[1] == BOM + out
    target = tmp_path / "a.csv"
    assert run(capsys, "export", folder, "--format", "csv", "-o", target)[0] == 0
    assert target.read_bytes().decode("utf-8") == BOM + out  # Excel needs it; a file keeps it as before
    assert run(capsys, "export", folder, "--format", "csv", "-o", target, "--no-bom")[0] == 0
    assert target.read_bytes().decode("utf-8") == out


def test_bom_and_no_bom_exclude_each_other(project, capsys) -> None:
    code, out, err = run(capsys, "export", project[0], "--format", "csv", "--bom", "--no-bom")
    assert code == 2 and out == "" and "not allowed with" in err


def test_import_dash_reads_stdin(project, tmp_path: Path, capsys, monkeypatch) -> None:
    folder, _ = project
    exported = run(capsys, "export", folder, "--format", "json")[1]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(exported.encode("utf-8"))))
    code, out, err = run(capsys, "import", folder, "-", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["skipped"] == 1


def test_a_real_pipe_both_ways_and_a_pdf_on_stdout(project, tmp_path: Path) -> None:
    folder, _ = project
    cmd = [sys.executable, "-m", "app"]
    exported = subprocess.run([*cmd, "export", str(folder), "--format", "w3c", "-o", "-"], capture_output=True,
                              timeout=60, check=True).stdout
    done = subprocess.run([*cmd, "import", str(folder), "-", "--json"], input=exported, capture_output=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["skipped"] == 1
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(fx.two_column_pdf())
    added = subprocess.run([*cmd, "add", str(folder), str(pdf), "--json"], capture_output=True, timeout=60, check=True)
    pdf_id = json.loads(added.stdout)[0]["id"]
    out = subprocess.run([*cmd, "export", str(folder), "--format", "pdf", "--document", pdf_id, "-o", "-"],
                         capture_output=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith(b"%PDF-"), out.stderr
