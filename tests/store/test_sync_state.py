"""sync.json + sync.log: small appends, a damaged line ignored (the state lags, never invents), compaction."""

from pathlib import Path

import pytest

from app.domain.errors import StoreError
from app.store import sync_state
from app.store.sync_state import LOG_FILE, SYNC_FILE, SyncState


def test_saves_append_only_what_changed_and_read_back(tmp_path: Path) -> None:
    state = SyncState(url="http://h/db")
    for n in range(1000):
        state.agree(f"claim:{n}", f"1-{n}", 1)
    sync_state.write(tmp_path, state)  # the first save is a snapshot
    assert not (tmp_path / LOG_FILE).exists()
    state.agree("claim:7", "2-x", 2)
    state.since = 42
    state.known_blob("original:" + "a" * 64)
    sync_state.write(tmp_path, state)
    assert len((tmp_path / LOG_FILE).read_bytes()) < 400
    back = sync_state.read(tmp_path)
    assert back.docs == state.docs and back.since == 42 and back.url == "http://h/db" and back.replica == state.replica
    assert back.blobs == {"original:" + "a" * 64}


def test_a_save_cut_by_a_crash_is_ignored_and_later_saves_count(tmp_path: Path) -> None:
    state = SyncState(url="http://h/db")
    state.agree("claim:1", "1-a", 1)
    sync_state.write(tmp_path, state)
    with open(tmp_path / LOG_FILE, "ab") as f:
        f.write(b'{"since": 9, "docs": {"claim:1": ["2-')  # the crash
    back = sync_state.read(tmp_path)
    assert back.docs["claim:1"] == ["1-a", 1] and back.since == 0
    (tmp_path / LOG_FILE).write_bytes((tmp_path / LOG_FILE).read_bytes() + b"\n")
    back.agree("claim:2", "1-b", 1)
    back.since = 5
    sync_state.write(tmp_path, back)
    again = sync_state.read(tmp_path)
    assert again.docs == {"claim:1": ["1-a", 1], "claim:2": ["1-b", 1]} and again.since == 5


def test_a_long_log_is_folded_into_the_snapshot_and_a_new_server_starts_clean(tmp_path: Path) -> None:
    state = SyncState(url="http://h/db")
    sync_state.write(tmp_path, state)
    for n in range(sync_state.COMPACT_AFTER + 1):
        state.agree(f"claim:{n}", "1-a", 1)
        sync_state.write(tmp_path, state)
    log = tmp_path / LOG_FILE
    assert (len(log.read_bytes().splitlines()) if log.exists() else 0) < sync_state.COMPACT_AFTER
    assert len(sync_state.read(tmp_path).docs) == sync_state.COMPACT_AFTER + 1
    sync_state.write(tmp_path, SyncState(url="http://other/db"))  # another database: nothing of the old one
    assert sync_state.read(tmp_path).docs == {}


def test_a_damaged_snapshot_is_one_clean_error(tmp_path: Path) -> None:
    (tmp_path / SYNC_FILE).write_bytes(b"[1, 2")
    with pytest.raises(StoreError, match="delete sync.json and sync.log"):
        sync_state.read(tmp_path)


def test_the_per_kind_view_follows_every_agreement(tmp_path: Path) -> None:
    state = SyncState(url="http://h/db")
    state.agree("claim:1", "1-a", 1)
    assert state.by_kind("claim") == {"1": ["1-a", 1]} and state.by_kind("link") == {}
    state.agree("claim:1", "2-b", 2)
    state.agree("link:9", "1-c", None)
    assert state.by_kind("claim") == {"1": ["2-b", 2]} and state.by_kind("link") == {"9": ["1-c", None]}
    state.start_over()
    assert state.by_kind("claim") == {}
