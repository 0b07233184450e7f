"""packaging/requirements.lock decides what a fresh machine gets: `dev.sh setup` installs exactly its pins.

The lock is written by `bash packaging/dev.sh lock` from pyproject.toml's ranges; `dev.sh test --newest` runs the
suite on the newest allowed versions instead (SOURCEMARK_NEWEST=1), where the first test has nothing to check.
"""

import os
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "requirements.lock"


def pins() -> dict[str, str]:
    found = dict(re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\]+)", LOCK.read_text(encoding="utf-8"), re.M))
    return {canonicalize_name(name): version for name, version in found.items()}


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [Requirement(r) for r in [*project["dependencies"], *extras["test"], *extras["bundle"], *extras["keyring"]]]


def test_every_locked_line_carries_hashes() -> None:
    blocks = re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text(encoding="utf-8").split("\n", 2)[2])
    assert len(blocks) == len(pins()) > 40
    assert all("--hash=sha256:" in block for block in blocks)


def test_the_lock_pins_every_declared_distribution_within_its_range() -> None:
    locked = pins()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement.name} is declared in pyproject.toml but not locked"
        assert requirement.specifier.contains(locked[name], prereleases=True), (requirement, locked[name])


@pytest.mark.skipif(os.environ.get("SOURCEMARK_NEWEST") == "1", reason="dev.sh test --newest: not the pinned set")
def test_the_environment_holds_exactly_the_pinned_versions() -> None:
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    wrong = {name: (version, installed.get(name)) for name, version in pins().items() if installed.get(name) != version}
    assert not wrong, f"installed versions differ from packaging/requirements.lock (run `bash packaging/dev.sh setup`): {wrong}"
