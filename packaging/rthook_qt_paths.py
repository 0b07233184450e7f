# PyInstaller run-time hook, used instead of PyInstaller's own for PySide6 (see sourcemark.spec). That one
# imports PySide6.QtCore when the bundle starts, to check a qt.conf that PySide6's wheels register themselves:
# ~0.3 s added to every `sourcemark list`. Only the plugin paths are needed; Qt loads when the GUI does.
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")  # noqa: SLF001 - PyInstaller's bundle folder
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt, "qml")
