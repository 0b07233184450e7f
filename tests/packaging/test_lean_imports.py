"""The command line starts fast: heavy libraries load only when a document is opened or the GUI starts.

Each check runs in a fresh interpreter (the test process itself has imported everything by now), and the
dependency check walks the runtime requirements of `sourcemark` itself, not whatever else the venv holds.
"""

import json
import re
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

# Never at start-up of a command that does not open a document (nor anywhere, for the first three).
NEVER = ("onnxruntime", "numpy", "networkx")
LAZY = ("pymupdf", "fitz", "trafilatura", "lxml", "charset_normalizer", "PySide6", "shiboken6", "PIL", "jinja2",
        "pymupdf_layout", "pymupdf4llm", "brotli", "pillow_heif", "cryptography")
# Distributions the app must not depend on: the ML stack PyMuPDF 2 brings, and PyMuPDF itself, which would
# overwrite pymupdf-lite's files (both own the `pymupdf` folder).
FORBIDDEN_DISTRIBUTIONS = {"onnxruntime", "numpy", "networkx", "pymupdf", "pymupdf-layout", "pymupdf4llm"}

_REPORT = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
"""


def modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _REPORT + code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    line = next(line for line in out.stderr.splitlines() if line.startswith("MODULES "))
    return {name.split(".")[0] for name in json.loads(line.removeprefix("MODULES "))}


def run_cli(*args: str) -> set[str]:
    code = f"import sys\nfrom app.cli.main import main\nsys.stdout.write(str(main({list(args)!r})))"
    return modules_after(code)


def test_import_app_cli_main_loads_no_heavy_module() -> None:
    loaded = modules_after("import app.cli.main")
    assert "app" in loaded  # the probe sees imports at all
    assert not loaded & set(NEVER + LAZY), sorted(loaded & set(NEVER + LAZY))


def test_probe_sees_a_lazy_import() -> None:
    # The check above could pass because of a broken probe: loading a document must show up.
    loaded = modules_after("from app.documents.registry import load_bytes\nload_bytes(b'<html><body><p>x</p></body></html>', 'a.html')")
    assert {"trafilatura", "lxml"} <= loaded


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two documents, an annotation linked to a claim and an actor: every list has something to print."""
    folder = tmp_path_factory.mktemp("lean") / "Lean.sourcemark"

    def cli(*args: str) -> str:
        out = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert out.returncode == 0, out.stderr
        return out.stdout

    cli("new", str(folder))
    document = cli("add", str(folder), *map(str, sorted(SAMPLES.iterdir()))).split("\t")[0]
    claim = cli("claim", str(folder), "Engineers were trained", "--verdict", "mostly true").strip()
    actor = cli("actor", str(folder), "Arvenia", "--kind", "state body").strip()
    annotation = cli("annotate", str(folder), document, "--start", "0", "--end", "12").split()[0]
    cli("link", str(folder), annotation, claim)
    cli("link", str(folder), annotation, actor)
    assert len(cli("list", str(folder), "links").splitlines()) == 2
    return folder


@pytest.mark.parametrize("kind", ["documents", "annotations", "claims", "actors", "sources", "links"])
def test_sourcemark_list_loads_no_heavy_module(project: Path, kind: str) -> None:
    loaded = run_cli("list", str(project), kind, "--json")
    assert not loaded & set(NEVER + LAZY), sorted(loaded & set(NEVER + LAZY))


def test_sourcemark_check_and_history_load_no_heavy_module(project: Path, tmp_path: Path) -> None:
    # `check` makes each document's text again from its original (a swapped text cache passes every hash,
    # issue 21): it opens documents, so it loads their readers; a project without documents loads none.
    empty = tmp_path / "Empty.sourcemark"
    assert subprocess.run([sys.executable, "-m", "app", "new", str(empty)], cwd=ROOT, timeout=120).returncode == 0
    for args in (("check", str(empty)), ("history", str(project))):
        loaded = run_cli(*args)
        assert not loaded & set(NEVER + LAZY), (args, sorted(loaded & set(NEVER + LAZY)))
    assert not run_cli("check", str(project)) & set(NEVER), "check opens documents, never the ML stack"


def test_no_ml_stack_in_the_runtime_dependencies() -> None:
    """Walk `sourcemark`'s requirements (from pyproject.toml, no extras) through the installed metadata."""
    roots = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    closure = _closure([Requirement(r) for r in roots])
    assert "pymupdf-lite" in closure and "pyside6-essentials" in closure and "trafilatura" in closure
    assert not closure & FORBIDDEN_DISTRIBUTIONS, sorted(closure & FORBIDDEN_DISTRIBUTIONS)


def _closure(todo: list[Requirement]) -> set[str]:
    seen: set[str] = set()
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        name = _normalise(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = distribution(req.name).requires or []
        except PackageNotFoundError:
            pytest.fail(f"{req.name} is a runtime dependency but is not installed: run 'bash packaging/dev.sh setup'")
        todo.extend(Requirement(r) for r in requires)
    return seen


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
