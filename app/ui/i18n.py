"""The interface language: which one, and loading its catalogues (ours and Qt's own) through QTranslator.

The choice is SOURCEMARK_LANG (tests, screenshots), else the setting (Settings › Language), else the system's
(QLocale.system()); a language we have no catalogue for is English. It is applied at start-up only: widgets
built before would keep their old texts. Our catalogue is resources/translations/sourcemark_<lang>.qm, made by
`pyside6-lrelease` from the committed .ts (dev.sh setup, build.sh); an install that carries only the .ts (a wheel
built from a clean checkout) compiles it once into the user cache with the lrelease PySide6 ships.
"""

import hashlib
import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from app.resources import resource_dir

ENGLISH = "en"
# The languages we ship, each named in itself (the settings list shows them so, whatever the current language).
LANGUAGES: dict[str, str] = {"en": "English", "uk": "Українська", "ru": "Русский", "es": "Español",
                             "fr": "Français", "ko": "한국어", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})
ENV = "SOURCEMARK_LANG"
_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer to an installed translator
_chosen = {"language": ENGLISH}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for lupdate under `context` and returns it unchanged: a table's text, translated where it is
    shown. (PySide6's own marker is typed as returning object.)"""
    return text


def supported(code: str) -> str | None:
    """Our code for a language or locale name ("ru", "ru_RU", "pt-BR" -> None), or None."""
    base = code.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in LANGUAGES else None


def choose(setting: str = "system") -> str:
    """The language to use: SOURCEMARK_LANG, else the setting, else the system's (English when we lack it)."""
    for wish in (os.environ.get(ENV, ""), setting):
        if wish and wish != "system" and supported(wish):
            return supported(wish) or ENGLISH
    return supported(QLocale.system().name()) or ENGLISH


def current() -> str:
    """The language chosen at start-up (for the report and the settings dialog)."""
    return _chosen["language"]


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks the chosen language (its own date and number habits), else the
    language's default one: never a date in another language inside the interface's text."""
    system = QLocale.system()
    return system if supported(system.name()) == language else QLocale(language)


def apply(app: QCoreApplication, language: str) -> bool:
    """Install the translators for `language` and make its locale the default; True when our catalogue loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _chosen["language"] = language
    QLocale.setDefault(locale_for(language))
    qt = QTranslator(app)
    if language != ENGLISH and qt.load(f"qtbase_{language}", qt_translations_dir()):  # Qt's buttons and dialogs
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)  # English too: its catalogue holds the plural forms ("1 claim", "2 claims")
    qm = catalogue(language)
    loaded = qm is not None and ours.load(str(qm))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if isinstance(app, QGuiApplication):
        # qtbase's catalogue says RTL for Arabic and Qt would follow it; set it ourselves so it holds even
        # when Qt's catalogue is missing (a trimmed install).
        rtl = language in RIGHT_TO_LEFT
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return loaded


def qt_translations_dir() -> str:
    """Qt's translations: where QLibraryInfo says, or beside PySide6 (the bundle has no qt.conf pointing there)."""
    told = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if told and Path(told).is_dir():
        return told
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")


def translations_dir() -> Path:
    return resource_dir() / "translations"


def catalogue(language: str) -> Path | None:
    """The compiled catalogue of `language`: shipped beside its .ts, or compiled into the user cache."""
    ts = translations_dir() / f"sourcemark_{language}.ts"
    qm = ts.with_suffix(".qm")
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    made = compiled(ts) if ts.is_file() else None  # a .ts newer than its .qm (an edit), or no .qm at all
    return made or (qm if qm.is_file() else None)  # the bundle has no lrelease: its .qm, whatever the times


def compiled(ts: Path) -> Path | None:
    """`ts` compiled by PySide6's lrelease into the user cache, once per content (None if that fails)."""
    import platformdirs

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    out = Path(platformdirs.user_cache_dir("sourcemark")) / "translations" / f"{ts.stem}-{digest}.qm"
    if out.is_file():
        return out
    lrelease = lrelease_program()
    if lrelease is None:
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".part")
    try:
        done = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(partial)], capture_output=True,
                              timeout=60, check=False)
    except OSError:
        return None
    if done.returncode != 0 or not partial.is_file():
        return None
    partial.replace(out)
    return out


def lrelease_program() -> Path | None:
    import PySide6

    program = Path(PySide6.__file__).resolve().parent / "lrelease"
    return program if program.is_file() else None
