"""A colleague's record that our own open would refuse never gets in: a merged `"created": 7` or `"note": null`
used to make every later command on our project fail with "damaged record" until a restore."""

import json
import shutil
from pathlib import Path

import pytest

from tests.fixtures.run import run_cli as run

STORY = "Wire story\n\nKrasnaya Zvezda reported that General No Gun Chol met Victor Goremykin in Pyongyang.\n"
DAMAGE = [("created", 7, "field 'created' must be text, not a number"),
          ("note", None, "field 'note' must be text, not null")]


@pytest.fixture
def ours_and_theirs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str]:
    """Our project with a document; the colleague's copy of it, with one annotation more."""
    ours, theirs = tmp_path / "A.sourcemark", tmp_path / "B.sourcemark"
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run(capsys, "new", ours)[0] == 0
    assert run(capsys, "add", ours, story)[0] == 0
    doc = json.loads(run(capsys, "list", ours, "documents", "--json")[1])[0]["id"]
    shutil.copytree(ours, theirs, ignore=shutil.ignore_patterns("lock"))
    assert run(capsys, "annotate", theirs, doc, "--start", 12, "--end", 26)[0] == 0
    return ours, theirs, doc


def _hand_edit(annotations_file: Path, field: str, value: object) -> None:
    """Set `field` of every annotation in a TinyDB annotations file, as a hand edit or another tool would."""
    image = json.loads(annotations_file.read_text(encoding="utf-8"))
    for record in image["annotations"].values():
        record[field] = value
    annotations_file.write_text(json.dumps(image), encoding="utf-8")


def _still_sound(capsys: pytest.CaptureFixture[str], ours: Path) -> None:
    code, out, err = run(capsys, "list", ours, "annotations", "--json")
    assert code == 0 and err == "" and json.loads(out) == []
    code, out, err = run(capsys, "check", ours)
    assert code == 0, err


@pytest.mark.parametrize(("field", "value", "message"), DAMAGE)
def test_merging_a_record_our_open_refuses_is_one_line_and_our_project_still_opens(
        ours_and_theirs, capsys, field: str, value: object, message: str) -> None:
    ours, theirs, doc = ours_and_theirs
    _hand_edit(theirs / "annotations" / f"{doc}.json", field, value)
    before = {p.name: p.read_bytes() for p in (ours / "annotations").iterdir()}
    code, out, err = run(capsys, "merge", ours, theirs)
    assert code != 0 and err.count("\n") == 1 and message in err
    assert {p.name: p.read_bytes() for p in (ours / "annotations").iterdir()} == before
    code, _, err = run(capsys, "merge", ours, theirs, "--dry-run")
    assert code != 0 and err.count("\n") == 1 and message in err
    _still_sound(capsys, ours)
    # `check` on the colleague's project names the same problem
    code, out, err = run(capsys, "check", theirs)
    assert code != 0 and message in out + err


@pytest.mark.parametrize(("field", "value", "message"), DAMAGE)
def test_importing_a_native_export_with_such_a_record_is_refused(
        ours_and_theirs, tmp_path: Path, capsys, field: str, value: object, message: str) -> None:
    ours, theirs, _ = ours_and_theirs
    export = tmp_path / "theirs.json"
    assert run(capsys, "export", theirs, "--format", "json", "-o", export)[0] == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    assert len(data["annotations"]) == 1
    data["annotations"][0][field] = value
    export.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "import", ours, export)
    assert code != 0 and err.count("\n") == 1 and message in err
    _still_sound(capsys, ours)
