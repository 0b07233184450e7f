"""The house limit on module size (CONTRIBUTING.md, "Small modules"): no module under app/ is over 450 lines.

A module that grows past it is split along a seam its code argues for, not trimmed by squeezing lines."""

from pathlib import Path

import pytest

LIMIT = 450
APP = Path(__file__).resolve().parents[2] / "app"


def _lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for _ in f)


def oversized(root: Path = APP, limit: int = LIMIT) -> dict[str, int]:
    """Each module under `root` over `limit` lines, by its path relative to `root`."""
    sizes = {str(p.relative_to(root)): _lines(p) for p in sorted(root.rglob("*.py"))}
    return {name: n for name, n in sizes.items() if n > limit}


def test_no_module_under_app_is_over_the_limit() -> None:
    assert APP.is_dir() and any(APP.rglob("*.py"))
    over = oversized()
    assert not over, "over {} lines: {}".format(LIMIT, ", ".join(f"app/{name} ({n})" for name, n in over.items()))


@pytest.mark.parametrize(("length", "named"), [(450, False), (451, True)])
def test_the_check_names_a_module_one_line_over(tmp_path: Path, length: int, named: bool) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "big.py").write_text("x = 1\n" * length, encoding="utf-8")
    (tmp_path / "small.py").write_text("y = 2\n", encoding="utf-8")
    assert oversized(tmp_path) == ({"pkg/big.py": length} if named else {})
