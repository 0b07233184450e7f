"""`sourcemark report`, `sourcemark manifest`, and `check` on the audit chain: exit codes and one-line errors."""

import json
from pathlib import Path

import pytest

from app.cli.main import main

STORY = "The minister said on Tuesday that <b>no troops</b> had crossed the border.\n"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "P.sourcemark"
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    doc = run(capsys, "add", folder, story)[1].split("\t")[0]
    claim = run(capsys, "claim", folder, "<script>alert(1)</script> No troops crossed", "--verdict", "false")[1]
    ann = run(capsys, "annotate", folder, doc, "--start", 4, "--end", 12)[1].split("\t")[0]
    assert run(capsys, "link", folder, ann, claim)[0] == 0
    return folder


def test_report_html_and_pdf(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", project, "-o", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert code == 0 and out == str(tmp_path / "r.html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; No troops crossed" in html and "<script>" not in html
    assert run(capsys, "report", project, "-o", tmp_path / "r.pdf")[0] == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_report_in_another_language_with_lang(project: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "report", project, "-o", tmp_path / "ru.html", "--lang", "ru")[0] == 0
    ru = (tmp_path / "ru.html").read_text(encoding="utf-8")
    assert '<html lang="ru" dir="ltr">' in ru and "<h1>Отчёт о проверке</h1>" in ru and "Findings" not in ru
    assert run(capsys, "report", project, "-o", tmp_path / "ar.html", "--lang", "ar")[0] == 0
    ar = (tmp_path / "ar.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in ar and "<h1>تقرير التحقق</h1>" in ar
    code, _, err = run(capsys, "report", project, "-o", tmp_path / "de.html", "--lang", "de")
    assert code == 2 and "invalid choice" in err


@pytest.mark.parametrize("args, message", [
    (["-o", "r.txt"], "must end in .html or .pdf"),
    (["-o", "r.html", "--claim", "nope"], "no claim with id nope"),
])
def test_report_bad_usage_is_one_line(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      args: list[str], message: str) -> None:
    args = [str(tmp_path / a) if a.startswith("r.") else a for a in args]
    code, _, err = run(capsys, "report", project, *args)
    assert code == 2 and err.startswith("sourcemark: error:") and message in err and "\n" not in err


def test_manifest_and_a_timestamp_request(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "manifest", project, "-o", tmp_path / "m.json", "--tsq", tmp_path / "m.tsq")
    assert code == 0 and out.splitlines() == [str(tmp_path / n) for n in ("m.export.json", "m.json", "m.tsq")]
    data = json.loads((tmp_path / "m.json").read_bytes())
    assert data["audit"]["entries"] == data["audit"]["chained_entries"] == 4
    code, _, err = run(capsys, "manifest", project, "-o", tmp_path / "m2.json", "--export", tmp_path / "missing.pdf")
    assert code == 2 and err.startswith("sourcemark: error:") and "\n" not in err


def test_check_and_manifest_name_a_tampered_audit_entry(project: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    log = project / "audit.jsonl"
    lines = log.read_bytes().splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if b'"verdict":"false"' in line)  # the claim's entry
    lines[number - 1] = lines[number - 1].replace(b'"verdict":"false"', b'"verdict":"true"')
    log.write_bytes(b"".join(lines))
    code, out, err = run(capsys, "check", project)
    assert code == 1 and f"audit log: entry {number} does not match its hash" in out.splitlines()
    code, out, err = run(capsys, "manifest", project, "-o", tmp_path / "m.json")
    assert code == 1 and out == f"audit log: entry {number} does not match its hash" and "no manifest written" in err
    assert not (tmp_path / "m.json").exists()
