"""The desktop-integration files: the menu entry and AppStream metainfo pass their validators, the project MIME
type names a project's project.json (and not other JSON), and the icons are rendered at the hicolor sizes.

desktop-file-validate, appstreamcli and update-mime-database come from Debian's desktop-file-utils, appstream and
shared-mime-info (packaging/dev.sh installs them).
"""

import configparser
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.sourcemark.Sourcemark"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_validates_and_claims_no_folders() -> None:
    out = subprocess.run(["desktop-file-validate", str(PACKAGING / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert out.returncode == 0 and "error" not in out.stdout, out.stdout
    types = _entry()["MimeType"].strip(";").split(";")
    assert "inode/directory" not in types
    assert types[0] == "application/x-sourcemark-project" and "application/pdf" in types
    assert _entry()["Exec"] == "sourcemark %f"


def test_the_metainfo_validates_and_names_the_desktop_id() -> None:
    path = PACKAGING / f"{APP_ID}.metainfo.xml"
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("icon") == _entry()["Icon"]
    assert root.find("provides/mediatype").text == "application/x-sourcemark-project"  # type: ignore[union-attr]


def test_the_project_type_is_given_to_project_json_only(tmp_path: Path) -> None:
    mime = tmp_path / "share" / "mime"
    (mime / "packages").mkdir(parents=True)
    (mime / "packages" / f"{APP_ID}.xml").write_bytes((PACKAGING / f"{APP_ID}.xml").read_bytes())
    subprocess.run(["update-mime-database", str(mime)], check=True, capture_output=True)
    from app.services import project_files

    project_files.create_project(tmp_path / "Case.sourcemark").close()
    other = tmp_path / "elsewhere" / "project.json"
    other.parent.mkdir()
    other.write_text('{"name": "not a project"}', encoding="utf-8")
    probe = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase()\n"
             "for path in sys.argv[1:]: print(db.mimeTypeForFile(path).name())")
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/share", "XDG_DATA_HOME": str(tmp_path / "none")}
    out = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "Case.sourcemark" / "project.json"), str(other)],
                         env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["application/x-sourcemark-project", "application/json"], out.stderr


def test_icons_are_rendered_at_the_hicolor_sizes(tmp_path: Path) -> None:
    share = tmp_path / "share"
    out = subprocess.run([sys.executable, str(PACKAGING / "desktop_files.py"), str(share)], capture_output=True,
                         text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert out.returncode == 0, out.stderr
    for size in (48, 128, 256):
        png = (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "sourcemark.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (size, size)
        assert len(png) > 400  # a drawing, not an empty square
    assert (share / "applications" / f"{APP_ID}.desktop").read_bytes() == (PACKAGING / f"{APP_ID}.desktop").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "sourcemark.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file() and (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
