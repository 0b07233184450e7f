"""Facts about real-world files, as a person checks them by eye, and their check against what was added.

An expectations file (expected.json in the corpus folder; format in docs/reference/realworld-holdout.md) names for
each file what must be true of it: added or refused (and why), the document's kind, page count, title,
author, publication date (or none), phrases its text must hold (in order) and must not hold (comments,
menus, paywall, hidden text), EXIF facts, the archive's digest verdict, a warning. Facts known to be
wrong today are listed under "known_wrong" with the reason, so that they are reported as such and a
fix shows up (tests/documents/test_realworld.py marks them xfail(strict=True)).
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

EXPECTATIONS = "expected.json"
# Document fields compared exactly ("" = the document must have none): where each lives in `list --json`.
_FIELDS = {"kind": ("kind",), "pages": ("pages",), "title": ("title",), "author": ("metadata", "author"),
           "publisher": ("metadata", "publisher"), "published": ("metadata", "published"),
           "language": ("metadata", "language"), "url": ("metadata", "url"),
           "digest": ("provenance", "digest_check"), "captured_at": ("provenance", "captured_at"),
           "hidden": ("hidden_passages",)}
FACTS = ("outcome", "refused", "documents", *_FIELDS, "has", "in_order", "lacks", "exif", "warns")


@dataclass(frozen=True)
class Fact:
    file: str
    name: str  # a key of the expectations ("title", "in_order", ...)
    ok: bool
    detail: str  # what was expected and what was found, when wrong
    known: str = ""  # the reason it is known to be wrong ("" if it should be right)


def load_expectations(folder: Path) -> dict[str, dict[str, Any]] | None:
    """{file name: its facts} from FOLDER/expected.json, or None when the folder has none."""
    path = folder / EXPECTATIONS
    if not path.is_file():
        return None
    files = json.loads(path.read_text(encoding="utf-8"))["files"]
    for name, facts in files.items():
        unknown = set(facts) - {*FACTS, "known_wrong"}
        if unknown:
            raise ValueError(f"{path}: {name}: unknown facts {sorted(unknown)} (known: {', '.join(FACTS)})")
    return files


def check_facts(name: str, expected: dict[str, Any], outcome: Any) -> list[Fact]:
    """One Fact per expectation of `name`, judged on `outcome` (tests/realworld_holdout.Outcome)."""
    known = expected.get("known_wrong", {})
    doc = outcome.documents[0] if outcome.documents else {}
    text = _flat(outcome.texts[0]) if outcome.texts else ""
    facts = []
    for key in FACTS:
        if key not in expected:
            continue
        want = expected[key]
        found = _found(key, want, outcome, doc, text)
        ok = found is None
        reason = known.get(key) or (known.get("outcome", "") and f"follows from the outcome: {known['outcome']}")
        shown = "" if isinstance(want, list) else f"expected {want!r}, found "  # a list's miss names the phrase
        facts.append(Fact(name, key, ok, "" if ok else f"{name}: {key}: {shown}{found}", reason))
    return facts


def _found(key: str, want: Any, outcome: Any, doc: dict, text: str) -> str | None:
    """None when the fact holds, else a short account of what was found instead."""
    if key == "outcome":
        return None if outcome.status == want else f"{outcome.status}: {outcome.detail[:200]!r}"
    if key == "refused":
        return None if outcome.status == "refused" and want in outcome.detail else repr(outcome.detail[:200])
    if outcome.status != "added":
        return f"nothing added ({outcome.status}: {outcome.detail[:160]!r})"
    if key == "documents":
        return None if len(outcome.documents) == want else str(len(outcome.documents))
    if key in _FIELDS:
        value: Any = doc
        for part in _FIELDS[key]:
            value = (value or {}).get(part) if isinstance(value, dict) else None
        value = len(value) if key == "hidden" and isinstance(value, list) else value
        return None if (value or type(want)()) == want else repr(value)
    if key == "has":
        missing = [p for p in want if _flat(p) not in text]
        return None if not missing else f"missing {missing!r}"
    if key == "in_order":
        return _order(want, text)
    if key == "lacks":
        present = [p for p in want if _flat(p) in text]
        return None if not present else f"present {present!r}"
    if key == "exif":
        exif = doc.get("exif") or {}
        wrong = {k: exif.get(k) for k, v in want.items() if exif.get(k) != v}
        return None if not wrong else f"{wrong!r}"
    if key == "warns":
        return None if any(want in w for w in outcome.warnings) else f"warnings {outcome.warnings!r}"
    raise ValueError(f"unknown fact {key!r}")


def _order(phrases: list[str], text: str) -> str | None:
    at = 0
    for phrase in phrases:
        index = text.find(_flat(phrase), at)
        if index < 0:
            where = "missing" if _flat(phrase) not in text else "out of order"
            return f"{where}: {phrase!r} (text starts {text[:120]!r})"
        at = index + len(_flat(phrase))
    return None


def _flat(text: str) -> str:
    """Runs of white space as one space: a phrase matches across the paragraph breaks of the layout."""
    return " ".join(text.split())
