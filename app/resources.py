"""Where the shipped resources (icons, demo samples) are, whichever way Sourcemark was installed.

`resources/` at the top of the checkout is the one copy; `app/assets` is a link to it, so the files are
package data of `app` ([tool.setuptools.package-data]): a wheel installed by `pip install .`, `--user`,
`--prefix` or `--target`, an editable install and the PyInstaller bundle (packaging/sourcemark.spec) all hold
them beside the package, wherever that landed. Plain path logic, no I/O, so every layer may use it.
"""

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    return Path(__file__).resolve().parent / "assets"
