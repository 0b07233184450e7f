"""Where the shipped resources (icons, demo samples) are, whichever way Sourcemark was installed.

A checkout or editable install finds `resources/` beside `app/`; a wheel installs it under
`<prefix>/share/sourcemark/resources` (see [tool.setuptools.data-files]); a PyInstaller bundle puts
it next to the bundled `app` package. Plain path logic, no I/O beyond existence checks, so every
layer may use it.
"""

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        here.parent / "resources",  # checkout, editable install, PyInstaller bundle
        Path(sys.prefix) / "share" / "sourcemark" / "resources",  # wheel in a virtual environment
        Path(sys.base_prefix) / "share" / "sourcemark" / "resources",
    ]
    for candidate in candidates:
        if (candidate / "samples").is_dir():
            return candidate
    return candidates[0]  # callers report the missing file by name
