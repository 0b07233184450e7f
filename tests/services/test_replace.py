"""A new version of a document re-anchors its annotations; orphans are kept."""

from pathlib import Path

from app.domain.annotations import AnchorStatus
from app.services import annotate
from app.services.documents import document_text
from app.services.session import ProjectSession
from tests.fixtures.run import replace_document

from .conftest import STORY, reopen, span


def test_replace_reanchors_and_reports_counts(session: ProjectSession, doc_id: str, tmp_path: Path) -> None:
    quotes = ["Krasnaya Zvezda reported", "General Victor Goremykin", "in Pyongyang on November 6", "Ambassador Alexander Matsygora"]
    ids = {}
    for q in quotes:
        cmd = annotate.create_annotation(session, doc_id, *span(session, doc_id, q))
        session.execute(cmd)
        ids[q] = cmd.ops[0].oid
    edited = ("UPDATE: corrected version.\n\n" + STORY).replace("Victor Goremykin", "Viktor Goremykin")
    edited = edited.replace("Ambassador Alexander Matsygora also took part.", "")
    new_file = tmp_path / "story-v2.txt"
    new_file.write_text(edited, encoding="utf-8")
    old_sha = session.project.documents[doc_id].sha256
    report = replace_document(session, doc_id, new_file)
    assert report.counts == {"exact": 0, "moved": 2, "fuzzy": 1, "orphan": 1}
    assert report.summary() == "0 exact, 2 moved, 1 fuzzy, 1 orphan"
    text = document_text(session, doc_id).text
    with reopen(session) as other:
        anns = other.project.annotations
        assert text[anns[ids["Krasnaya Zvezda reported"]].start :].startswith("Krasnaya Zvezda reported")
        assert anns[ids["General Victor Goremykin"]].status is AnchorStatus.FUZZY
        orphan = anns[ids["Ambassador Alexander Matsygora"]]
        assert orphan.status is AnchorStatus.ORPHAN and orphan.exact == "Ambassador Alexander Matsygora"
        doc = other.project.documents[doc_id]
        assert doc.previous_sha256 == (old_sha,)
        assert other.store.original_path(old_sha) is not None  # the old original is kept
    # an orphan can be re-attached by hand
    start, end = span(session, doc_id, "Kim Jong-gyu")
    session.execute(annotate.reattach(session, ids["Ambassador Alexander Matsygora"], start, end))
    assert session.project.annotations[ids["Ambassador Alexander Matsygora"]].status is AnchorStatus.EXACT
    # and the whole replacement is one undoable step
    session.undo()
    session.undo()
    assert session.project.documents[doc_id].sha256 == old_sha
    assert all(a.status is AnchorStatus.EXACT for a in session.project.annotations.values())
