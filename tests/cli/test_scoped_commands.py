"""Commands that need no annotations read no annotations file; annotate and a W3C/Hypothesis import into a
document append to it without reading it (issue 31); listing a document's annotations reads only its file."""

import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.store import database

STORY = "Krasnaya Zvezda reported that General No Gun Chol met Victor Goremykin in Pyongyang on November 6.\n"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The database files the store parses, in order."""
    seen: list[str] = []
    real = database._read_raw

    def spy(folder: Path, rel: str, overlay: dict[str, bytes | None]) -> object:
        seen.append(rel)
        return real(folder, rel, overlay)

    monkeypatch.setattr(database, "_read_raw", spy)
    return seen


def run(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    code = main(["--analyst", "ana", *map(str, args)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out.strip()


def test_commands_read_only_the_annotations_they_need(tmp_path: Path, capsys: pytest.CaptureFixture[str], reads: list[str]) -> None:
    p = tmp_path / "K.sourcemark"
    run(capsys, "new", p)
    docs = []
    for n in range(2):
        story = tmp_path / f"story{n}.txt"
        story.write_text(f"{n} {STORY}", encoding="utf-8")
        docs.append(run(capsys, "add", p, story).split("\t")[0])
    spans = [run(capsys, "annotate", p, doc, "--start", 2, "--end", 17).split("\t")[0] for doc in docs]
    claim = run(capsys, "claim", p, "The generals met")
    run(capsys, "link", p, spans[0], claim)
    hypothesis = tmp_path / "h.json"
    hypothesis.write_text(json.dumps({"rows": [{"target": [{"selector": [
        {"type": "TextQuoteSelector", "exact": "Victor Goremykin", "prefix": "met ", "suffix": " in"}]}]}]}))

    reads.clear()
    actor = run(capsys, "actor", p, "No Kwang Chol")
    run(capsys, "verdict", p, claim, "false")
    run(capsys, "source", p, "Krasnaya Zvezda", "--document", docs[0])
    run(capsys, "document", p, docs[1], "--title", "Second story")
    run(capsys, "link", p, claim, actor, "--relation", "made-by")
    for kind in ("documents", "claims", "actors", "sources"):
        run(capsys, "list", p, kind)
    run(capsys, "history", p)
    assert set(reads) == {"project.json"}

    reads.clear()
    start = 2 + STORY.index("No Gun Chol")
    made = run(capsys, "annotate", p, docs[1], "--start", start, "--end", start + 11).split("\t")[0]
    run(capsys, "import", p, hypothesis, "--document", docs[1])
    assert set(reads) == {"project.json"}
    assert (p / f"annotations/{docs[1]}.delta").is_file()  # both appended there
    run(capsys, "list", p, "annotations", "--document", docs[1])
    assert set(reads) == {"project.json", f"annotations/{docs[1]}.json"}

    # the same file into the other document: the id derived from its annotation is taken in docs[1]'s delta,
    # which this open did not read; the import finds that out and reads that document before it plans again
    reads.clear()
    run(capsys, "import", p, hypothesis, "--document", docs[0])
    assert set(reads) == {"project.json", f"annotations/{docs[1]}.json"}

    annotations = json.loads(run(capsys, "list", p, "annotations", "--json"))
    assert sorted(a["exact"] for a in annotations) == ["Krasnaya Zvezda", "Krasnaya Zvezda", "No Gun Chol", "Victor Goremykin",
                                                       "Victor Goremykin"]
    assert len({a["id"] for a in annotations}) == len(annotations)
    assert made in {a["id"] for a in annotations}
    links = json.loads(run(capsys, "list", p, "links", "--json"))
    assert sorted((link["subject_id"], link["relation"]) for link in links) == sorted([(spans[0], "states"), (claim, "made-by")])
    assert run(capsys, "check", p) == "ok"
