"""File names the save dialogs suggest ("Kursk-claims.csv") and the filter for each kind of file.

Pure Python (no Qt), tested without a window.
"""

import re

FILTERS = {  # file suffix -> the save dialog's filter, so the dialog lists only files of the chosen format
    ".csv": "CSV (*.csv)",
    ".json": "JSON (*.json)",
    ".jsonld": "JSON-LD (*.jsonld)",
    ".graphml": "GraphML (*.graphml)",
    ".ftm.json": "FollowTheMoney entities (*.ftm.json)",
    ".pdf": "PDF (*.pdf)",
    ".html": "HTML (*.html)",
}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in a file name on Windows, macOS or Linux


def project_stem(project_name: str, folder_name: str) -> str:
    """The project's name as the first part of a file name: "Kursk" for Kursk.sourcemark."""
    name = project_name.strip() or folder_name.removesuffix(".sourcemark")
    stem = " ".join(_UNSAFE.sub(" ", name).split()).strip(". ")
    return stem[:80] or "project"


def suggested_name(project_name: str, folder_name: str, what: str, suffix: str) -> str:
    """E.g. suggested_name("Kursk", "Kursk.sourcemark", "claims", ".csv") == "Kursk-claims.csv"."""
    return f"{project_stem(project_name, folder_name)}-{what}{suffix}"


def file_filter(suffix: str) -> str:
    return f"{FILTERS.get(suffix, f'*{suffix}')};;All files (*)"


def with_suffix(path: str, suffix: str) -> str:
    """The name typed into a save dialog, with the format's suffix added if the user left it out."""
    return path if path.lower().endswith(suffix) else path + suffix
