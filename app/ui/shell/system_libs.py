"""Before Qt loads: name the system libraries its platform plugin needs that this machine lacks.

Without them Qt stops with a bare "ImportError: libGL.so.1" or a page of plugin errors (a minimal Debian has
no libGL; Qt 6.5+ needs libxcb-cursor0 for X11, which not every desktop has). This module imports no Qt: it
loads the platform plugin once with the dynamic loader (the fast path: everything is there) and, if that fails,
asks `ldd` which libraries are not found, and says which packages provide them (resources/system-libraries.tsv,
also read by packaging/install.sh).
"""

import ctypes
import importlib.util
import os
import re
import subprocess
from pathlib import Path

from app.resources import resource_dir

_PLUGINS = {"xcb": "libqxcb.so", "offscreen": "libqoffscreen.so", "wayland": "libqwayland*.so"}


def platform_plugin() -> Path | None:
    """The platform plugin Qt is about to load (QT_QPA_PLATFORM, else xcb on an X display, else offscreen)."""
    platform = re.split(r"[:;]", os.environ.get("QT_QPA_PLATFORM", ""))[0]
    if not platform:
        platform = "xcb" if os.environ.get("DISPLAY") else "wayland" if os.environ.get("WAYLAND_DISPLAY") else "offscreen"
    pattern = _PLUGINS.get(platform)
    folder = _plugin_dir()
    if pattern is None or folder is None:
        return None
    return next(iter(sorted((folder / "platforms").glob(pattern))), None)


def _plugin_dir() -> Path | None:
    if os.environ.get("QT_PLUGIN_PATH"):  # the bundle sets it (packaging/rthook_qt_paths.py)
        return Path(os.environ["QT_PLUGIN_PATH"].split(os.pathsep)[0])
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins"


def missing_libraries(plugin: Path) -> list[str]:
    """Sonames the plugin (with what it loads in turn) needs and the system lacks; [] when it loads."""
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = re.match(r"([^:\s]+\.so[.\d]*): cannot open shared object file", str(exc))
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        out = ""
    found = sorted(set(re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE)))
    return found or ([first.group(1)] if first else [])


def packages() -> dict[str, tuple[str, str]]:
    """Library name without version (libxcb-cursor) -> (apt package, dnf package)."""
    table: dict[str, tuple[str, str]] = {}
    try:
        text = (resource_dir() / "system-libraries.tsv").read_text(encoding="utf-8")
    except OSError:
        return table
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) == 3 and not line.startswith("#"):
            table[fields[0]] = (fields[1], fields[2])
    return table


def describe(sonames: list[str]) -> list[str]:
    """One line per missing library, naming the packages to install."""
    table = packages()
    lines = []
    for soname in sonames:
        apt_dnf = table.get(soname.split(".so")[0])
        where = f"apt install {apt_dnf[0]}  |  dnf install {apt_dnf[1]}" if apt_dnf else "install the package that provides it"
        lines.append(f"sourcemark: missing system library {soname}: {where}")
    return lines


def missing_report() -> list[str]:
    """The lines to print before starting the GUI, [] when Qt's platform plugin can load."""
    plugin = platform_plugin()
    return describe(missing_libraries(plugin)) if plugin is not None else []
