from pathlib import Path

import pytest

from app.store import audit
from app.store.project_store import ProjectStore

from .conftest import annotation, populate, put


def test_torn_last_line_is_ignored_and_cut_before_the_next_append(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    with open(folder / "audit.jsonl", "ab") as f:
        f.write(b'{"seq": 2, "label": "tor')  # killed mid-append
    assert [e["seq"] for e in store.read_audit()] == [1]
    assert audit.last_seq(folder / "audit.jsonl") == 1
    store.commit(project, put(project, annotation(next(iter(project.documents)), 9)), {"label": "next"})
    entries = store.read_audit()
    assert [(e["seq"], e["label"]) for e in entries] == [(1, "populate"), (2, "next")]
    assert (folder / "audit.jsonl").read_bytes().count(b"\n") == 2


@pytest.mark.slow
def test_last_seq_reads_long_logs(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    for i in range(1, 3001):
        audit.append(path, audit.encode({"seq": i, "pad": "x" * 40}))
    assert audit.last_seq(path) == 3000
    assert len(audit.read_all(path)) == 3000
