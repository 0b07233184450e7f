"""`check` opens the session scoped to project.json and judges the evidence over the annotations the
store's check validated; on any problem it loads everything, as the full open did. Both paths report the
same: a forged quote, a swapped text cache, a record the open refuses (named as the open names it)."""

import json
import os
from pathlib import Path
from typing import Any, Callable

import pytest

from app.documents.fingerprint import sha256_text
from app.domain.errors import StoreError
from app.services import annotate, evidence
from app.services.session import ProjectSession
from app.store import texts
from tests.fixtures.run import add_document
from tests.reliability.helpers import cli

from .conftest import STORY

QUOTE = "engineers from North Korea"


@pytest.fixture
def project(tmp_path: Path, story_file: Path) -> tuple[Path, str]:
    """A project with the story and two annotations of it."""
    with ProjectSession.create(tmp_path / "P.sourcemark", analyst="ana") as s:
        doc_id = add_document(s, story_file).document.id
        for quote in (QUOTE, "General No Gun Chol"):
            start = STORY.index(quote)
            s.execute(annotate.create_annotation(s, doc_id, start, start + len(quote)))
    return tmp_path / "P.sourcemark", doc_id


def _edit(folder: Path, rel: str, table: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = folder / rel
    data = json.loads(path.read_text(encoding="utf-8"))
    change(next(iter(data[table].values())))
    path.write_text(json.dumps(data), encoding="utf-8")


def _forge_quote(folder: Path, doc_id: str) -> None:
    _edit(folder, f"annotations/{doc_id}.json", "annotations", lambda r: r.update(exact="engineers from South Korea"))


def _check(folder: Path, documents: tuple[str, ...] | None) -> tuple[list[str], bool]:
    """check_project's problems on a session opened with `documents=`, and whether it then held everything."""
    with ProjectSession.open(folder, read_only=True, documents=documents) as session:
        return evidence.check_project(session), session.complete


def test_a_forged_quote_is_found_without_loading_the_session(project: tuple[Path, str]) -> None:
    folder, doc_id = project
    assert _check(folder, ()) == ([], False)
    _forge_quote(folder, doc_id)
    problems, loaded = _check(folder, ())
    assert not loaded  # the store's check found nothing wrong: the evidence pass used its validated objects
    assert len(problems) == 1 and "marked exact but its quote “engineers from South Korea”" in problems[0]
    assert _check(folder, None)[0] == problems  # the same report from a session that holds everything


def test_a_swapped_text_cache_is_found_without_loading_the_session(project: tuple[Path, str]) -> None:
    folder, doc_id = project
    with ProjectSession.open(folder, read_only=True) as session:
        real = session.store.get_text(session.project.documents[doc_id].text_sha256)
    assert real is not None
    forged = type(real)(STORY.replace("North Korea", "Narnia"), real.pages, real.ocr_words)
    forged_sha = sha256_text(forged.text)
    (folder / "texts" / f"{forged_sha}.smtext").write_bytes(texts.encode(forged))
    _edit(folder, "project.json", "documents", lambda r: r.update(text_sha256=forged_sha))
    problems, loaded = _check(folder, ())
    assert not loaded and len(problems) == 1
    assert problems[0].startswith(f"document {doc_id}: its text does not match what its original gives")


def test_with_a_problem_of_the_folder_the_evidence_is_judged_over_everything(project: tuple[Path, str]) -> None:
    folder, doc_id = project
    _forge_quote(folder, doc_id)
    os.mkfifo(folder / "texts" / "pipe.smtext")  # a store problem that does not stop the project from loading
    problems, loaded = _check(folder, ())
    assert loaded  # loaded whole first, as a full open does
    assert problems[0].startswith("texts/pipe.smtext: not a regular file") and len(problems) == 2
    assert "marked exact but its quote “engineers from South Korea”" in problems[1]
    assert _check(folder, None)[0] == problems


@pytest.mark.parametrize("change, also", [
    ({"start": "nine"}, "start must be a whole number"),  # refused by the store's check too
    ({"created": 7}, "field 'created' must be text, not a number"),  # from_record once let these through
    ({"note": None}, "field 'note' must be text, not null"),
])
def test_a_record_the_open_refuses_is_named_as_the_open_names_it(project: tuple[Path, str], change: dict[str, Any],
                                                                 also: str | None) -> None:
    folder, doc_id = project
    _edit(folder, f"annotations/{doc_id}.json", "annotations", lambda r: r.update(change))
    with pytest.raises(StoreError) as full:
        ProjectSession.open(folder, read_only=True)
    with ProjectSession.open(folder, read_only=True, documents=()) as session, pytest.raises(StoreError) as scoped:
        evidence.check_project(session)
    assert str(scoped.value) == str(full.value)
    result = cli("check", folder)
    lines = result.out.splitlines()
    assert result.code == 1 and lines[0] == str(full.value), result.out
    if also is None:
        assert len(lines) == 1, result.out
    else:
        assert any("record 1 of annotations: " in line and also in line for line in lines[1:]), result.out
