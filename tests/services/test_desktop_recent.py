"""Opened projects go into the desktop's recently-used.xbel; other applications' entries are kept, a damaged
file is left alone."""

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from app.services import desktop_recent as dr

B, M = dr.BOOKMARK_NS, dr.MIME_NS

OTHER = """<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0" xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info">
  <bookmark href="file:///home/u/notes.txt" added="2026-01-01T10:00:00.000000Z" modified="2026-01-01T10:00:00.000000Z"
            visited="2026-01-01T10:00:00.000000Z">
    <info><metadata owner="http://freedesktop.org"><mime:mime-type type="text/plain"/>
      <bookmark:applications><bookmark:application name="gedit" exec="&apos;gedit %u&apos;"
        modified="2026-01-01T10:00:00Z" count="3"/></bookmark:applications></metadata></info>
  </bookmark>
</xbel>
"""


def _entries(path: Path) -> dict[str, ET.Element]:
    return {b.get("href", ""): b for b in ET.parse(path).getroot().findall("bookmark")}


def test_a_project_is_added_beside_other_applications_entries(tmp_path: Path) -> None:
    xbel = tmp_path / "recently-used.xbel"
    xbel.write_text(OTHER, encoding="utf-8")
    project = tmp_path / "Case One.sourcemark"
    project.mkdir()
    assert dr.add_project(project, path=xbel, now=datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    entries = _entries(xbel)
    href = (project / "project.json").resolve().as_uri()
    assert set(entries) == {"file:///home/u/notes.txt", href} and "%20" in href
    mine = entries[href]
    assert mine.get("added") == mine.get("visited") == "2026-12-07T09:00:00.000000Z"
    assert mine.find(f"info/metadata/{{{M}}}mime-type").get("type") == "application/x-sourcemark-project"
    app = mine.find(f"info/metadata/{{{B}}}applications/{{{B}}}application")
    assert (app.get("name"), app.get("exec"), app.get("count")) == ("Sourcemark", "'sourcemark %u'", "1")
    gedit = entries["file:///home/u/notes.txt"].find(f"info/metadata/{{{B}}}applications/{{{B}}}application")
    assert gedit.get("count") == "3"  # untouched
    text = xbel.read_text(encoding="utf-8")
    assert "xmlns:bookmark=" in text and "<bookmark:application " in text and "ns0" not in text
    assert xbel.stat().st_mode & 0o777 == 0o600


def test_opening_again_refreshes_the_one_entry(tmp_path: Path) -> None:
    xbel = tmp_path / "data" / "recently-used.xbel"  # not there yet: made
    assert dr.add_project(tmp_path, path=xbel, now=datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    assert dr.add_project(tmp_path, path=xbel, now=datetime(2026, 12, 8, 9, 0, tzinfo=UTC))
    [entry] = _entries(xbel).values()
    assert entry.get("added").startswith("2026-12-07") and entry.get("visited").startswith("2026-12-08")
    assert entry.find(f"info/metadata/{{{B}}}applications/{{{B}}}application").get("count") == "2"


def test_a_damaged_list_is_left_alone(tmp_path: Path) -> None:
    xbel = tmp_path / "recently-used.xbel"
    xbel.write_text("<xbel><bookmark", encoding="utf-8")
    assert not dr.add_project(tmp_path, path=xbel)
    assert xbel.read_text(encoding="utf-8") == "<xbel><bookmark"
    assert [p.name for p in tmp_path.iterdir()] == ["recently-used.xbel"]  # no temporary file left


def test_the_default_list_follows_xdg_data_home(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert dr.recent_file() == tmp_path / "share" / "recently-used.xbel"
