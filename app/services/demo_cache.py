"""A pristine demo project, built once and copied for each `sourcemark --demo`.

Building the demo loads trafilatura and PyMuPDF's writer, typesets a PDF and commits ~40 commands: about a
third of the GUI's start-up. A copy of a pristine build is as fresh as a rebuild (the GUI only ever edits the
copy). The template is keyed by everything that shapes it: the app version, the analyst, the samples and the
app's code (file times of app/**/*.py in a checkout, the executable in a bundle), so a changed demo builder
never serves an old demo. Any trouble with the cache falls back to building the demo in place.
"""

import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import app
from app.domain.errors import SourcemarkError
from app.services.demo import DEMO_ANALYST, SAMPLES, build_demo_project

_PREFIX = "demo-"
_RUNS = "runs"  # one folder per `--demo` run, removed when the run ends (`remove_run`) or, if killed, by a later run
_NOT_COPIED = ("lock", "*.tmp")  # the builder's lock (its pid) and stray temp files are not part of the project


def demo_copy(target: Path, *, analyst: str = DEMO_ANALYST, cache_root: Path | None) -> Path:
    """A fresh demo project in `target` (which must not exist yet); returns `target`."""
    target = Path(target)
    if cache_root is None:
        return build_demo_project(target, analyst=analyst)
    template = Path(cache_root) / f"{_PREFIX}{cache_key(analyst)}"
    try:
        if not template.is_dir():
            _build_template(template, analyst)
        shutil.copytree(template, target, ignore=shutil.ignore_patterns(*_NOT_COPIED))
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return build_demo_project(target, analyst=analyst)
    return target


def cache_key(analyst: str) -> str:
    digest = hashlib.sha256()
    for part in (app.__version__, analyst, _code_stamp()):
        digest.update(part.encode("utf-8") + b"\0")
    for sample in sorted(SAMPLES.iterdir()):
        digest.update(sample.name.encode("utf-8") + b"\0" + sample.read_bytes())
    return digest.hexdigest()[:16]


def _code_stamp() -> str:
    package = Path(app.__file__).resolve().parent
    sources = sorted(package.rglob("*.py"))
    if sources:  # a checkout or an installed wheel
        return ";".join(f"{p.relative_to(package)}:{st.st_mtime_ns}:{st.st_size}" for p in sources if (st := p.stat()))
    stat = Path(sys.executable).stat()  # a bundle: its byte-code lives in the executable's archive
    return f"{sys.executable}:{stat.st_mtime_ns}:{stat.st_size}"


def _build_template(template: Path, analyst: str) -> None:
    """Build beside the template and rename into place, so a template that exists is complete."""
    template.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".building-", dir=template.parent))
    try:
        build_demo_project(scratch / "demo", analyst=analyst)
        try:
            os.rename(scratch / "demo", template)
        except OSError:
            if not template.is_dir():  # another process winning the race is fine; anything else is not
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for old in template.parent.glob(f"{_PREFIX}*"):
        if old != template:  # templates of other versions, analysts or code: rebuilt if ever needed again
            shutil.rmtree(old, ignore_errors=True)


def new_run(cache_root: Path) -> Path:
    """A fresh empty folder for one demo run, in the cache (not /tmp: the cache is the user's and may be
    cleaned); runs left by killed processes are removed first."""
    runs = Path(cache_root) / _RUNS
    runs.mkdir(parents=True, exist_ok=True)
    sweep_runs(cache_root)
    return Path(tempfile.mkdtemp(prefix="run-", dir=runs))


def is_run(folder: Path, cache_root: Path) -> bool:
    """Whether `folder` (a project) lies in a demo run's folder."""
    runs = (Path(cache_root) / _RUNS).resolve()
    return Path(folder).resolve().parent.parent == runs


def remove_run(folder: Path, cache_root: Path) -> None:
    """Remove the demo run holding the project `folder` (closed by now); anything else is left alone."""
    if is_run(folder, cache_root):
        shutil.rmtree(Path(folder).resolve().parent, ignore_errors=True)


def sweep_runs(cache_root: Path, *, min_age: float = 60.0) -> list[Path]:
    """Remove the runs no process has open (its project's lock is free) and older than `min_age` seconds (a run
    being set up has no lock yet); returns what was removed."""
    removed = []
    for run in sorted((Path(cache_root) / _RUNS).glob("run-*")):
        try:
            if time.time() - run.stat().st_mtime < min_age or any(_held(p) for p in run.iterdir()):
                continue
        except OSError:
            continue
        shutil.rmtree(run, ignore_errors=True)
        removed.append(run)
    return removed


def _held(project: Path) -> bool:
    """Whether a process has the project open (holds its lock; the kernel frees it when the holder dies)."""
    from app.store.lock import ProjectLock

    if not (project / "lock").is_file():
        return False
    try:
        ProjectLock.acquire(project).release()
    except SourcemarkError:
        return True
    return False
