"""The writer of the crash harness: commits annotations, claims and links in a loop, acknowledging each.

    python tests/reliability/writer.py PROJECT DOCUMENT_ID SEED [COUNT]

After the project opens it prints `ready`; after each `session.execute` returns it prints
`<kind> <id>` (flushed; `-<kind> <id>` just before a delete), so a line on stdout means "this commit was acknowledged to the user".
The harness kills it with SIGKILL at a random instant and checks that every acknowledged id is
in the project. `run()` is the same loop for a forked child (the benchmark forks to save start-up).
"""

import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.links import Kind  # noqa: E402
from app.services.annotate import create_annotation, delete_annotation  # noqa: E402
from app.services.documents import document_text  # noqa: E402
from app.services.entities import create_claim  # noqa: E402
from app.services.linking import link  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402


def run(folder: Path, document_id: str, seed: int, emit: Callable[[str], None], count: int = 10**9) -> None:
    rng = random.Random(seed)
    with ProjectSession.open(folder, analyst="writer") as session:
        text = document_text(session, document_id).text
        emit("ready")
        for i in range(count):
            start = rng.randrange(0, len(text) - 40)
            cmd = create_annotation(session, document_id, start, start + rng.randint(5, 40), note=f"n{seed}-{i}")
            session.execute(cmd)
            ann_id = cmd.ops[0].oid
            emit(f"annotation {ann_id}")
            cmd, claim = create_claim(session, f"claim {seed}-{i} " + "x" * rng.randint(0, 200))
            session.execute(cmd)
            emit(f"claim {claim.id}")
            cmd = link(session, (Kind.ANNOTATION, ann_id), (Kind.CLAIM, claim.id))
            session.execute(cmd)
            emit(f"link {cmd.ops[0].oid}")
            if rng.random() < 0.1:  # a delete (annotation + its link) then its undo: both acknowledged states
                emit(f"-annotation {ann_id}")  # from here on it may be gone: the delete may land unacknowledged
                emit(f"-link {cmd.ops[0].oid}")
                session.execute(delete_annotation(session, ann_id))
                session.undo()
                emit(f"annotation {ann_id}")
                emit(f"link {cmd.ops[0].oid}")


def _stdout(line: str) -> None:
    os.write(1, (line + "\n").encode())  # unbuffered: the line exists once the call returns


if __name__ == "__main__":
    args = sys.argv[1:]
    run(Path(args[0]), args[1], int(args[2]), _stdout, int(args[3]) if len(args) > 3 else 10**9)
