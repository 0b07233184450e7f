"""One naming style for the signals of app/ui (issue 33): Qt's own, camelCase in the past tense or a request
(`projectChanged`, `rowSelected`, `openRequested`), never `sig_snake_case`. Read from the source, without Qt."""

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
CAMEL = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)*")


def _signals() -> dict[str, str]:
    """Every `name = Signal(...)` in a class body of app/ui: name -> where."""
    found: dict[str, str] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                    and getattr(node.value.func, "id", "") == "Signal":
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        found[target.id] = f"{path.relative_to(UI)}:{node.lineno}"
    return found


def test_every_ui_signal_is_named_in_camel_case() -> None:
    signals = _signals()
    assert len(signals) > 30  # the scan sees them (a broken scan would pass vacuously)
    assert "projectChanged" in signals and "rowSelected" in signals
    odd = {name: where for name, where in signals.items() if not CAMEL.fullmatch(name)}
    assert odd == {}
