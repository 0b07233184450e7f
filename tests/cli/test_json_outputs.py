"""`--json` on every command that reports something: one JSON document on stdout, nothing else there."""

import json
import shutil
from pathlib import Path

import pytest

from tests.fixtures import documents as fx
from tests.fixtures.run import run_cli as run

STORY = "Wire story\n\nKrasnaya Zvezda reported that General No Gun Chol met Victor Goremykin in Pyongyang.\n"


def js(capsys: pytest.CaptureFixture[str], *args: object, code: int = 0) -> object:
    got, out, err = run(capsys, *args, "--json")
    assert got == code, err
    return json.loads(out)  # the whole of stdout is the one JSON document


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "P.sourcemark"
    assert js(capsys, "new", folder) == {"project": str(folder)}
    return folder


@pytest.fixture
def doc(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    [added] = js(capsys, "add", project, story)
    assert (added["kind"], added["added"], added["file"], added["ocr"]) == ("text", True, str(story), None)
    [again] = js(capsys, "add", project, story)
    assert again["id"] == added["id"] and again["added"] is False
    return str(added["id"])


def test_text_annotate_mentions_and_history(project: Path, doc: str, capsys) -> None:
    assert js(capsys, "text", project, doc) == {"document_id": doc, "text": STORY}
    start = STORY.index("Krasnaya")
    ann = js(capsys, "annotate", project, doc, "--start", start, "--end", start + 15)
    assert (ann["start"], ann["end"], ann["exact"], ann["document_id"], ann["category"]) == (
        start, start + 15, "Krasnaya Zvezda", doc, "highlight")
    actor = js(capsys, "actor", project, "No Kwang Chol")["id"]
    assert js(capsys, "mentions", project, actor, doc, "--suggest") == [
        {"start": STORY.index("No Gun"), "end": STORY.index("No Gun") + 11, "as_written": "No Gun Chol",
         "matched": "No Kwang Chol"}]
    assert js(capsys, "mentions", project, actor, doc) == []  # the exact name is not in the text
    marked = js(capsys, "mentions", project, actor, doc, "--near")
    assert [m["exact"] for m in marked] == ["No Gun Chol"]
    history = js(capsys, "history", project, "-n", "2")
    assert len(history) == 2 and {"time", "analyst", "action"} <= set(history[-1])


def test_the_id_commands_give_an_object(project: Path, doc: str, capsys) -> None:
    claim = js(capsys, "claim", project, "The general met the minister")["id"]
    assert js(capsys, "verdict", project, claim, "false") == {"id": claim}
    source = js(capsys, "source", project, "Krasnaya Zvezda", "--grade", "C3")["id"]
    link = js(capsys, "link", project, claim, source)["id"]
    assert json.loads(run(capsys, "list", project, "links", "--json")[1])[0]["id"] == link
    assert js(capsys, "document", project, doc, "--title", "Wire") == {"id": doc}


def test_check_json_keeps_its_exit_codes(project: Path, doc: str, capsys) -> None:
    assert js(capsys, "check", project) == {"ok": True, "problems": []}
    for original in (project / "originals").iterdir():
        original.write_bytes(b"tampered")
    found = js(capsys, "check", project, code=1)
    assert found["ok"] is False and found["problems"] and "sha256" in " ".join(found["problems"]).lower()


def test_import_json_and_replaces(project: Path, doc: str, tmp_path: Path, capsys) -> None:
    start = STORY.index("Pyongyang")
    run(capsys, "annotate", project, doc, "--start", start, "--end", start + 9)
    export = tmp_path / "e.json"
    assert run(capsys, "export", project, "--format", "json", "-o", export)[0] == 0
    report = js(capsys, "import", project, export, "--dry-run")
    assert report["dry_run"] is True and report["skipped"] == 1 and report["added"].get("annotation", 0) == 0
    assert set(report) == {"format", "dry_run", "summary", "added", "skipped", "updated", "not_in_project",
                           "ambiguous", "orphans", "documents", "notes", "conflicts"}
    v2 = tmp_path / "v2.txt"
    v2.write_text("Correction.\n\n" + STORY, encoding="utf-8")
    replaced = js(capsys, "add", project, v2, "--replaces", doc)
    assert replaced["replaces"] == doc and replaced["counts"].get("moved") == 1


def test_merge_json_names_its_conflicts(project: Path, capsys) -> None:
    claim = js(capsys, "claim", project, "The bridge reopens in May")["id"]
    other = project.parent / "O.sourcemark"
    shutil.copytree(project, other, ignore=shutil.ignore_patterns("lock"))
    run(capsys, "--analyst", "ana", "verdict", project, claim, "false")
    run(capsys, "--analyst", "boris", "verdict", other, claim, "true")
    found = js(capsys, "merge", project, other, code=1)
    assert found["merged"] is False and [(c["kind"], c["id"], c["fields"]) for c in found["conflicts"]] == [
        ("claim", claim, ["verdict"])]
    assert found["conflicts"][0]["mine"]["verdict"] == "false" and found["conflicts"][0]["theirs"]["verdict"] == "true"
    done = js(capsys, "merge", project, other, "--prefer", "theirs")
    assert done["merged"] is True and done["changes"] == 1


def test_manifest_and_report_json(project: Path, doc: str, tmp_path: Path, capsys) -> None:
    manifest = tmp_path / "m.json"
    written = js(capsys, "manifest", project, "-o", manifest)["written"]
    assert str(manifest) in written and all(Path(p).exists() for p in written)
    report = tmp_path / "r.html"
    assert js(capsys, "report", project, "-o", report) == {"written": [str(report)]} and report.exists()


def test_sync_and_clone_json(project: Path, server, tmp_path: Path, capsys) -> None:
    js(capsys, "claim", project, "One claim to push")
    url = f"{server.url}/jsonout"
    pushed = js(capsys, "sync", project, url)
    assert pushed["url"] == url and pushed["pushed"] >= 1 and pushed["conflicts"] == []
    cloned = js(capsys, "clone", url, tmp_path / "C.sourcemark")
    assert cloned["pulled"] >= 1 and set(cloned) == set(pushed)


def test_restore_json(project: Path, doc: str, capsys) -> None:
    backups = sorted(p.name for p in (project / "backups").iterdir()) if (project / "backups").exists() else []
    if not backups:
        pytest.skip("this project has no backup yet")
    assert js(capsys, "restore", project)["restored"] in backups


def test_ocr_json(project: Path, tmp_path: Path, capsys) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("no tesseract")
    from tests.fixtures import images as im

    scan = tmp_path / "scan.png"
    scan.write_bytes(im.screenshot_png())
    [added] = js(capsys, "add", project, scan, "--ocr")
    assert added["ocr"]["pages"] == [1] and added["ocr"]["words"] > 0
    again = js(capsys, "ocr", project, added["id"])
    assert again["id"] == added["id"] and again["pages"] == [1] and set(again) == {"id", "pages", "words", "counts",
                                                                                  "warnings"}


def test_pdf_kinds(project: Path, tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(fx.two_column_pdf())
    [added] = js(capsys, "add", project, pdf)
    assert added["kind"] == "pdf" and added["pages"] >= 1
