"""`sourcemark delete PROJECT ID...`: any kind of object, one undoable audited step, listing what goes with it."""

import json
from pathlib import Path

from app.domain.links import Kind
from app.services.session import ProjectSession
from tests.reliability.helpers import cli


def _project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    p = tmp_path / "P.sourcemark"
    story = tmp_path / "story.txt"
    story.write_text("Engineers clear mines near Kursk, the paper said on Tuesday.\n", encoding="utf-8")
    assert cli("new", p).code == 0
    doc = cli("add", p, story).out.split()[0]
    ids = {"doc": doc}
    ids["claim"] = cli("claim", p, "Engineers clear mines").out.strip()
    ids["actor"] = cli("actor", p, "The paper").out.strip()
    ids["ann"] = cli("annotate", p, doc, "--start", "0", "--end", "9").out.split()[0]
    ids["states"] = cli("link", p, ids["ann"], ids["claim"]).out.strip()
    ids["made_by"] = cli("link", p, ids["claim"], ids["actor"]).out.strip()
    return p, ids


def test_delete_any_kind_lists_what_goes_with_it_and_is_one_undoable_audited_step(tmp_path: Path) -> None:
    p, ids = _project(tmp_path)
    result = cli("--analyst", "ana", "delete", p, ids["claim"], ids["actor"])
    assert result.code == 0, result.err
    rows = [line.split("\t") for line in result.out.splitlines()]
    assert sorted((r[0], r[1], r[2] != "") for r in rows) == sorted([
        ("claim", ids["claim"], False), ("actor", ids["actor"], False),
        ("link", ids["states"], True), ("link", ids["made_by"], True)])
    with ProjectSession.open(p, analyst="ana") as s:
        assert not s.project.claims and not s.project.actors and not s.project.links
        entry = s.store.read_audit()[-1]
        assert entry["analyst"] == "ana" and entry["label"] == "Delete 2 objects and 2 more that hung on them"
        assert sorted(ch["id"] for ch in entry["changes"] if ch["after"] is None and ch["before"]) == sorted(
            [ids["claim"], ids["actor"], ids["states"], ids["made_by"]])  # what each was: nothing is lost
    result = cli("delete", p, ids["doc"])
    assert result.code == 0 and {line.split("\t")[1] for line in result.out.splitlines()} == {
        ids["doc"], ids["ann"]}  # its annotation goes with it (the link from it went with the claim)
    assert json.loads(cli("list", p, "annotations", "--json").out) == []


def test_the_deletion_is_one_undoable_step(tmp_path: Path) -> None:
    from app.services import entities

    p, ids = _project(tmp_path)
    with ProjectSession.open(p, analyst="ana") as s:
        s.execute(entities.delete_objects(s, [ids["ann"], ids["claim"]]))
        assert not s.project.annotations and not s.project.claims and not s.project.links
        s.undo()
        assert set(s.project.claims) == {ids["claim"]} and set(s.project.annotations) == {ids["ann"]}
        assert {lk.id for lk in s.project.links.values()} == {ids["states"], ids["made_by"]}
        assert s.project.find(Kind.LINK, ids["states"]) is not None


def test_delete_an_unknown_id_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    p, ids = _project(tmp_path)
    result = cli("delete", p, ids["claim"], "no-such-id")
    assert result.code == 2 and result.err.count("\n") == 1 and "no object with id no-such-id" in result.err
    with ProjectSession.open(p) as s:
        assert ids["claim"] in s.project.claims
