"""A W3C import of many long quotes the text does not hold: bounded by a time budget and a work budget (text
searched approximately), with progress; past either it stops with one line and imports nothing. The clock is
the test's own: nothing here depends on how fast the machine is."""

import json
from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.services import import_export
from app.services.import_budget import ImportBudget, ImportStopped
from app.services.session import ProjectSession

from .corpus import unmatched_quotes
from .helpers import ARTICLE, cli, new_text_project


class Clock:
    """Advances one second each time the budget looks at it."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "P.sourcemark"
    return folder, new_text_project(folder)


def test_the_time_budget_stops_the_import_and_nothing_is_imported(project: tuple[Path, str]) -> None:
    folder, doc_id = project
    seen: list[tuple[int, int]] = []
    budget = ImportBudget(seconds=5, clock=Clock(), progress=lambda done, total: seen.append((done, total)))
    with ProjectSession.open(folder) as session:
        with pytest.raises(ImportStopped, match=r"import stopped after 5 of 40 annotations: .*time budget of 5 s; "
                                                r"nothing was imported"):
            import_export.import_annotations(session, unmatched_quotes(40), document_id=doc_id, budget=budget)
        assert session.project.annotations == {}
    assert seen == [(n, 40) for n in range(5)]  # one second a look: the sixth look is past 5 s


def test_the_work_budget_counts_text_searched_approximately(project: tuple[Path, str]) -> None:
    folder, doc_id = project
    with ProjectSession.open(folder) as session:
        budget = ImportBudget(searched=10 * len(ARTICLE))  # ten approximate searches of this article
        with pytest.raises(ImportStopped, match=r"after 11 of 30 annotations: .*work budget"):
            import_export.import_annotations(session, unmatched_quotes(30), document_id=doc_id, budget=budget)
        found = ImportBudget(searched=10 * len(ARTICLE))  # quotes that are in the text cost no search
        rows = [{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": w}]}}
                for w in ("regional governor", "bridge over the river", "four million euros") * 10]
        report = import_export.import_annotations(session, json.dumps(rows).encode(), document_id=doc_id, budget=found)
        assert found.used == 0 and report.command is not None


def test_a_budget_error_is_a_domain_error_of_one_line() -> None:
    budget = ImportBudget(seconds=0.5, clock=Clock())
    budget.start(3)
    with pytest.raises(DomainError) as caught:
        budget.step(1)
    assert "\n" not in str(caught.value)


def test_the_cli_stops_cleanly_with_one_line(project: tuple[Path, str], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder, doc_id = project
    monkeypatch.setattr("app.services.import_budget.now", Clock())
    path = tmp_path / "quotes.jsonld"
    path.write_bytes(unmatched_quotes(20))
    before = cli("list", folder, "annotations", "--json").out
    result = cli("import", folder, path, "--document", doc_id, "--time-limit", "3")
    assert result.code == 2 and result.err.count("\n") == 1 and "nothing was imported" in result.err
    assert cli("list", folder, "annotations", "--json").out == before
    assert cli("import", folder, path, "--time-limit", "0").code == 2  # refused as usage
