"""Parsing untrusted JSON with limits, turning every failure into a one-line ImportFormatError."""

import json
from typing import Any

from app.domain.errors import ImportFormatError

MAX_VALUES = 1_000_000  # objects, arrays and scalars together
MAX_STRING = 1_000_000  # characters in one string


def load(data: bytes) -> Any:
    """Decode UTF-8 (a BOM is tolerated) and parse; refuse duplicate keys, NaN, deep nesting, huge
    counts and huge strings. The caller limits the file size."""
    if not isinstance(data, (bytes, bytearray)):
        raise ImportFormatError("expected the file's bytes")
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"not UTF-8 text (bad byte at position {exc.start})") from None
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except RecursionError:
        raise ImportFormatError("the JSON is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    _check_size(value)
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:  # two values for one key: which one counts is ambiguous, so refuse
            raise ImportFormatError(f"not valid JSON: the key {key[:80]!r} appears twice in one object")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ImportFormatError(f"not valid JSON: {name} is not a number JSON allows")


def _check_size(value: Any) -> None:
    count = 0
    stack = [value]
    while stack:  # iterative: the tree may be deep
        node = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise ImportFormatError(f"the file holds more than {MAX_VALUES:,} values")
        if isinstance(node, str):
            if len(node) > MAX_STRING:
                raise ImportFormatError(f"a text value is longer than {MAX_STRING:,} characters")
        elif isinstance(node, dict):
            for key in node:
                if len(key) > MAX_STRING:
                    raise ImportFormatError(f"a key is longer than {MAX_STRING:,} characters")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
