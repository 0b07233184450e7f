"""AppSettings: the user's preferences and recent projects, persisted with QSettings.

One small typed wrapper so no widget reads QSettings keys by hand; it is created once by the launcher
and handed to the widgets that need it.
"""

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app.ui.palette import DEFAULTS

MAX_RECENT = 8
SCHEMES = ("system", "light", "dark")  # appearance: follow the desktop, or always light / dark


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()

    def _loose(self, key: str, default: object) -> Any:
        """A stored value as QSettings returns it (text from a settings file, or what was set): the caller converts it."""
        return self._s.value(key, default)

    # -- analyst and colours -------------------------------------------------------------------------------------
    def analyst(self, default: str = "") -> str:
        return str(self._s.value("analyst", default) or default)

    def has_analyst(self) -> bool:
        """Whether the user has confirmed a name (first run asks for one until then)."""
        return bool(str(self._s.value("analyst", "") or "").strip())

    def set_analyst(self, name: str) -> None:
        self._s.setValue("analyst", name.strip())

    def colors(self) -> dict[str, str]:
        """User colour overrides per category (only the ones that differ from the defaults)."""
        out: dict[str, str] = {}
        for category in DEFAULTS:
            value = self._s.value(f"colors/{category}", "")
            if value:
                out[category] = str(value)
        return out

    def set_colors(self, colors: dict[str, str]) -> None:
        for category in DEFAULTS:
            value = colors.get(category, "")
            if value and value.lower() != DEFAULTS[category]:
                self._s.setValue(f"colors/{category}", value)
            else:
                self._s.remove(f"colors/{category}")

    # -- OCR -------------------------------------------------------------------------------------------------------
    def ocr_languages(self) -> str:
        """Tesseract languages for OCR, e.g. "eng+rus+kor" (default "eng")."""
        return str(self._s.value("ocr/languages", "eng") or "eng")

    def set_ocr_languages(self, value: str) -> None:
        self._s.setValue("ocr/languages", value.strip() or "eng")

    # -- exports -------------------------------------------------------------------------------------------------
    def export_folder(self) -> str:
        """Where the last export or report was saved ("" before the first one): the next save dialog starts there."""
        folder = str(self._s.value("exports/folder", "") or "")
        return folder if folder and Path(folder).is_dir() else ""

    def set_export_folder(self, folder: Path) -> None:
        self._s.setValue("exports/folder", str(folder))

    # -- web capture --------------------------------------------------------------------------------------------
    def capture_user_agent(self) -> str:
        """The User-Agent File › Capture web page… sends; "" for the default naming Sourcemark."""
        return str(self._s.value("capture/user_agent", "") or "")

    def set_capture_user_agent(self, value: str) -> None:
        self._s.setValue("capture/user_agent", " ".join(value.split()))

    def capture_time_limit(self) -> float:
        """Seconds a whole capture may take (as `capture --time-limit`); the default until the dialog changes it."""
        from app.services.capture.web import DEFAULT_TIME_LIMIT

        try:
            seconds = float(self._loose("capture/time_limit", DEFAULT_TIME_LIMIT))
        except (TypeError, ValueError):
            return DEFAULT_TIME_LIMIT
        return seconds if 0 < seconds < float("inf") else DEFAULT_TIME_LIMIT

    def set_capture_time_limit(self, seconds: float) -> None:
        self._s.setValue("capture/time_limit", float(seconds))

    # -- team sync ---------------------------------------------------------------------------------------------------
    def sync_minutes(self) -> int:
        """Sync every N minutes while a project is open (0: only File > Sync now)."""
        try:
            return max(0, int(self._loose("sync/minutes", 0) or 0))
        except (TypeError, ValueError):
            return 0

    def set_sync_minutes(self, minutes: int) -> None:
        self._s.setValue("sync/minutes", max(0, int(minutes)))

    # -- projects ------------------------------------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        value = self._loose("recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [p for p in items if p]

    def add_recent(self, folder: Path) -> None:
        path = str(Path(folder).resolve())
        items = [path] + [p for p in self.recent_projects() if p != path]
        self._s.setValue("recent", items[:MAX_RECENT])

    def last_project(self) -> str | None:
        """The most recent project that still exists (None on first run)."""
        for path in self.recent_projects():
            if Path(path).is_dir():
                return path
        return None

    # -- window layout -------------------------------------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry, state = self._s.value("window/geometry"), self._s.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None, state if isinstance(state, QByteArray) else None)

    def set_window_state(self, geometry: QByteArray, state: QByteArray, screen: str = "") -> None:
        """screen: the device pixel ratio and logical screen size the state was saved at (shell/window_place)."""
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.setValue("window/screen", screen)

    def window_screen(self) -> str:
        value = self._s.value("window/screen", "")
        return value if isinstance(value, str) else ""

    def sync(self) -> None:
        self._s.sync()

    # -- appearance ----------------------------------------------------------------------------------------------
    def color_scheme(self) -> str:
        """"system" (follow the desktop), "light" or "dark"."""
        value = str(self._s.value("appearance/scheme", "system") or "system")
        return value if value in SCHEMES else "system"

    def set_color_scheme(self, value: str) -> None:
        self._s.setValue("appearance/scheme", value if value in SCHEMES else "system")

    def language(self) -> str:
        """"system" (the desktop's language) or a language code such as "uk" (app.ui.i18n.LANGUAGES)."""
        return str(self._s.value("appearance/language", "system") or "system")

    def set_language(self, value: str) -> None:
        self._s.setValue("appearance/language", value or "system")

    # -- coming back -----------------------------------------------------------------------------------------------
    def last_document(self, project: Path) -> str:
        return str(self._s.value(f"{_project_key(project)}/last", "") or "")

    def set_last_document(self, project: Path, document_id: str) -> None:
        self._s.setValue(f"{_project_key(project)}/last", document_id)

    def reading_place(self, project: Path, document_id: str) -> str:
        """Where the user was in a document of a project ("page 3", "offset 5120"), or ""."""
        return str(self._s.value(f"{_project_key(project)}/{document_id}", "") or "")

    def set_reading_place(self, project: Path, document_id: str, place: str) -> None:
        self._s.setValue(f"{_project_key(project)}/{document_id}", place)

    def last_folder(self, kind: str) -> str:
        """The folder a file dialog for this kind of file ("documents", "exports", …) was last used in."""
        folder = str(self._s.value(f"folders/{kind}", "") or "")
        return folder if folder and Path(folder).is_dir() else ""

    def set_last_folder(self, kind: str, path: str | Path) -> None:
        chosen = Path(path)
        self._s.setValue(f"folders/{kind}", str(chosen if chosen.is_dir() else chosen.parent))


def _project_key(project: Path) -> str:
    """A settings group per project folder (a hash: paths hold characters QSettings keys cannot)."""
    return "places/" + hashlib.sha1(str(Path(project).resolve()).encode("utf-8")).hexdigest()[:16]
