"""What the subcommands share for scripts: `--json`, and `-` as standard input or output.

JSON output is exact (never made inert: JSON escapes control characters itself), one document on stdout,
indented, UTF-8; its field names are contracts like the flags (docs/user/cli-exit-codes-and-scripting.md).
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

STDIO = "-"  # a file argument that means standard input (for reading) or standard output (for writing)


def add_json_flag(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--json", action="store_true", help=f"print {what} as JSON on stdout (errors stay one line "
                        "on stderr)")


def emit(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()


def is_stdio(path: Path | str | None) -> bool:
    return path is not None and str(path) == STDIO


def read_input(path: Path) -> bytes:
    """The bytes of FILE, or of standard input for `-` (a file literally named '-' is `./-`)."""
    if is_stdio(path):
        return sys.stdin.buffer.read()
    from app.services.documents import read_file

    return read_file(path)


def write_stdout(content: str | bytes) -> None:
    if isinstance(content, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(content)


def conflict_json(conflict: Any) -> dict[str, Any]:
    """A merge or sync conflict: the object, the fields both sides changed, both versions (None: deleted there)."""
    return {"kind": str(getattr(conflict.kind, "value", conflict.kind)), "id": conflict.oid,
            "fields": list(conflict.fields), "mine": conflict.mine, "theirs": conflict.theirs,
            "description": conflict.describe()}
