"""`sourcemark export --format graphml|ftm` through the CLI, on a project built with the CLI."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from app.cli.main import main
from tests.exchange.test_ftm import validate

STORY = "General No Gun Chol told Krasnaya Zvezda that no soldier was in Russia.\n"


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _project(tmp_path: Path, capsys) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "P.sourcemark"
    run(capsys, "new", folder)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    doc = run(capsys, "add", folder, story)[1].split("\t")[0]
    ids = {"doc": doc}
    ids["actor"] = run(capsys, "actor", folder, "No Kwang Chol", "--alias", "Но Гван Чхоль")[1].strip()
    ids["claim"] = run(capsys, "claim", folder, "No North Korean soldier is in Russia", "--verdict", "false")[1].strip()
    ids["source"] = run(capsys, "source", folder, "NIS briefing", "--grade", "B3")[1].strip()
    start = STORY.index("No Gun Chol")
    ann = run(capsys, "annotate", folder, doc, "--start", start, "--end", start + 11)[1].split("\t")[0]
    run(capsys, "link", folder, ann, ids["actor"], "--reason", "misspelling")
    start = STORY.index("no soldier")
    quote = run(capsys, "annotate", folder, doc, "--start", start, "--end", start + 26)[1].split("\t")[0]
    run(capsys, "link", folder, quote, ids["claim"])
    run(capsys, "link", folder, ids["claim"], ids["source"], "--relation", "contradicts")
    run(capsys, "link", folder, ids["claim"], ids["actor"], "--relation", "made-by")
    return folder, ids


def test_graphml_and_ftm_exports(tmp_path: Path, capsys) -> None:
    folder, ids = _project(tmp_path, capsys)
    code, out, err = run(capsys, "export", folder, "--format", "graphml")
    assert code == 0 and err == ""
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    graph = ET.fromstring(out.encode()).find(f"{ns}graph")
    edges = {(e.get("source"), e.get("target")): e.find(f"{ns}data").text for e in graph.findall(f"{ns}edge")}
    assert edges[(ids["claim"], ids["source"])] == "contradicts" and edges[(ids["claim"], ids["actor"])] == "made-by"
    out_file = tmp_path / "p.ftm.json"
    assert run(capsys, "export", folder, "--format", "ftm", "-o", out_file)[0] == 0
    entities = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    validate(entities)
    person = next(e for e in entities if e["id"] == ids["actor"])
    assert person["properties"]["weakAlias"] == ["No Gun Chol"]
    code, _, err = run(capsys, "export", folder, "--format", "gexf")
    assert code == 2 and "invalid choice" in err
