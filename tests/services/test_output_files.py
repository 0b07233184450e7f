"""Export files: written atomically, with the mode the umask gives a plain new file (not mkstemp's 0600)."""

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.project_files import write_output

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_exports_respect_the_umask(tmp_path: Path, umask: None, mask: int, mode: int) -> None:
    os.umask(mask)
    target = tmp_path / "out.json"
    write_output(target, "{}\n")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    write_output(target, b"%PDF-1.7\n")  # replacing an existing file: same rule, still atomic
    assert stat.S_IMODE(target.stat().st_mode) == mode and target.read_bytes() == b"%PDF-1.7\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_cli_export_output_is_readable_by_others(tmp_path: Path, umask: None, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main

    os.umask(0o022)
    project = tmp_path / "P.sourcemark"
    assert main(["new", str(project)]) == 0
    out = tmp_path / "export.jsonld"
    assert main(["export", str(project), "--format", "w3c", "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
