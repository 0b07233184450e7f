"""A colleague's project folder is untrusted input (issue 21): what its audit log says of analysts, and
files that would hang a real process. The wider corpus of hostile folders runs in test_bad_inputs."""

import json
import os
import shutil
from pathlib import Path

import pytest

from app.store import audit
from tests.fixtures.run import add_document

from .helpers import SOURCEMARK, assert_refused_or_ok, cli, new_text_project, run_measured

HUGE_NAME = "Boris " + "B" * (5 * 2**20)


def _two(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "A.sourcemark"
    new_text_project(a)
    b = tmp_path / "B.sourcemark"
    shutil.copytree(a, b, ignore=shutil.ignore_patterns("lock"))
    return a, b


def _merge_entry(folder: Path) -> dict:  # type: ignore[type-arg]
    entries = audit.read_all(folder / "audit.jsonl")
    return next(e for e in reversed(entries) if e.get("merged_from"))


def test_a_5_mb_analyst_name_from_a_verified_log_is_cut(tmp_path: Path) -> None:
    a, b = _two(tmp_path)
    # actors carry no analyst field: the name lives in the log alone (a claim refuses it, see below)
    assert cli("--analyst", HUGE_NAME, "actor", b, "Ana Example").code == 0
    refused = cli("--analyst", HUGE_NAME, "claim", b, "The bridge reopens in May")
    assert refused.code == 2 and "analyst is too long" in refused.err
    assert cli("check", b).code == 0  # the chain verifies: the name is believed, but not whole
    log_before = (a / "audit.jsonl").stat().st_size
    result = cli("--analyst", "ana", "merge", a, b)
    assert result.code == 0, result.err
    analysts = _merge_entry(a)["analysts"]
    (boris,) = [name for name in analysts if name.startswith("Boris BBB")]
    assert analysts[0] == "ana" and len(boris) == 100 and boris.endswith("…")
    assert (a / "audit.jsonl").stat().st_size - log_before < 20_000  # not 5 MB more
    assert cli("check", a).code == 0


def test_names_and_deletions_from_a_log_that_does_not_verify_are_not_taken(tmp_path: Path) -> None:
    a, b = _two(tmp_path)
    claim = cli("--analyst", "mallory", "claim", b, "The bridge reopens in May").out.strip()
    log = b / "audit.jsonl"
    lines = log.read_bytes().splitlines()
    forged = json.loads(lines[-1])
    forged["analyst"] = "Someone Trusted"  # the hash no longer matches
    log.write_bytes(b"\n".join([*lines[:-1], json.dumps(forged).encode()]) + b"\n")
    assert cli("check", b).code == 1
    # the claim's own analyst field still names its author, cut and printable; the log names nobody
    dry = cli("--analyst", "ana", "merge", a, b, "--dry-run")
    assert dry.code == 0 and "not taken: its deletions and analyst names" in dry.out
    assert cli("--analyst", "ana", "merge", a, b).code == 0
    assert "Someone Trusted" not in _merge_entry(a)["analysts"]
    assert json.loads(cli("list", a, "claims", "--json").out)[0]["id"] == claim


@pytest.mark.slow
def test_named_pipes_in_the_other_project_do_not_hang_real_processes(tmp_path: Path) -> None:
    a, b = _two(tmp_path)
    for path in (b / "audit.jsonl", next((b / "annotations").glob("*.json"), b / "annotations" / "x.json")):
        path.unlink(missing_ok=True)
        os.mkfifo(path)
    for args in (["merge", str(a), str(b), "--dry-run"], ["merge", str(a), str(b)], ["agreement", str(a), str(b)],
                 ["check", str(b)], ["list", str(b), "claims"]):
        result = run_measured([*SOURCEMARK, *args])  # hangs fail the helper's own guard
        if args[0] == "check":
            assert result.code == 1 and "not a regular file" in result.out, (args, result.out, result.err)
        else:
            assert_refused_or_ok(result, " ".join(args[:1]))
            assert result.code == 2 and "not a regular file" in result.err, (args, result.err)
    assert cli("check", a).code == 0


def test_an_original_that_leaves_the_folder_is_not_copied_in(tmp_path: Path) -> None:
    a, b = _two(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("Nothing to do with the story: the analyst's private notes.\n", encoding="utf-8")
    from app.services.session import ProjectSession

    with ProjectSession.open(b) as session:
        add_document(session, secret)
    (original,) = [p for p in (b / "originals").iterdir() if b"private notes" in p.read_bytes()]
    original.unlink()
    original.symlink_to(secret)  # same bytes, same hash: only where it lives gives it away
    result = cli("--analyst", "ana", "merge", a, b)
    assert result.code == 2 and "stored copy" in result.err and "missing" in result.err, result.err
    assert not [p for p in (a / "originals").iterdir() if b"private notes" in p.read_bytes()]
