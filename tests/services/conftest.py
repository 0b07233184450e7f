"""A project on disk with the wire story as its first document."""

from pathlib import Path

import pytest

from app.services.session import ProjectSession
from tests.conftest import MakeProject
from tests.fixtures.run import add_document

STORY = """Krasnaya Zvezda: foreign engineers join mine clearance near Kursk

The defence ministry newspaper Krasnaya Zvezda reported on Tuesday that engineers from North Korea are clearing mines in the Kursk region.

General Victor Goremykin, deputy defence minister, met General No Gun Chol, the North Korean defence minister, in Pyongyang on November 6.

Pak Yong-il, deputy head of the political bureau, and Kim Jong-gyu attended. Ambassador Alexander Matsygora also took part.

The engineers trained at Russian training centres, the paper said. PAK YONG IL later praised the "combat brotherhood".
"""


@pytest.fixture
def story_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def session(make_project: MakeProject, story_file: Path) -> ProjectSession:
    """The project factory's project, named Kursk, with the wire story as its first document."""
    session = make_project("Kursk")
    add_document(session, story_file)
    return session


@pytest.fixture
def doc_id(session: ProjectSession) -> str:
    return next(iter(session.project.documents))


def span(session: ProjectSession, doc_id: str, quote: str) -> tuple[int, int]:
    from app.services.documents import document_text

    text = document_text(session, doc_id).text
    start = text.index(quote)
    return start, start + len(quote)


def reopen(session: ProjectSession) -> ProjectSession:
    """The project as a second reader sees it on disk."""
    return ProjectSession.open(session.folder, read_only=True)
