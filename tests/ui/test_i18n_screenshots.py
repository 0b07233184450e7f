"""The demo rendered in each shipped language by the real launcher (SOURCEMARK_LANG, catalogues loaded at start-up).

The pictures stay in /tmp/sourcemark-i18n/ to be looked at: Arabic should be mirrored (docks and menus right to left).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
OUT = Path("/tmp/sourcemark-i18n")
LANGUAGES = ("en", "uk", "ru", "es", "fr", "ko", "ar")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def _shoot(language: str, home: Path) -> Path:
    out = OUT / f"demo-{language}.png"
    out.unlink(missing_ok=True)
    env = {**os.environ, "SOURCEMARK_LANG": language, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data"), "SOURCEMARK_ANALYST": "Test"}
    done = subprocess.run([sys.executable, "-m", "app", "--demo", "--screenshot", str(out)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return out


def _mirrored(image: QImage) -> bool:
    """The menu bar's first item (File) sits at the right: its text's dark pixels are in the right half."""
    y = 12  # the menu bar's text line
    dark = [x for x in range(image.width()) if image.pixelColor(x, y).lightness() < 100]
    return bool(dark) and min(dark) > image.width() // 2


def test_the_demo_renders_in_every_language(tmp_path: Path) -> None:
    shots = {lang: _shoot(lang, tmp_path / lang) for lang in LANGUAGES}
    images = {lang: QImage(str(path)) for lang, path in shots.items()}
    for lang, image in images.items():
        assert not image.isNull() and image.width() > 800, lang
        colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
        assert len(colours) > 20, f"{lang}: a blank picture"
    sizes = {lang: path.stat().st_size for lang, path in shots.items()}
    assert len(set(sizes.values())) == len(LANGUAGES), sizes  # each picture differs (its texts do)
    assert _mirrored(images["ar"]) and not _mirrored(images["en"]) and not _mirrored(images["ru"])
