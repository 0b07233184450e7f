"""`sourcemark merge` and `sourcemark agreement`: outputs, exit codes, nothing changed on refusal."""

import json
import shutil
from pathlib import Path

import pytest

from tests.fixtures.run import run_cli as run


@pytest.fixture
def two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str, str]:
    a, b = tmp_path / "A.sourcemark", tmp_path / "B.sourcemark"
    assert run(capsys, "new", a)[0] == 0
    c1 = run(capsys, "claim", a, "The bridge reopens in May", "--verdict", "false")[1].strip()
    c2 = run(capsys, "claim", a, "Repairs cost four million", "--verdict", "true")[1].strip()
    shutil.copytree(a, b, ignore=shutil.ignore_patterns("lock"))
    return a, b, c1, c2


def test_merge_dry_run_lists_conflicts_side_by_side_and_changes_nothing(two, capsys) -> None:
    a, b, c1, c2 = two
    assert run(capsys, "--analyst", "ana", "verdict", a, c1, "misleading")[0] == 0
    assert run(capsys, "--analyst", "boris", "verdict", b, c1, "mostly false")[0] == 0
    assert run(capsys, "--analyst", "boris", "verdict", b, c2, "mostly true")[0] == 0
    before = (a / "project.json").read_bytes()
    code, out, err = run(capsys, "--analyst", "ana", "merge", a, b, "--dry-run")
    assert code == 0 and err == ""
    assert "claim: 0 new, 1 changed, 0 removed" in out
    assert f"claim {c1}: verdict: misleading | mostly false" in out
    assert (a / "project.json").read_bytes() == before
    # without --prefer the conflict stops the merge: exit 1, one line, nothing written
    code, out, err = run(capsys, "--analyst", "ana", "merge", a, b)
    assert code == 1 and err.startswith("sourcemark: error: 1 conflict(s) need a decision") and err.count("\n") == 1
    assert (a / "project.json").read_bytes() == before
    code, out, err = run(capsys, "--analyst", "ana", "merge", a, b, "--prefer", "theirs")
    assert code == 0 and "analysts: ana, boris" in out
    claims = {c["id"]: c for c in json.loads(run(capsys, "list", a, "claims", "--json")[1])}
    assert claims[c1]["verdict"] == "mostly false" and claims[c2]["verdict"] == "mostly true"
    assert claims[c1]["rev"] == 3 and claims[c2]["rev"] == 2
    code, out, _ = run(capsys, "history", a)
    assert "Merge project" in out


def test_agreement_reports_kappa_as_json(two, capsys) -> None:
    a, b, c1, c2 = two
    assert run(capsys, "verdict", b, c1, "true")[0] == 0
    code, out, err = run(capsys, "agreement", a, b, "--json")
    assert code == 0 and err == ""
    report = json.loads(out)
    assert report["claims_compared"] == 2 and report["verdict_observed"] == 0.5
    assert report["verdict_kappa"] == 0.0  # A: false,true  B: true,true -> p_o .5, p_e .5
    assert report["verdict_disagreements"] == [
        {"claim": c1, "statement": "The bridge reopens in May", "a": "false", "b": "true"}]
    code, out, _ = run(capsys, "agreement", a, b)
    assert code == 0 and "Cohen's kappa 0.000" in out


def test_bad_other_project_is_one_line_exit_2(two, capsys, tmp_path: Path) -> None:
    a, *_ = two
    for cmd in ("merge", "agreement"):
        code, out, err = run(capsys, cmd, a, tmp_path / "nowhere")
        assert code == 2 and err.startswith("sourcemark: error: ") and err.count("\n") == 1


def test_export_format_couch_is_a_bulk_docs_body(two, capsys) -> None:
    a, _b, c1, _c2 = two
    code, out, err = run(capsys, "export", a, "--format", "couch")
    assert code == 0 and err == ""
    docs = json.loads(out)["docs"]
    assert {d["_id"] for d in docs} >= {f"claim:{c1}"} and all("_rev" not in d for d in docs)
