"""Which compiled catalogue is loaded: the shipped one, one compiled at first run, or a stale one rather than none."""

import os
import shutil
from pathlib import Path

import pytest

from app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    for name in ("sourcemark_uk.ts", "sourcemark_uk.qm"):
        shutil.copy(ROOT / "resources" / "translations" / name, folder / name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return folder


def test_the_shipped_catalogue_is_used(shipped: Path) -> None:
    os.utime(shipped / "sourcemark_uk.ts", (1_000_000, 1_000_000))
    assert i18n.catalogue("uk") == shipped / "sourcemark_uk.qm"


def test_a_newer_source_is_compiled_into_the_cache(shipped: Path, tmp_path: Path) -> None:
    os.utime(shipped / "sourcemark_uk.qm", (1_000_000, 1_000_000))
    made = i18n.catalogue("uk")
    assert made is not None and made.parent == tmp_path / "cache" / "sourcemark" / "translations"
    assert made.read_bytes()[:4] == (shipped / "sourcemark_uk.qm").read_bytes()[:4]  # a .qm (its magic number)


def test_without_lrelease_an_older_catalogue_beats_none(shipped: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle copies its files in any order and carries no lrelease: its .qm is loaded whatever the times."""
    os.utime(shipped / "sourcemark_uk.qm", (1_000_000, 1_000_000))
    monkeypatch.setattr(i18n, "lrelease_program", lambda: None)
    assert i18n.catalogue("uk") == shipped / "sourcemark_uk.qm"
    (shipped / "sourcemark_uk.qm").unlink()
    assert i18n.catalogue("uk") is None and i18n.catalogue("de") is None


def test_languages_are_recognised_from_locale_names() -> None:
    assert [i18n.supported(n) for n in ("uk_UA", "ru-RU", "ar_EG.UTF-8", "ko", "pt_BR", "C", "")] == \
        ["uk", "ru", "ar", "ko", None, None, None]
