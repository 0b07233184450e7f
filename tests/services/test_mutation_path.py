"""One mutation path: use cases return commands, the caller executes them; workers only return results."""

import re
import threading
from pathlib import Path

from app.domain.links import Kind
from app.services import documents, import_export
from app.services.session import ProjectSession

APP = Path(__file__).resolve().parents[2] / "app"


class _Untouchable:
    def __getattr__(self, name: str):
        raise AssertionError(f"the worker touched {name}")


def test_add_document_returns_one_command_and_writes_nothing_until_executed(tmp_path: Path, story_file: Path) -> None:
    with ProjectSession.create(tmp_path / "P.sourcemark", analyst="t") as session:
        result = documents.add_document(session, story_file)
        assert result.added and result.command is not None
        assert session.project.documents == {} and session.store.original_path(result.document.sha256) is None
        executed = session.execute(result.command)
        assert executed.created == {Kind.DOCUMENT: (result.document.id,)}
        assert session.store.original_path(result.document.sha256) is not None  # written with the command
        assert session.store.has_text(result.document.text_sha256)
        session.undo()
        assert session.project.documents == {}
        session.redo()  # the original is content addressed: redo finds it (or writes it again)
        assert documents.document_text(session, result.document.id).text.startswith("Krasnaya Zvezda")


def test_the_undo_history_keeps_file_keys_not_file_bytes(tmp_path: Path, story_file: Path) -> None:
    """Once a command's files are on disk it drops their bytes and texts: 500 undoable adds of big PDFs
    must not pin them all in memory. Redo still works, and refuses if the original was removed."""
    import pytest

    from app.domain.errors import StoreError

    with ProjectSession.create(tmp_path / "P.sourcemark", analyst="t") as session:
        result = documents.add_document(session, story_file)
        assert all(f.data is not None for f in result.command.files)
        session.execute(result.command)
        assert [f.data for f in result.command.files] == [None, None]
        session.undo()
        session.texts.clear()
        session.redo()
        assert documents.document_text(session, result.document.id).text.startswith("Krasnaya Zvezda")
        session.undo()
        session.store.original_path(result.document.sha256).unlink()
        with pytest.raises(StoreError, match="removed"):
            session.redo()
        assert session.project.documents == {}


def test_an_import_is_one_command_however_many_annotations(session: ProjectSession, doc_id: str) -> None:
    text = documents.document_text(session, doc_id).text
    rows = [{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": word}]}}
            for word in ("Kursk", "Pyongyang", "Goremykin")]
    import json

    report = import_export.import_annotations(session, json.dumps(rows).encode(), document_id=doc_id)
    assert report.command is not None and len(report.command.ops) == 3
    assert session.project.annotations == {}  # nothing happened yet
    executed = session.execute(report.command)
    assert len(executed.created[Kind.ANNOTATION]) == 3
    assert {a.exact for a in session.project.annotations.values()} == {"Kursk", "Pyongyang", "Goremykin"}
    assert all(text[a.start:a.end] == a.exact for a in session.project.annotations.values())
    session.undo()
    assert session.project.annotations == {}


def test_the_text_job_runs_without_the_session_or_the_store(session: ProjectSession, doc_id: str) -> None:
    session.texts.clear()
    job = documents.text_job(session, doc_id)
    store, session.store = session.store, _Untouchable()  # any use of the store from the worker fails
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(job()))
    worker.start()
    worker.join()
    session.store = store
    [text] = out
    assert session.texts == {}  # the worker cached nothing
    documents.keep_text(session, doc_id, text)  # the caller's thread does
    assert session.texts[session.project.documents[doc_id].text_sha256] is text


def test_only_the_domain_builds_selectors() -> None:
    """Prefix/suffix are cut from a text in one place: app/domain/anchoring.describe()."""
    pattern = re.compile(r"- CONTEXT\)|: [\w.]+ \+ CONTEXT\]")
    offenders = [str(p.relative_to(APP)) for p in APP.rglob("*.py")
                 if p.name != "anchoring.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
