"""Real-world files through `sourcemark add`: each is added with plausible text or refused in one line.

    python tests/realworld_holdout.py FOLDER [--timeout SECONDS]

runs every file of FOLDER (the release hold-out corpus: files never used while developing) through a
real `sourcemark add` process in a fresh project each, prints one line per file and exits 1 if any
file crashed (a traceback, an exit code other than 0 or 2), hung (past the time-out), was refused in
more than one line, or was added with implausible text (mostly unmappable characters, unannounced).

When FOLDER holds an expectations file (expected.json, see docs/reference/realworld-holdout.md and
tests/realworld_facts.py), each file's facts are checked too (title, author, date, phrases in and not in
the text, EXIF, digest verdict, ...): a line per wrong fact, a count of facts right and wrong, and exit 1
on any wrong fact not listed as known. tests/documents/test_realworld.py runs the same checks in-process
on tests/data/realworld.
"""

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.realworld_facts import EXPECTATIONS, Fact, check_facts, load_expectations  # noqa: E402
from tests.reliability.helpers import Result, cli, sourcemark  # noqa: E402

GARBAGE = ("\ufffd", "\uffff")  # what extraction writes for glyphs it cannot map to Unicode
Runner = Callable[..., Result]


@dataclass
class Outcome:
    name: str
    status: str  # "added", "refused" or "FAILED"
    detail: str  # the error line, the documents added, or what failed
    documents: list[dict] = field(default_factory=list)  # `list documents --json`
    texts: list[str] = field(default_factory=list)  # their canonical texts
    warnings: list[str] = field(default_factory=list)


def check_file(path: Path, workdir: Path, run: Runner = cli) -> Outcome:
    """Add `path` to a fresh project under `workdir` with `run` (in-process `cli`, or a process)."""
    project = workdir / f"{len(list(workdir.iterdir()))}.sourcemark"
    cli("new", project)
    try:
        result = run("add", project, path)
    except AssertionError as exc:  # the process runner's time-out
        return Outcome(path.name, "FAILED", f"hung: {exc}")
    problem = _problem(result)
    if problem:
        return Outcome(path.name, "FAILED", problem)
    if result.code == 2:
        return Outcome(path.name, "refused", result.err.strip().removeprefix("sourcemark: error: "))
    warnings = [line for line in result.err.splitlines() if line.startswith("sourcemark: warning:")]
    documents = json.loads(cli("list", project, "documents", "--json").out)
    texts = [cli("text", project, doc["id"]).out for doc in documents]
    outcome = Outcome(path.name, "added", f"{len(documents)} document(s): " + ", ".join(
        f"{d['kind']} {d.get('pages') or ''} {d['title'][:40]!r}" for d in documents[:3]), documents, texts, warnings)
    if not documents:
        outcome.status, outcome.detail = "FAILED", "exit 0 but no document was added"
    garbage = sum(t.count(g) for t in texts for g in GARBAGE)
    if garbage * 10 > max(1, sum(len(t) for t in texts)) and not any("Unicode" in w for w in warnings):
        outcome.status, outcome.detail = "FAILED", f"implausible text: {garbage} unmappable characters, no warning"
    return outcome


def _problem(result: Result) -> str:
    if "Traceback" in result.err or "internal error" in result.err:
        return "crashed: " + " | ".join(result.err.strip().splitlines()[-2:])
    if result.code not in (0, 2):
        return f"exit code {result.code}: {result.err.strip()[:200]}"
    if result.code == 2:
        lines = [line for line in result.err.splitlines() if line.strip() and not line.startswith("sourcemark: warning:")]
        if len(lines) != 1 or not lines[0].startswith("sourcemark: error: "):
            return f"refused in {len(lines)} lines: {result.err.strip()[:300]!r}"
    return ""


def main(argv: list[str] | None = None, run: Runner | None = None) -> int:
    """`run`: how each file is added (default: a `sourcemark` process with the time-out)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a file may take (default 120)")
    args = parser.parse_args(argv)
    expected = load_expectations(args.folder)
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and p.name not in ("LICENSES.md", EXPECTATIONS))
    failed = 0
    facts: list[Fact] = []
    with tempfile.TemporaryDirectory() as work:
        for path in files:
            outcome = check_file(path, Path(work), run or (lambda *a: sourcemark(*a, timeout=args.timeout)))
            failed += outcome.status == "FAILED"
            print(f"{outcome.status:8} {path.relative_to(args.folder)}: {outcome.detail}", flush=True)
            if expected is not None:
                facts += _report_facts(path.name, expected, outcome)
    print(f"{len(files)} files, {failed} failed")
    if expected is None:
        return 1 if failed else 0
    wrong = [f for f in facts if not f.ok and not f.known]
    known = [f for f in facts if not f.ok and f.known]
    print(f"{len(facts)} facts: {len(facts) - len(wrong) - len(known)} right, {len(wrong)} wrong, "
          f"{len(known)} known wrong ({100 * (len(wrong) + len(known)) / max(1, len(facts)):.1f} % wrong)")
    return 1 if failed or wrong else 0


def _report_facts(name: str, expected: dict, outcome: Outcome) -> list[Fact]:
    if name not in expected:
        print(f"  no facts for {name} in {EXPECTATIONS}")
        return []
    facts = check_facts(name, expected[name], outcome)
    for fact in facts:
        if not fact.ok:
            print(f"  WRONG  {fact.detail}" + (f" (known: {fact.known})" if fact.known else ""))
        elif fact.known:
            print(f"  FIXED  {name}: {fact.name} is now right; take it out of known_wrong")
    return facts


if __name__ == "__main__":
    sys.exit(main())
