import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.domain.errors import ProjectLocked, StoreError
from app.store.project_store import ProjectStore

from .conftest import annotation, populate, put

HOLD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.store.project_store import ProjectStore
    store = ProjectStore.open(Path(sys.argv[1]))
    print("locked", flush=True)
    sys.stdin.read()  # holds the lock until killed (or its stdin is closed), however slow the test is
    """
)


def _holder(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_second_writer_in_the_same_process_is_refused(store: ProjectStore, folder: Path) -> None:
    with pytest.raises(ProjectLocked, match=rf"Kursk.sourcemark is open in another Sourcemark \(pid {os.getpid()}\)"):
        ProjectStore.open(folder)
    store.close()
    ProjectStore.open(folder).close()  # released on close


def test_read_only_opens_beside_a_writer_and_refuses_to_write(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    with ProjectStore.open(folder, read_only=True) as reader:
        assert reader.load().objects == project.objects
        with pytest.raises(StoreError, match="read-only"):
            reader.commit(project, put(project, annotation(next(iter(project.documents)))))


def test_another_process_holds_the_lock_until_killed(store: ProjectStore, folder: Path) -> None:
    store.close()
    proc = _holder(folder)
    try:
        with pytest.raises(ProjectLocked, match=rf"\(pid {proc.pid}\)"):
            ProjectStore.open(folder)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with ProjectStore.open(folder) as taken_over:  # the kernel released the dead holder's lock
        assert not taken_over.read_only


def test_closed_store_refuses_commit(store: ProjectStore) -> None:
    project = populate(store)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.commit(project, put(project, annotation(next(iter(project.documents)))))
