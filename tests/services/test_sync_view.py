"""What a sync's worker thread reads (issue 33): a snapshot of the project that later commands do not change, the
store only under its lock (which commits take too), and HTTP requests a cancel cuts at once."""

import threading
import time

import pytest

from app.services import entities
from app.services.sync.progress import SyncCancelled, interruptible
from app.services.sync.view import SessionView


def test_the_snapshot_keeps_the_project_as_it_was(make_project) -> None:
    session = make_project("snap")
    session.execute(entities.create_claim(session, "Before")[0])
    view = SessionView(session)
    session.execute(entities.create_claim(session, "After")[0])
    session.execute(entities.create_actor(session, "Ana")[0])
    assert [c.statement for c in view.project.claims.values()] == ["Before"] and view.project.actors == {}
    assert len(session.project.claims) == 2 and view.folder == session.folder


def test_the_view_reads_the_store_only_under_its_lock(make_project) -> None:
    session = make_project("locked")
    view = SessionView(session)
    done: list[float] = []
    with session.store.access:  # as a commit on the GUI thread holds it
        reader = threading.Thread(target=lambda: (view.store.read_audit(), done.append(time.monotonic())))
        reader.start()
        time.sleep(0.2)
        assert done == []  # waiting for the lock
        released = time.monotonic()
    reader.join(5)
    assert done and done[0] >= released


def test_interruptible_returns_raises_and_is_cut_by_a_cancel() -> None:
    call = interruptible(lambda: False)
    assert call(lambda: 42) == 42
    with pytest.raises(ValueError, match="bad"):
        call(lambda: (_ for _ in ()).throw(ValueError("bad")))
    stop, never = threading.Event(), threading.Event()
    cut = interruptible(stop.is_set, poll=0.01)
    threading.Timer(0.1, stop.set).start()
    started = time.monotonic()
    with pytest.raises(SyncCancelled):
        cut(lambda: never.wait(30))  # a server that never answers
    assert time.monotonic() - started < 5
    never.set()
