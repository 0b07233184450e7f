"""Crash safety: SIGKILL at random instants never loses an acknowledged commit nor breaks the project."""

import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from app.services.session import ProjectSession

from .crash import kill_trial, verify
from .helpers import SOURCEMARK, assert_refused_or_ok, cli, new_text_project, sourcemark, spawn, tmp_files

TRIALS = 30


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("crash") / "Crash.sourcemark"
    return folder, new_text_project(folder)


@pytest.mark.slow
def test_random_kills_of_a_writer_lose_nothing_acknowledged(project: tuple[Path, str]) -> None:
    folder, doc_id = project
    rng = random.Random(20240807)
    required = 0
    for i in range(TRIALS):
        trial = kill_trial(folder, doc_id, rng, real_process=i % 8 == 0)  # every 8th a real `python writer.py`
        verify(folder, trial, cli_check=i % 4 == 0)
        assert trial.lines >= trial.required  # killed after the commits it waited for, not before
        required += trial.required
    assert required > TRIALS  # the kills landed while commits were flowing, not only before (from events, not time)


def _kill_midway(args: list[str], delay: float) -> None:
    proc = spawn(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def _check_ok(folder: Path) -> None:
    with ProjectSession.open(folder):  # rolls forward / clears a torn journal
        pass
    assert not tmp_files(folder)
    result = cli("check", folder)
    assert result.code == 0, result.out + result.err


@pytest.mark.slow
def test_kill_during_add_of_a_large_pdf(tmp_path: Path, big_pdf: Path) -> None:
    folder = tmp_path / "Add.sourcemark"
    assert cli("new", folder).code == 0
    for delay in (0.4, 1.5, 2.5, 3.1, 3.5):
        _kill_midway([*SOURCEMARK, "add", str(folder), str(big_pdf)], delay)
        _check_ok(folder)
    result = sourcemark("add", folder, big_pdf)
    assert_refused_or_ok(result, "add after kills")
    listed = cli("list", folder, "documents").out.splitlines()
    assert len(listed) == 1, listed  # added once, whether an earlier attempt got through or not


@pytest.mark.slow
def test_kill_during_import(tmp_path: Path) -> None:
    folder = tmp_path / "Import.sourcemark"
    doc_id = new_text_project(folder)
    from app.services.annotate import create_annotation

    with ProjectSession.open(folder) as session:  # 2,000 annotations to export and import elsewhere
        from app.services import commands as c

        ops = []
        for i in range(2000):
            ops += create_annotation(session, doc_id, i % 3000, i % 3000 + 20).ops
        session.execute(c.Command("many", tuple(ops)))
    export = tmp_path / "export.json"
    assert cli("export", folder, "--format", "json", "-o", export).code == 0
    target = tmp_path / "Target.sourcemark"
    new_text_project(target)
    for delay in (0.2, 1.0, 1.5, 2.0, 2.5):
        _kill_midway([*SOURCEMARK, "import", str(target), str(export)], delay)
        _check_ok(target)
        anns = cli("list", target, "annotations").out.splitlines()
        assert len(anns) in (0, 2000), len(anns)  # all or nothing
    result = sourcemark("import", target, export)
    assert_refused_or_ok(result, "import after kills")
    assert len(cli("list", target, "annotations").out.splitlines()) == 2000
