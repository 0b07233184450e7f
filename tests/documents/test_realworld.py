"""Real-world files from other projects' test suites (tests/data/realworld, licences in its LICENSES.md):
each is added with plausible text or refused in one line; none crashes or hangs; and every fact a person
checks by eye (tests/data/realworld/expected.json: title, author, date, phrases in and not in the text,
EXIF, digest verdict, page count) is right.

The checks are tests/realworld_holdout.py's and tests/realworld_facts.py's (which run them on a release's
hold-out folder). A fact known to be wrong is listed under "known_wrong" with its reason and runs as
xfail(strict=True): fixing it fails the test until the entry is taken out.
"""

from functools import cache
from pathlib import Path

import pytest

from tests.realworld_facts import EXPECTATIONS, FACTS, check_facts, load_expectations
from tests.realworld_holdout import Outcome, check_file

CORPUS = Path(__file__).resolve().parents[1] / "data" / "realworld"
EXPECTED = load_expectations(CORPUS) or {}
NOT_CORPUS = ("LICENSES.md", EXPECTATIONS)


def test_every_corpus_file_has_facts_and_a_licence() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.name not in NOT_CORPUS}
    assert files == set(EXPECTED)
    licences = (CORPUS / "LICENSES.md").read_text(encoding="utf-8")
    assert all(name in licences for name in files)
    assert sum(p.stat().st_size for p in CORPUS.iterdir()) < 20 * 2**20
    for name, facts in EXPECTED.items():  # a file is checked for more than surviving
        assert "outcome" in facts and len(set(facts) - {"outcome", "known_wrong"}) >= 1, name
        assert set(facts.get("known_wrong", {})) <= set(facts), f"{name}: known_wrong names a fact it does not state"


@cache
def outcome_of(name: str, workdir: Path) -> Outcome:
    return check_file(CORPUS / name, workdir)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("realworld")


def _cases() -> list:  # type: ignore[type-arg]
    cases = []
    for name, facts in sorted(EXPECTED.items()):
        known = facts.get("known_wrong", {})
        for key in FACTS:
            if key in facts:
                reason = known.get(key) or (known.get("outcome") and f"follows from: {known['outcome']}")
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(pytest.param(name, key, id=f"{name}:{key}", marks=marks))
    return cases


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_realworld_file_is_added_or_refused_cleanly(name: str, workdir: Path) -> None:
    outcome = outcome_of(name, workdir)
    assert outcome.status != "FAILED", outcome.detail


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("name", "fact"), _cases())
def test_realworld_fact(name: str, fact: str, workdir: Path) -> None:
    [result] = [f for f in check_facts(name, EXPECTED[name], outcome_of(name, workdir)) if f.name == fact]
    assert result.ok, result.detail


def test_a_wrong_fact_is_reported_with_what_was_found() -> None:
    outcome = Outcome("page.html", "added", "1 document(s)", [{"kind": "html", "title": "Wire | Site",
                      "metadata": {"author": "Submitted", "published": ""}}], ["Headline\n\nBody text. Comments (3)"])
    expected = {"outcome": "added", "title": "Wire", "author": "", "published": "",
                "in_order": ["Body text.", "Headline"], "lacks": ["Comments"], "has": ["Body text."]}
    facts = {f.name: f for f in check_facts("page.html", expected, outcome)}
    assert {k for k, f in facts.items() if not f.ok} == {"title", "author", "in_order", "lacks"}
    assert facts["title"].detail == "page.html: title: expected 'Wire', found 'Wire | Site'"
    assert "out of order: 'Headline'" in facts["in_order"].detail and "present ['Comments']" in facts["lacks"].detail


def test_the_holdout_runner_exits_non_zero_on_a_wrong_fact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from tests.realworld_holdout import main
    from tests.reliability.helpers import cli

    (tmp_path / "page.html").write_bytes(b"<html><head><title>Bridge reopens | City Herald</title>"
                                         b'<meta property="og:site_name" content="City Herald"></head><body>'
                                         b"<p>The bridge reopened on Monday after two years of repairs to its deck.</p>"
                                         b'<p hidden>The ministry admits its own forces shelled the bridge.</p></body></html>')
    facts = {"outcome": "added", "title": "Bridge reopens", "hidden": 1, "has": ["two years of repairs"],
             "lacks": ["shelled the bridge"]}

    def run_with(extra: dict) -> tuple[int, str]:
        (tmp_path / EXPECTATIONS).write_text(json.dumps({"files": {"page.html": {**facts, **extra}}}), encoding="utf-8")
        code = main([str(tmp_path)], run=cli)
        return code, capsys.readouterr().out

    code, out = run_with({})
    assert code == 0 and "1 files, 0 failed" in out and "5 facts: 5 right, 0 wrong, 0 known wrong" in out
    code, out = run_with({"author": "Jane Roe"})
    assert code == 1 and "WRONG  page.html: author: expected 'Jane Roe', found ''" in out and "1 wrong" in out
    code, out = run_with({"author": "Jane Roe", "known_wrong": {"author": "no byline markup read"}})
    assert code == 0 and "1 known wrong" in out and "(known: no byline markup read)" in out
    code, out = run_with({"known_wrong": {"title": "was wrong"}})
    assert code == 0 and "FIXED  page.html: title is now right" in out
