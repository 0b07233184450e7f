"""Lay out the desktop-integration files under a `share/` folder, as they go under a prefix (/usr, ~/.local):

    python packaging/desktop_files.py OUT/share

applications/org.sourcemark.Sourcemark.desktop, mime/packages/ (the project type), metainfo/ (AppStream), and
the icon in icons/hicolor: the SVG as `scalable` plus PNGs at 48, 128 and 256 px rendered from it here with
Qt's SVG renderer (PySide6, already in the build environment), so no generated picture is kept in git.
Used by packaging/build.sh (the bundle's share/, which install.sh and deb.sh copy).
"""

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.sourcemark.Sourcemark"
ICON = "sourcemark"  # Icon= of the desktop file, <icon> of the metainfo
PNG_SIZES = (48, 128, 256)


def render_png(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["desktop_files"])  # noqa: F841 - QPainter needs one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"desktop_files: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"desktop_files: cannot write {out}")


def lay_out(share: Path) -> None:
    packaging = ROOT / "packaging"
    svg = ROOT / "resources" / "icons" / f"{ICON}.svg"
    copies = {
        packaging / f"{APP_ID}.desktop": share / "applications" / f"{APP_ID}.desktop",
        packaging / f"{APP_ID}.xml": share / "mime" / "packages" / f"{APP_ID}.xml",
        packaging / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        svg: share / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON}.svg",
    }
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for size in PNG_SIZES:
        render_png(svg, size, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON}.png")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/desktop_files.py OUT/share")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine may have no display
    lay_out(Path(sys.argv[1]))
