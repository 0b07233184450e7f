"""After a big load the new objects are frozen for the cyclic collector; a small load pins nothing."""

import gc

import pytest

from app.store import loading
from app.store.project_store import ProjectStore

from .conftest import populate


def test_only_a_big_load_freezes_what_it_built(store: ProjectStore, monkeypatch: pytest.MonkeyPatch) -> None:
    populate(store)
    before = gc.get_freeze_count()
    store.load()
    assert gc.get_freeze_count() == before  # a small project: not worth pinning whatever else is alive
    monkeypatch.setattr(loading, "FREEZE_AFTER", -1)
    try:
        project = store.load()
        assert gc.get_freeze_count() > before
        assert gc.isenabled() and project.annotations  # the collector runs again, over younger objects only
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual
