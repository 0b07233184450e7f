"""`sourcemark search`: plain and JSON output, modes, no hits, bad input."""

import json
from pathlib import Path

import pytest

from tests.fixtures.run import run_cli as run

STORY = ("Krasnaya Zvezda reported that General No Gun Chol met Victor Goremykin in Pyongyang.\n\n"
         "KRASNAYA ZVEZDA later said the talks went well.\n")


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    folder = tmp_path / "Kursk.sourcemark"
    run(capsys, "new", folder)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, out, _ = run(capsys, "add", folder, story)
    return folder, out.split("\t")[0]


def test_plain_and_json_output(project, capsys) -> None:
    folder, doc = project
    code, out, err = run(capsys, "search", folder, "krasnaya zvezda")
    assert code == 0 and err == ""
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(d, page, int(start)) for d, page, start, _ in lines] == [(doc, "", 0), (doc, "", STORY.index("KRASNAYA"))]
    assert lines[0][3] == "[Krasnaya Zvezda] reported that General No Gun Ch"  # 32 characters each side
    code, out, _ = run(capsys, "search", folder, "krasnaya zvezda", "--json", "--limit", "1")
    (hit,) = json.loads(out)
    assert set(hit) == {"document_id", "title", "start", "end", "pages", "exact", "prefix", "suffix"}
    assert (hit["document_id"], hit["start"], hit["end"], hit["exact"], hit["pages"]) == (doc, 0, 15, "Krasnaya Zvezda", [])


def test_regex_actor_and_document_options(project, capsys) -> None:
    folder, doc = project
    code, out, _ = run(capsys, "search", folder, r"General (\w+ ){3}", "--regex", "--json")
    assert [h["exact"] for h in json.loads(out)] == ["General No Gun Chol "]
    code, out, _ = run(capsys, "actor", folder, "Krasnaya Zvezda", "--kind", "media outlet")
    code, out, _ = run(capsys, "search", folder, "Krasnaya Zvezda", "--actor", "--document", doc, "--json")
    assert len(json.loads(out)) == 2


def test_no_hits_is_exit_0_and_bad_input_exit_2(project, capsys) -> None:
    folder, _ = project
    assert run(capsys, "search", folder, "Belousov") == (0, "", "sourcemark: no matches\n")
    assert run(capsys, "search", folder, "Belousov", "--json")[:2] == (0, "[]\n")
    for args, message in ((("(", "--regex"), "bad regular expression"), (("[z-a]", "--regex"), "bad regular expression"),
                          (("x", "--document", "nope"), "no document"), (("x", "--actor"), "no actor"),
                          (("x", "--limit", "0"), "--limit"), (("x", "--regex", "--actor"), "not allowed")):
        code, out, err = run(capsys, "search", folder, *args)
        assert code == 2 and out == "" and err.startswith("sourcemark: error: ") and message in err
        assert len(err.splitlines()) == 1
