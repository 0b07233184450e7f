"""The desktop's list of recently used files (freedesktop's recently-used.xbel, as GTK and KDE read it).

An opened project is entered as its project.json with the project MIME type (packaging/org.sourcemark.Sourcemark.xml),
so a file manager's "Recent" shows it and opening it starts Sourcemark on the project. The file belongs to every
application of the session: it is read whole, one entry is added or refreshed, and it is written to a temporary
file renamed into place; a file that does not parse is left alone (nothing of another application's is lost).
"""

import os
import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from app.store.schema import PROJECT_FILE

BOOKMARK_NS = "http://www.freedesktop.org/standards/desktop-bookmarks"
MIME_NS = "http://www.freedesktop.org/standards/shared-mime-info"
PROJECT_MIME = "application/x-sourcemark-project"
APP_NAME = "Sourcemark"
APP_EXEC = "'sourcemark %u'"
ET.register_namespace("bookmark", BOOKMARK_NS)
ET.register_namespace("mime", MIME_NS)

_EMPTY = f'<?xml version="1.0" encoding="UTF-8"?>\n<xbel version="1.0" xmlns:bookmark="{BOOKMARK_NS}" xmlns:mime="{MIME_NS}"/>'


def recent_file() -> Path:
    data = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data) / "recently-used.xbel"


def add_project(folder: Path, *, path: Path | None = None, now: datetime | None = None) -> bool:
    """Enter the project in `folder` (as its project.json) in the recent list; False when the list could not be
    read or written (a damaged file, a read-only home): the desktop's list is a courtesy, never an error."""
    path = path or recent_file()
    project_file = Path(folder) / PROJECT_FILE
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    try:
        root = ET.fromstring(path.read_bytes()) if path.exists() else ET.fromstring(_EMPTY)
    except (OSError, ET.ParseError):
        return False
    if root.tag != "xbel":
        return False
    href = Path(project_file).resolve().as_uri()
    bookmark = next((b for b in root.findall("bookmark") if b.get("href") == href), None)
    if bookmark is None:
        bookmark = ET.SubElement(root, "bookmark", href=href, added=stamp)
    bookmark.set("modified", stamp)
    bookmark.set("visited", stamp)
    _application(_metadata(bookmark), stamp)
    return _write(path, root)


def _metadata(bookmark: ET.Element) -> ET.Element:
    info = bookmark.find("info")
    if info is None:
        info = ET.SubElement(bookmark, "info")
    metadata = next((m for m in info.findall("metadata") if m.get("owner") == "http://freedesktop.org"), None)
    if metadata is None:
        metadata = ET.SubElement(info, "metadata", owner="http://freedesktop.org")
    mime = metadata.find(f"{{{MIME_NS}}}mime-type")
    if mime is None:
        mime = ET.SubElement(metadata, f"{{{MIME_NS}}}mime-type")
    mime.set("type", PROJECT_MIME)
    return metadata


def _application(metadata: ET.Element, stamp: str) -> None:
    apps = metadata.find(f"{{{BOOKMARK_NS}}}applications")
    if apps is None:
        apps = ET.SubElement(metadata, f"{{{BOOKMARK_NS}}}applications")
    app = next((a for a in apps if a.get("name") == APP_NAME), None)
    if app is None:
        app = ET.SubElement(apps, f"{{{BOOKMARK_NS}}}application", name=APP_NAME, exec=APP_EXEC, count="0")
    app.set("modified", stamp)
    count = app.get("count") or "0"
    app.set("count", str(int(count) + 1 if count.isdigit() else 1))


def _write(path: Path, root: ET.Element) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".recently-used.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
            os.chmod(tmp, 0o600)  # the list says what the user worked on: theirs alone
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    return True
