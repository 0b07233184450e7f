"""The error log rotates: a long-lived install's log stays a few files of bounded size, the newest entry first."""

import sys

from app.ui.dialogs import errors


def _log_one(message: str) -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        errors._log_exception(*sys.exc_info())


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(monkeypatch, tmp_path):
    log = tmp_path / "sourcemark.log"
    monkeypatch.setattr(errors, "log_file", lambda: log)
    monkeypatch.setattr(errors, "LOG_MAX_BYTES", 300)  # an entry here is ~130 bytes: a new file every two
    for n in range(20):
        _log_one(f"bug number {n:02d}")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["sourcemark.log", "sourcemark.log.1", "sourcemark.log.2", "sourcemark.log.3"]
    assert all(p.stat().st_size <= 300 for p in tmp_path.iterdir())
    assert "bug number 19" in log.read_text(encoding="utf-8")
    kept = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert "bug number 00" not in kept  # the oldest went with the oldest file
    assert "RuntimeError: bug number 19" in log.read_text(encoding="utf-8")
