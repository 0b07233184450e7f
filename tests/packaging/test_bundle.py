"""`bash packaging/build.sh` builds the standalone app; the tarball, unpacked elsewhere, works with no Python around.

The bundled binary runs from a folder outside the source tree, in an environment holding only /usr/bin:/bin
on PATH (no venv, no PYTHONPATH) and a fresh HOME: --version, new/add/list/export, the demo screenshot, the
start-up probe, install.sh with its menu entry, and the .deb packaging/deb.sh makes of it. One build (~1.5-2 min on
2 busy cores) serves every test.
"""

import json
import os
import struct
import subprocess
import time
import tomllib
from pathlib import Path

import pytest

from tests.fixtures import documents as fx

ROOT = Path(__file__).resolve().parents[2]
SIZE_BUDGET_MB = 250

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build into a temporary dist folder and return the tarball."""
    dist = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "SOURCEMARK_DIST": str(dist)}
    start = time.monotonic()
    out = subprocess.run(["bash", "packaging/build.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1100)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-4000:]
    print(f"\nbuild.sh took {time.monotonic() - start:.0f} s")
    tarballs = list(dist.glob("sourcemark-*-linux-*.tar.gz"))
    assert [t.name for t in tarballs] == [f"sourcemark-{pyproject_version()}-linux-{os.uname().machine}.tar.gz"]
    return tarballs[0]


@pytest.fixture(scope="module")
def bundle(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball unpacked in a folder of its own, away from the source tree and the build output."""
    target = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["tar", "xzf", str(built)], cwd=target, check=True, timeout=300)  # as a user would
    folder = target / f"sourcemark-{pyproject_version()}"
    assert (folder / "sourcemark").is_file() and os.access(folder / "sourcemark", os.X_OK)
    return folder


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def run(bundle: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / "sourcemark"), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=180)


def test_bundle_size_and_contents(bundle: Path) -> None:
    size = folder_mb(bundle)
    print(f"\nbundle: {size:.0f} MB unpacked")
    assert size <= SIZE_BUDGET_MB
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqsvg.so"):
        assert (plugins / plugin).is_file(), plugin
    assert (internal / "app" / "assets" / "icons" / "sourcemark.svg").is_file()
    assert (internal / "app" / "assets" / "samples" / "wire-story-northern-shield.html").is_file()
    assert not any((internal / name).exists() for name in ("numpy", "onnxruntime", "networkx", "pymupdf_layout"))
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    for lang in ("uk", "ru", "es", "fr", "ko", "ar"):  # our catalogues, and Qt's own for its buttons and dialogs
        assert (internal / "app" / "assets" / "translations" / f"sourcemark_{lang}.qm").is_file(), lang
        assert (qt_translations / f"qtbase_{lang}.qm").is_file(), lang
    assert not (qt_translations / "qtbase_de.qm").exists() and not (qt_translations / "designer_ru.qm").exists()
    share = bundle / "share"
    desktop = (share / "applications" / "org.sourcemark.Sourcemark.desktop").read_text(encoding="utf-8")
    assert "Icon=sourcemark" in desktop and "Exec=sourcemark %f" in desktop
    for size in (48, 128, 256):
        png = (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "sourcemark.png").read_bytes()
        assert struct.unpack(">II", png[16:24]) == (size, size)
    assert (share / "metainfo" / "org.sourcemark.Sourcemark.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / "org.sourcemark.Sourcemark.xml").is_file()
    assert os.access(bundle / "install.sh", os.X_OK)


def test_version(bundle: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    out = run(bundle, "--version", env=clean_env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"sourcemark {pyproject_version()}"


def test_new_add_list_export(bundle: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    files = tmp_path / "files"
    files.mkdir()
    for sample in (ROOT / "resources" / "samples").iterdir():
        (files / sample.name).write_bytes(sample.read_bytes())
    (files / "report.pdf").write_bytes(fx.many_pages_pdf(3))
    project = tmp_path / "Case.sourcemark"

    assert run(bundle, "new", str(project), env=clean_env, cwd=tmp_path).returncode == 0
    added = run(bundle, "add", str(project), *map(str, sorted(files.iterdir())), env=clean_env, cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    kinds = sorted(line.split("\t")[1] for line in added.stdout.splitlines())
    assert kinds == ["html", "pdf", "text"]  # trafilatura, PyMuPDF and charset-normalizer all work bundled
    exported = run(bundle, "export", str(project), "--format", "json", "-o", str(tmp_path / "out.json"), env=clean_env, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["generator"] == f"Sourcemark {pyproject_version()}"
    assert len(data["documents"]) == 3
    html = next(d for d in data["documents"] if d["kind"] == "html")
    assert html["title"].startswith("Dostrovian engineers trained")
    bad = run(bundle, "add", str(project), str(tmp_path / "missing.pdf"), env=clean_env, cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("sourcemark: error: ") and "Traceback" not in bad.stderr


def test_evidence_formats_and_the_report(bundle: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    """Pillow (images; pillow-heif for HEIC), warcio (web archives; brotli for br-encoded pages) and the
    report's Jinja2 templates are in the bundle."""
    from tests.fixtures import archives as cap
    from tests.fixtures import images as im

    (tmp_path / "shot.png").write_bytes(im.png())
    (tmp_path / "photo.heic").write_bytes(im.heic_photo())
    (tmp_path / "fax.tif").write_bytes(im.tiff_fax(pages=2))
    (tmp_path / "crawl.warc.gz").write_bytes(cap.warc(codings={"https://news.example/library": "br"}))
    project = tmp_path / "Evidence.sourcemark"
    assert run(bundle, "new", str(project), env=clean_env, cwd=tmp_path).returncode == 0
    added = run(bundle, "add", str(project), *(str(tmp_path / n) for n in ("shot.png", "photo.heic", "fax.tif")),
                str(tmp_path / "crawl.warc.gz"), env=clean_env, cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    rows = [line.split("\t") for line in added.stdout.splitlines()]
    assert [r[1] for r in rows[:3]] == ["image"] * 3 and rows[2][2] == "2" and {r[1] for r in rows[3:]} == {"html"}
    assert "Council closes library" in added.stdout and "skipped" not in added.stderr  # the br page decoded
    claim = run(bundle, "claim", str(project), "The bridge reopens in May", "--verdict", "false", env=clean_env, cwd=tmp_path)
    assert claim.returncode == 0, claim.stderr
    report = run(bundle, "report", str(project), "-o", str(tmp_path / "report.html"), env=clean_env, cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    assert "The bridge reopens in May" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_demo_screenshot(bundle: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    env = {k: v for k, v in clean_env.items() if k != "QT_QPA_PLATFORM"}  # no display: --screenshot picks offscreen
    out = run(bundle, "--demo", "--screenshot", str(tmp_path / "shot.png"), env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    png = (tmp_path / "shot.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 800 and height >= 600 and len(png) > 50_000  # a whole window with text, not an empty frame


def test_window_shown_with_the_demo(bundle: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    start = time.time()
    out = run(bundle, "--demo", env={**clean_env, "SOURCEMARK_STARTUP_PROBE": "1"}, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    shown = float(out.stdout.split("sourcemark-window-shown ")[1].split()[0])
    print(f"\nbundle: window shown {shown - start:.2f} s after start (cold; see tests/benchmarks/startup.py)")


def test_install_script(bundle: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    out = subprocess.run([str(bundle / "install.sh"), "--prefix", str(prefix)], env=clean_env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    app = prefix / "opt" / "sourcemark" / "sourcemark"
    linked = subprocess.run([str(prefix / "bin" / "sourcemark"), "--version"], env=clean_env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert linked.stdout.strip() == f"sourcemark {pyproject_version()}"
    desktop = (prefix / "share" / "applications" / "org.sourcemark.Sourcemark.desktop").read_text(encoding="utf-8")
    assert f"Exec={app} %f" in desktop and f"TryExec={app}" in desktop and "Icon=sourcemark" in desktop
    icons = prefix / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "sourcemark.svg").is_file() and (icons / "256x256" / "apps" / "sourcemark.png").is_file()
    assert (prefix / "share" / "metainfo" / "org.sourcemark.Sourcemark.metainfo.xml").is_file()
    removed = subprocess.run([str(bundle / "install.sh"), "--prefix", str(prefix), "--uninstall"], env=clean_env,
                             cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert removed.returncode == 0, removed.stderr
    assert not app.exists() and not (prefix / "bin" / "sourcemark").exists()
    assert not [p for p in (prefix / "share").rglob("*") if p.is_file() and "sourcemark" in p.name.lower()]


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out_dir = tmp_path_factory.mktemp("deb")
    out = subprocess.run(["bash", "packaging/deb.sh", str(bundle), str(out_dir)], cwd=ROOT, capture_output=True,
                         text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    deb = out_dir / f"sourcemark_{pyproject_version()}-1_{arch}.deb"
    print(f"\n.deb: {deb.stat().st_size / 2**20:.0f} MB")
    return deb


def test_deb_package(deb: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    """packaging/deb.sh makes a .deb of the bundle: the app in /opt, the command in /usr/bin, the desktop files in
    /usr/share, and a Depends: line dpkg-shlibdeps computed, naming the libraries Qt's X11 plugin loads."""

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()

    depends = [d.split()[0] for d in field("Depends").split(", ")]
    for package in ("libc6", "libgl1", "libegl1", "libxkbcommon-x11-0", "libxcb-cursor0", "libfontconfig1", "libdbus-1-3"):
        assert package in depends, depends
    assert not any("sourcemark" in d for d in depends) and field("Version") == f"{pyproject_version()}-1"
    assert "<<" not in field("Depends")  # no upper bound (a bundled piece of glibc once pinned libc6 << 2.37)
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    paths = {line.split()[5] for line in listing.splitlines()}
    assert {"./usr/bin/sourcemark", "./opt/sourcemark/sourcemark",
            "./usr/share/applications/org.sourcemark.Sourcemark.desktop",
            "./usr/share/metainfo/org.sourcemark.Sourcemark.metainfo.xml",
            "./usr/share/mime/packages/org.sourcemark.Sourcemark.xml",
            "./usr/share/icons/hicolor/256x256/apps/sourcemark.png"} <= paths
    assert "./opt/sourcemark/install.sh" not in paths and "./opt/sourcemark/share/" not in paths
    assert "-> /opt/sourcemark/sourcemark" in next(line for line in listing.splitlines() if "./usr/bin/sourcemark" in line)
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    version = subprocess.run([str(root / "opt" / "sourcemark" / "sourcemark"), "--version"], env=clean_env, cwd=tmp_path,
                             capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"sourcemark {pyproject_version()}"


MIRROR = "http://deb.debian.org/debian"


@pytest.mark.skipif(os.geteuid() != 0 or not Path("/usr/sbin/debootstrap").exists(),
                    reason="needs root and debootstrap (apt-get install debootstrap; packaging/dev.sh installs it)")
def test_deb_on_a_minimal_debian(deb: Path, tmp_path: Path) -> None:
    """apt installs the .deb into a minimal Debian 12 (debootstrap --variant=minbase, which lacks libGL and the
    xcb libraries), pulling in what Depends: names; then --version and the demo screenshot work there."""
    root = tmp_path / "bookworm"
    made = subprocess.run(["debootstrap", "--variant=minbase", "bookworm", str(root), MIRROR], capture_output=True,
                          text=True, timeout=1200)
    assert made.returncode == 0, made.stdout[-2000:] + made.stderr[-2000:]
    assert not list(root.glob("usr/lib/*/libGL.so.1"))  # as the issue found it: no GL to start with
    (root / "tmp" / deb.name).write_bytes(deb.read_bytes())

    def inside(script: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/tmp/home", "LANG": "C.UTF-8"}
        return subprocess.run(["chroot", str(root), "/bin/sh", "-c", script], env=env, capture_output=True, text=True,
                              timeout=timeout)

    installed = inside(f"apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "
                       f"--no-install-recommends /tmp/{deb.name}", timeout=900)
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
    version = inside("cd /tmp && sourcemark --version")
    assert version.stdout.strip() == f"sourcemark {pyproject_version()}", version.stderr
    shot = inside("mkdir -p /tmp/home && cd /tmp && sourcemark --demo --screenshot /tmp/shot.png")
    assert shot.returncode == 0, shot.stderr
    png = (root / "tmp" / "shot.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1440, 900) and len(png) > 50_000
    assert list((root / "tmp" / "home" / ".cache" / "sourcemark" / "runs").iterdir()) == []  # the demo copy went
