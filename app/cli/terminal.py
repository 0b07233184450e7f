"""Human-readable CLI output made inert: titles, names, claims and page titles come from documents, captures and
colleagues' projects, and a raw ESC, CR or LF in them could retitle or clear the terminal or forge rows.
`--json` output never goes through here: JSON is exact and escapes control characters itself."""

import re
import sys
from typing import Any

# C0 and C1 controls, DEL, and the Unicode line breaks and bidirectional overrides that reorder what is shown.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_KEEP_TAB = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_KEEP_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def inert(value: object) -> str:
    """One field as visible, inert text: ESC becomes the four characters \\x1b, a newline \\n, a tab \\t."""
    return _CONTROL.sub(_visible, str(value))


def row(*fields: object) -> str:
    """Tab-separated fields, each made inert (a tab inside a field cannot make a column)."""
    return "\t".join(inert(f) for f in fields)


def inert_values(record: Any) -> Any:
    """A listed record with every string inside made inert, for the one-line summaries."""
    if isinstance(record, str):
        return inert(record)
    if isinstance(record, dict):
        return {k: inert_values(v) for k, v in record.items()}
    if isinstance(record, list | tuple):
        return [inert_values(v) for v in record]
    return record


def visible_text(text: str) -> str:
    """A document's text for a terminal: lines and tabs kept, every other control shown."""
    return _CONTROL_KEEP_LINES.sub(_visible, text)


def say(line: object = "", *, err: bool = False) -> None:
    """Print one line a service composed (its values are not separable): controls are made visible, tabs kept."""
    print(_CONTROL_KEEP_TAB.sub(_visible, str(line)), file=sys.stderr if err else sys.stdout)


def progress_line(text: str = "") -> None:
    """Overwrite the one progress line on stderr ("" clears it), made inert; nothing when stderr is not a terminal
    (a script's log gets no carriage returns)."""
    if sys.stderr.isatty():
        print(f"\r\x1b[K{inert(text)}", end="", file=sys.stderr, flush=True)
