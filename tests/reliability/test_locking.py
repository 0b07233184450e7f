"""One writer per project across processes; readers still work; a lock left by a killed process is taken over."""

import signal
import subprocess
from pathlib import Path

from .helpers import PYTHON, assert_refused_or_ok, cli, new_text_project, sourcemark, spawn

HOLDER = """
import sys
from app.services.session import ProjectSession
with ProjectSession.open(sys.argv[1]) as s:
    print("holding", flush=True)
    sys.stdin.read()  # holds until killed, however long the checks below take
"""


def test_second_writer_refused_readers_served_stale_lock_taken_over(tmp_path: Path) -> None:
    folder = tmp_path / "Locked.sourcemark"
    doc_id = new_text_project(folder)
    holder = spawn([PYTHON, "-c", HOLDER, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        writing = [("annotate", folder, doc_id, "--start", "0", "--end", "9"), ("add", folder, __file__),
                   ("new", folder), ("restore", folder)]
        for args in writing:
            result = cli(*args)
            assert result.code == (2 if args[0] == "new" else 3), (args, result)  # 3: locked (app.cli.exit_codes)
            assert len(result.err.splitlines()) == 1 and result.err.startswith("sourcemark: error:"), result.err
            if args[0] != "new":
                assert "open in another Sourcemark (pid" in result.err, result.err
        real = sourcemark("annotate", folder, doc_id, "--start", "0", "--end", "9")  # a real second process
        assert real.code == 3 and real.err.count("\n") == 1 and f"pid {holder.pid}" in real.err, real
        for args in (("list", folder, "documents"), ("list", folder, "annotations", "--json"), ("text", folder, doc_id),
                     ("check", folder), ("export", folder, "--format", "json"), ("export", folder, "--format", "csv"),
                     ("history", folder)):
            result = cli(*args)
            assert result.code == 0 and result.out, (args, result)
        assert sourcemark("check", folder).code == 0
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # the lock file is still there, naming the dead holder: a new writer takes it over
    assert (folder / "lock").exists()
    result = sourcemark("annotate", folder, doc_id, "--start", "0", "--end", "9")
    assert_refused_or_ok(result, "annotate after the holder was killed")
    assert result.code == 0
    assert len(cli("list", folder, "annotations").out.splitlines()) == 1
