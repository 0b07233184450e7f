"""Conflicts are decided once and never lost (issue 29, item 1): the three scenarios measured on 2026-12-07,
through real PouchDB Servers (a second one as a replica of the first)."""

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain import clock
from app.domain.links import Kind, Relation
from app.domain.records import to_record
from app.domain.revisions import record_hash, unchanged_since
from app.exchange import couch_replication
from app.services import annotate, entities, linking
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.store import sync_state
from tests.fixtures.couch_server import PouchServer
from tests.fixtures.couch_team import branches, replicate, replicate_both
from tests.fixtures.run import add_document

from .conftest import STORY


@pytest.fixture(scope="module")
def replica_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PouchServer]:
    srv = PouchServer(tmp_path_factory.mktemp("replica"))
    yield srv
    srv.stop()


@pytest.fixture
def urls(server: PouchServer, replica_server: PouchServer, request: pytest.FixtureRequest) -> tuple[str, str]:
    name = f"d{abs(hash(request.node.name)) % 10**8}"
    return f"{server.url}/{name}", f"{replica_server.url}/{name}"


@pytest.fixture
def team(tmp_path: Path, story_file: Path, urls: tuple[str, str]) -> Iterator[tuple[list[ProjectSession], dict[str, str]]]:
    """Ana's project (a document, an annotation linked to a claim, two more claims) on the server; Boris and
    Cem cloned it from there, Dan from the replica."""
    server, replica = urls
    a = ProjectSession.create(tmp_path / "ana.sourcemark", analyst="ana")
    doc = add_document(a, story_file).document.id
    ids = {"doc": doc}
    for name in ("x", "y"):
        command, claim = entities.create_claim(a, f"Claim {name}")
        a.execute(command)
        ids[name] = claim.id
    start = STORY.index("engineers from North Korea")
    ids["ann"] = a.execute(annotate.create_annotation(a, doc, start, start + 26)).created[Kind.ANNOTATION][0]
    ids["link"] = a.execute(linking.link(a, (Kind.ANNOTATION, ids["ann"]), (Kind.CLAIM, ids["x"]),
                                         Relation.STATES)).created[Kind.LINK][0]
    sync.sync(a, server)
    replicate(server, replica)
    sessions = [a]
    for name, url in (("boris", server), ("cem", server), ("dan", replica)):
        sync.clone(url, tmp_path / f"{name}.sourcemark", analyst=name)
        sessions.append(ProjectSession.open(tmp_path / f"{name}.sourcemark", analyst=name))
    yield sessions, ids
    for s in sessions:
        s.close()


def _verdict(session: ProjectSession, claim_id: str) -> str | None:
    claim = session.project.claims.get(claim_id)
    return None if claim is None else claim.verdict.value


def test_keeping_an_edit_over_a_deletion_is_taken_by_the_deleter_without_a_question(team) -> None:
    (a, b, _c, _d), ids = team
    a.execute(entities.delete(a, Kind.CLAIM, ids["y"]))
    b.execute(entities.edit_claim(b, ids["y"], verdict="false"))
    assert sync.sync(a).conflicts == []
    report = sync.sync(b)
    assert [cf.describe() for cf in report.conflicts] == [f"claim {ids['y']}: edited here | deleted there"]
    report = sync.sync(b, prefer="mine")
    assert report.conflicts == [] and report.settled and _verdict(b, ids["y"]) == "false"
    assert any(line.startswith("  decided (mine): claim") for line in report.lines())
    for _ in range(2):  # asked never again, on either side
        assert sync.sync(a).conflicts == [] and sync.sync(b).conflicts == []
    assert _verdict(a, ids["y"]) == "false"


def test_keeping_a_deletion_over_an_edit_is_taken_by_the_editor_without_a_question(team) -> None:
    (a, b, _c, _d), ids = team
    a.execute(entities.edit_claim(a, ids["y"], verdict="true"))
    b.execute(entities.delete(b, Kind.CLAIM, ids["y"]))
    assert sync.sync(a).conflicts == []
    report = sync.sync(b)
    assert [cf.describe() for cf in report.conflicts] == [f"claim {ids['y']}: deleted here | edited there"]
    assert sync.sync(b, prefer="mine").conflicts == []
    for _ in range(2):
        assert sync.sync(a).conflicts == [] and sync.sync(b).conflicts == []
    assert ids["y"] not in a.project.claims and ids["y"] not in b.project.claims


def test_a_deletion_pulled_names_what_goes_with_it(team) -> None:
    """Ana deleted the annotation (and her link from it): Cem's pull names both."""
    (a, _b, c, _d), ids = team
    a.execute(entities.delete(a, Kind.ANNOTATION, ids["ann"]))
    sync.sync(a)
    report = sync.sync(c)
    assert report.conflicts == [] and ids["ann"] not in c.project.annotations
    assert {f"  deleted there: annotation {ids['ann']}", f"  deleted there: link {ids['link']}"} <= set(report.lines())


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_deletion_that_would_take_a_link_made_here_is_asked_first(team, choice: str) -> None:
    """Boris linked the annotation to claim y while Ana deleted the annotation: his new link is not removed by
    his pull without a word. Keeping it brings the annotation back for Ana too; accepting her deletion names
    his link as going with it."""
    (a, b, _c, _d), ids = team
    mine = b.execute(linking.link(b, (Kind.ANNOTATION, ids["ann"]), (Kind.CLAIM, ids["y"]),
                                  Relation.STATES)).created[Kind.LINK][0]
    a.execute(entities.delete(a, Kind.ANNOTATION, ids["ann"]))
    sync.sync(a)
    report = sync.sync(b)
    assert [cf.describe() for cf in report.conflicts] == [
        f"annotation {ids['ann']}: link {mine} hangs on it here | deleted there"]
    assert ids["ann"] in b.project.annotations and mine in b.project.links
    report = sync.sync(b, prefer=choice)
    assert report.conflicts == []
    for _ in range(2):
        assert sync.sync(a).conflicts == [] and sync.sync(b).conflicts == []
    if choice == "mine":
        assert ids["ann"] in a.project.annotations and mine in a.project.links
    else:
        assert ids["ann"] not in b.project.annotations and mine not in b.project.links
        assert mine not in a.project.links


def test_a_server_conflict_between_two_analysts_stays_open_for_everyone_until_one_of_them_decides(
        team, urls: tuple[str, str]) -> None:
    """Ana (on the server) and Dan (on the replica) set one verdict; replication leaves both branches. Cem never
    touched the claim: his sync names the conflict and settles nothing; Dan's verdict survives until Ana decides."""
    (a, b, c, d), ids = team
    server, replica = urls
    a.execute(entities.edit_claim(a, ids["x"], verdict="true"))
    d.execute(entities.edit_claim(d, ids["x"], verdict="unproven"))
    assert sync.sync(a).conflicts == [] and sync.sync(d).conflicts == []
    replicate_both(server, replica)
    doc_id = f"claim:{ids['x']}"
    assert sorted(leaf["verdict"] for leaf in branches(server, doc_id)) == ["true", "unproven"]
    for _ in range(2):  # named on every sync, with or without --prefer, and nothing settled by Cem
        for prefer in (None, "theirs"):
            report = sync.sync(c, prefer=prefer)
            assert [cf.oid for cf in report.conflicts] == [ids["x"]] and report.unfinished
            assert "left open for one of them" in report.conflicts[0].describe()
            assert sync.conflict_preview(report).plan.conflicts == []  # the app's merge dialog offers no choice
            assert sorted(leaf["verdict"] for leaf in branches(server, doc_id)) == ["true", "unproven"]
    assert _verdict(c, ids["x"]) == "unverified" and sync_state.read(c.folder).conflicts
    report = sync.sync(a)  # Ana's remembered conflict stays
    assert [cf.oid for cf in report.conflicts] == [ids["x"]]
    assert "verdict: true | unproven" in report.conflicts[0].describe()
    assert [cf.oid for cf in sync.sync(d).conflicts] == [ids["x"]]  # Dan, on the replica, sees it too
    assert [cf.oid for cf in sync.sync(b).conflicts] == [ids["x"]]
    assert sync.sync(a, prefer="theirs").conflicts == []  # Ana takes Dan's verdict
    replicate_both(server, replica)
    for s in (b, c, d, a, b, c, d):
        assert sync.sync(s).conflicts == [], s.analyst
    assert {_verdict(s, ids["x"]) for s in (a, b, c, d)} == {"unproven"}
    assert [leaf["verdict"] for leaf in branches(server, doc_id)] == ["unproven"]
    assert [leaf["verdict"] for leaf in branches(replica, doc_id)] == ["unproven"]


def test_an_analyst_with_a_branch_of_his_own_decides_for_everyone(team, urls: tuple[str, str]) -> None:
    (a, b, c, d), ids = team
    server, replica = urls
    a.execute(entities.edit_claim(a, ids["x"], verdict="true"))
    d.execute(entities.edit_claim(d, ids["x"], verdict="unproven"))
    sync.sync(a)
    sync.sync(d)
    replicate_both(server, replica)
    assert sync.sync(d, prefer="mine").conflicts == []
    replicate_both(server, replica)
    for s in (a, b, c, d, a, b, c):
        assert sync.sync(s).conflicts == [], s.analyst
    assert {_verdict(s, ids["x"]) for s in (a, b, c, d)} == {"unproven"}
    assert len(branches(server, f"claim:{ids['x']}")) == 1


def test_a_claim_kept_over_a_deletion_comes_back_to_those_who_only_took_that_deletion(team) -> None:
    """Ana edits claim y, syncs, deletes it; Boris's sync takes her deletion (of a version newer than his); Cem had
    linked the annotation to y, so he is asked and keeps y. Boris never decided anything: his next sync takes
    Cem's decision, it does not delete y once more (which asked Cem again, forever)."""
    (a, b, c, _d), ids = team
    mine = c.execute(linking.link(c, (Kind.ANNOTATION, ids["ann"]), (Kind.CLAIM, ids["y"]),
                                  Relation.STATES)).created[Kind.LINK][0]
    a.execute(entities.edit_claim(a, ids["y"], verdict="true"))
    sync.sync(a)
    a.execute(entities.delete(a, Kind.CLAIM, ids["y"]))
    sync.sync(a)
    report = sync.sync(b)
    assert report.conflicts == [] and ids["y"] not in b.project.claims
    assert [cf.hanging for cf in sync.sync(c).conflicts] == [(f"link {mine}",)]
    assert sync.sync(c, prefer="mine").conflicts == []
    report = sync.sync(b)
    assert report.conflicts == [] and report.pushed == 0 and ids["y"] in b.project.claims
    for s in (a, c, b, a, c):
        assert sync.sync(s).conflicts == [], s.analyst
    assert all(ids["y"] in s.project.claims and mine in s.project.links for s in (a, b, c))


def test_a_deletion_kept_over_an_edit_on_another_branch_is_taken_by_its_editor(team, urls: tuple[str, str]) -> None:
    """Ana edits claim y twice and syncs (her branch wins on the server), then deletes it; Dan, on the replica, edits
    it too. After replication Ana keeps her deletion over Dan's edit: her tombstone says it was decided over Dan's
    version (not over her own), so Dan's sync takes it without a question."""
    (a, _b, _c, d), ids = team
    server, replica = urls
    for verdict in ("false", "misleading"):
        a.execute(entities.edit_claim(a, ids["y"], verdict=verdict))
    sync.sync(a)
    a.execute(entities.delete(a, Kind.CLAIM, ids["y"]))
    d.execute(entities.edit_claim(d, ids["y"], statement="Dan's wording"))
    sync.sync(d)
    replicate_both(server, replica)
    report = sync.sync(a, prefer="mine")
    assert [cf.describe() for cf in report.settled] == [f"claim {ids['y']}: deleted here | edited there"]
    assert report.settled[0].theirs["statement"] == "Dan's wording" and not report.settled[0].branches
    replicate_both(server, replica)
    report = sync.sync(d)
    assert report.conflicts == [] and ids["y"] not in d.project.claims


def test_a_deletion_kept_over_two_branches_is_taken_by_both_editors(team, urls: tuple[str, str]) -> None:
    """Boris (server) and Dan (replica) edit claim y that Ana deleted; replication leaves both branches. Ana's one
    decision covers both: neither editor is asked again."""
    (a, b, _c, d), ids = team
    server, replica = urls
    a.execute(entities.delete(a, Kind.CLAIM, ids["y"]))
    b.execute(entities.edit_claim(b, ids["y"], verdict="true"))
    d.execute(entities.edit_claim(d, ids["y"], verdict="false"))
    sync.sync(b)
    sync.sync(d)
    replicate_both(server, replica)
    report = sync.sync(a, prefer="mine")
    assert [len(cf.branches) for cf in report.settled] == [1] and report.conflicts == []
    replicate_both(server, replica)
    for s in (b, d, a, b, d):
        assert sync.sync(s).conflicts == [], s.analyst
    assert all(ids["y"] not in s.project.claims for s in (a, b, d))


def test_an_edit_on_top_of_a_version_kept_over_a_deletion_reaches_everyone(team, urls: tuple[str, str]) -> None:
    """Dan sets claim y's verdict (his rev 2) and does not sync yet; Boris deletes y; Cem had linked the annotation
    to y, so he is asked and keeps y: a rev 2 of the content Dan edited, which Boris takes. Dan's edit descends
    from it, so his sync keeps it and sends it (it once recorded the server's rev 2 as his own and never sent it:
    the team diverged, nobody was asked)."""
    (a, b, c, d), ids = team
    d.execute(entities.edit_claim(d, ids["y"], verdict="misleading"))
    c.execute(linking.link(c, (Kind.ANNOTATION, ids["ann"]), (Kind.CLAIM, ids["y"]), Relation.STATES))
    b.execute(entities.delete(b, Kind.CLAIM, ids["y"]))
    sync.sync(b)
    assert sync.sync(c, prefer="mine").settled and c.project.claims[ids["y"]].rev == 2
    assert sync.sync(b).conflicts == [] and b.project.claims[ids["y"]].rev == 2
    replicate_both(*urls)
    report = sync.sync(d)
    assert report.conflicts == [] and report.pulled == 1 and report.pushed == 1  # (the link in, his edit out)
    assert sync.status(d).waiting == 0
    replicate_both(*urls)
    for s in (a, b, c, d, a, b, c):
        assert sync.sync(s).conflicts == [], s.analyst
    assert [_verdict(s, ids["y"]) for s in (a, b, c, d)] == ["misleading"] * 4



class _Frozen(datetime.datetime):
    """A clock that stands still: two analysts' edits in the same second."""

    @classmethod
    def now(cls, tz: Any = None) -> "_Frozen":  # type: ignore[override]
        return cls(2026, 12, 7, 9, 0, 0, tzinfo=datetime.timezone.utc)


def test_one_verdict_reached_by_two_paths_on_server_and_replica_ends_with_one_history(
        team, urls: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ana (on the server) goes "false" -> "unproven", Dan (on the replica) "misleading" -> "unproven", in the same
    second: the same content at the same rev by two histories, pushed on the same parent. Both histories are kept
    (every version either passed through stays an ancestor), and everyone, server and replica end equal."""
    (a, b, c, d), ids = team
    server, replica = urls
    monkeypatch.setattr(clock, "datetime", _Frozen)
    for session, first in ((a, "false"), (d, "misleading")):
        for verdict in (first, "unproven"):
            session.execute(entities.edit_claim(session, ids["x"], verdict=verdict))
    ana, dan = (to_record(s.project.claims[ids["x"]]) for s in (a, d))
    assert record_hash(ana) == record_hash(dan) and ana["rev"] == dan["rev"] == 3 and ana["history"] != dan["history"]
    for _ in range(3):
        for s in (a, d, b, c):
            assert sync.sync(s).conflicts == [], s.analyst
        replicate_both(server, replica)
    final = [to_record(s.project.claims[ids["x"]]) for s in (a, b, c, d)]
    assert all(record == final[0] for record in final), [r["history"] for r in final]
    assert unchanged_since(ana, final[0]) and unchanged_since(dan, final[0])  # both paths are its ancestors
    doc_id = f"claim:{ids['x']}"
    on_server, on_replica = branches(server, doc_id), branches(replica, doc_id)
    assert [leaf["history"] for leaf in on_server] == [leaf["history"] for leaf in on_replica] == [final[0]["history"]]


def test_one_edit_pushed_by_the_previous_release_and_by_this_one_is_one_version(
        team, urls: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ana still runs the previous release (revision ids from the content alone), Dan this one: both set the same
    verdict in the same second, so the server ends with two leaves of one record under two ids. Nobody is asked,
    and one leaf is left."""
    (a, b, c, d), ids = team
    server, replica = urls
    monkeypatch.setattr(clock, "datetime", _Frozen)
    for s in (a, d):
        s.execute(entities.edit_claim(s, ids["x"], verdict="false"))
    with monkeypatch.context() as old_release:
        old_release.setattr(couch_replication, "_body", record_hash)
        assert sync.sync(a).conflicts == []
    assert sync.sync(d).conflicts == []
    replicate_both(server, replica)
    doc_id = f"claim:{ids['x']}"
    assert len(branches(server, doc_id)) == 2
    for _ in range(2):
        for s in (a, b, c, d):
            assert sync.sync(s).conflicts == [], s.analyst
        replicate_both(server, replica)
    assert {_verdict(s, ids["x"]) for s in (a, b, c, d)} == {"false"}
    assert len(branches(server, doc_id)) == len(branches(replica, doc_id)) == 1
