"""Crash benchmark: many SIGKILL trials of the writer (tests/reliability/writer.py) on one project.

    python tests/benchmarks/crash.py [TRIALS] [SEED]

Every trial starts a writer that commits annotations, claims and links in a loop (acknowledging each
on a pipe after `execute` returns), kills it with SIGKILL after a random delay (a tenth while it is
still opening, a third within 20 ms of its first commit), then reopens the project, runs
`sourcemark check` and looks up every acknowledged id. Most writers are forked from this process
(start-up without re-importing); every tenth is a real `python writer.py` process. A fresh project is
started every 50 trials so the annotations file stays a realistic size.
"""

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.reliability.crash import kill_trial, verify  # noqa: E402
from tests.reliability.helpers import new_text_project  # noqa: E402


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    rng = random.Random(seed)
    survived = checked = before_ready = journals = with_delta = 0
    times: list[float] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder, doc_id = Path(), ""
        for i in range(trials):
            if i % 50 == 0:
                folder = Path(tmp) / f"Crash{i}.sourcemark"
                doc_id = new_text_project(folder)
            trial = kill_trial(folder, doc_id, rng, real_process=i % 10 == 0)
            verify(folder, trial, cli_check=True)  # raises on any loss or a failed check
            survived += 1
            checked += trial.count
            before_ready += trial.killed_before_ready
            journals += trial.journal_left
            with_delta += any((folder / "annotations").glob("*.delta"))  # appends (store/delta.py) were in play
            times.append(trial.seconds)
    print(f"trials: {trials}")
    print(f"survived (opens, check exit 0, every acknowledged commit present): {survived}")
    print(f"acknowledged commits checked: {checked}")
    print(f"killed while opening: {before_ready}; killed with a commit in flight (journal left): {journals}")
    print(f"trials ending with an annotations .delta on disk (appended commits): {with_delta}")
    print(f"median time per trial: {statistics.median(times) * 1000:.0f} ms; total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
