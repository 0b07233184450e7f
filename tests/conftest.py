"""Fixtures shared by several test folders: the project factory, and the CouchDB stand-in."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.services.session import ProjectSession
from tests.fixtures.couch_server import (
    FaultProxy,
    PouchServer,
    server,  # noqa: F401 - one PouchDB Server per test module that asks for it
)

MakeProject = Callable[..., ProjectSession]


@pytest.fixture
def make_project(tmp_path: Path) -> Iterator[MakeProject]:
    """The one project factory: make_project(name="Project", analyst="tester") creates an empty project
    folder NAME.sourcemark under tmp_path, open for writing; every one made is closed after the test."""
    made: list[ProjectSession] = []

    def make(name: str = "Project", *, analyst: str = "tester") -> ProjectSession:
        made.append(ProjectSession.create(tmp_path / f"{name}.sourcemark", analyst=analyst))
        return made[-1]

    yield make
    for session in reversed(made):
        session.close()


@pytest.fixture
def session(make_project: MakeProject) -> ProjectSession:
    """An empty project, open for writing (tests/services extends it with the wire story)."""
    return make_project()


@pytest.fixture(autouse=True)
def _own_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Servers confirmed for sync (app.store.trusted_servers) go to a folder of the test's, never ~/.config."""
    monkeypatch.setenv("SOURCEMARK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def proxy(server: PouchServer) -> Iterator[FaultProxy]:  # noqa: F811 - `server` is the fixture imported above
    """A FaultProxy in front of the module's PouchDB Server: tests set its rule to hold, cut or rewrite replies."""
    p = FaultProxy(server.port)
    yield p
    p.stop()
