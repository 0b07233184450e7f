"""Sourcemark: a desktop workbench for source verification."""

import os
import re

# pyproject.toml is the one place the version is written. A checkout or an editable install finds it beside
# `app/`, and so does the PyInstaller bundle (packaging/sourcemark.spec ships it); an installed wheel asks its
# metadata. Read with a regular expression, not tomllib or importlib.metadata: every command pays for this
# import, and those two cost tens of milliseconds each.
_PROJECT_TABLE = re.compile(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", re.MULTILINE | re.DOTALL)
_FIELD = r'^{}\s*=\s*"([^"]+)"\s*(?:#.*)?$'


def _version_in_pyproject(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return None
    table = _PROJECT_TABLE.search(text)
    if table is None:
        return None
    name = re.search(_FIELD.format("name"), table.group(1), re.MULTILINE)
    version = re.search(_FIELD.format("version"), table.group(1), re.MULTILINE)
    if name is None or name.group(1) != "sourcemark" or version is None:
        return None  # some other project's file
    return version.group(1)


def _find_version() -> str:
    found = _version_in_pyproject(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "pyproject.toml"))
    if found:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sourcemark")
    except PackageNotFoundError:
        return "0+unknown"


__version__ = _find_version()
