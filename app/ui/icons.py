"""Files under resources/ (icons, styles) and the application icon."""

from pathlib import Path

from PySide6.QtGui import QIcon

from app.resources import resource_dir

RESOURCES = resource_dir()


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def app_icon() -> QIcon:
    path = resource("icons", "sourcemark.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
