"""Benchmark of `sourcemark clone` against a raw `PouchDB.replicate` of the same database (issue 31).

    python tests/benchmarks/clone.py [--docs 50] [--per-doc 1000] [--runs 3] [--keep DIR]

Builds a project of --docs text documents (real originals, so a clone has files to fetch and check) with
--per-doc highlights each, pushes it to PouchDB Server on loopback, then, in the same run and alternately:
`sourcemark clone URL P` in a fresh process (time and peak RSS), and PouchDB's own replicator (pouchdb-core +
pouchdb-replication + the LevelDB adapter, all from the .tools/pouchdb that `packaging/dev.sh setup` installs)
pulling the same database into a LevelDB folder in a fresh `node` process (time and peak RSS). Medians of --runs.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.services import annotate  # noqa: E402
from app.services import commands as c  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from app.services.sync import replicator as sync  # noqa: E402
from tests.fixtures.couch_server import PouchServer  # noqa: E402
from tests.fixtures.run import add_document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "The regional governor said that troops had crossed the border near Sudzha at dawn on Tuesday. "
REPLICATE_JS = """
const PouchDB = require('pouchdb-core').plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-adapter-leveldb')).plugin(require('pouchdb-replication'));
const t = Date.now();
PouchDB.replicate(process.argv[2], new PouchDB(process.argv[3]), {batch_size: 2000})
  .then(r => { console.log(JSON.stringify({docs: r.docs_written, ms: Date.now() - t})); })
  .catch(e => { console.error(e); process.exit(1); });
"""


def build(folder: Path, docs: int, per_doc: int) -> None:
    with ProjectSession.create(folder, analyst="ana") as s:
        for n in range(docs):
            path = folder.parent / f"doc{n}.txt"
            path.write_text(f"Report {n}.\n" + SENTENCE * (per_doc // 4 + 1), encoding="utf-8")
            doc = add_document(s, path).document.id
            step = len(SENTENCE) // 4
            start = len(f"Report {n}.\n")
            anns = [annotate.new_annotation(s, doc, start + i * step, start + i * step + 8) for i in range(per_doc)]
            s.execute(c.Command(f"{per_doc} highlights", tuple(c.insert(a) for a in anns)))


# Linux keeps a process's peak RSS across fork and exec (the parent's, here the built project's, would show),
# so the measured command is started by a small launcher process and its peak read by that launcher's wait4.
LAUNCHER = """import os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def timed_child(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a command run in a fresh process."""
    with tempfile.NamedTemporaryFile(suffix=".rss") as rss:
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", LAUNCHER, rss.name, *argv], env=env, capture_output=True)
        elapsed = time.perf_counter() - t
        if done.returncode not in (0, 1):
            raise SystemExit(f"{argv[:3]} failed: {done.stderr.decode()[-2000:]}")
        return elapsed, int(Path(rss.name).read_text()) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=50)
    ap.add_argument("--per-doc", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    os.environ.setdefault("SOURCEMARK_CONFIG_DIR", tempfile.mkdtemp())
    node_path = str(ROOT / ".tools" / "pouchdb" / "node_modules")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        server = PouchServer(tmp / "server")
        try:
            (tmp / "src").mkdir()
            t = time.perf_counter()
            build(tmp / "src" / "P.sourcemark", args.docs, args.per_doc)
            url = f"{server.url}/bench"
            with ProjectSession.open(tmp / "src" / "P.sourcemark", analyst="ana") as s:
                pushed = sync.sync(s, url).pushed
            print(f"built and pushed {args.docs} x {args.per_doc} highlights ({pushed} revisions) in "
                  f"{time.perf_counter() - t:.0f} s")
            (tmp / "replicate.js").write_text(REPLICATE_JS)
            env = {**os.environ, "NODE_PATH": node_path}
            ours, raws, rss, raw_rss = [], [], [], []
            for run in range(args.runs):
                target = tmp / f"clone{run}.sourcemark"
                sec, mb = timed_child([sys.executable, "-m", "app.cli.main", "--analyst", "bo", "clone", url,
                                       str(target)], env={**os.environ, "PYTHONPATH": str(ROOT)})
                ours.append(sec)
                rss.append(mb)
                shutil.rmtree(target, ignore_errors=True)
                sec, mb = timed_child(["node", str(tmp / "replicate.js"), url, str(tmp / f"level{run}")], env=env)
                raws.append(sec)
                raw_rss.append(mb)
                shutil.rmtree(tmp / f"level{run}", ignore_errors=True)
                print(f"  run {run + 1}: clone {ours[-1]:.1f} s {rss[-1]:.0f} MB; PouchDB.replicate {raws[-1]:.1f} s "
                      f"{raw_rss[-1]:.0f} MB")
            o, r = statistics.median(ours), statistics.median(raws)
            print(f"clone, median of {args.runs}: {o:.1f} s, peak RSS {statistics.median(rss):.0f} MB (max "
                  f"{max(rss):.0f}); PouchDB.replicate {r:.1f} s, {statistics.median(raw_rss):.0f} MB; ratio {o / r:.2f}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
