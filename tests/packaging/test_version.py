"""One version, written in pyproject.toml, read by `app.__version__`, `sourcemark --version` and exports."""

import subprocess
import sys
import tomllib
from pathlib import Path

import app
from app import _version_in_pyproject

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_is_the_one_in_pyproject() -> None:
    assert app.__version__ == pyproject_version()


def test_sourcemark_version_prints_it() -> None:
    out = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"sourcemark {pyproject_version()}"


def test_reader_takes_the_project_table_only(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.other]\nversion = "9.9"\n\n[project]\nname = "sourcemark"\ndependencies = [\n  "a",\n]\n'
                    'version = "1.2.3"  # bumped\n\n[tool.x]\nversion = "7"\n', encoding="utf-8")
    assert _version_in_pyproject(str(path)) == "1.2.3"


def test_reader_ignores_other_projects_and_missing_files(tmp_path: Path) -> None:
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "something-else"\nversion = "4.0"\n', encoding="utf-8")
    assert _version_in_pyproject(str(other)) is None
    no_table = tmp_path / "no-table.toml"
    no_table.write_text('name = "sourcemark"\nversion = "4.0"\n', encoding="utf-8")
    assert _version_in_pyproject(str(no_table)) is None
    assert _version_in_pyproject(str(tmp_path / "missing.toml")) is None
