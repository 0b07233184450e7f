"""The resources (icons, demo samples) are found however Sourcemark was installed.

A wheel built from the checkout is installed with `pip install --prefix` (the layout `pip install --user` gives:
the package in a site-packages of its own, the desktop files under the prefix's share/) and `--target`; the demo
is then rendered from there, with the checkout nowhere on the path. The editable install of .venv and the
checkout itself are what every other test runs.
"""

import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(out)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-3000:]
    wheels = list(out.glob("sourcemark-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_the_wheel_carries_resources_as_package_data_and_desktop_files_as_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    samples = {p.name for p in (ROOT / "resources" / "samples").iterdir()}
    assert {f"app/assets/samples/{name}" for name in samples} <= names
    assert "app/assets/icons/sourcemark.svg" in names
    data = {n.split(".data/data/", 1)[1] for n in names if ".data/data/" in n}
    assert data == {"share/applications/org.sourcemark.Sourcemark.desktop",
                    "share/icons/hicolor/scalable/apps/sourcemark.svg",
                    "share/mime/packages/org.sourcemark.Sourcemark.xml",
                    "share/metainfo/org.sourcemark.Sourcemark.metainfo.xml"}
    assert not any(n.startswith("resources/") or "/share/sourcemark/" in n for n in names)


def _install(wheel: Path, *how: str) -> None:
    # --ignore-installed: with --prefix, pip would otherwise uninstall the sourcemark of the running environment
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                           "--ignore-installed", *how, str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]


def test_installing_elsewhere_leaves_this_environment_alone(wheel: Path, tmp_path: Path) -> None:
    def shown() -> str:
        return subprocess.run([sys.executable, "-m", "pip", "show", "sourcemark"], capture_output=True, text=True,
                              cwd=tmp_path, timeout=120).stdout

    before = shown()
    assert "Name: sourcemark" in before
    _install(wheel, "--prefix", str(tmp_path / "elsewhere"))
    assert shown() == before  # this environment's sourcemark (the editable install in .venv) is still there


@pytest.mark.parametrize("how", ["--prefix", "--target"])
def test_the_demo_renders_from_an_installed_wheel(wheel: Path, tmp_path: Path, how: str) -> None:
    where = tmp_path / "installed"
    _install(wheel, how, str(where))
    site = where / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages" \
        if how == "--prefix" else where
    assert (site / "app" / "assets" / "samples").is_dir() and not (site / "resources").exists()
    if how == "--prefix":
        assert (where / "share" / "applications" / "org.sourcemark.Sourcemark.desktop").is_file()
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"), "TMPDIR": str(tmp_path)}
    which = subprocess.run([sys.executable, "-c", "import app.resources as r; print(r.resource_dir())"], env=env,
                           cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert which.stdout.strip() == str((site / "app" / "assets").resolve())  # not the checkout's
    shot = tmp_path / "shot.png"
    out = subprocess.run([sys.executable, "-m", "app", "--demo", "--screenshot", str(shot)], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1440, 900)


def test_an_install_without_compiled_catalogues_compiles_one_at_first_run(wheel: Path, tmp_path: Path) -> None:
    """The wheel carries the .ts sources; where no .qm came with them, the first run compiles the chosen one
    into the user's cache with PySide6's lrelease, and later runs reuse it."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"app/assets/translations/sourcemark_{lang}.ts" for lang in ("uk", "ru", "es", "fr", "ko", "ar", "en")} <= names
    where = tmp_path / "installed"
    _install(wheel, "--target", str(where))
    for qm in (where / "app" / "assets" / "translations").glob("*.qm"):
        qm.unlink()  # as from a wheel built in a clean checkout (the .qm are generated, never in git)
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(where), "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(cache)}
    code = ("from PySide6.QtCore import QCoreApplication as A; import app.ui.i18n as i; a = A([]); "
            "print(i.apply(a, 'uk'), A.translate('Actions', '&File'), i.catalogue('uk'))")
    for _run in range(2):
        done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        loaded, file_menu, catalogue = done.stdout.split()
        assert loaded == "True" and file_menu == "&Файл" and Path(catalogue).parent == cache / "sourcemark" / "translations"
    assert len(list((cache / "sourcemark" / "translations").glob("sourcemark_uk-*.qm"))) == 1
