"""Benchmark: start-up of the command line and of the GUI, against `python -c pass` measured in the same run.

Targets: `sourcemark list PROJECT claims` <= 0.4 s; the GUI main window shown with the demo project <= 1.5 s
(from before the process starts to the window's first expose, reported by SOURCEMARK_STARTUP_PROBE).

Run: .venv/bin/python tests/benchmarks/startup.py [--runs 10] [--bundle dist/sourcemark/sourcemark]
With --bundle (or when dist/sourcemark/sourcemark exists) the bundled app is measured too.
Prints medians; exits 1 if a budget is missed.

Every process gets a fresh HOME (no settings, no recent projects) and QT_QPA_PLATFORM=offscreen. Python
byte-code caching is allowed (PYTHONDONTWRITEBYTECODE removed) and one warm-up run precedes the timed ones:
a user's second start, not a first start after installation with a cold disk cache.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
LIST_BUDGET_S, GUI_BUDGET_S = 0.4, 1.5
PROBE_PREFIX = "sourcemark-window-shown"  # app/ui/startup_probe.PREFIX (not imported: no Qt in this process)


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_RUNTIME_DIR=str(home / "run"),
               QT_QPA_PLATFORM="offscreen", SOURCEMARK_ANALYST="bench")
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def sourcemark_command(bundle: Path | None) -> list[str]:
    if bundle is not None:
        return [str(bundle)]
    script = Path(sys.executable).parent / "sourcemark"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}): {out.stderr.strip()}")
    return elapsed


def time_to_window(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from just before the process starts to the main window first shown with the demo project."""
    env = {**env, "SOURCEMARK_STARTUP_PROBE": "1"}
    start = time.time()
    out = subprocess.run([*cmd, "--demo"], env=env, capture_output=True, text=True, timeout=120)
    shown = [line for line in out.stdout.splitlines() if line.startswith(PROBE_PREFIX + " ")]
    if out.returncode != 0 or not shown:
        raise SystemExit(f"{' '.join(cmd)} --demo did not report its window ({out.returncode}): {out.stderr.strip()}")
    return float(shown[0].split()[1]) - start


def measure(label: str, run: Callable[[], float], runs: int) -> float:
    """Median wall time; the CPU time of the process (user + system) is printed beside it because on a
    shared machine the wall time includes waiting for a core."""
    run()  # warm-up: byte-code caches, disk cache
    samples, cpu = [], []
    for _ in range(runs):
        before = children_cpu()
        samples.append(run())
        cpu.append(children_cpu() - before)
    median = statistics.median(samples)
    print(f"  {label:<44} median {median * 1000:6.0f} ms (min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f}); "
          f"CPU {statistics.median(cpu) * 1000:.0f} ms")
    return median


def make_project(cmd: list[str], env: dict[str, str], folder: Path) -> Path:
    project = folder / "Bench.sourcemark"
    subprocess.run([*cmd, "new", str(project)], env=env, check=True, capture_output=True, timeout=120)
    subprocess.run([*cmd, "add", str(project), *map(str, sorted(SAMPLES.iterdir()))], env=env, check=True,
                   capture_output=True, timeout=120)
    for statement in ("1,200 engineers were trained", "The exercise involved 14,000 troops", "No combat soldier was sent"):
        subprocess.run([*cmd, "claim", str(project), statement], env=env, check=True, capture_output=True, timeout=120)
    return project


def bench(name: str, cmd: list[str], runs: int, env: dict[str, str], folder: Path, baseline: float) -> list[str]:
    print(f"{name}: {' '.join(cmd)}")
    project = make_project(cmd, env, folder)
    failures = []
    listing = measure("sourcemark list PROJECT claims", lambda: timed_run([*cmd, "list", str(project), "claims"], env), runs)
    print(f"  {'':<44} {listing / baseline:.1f}x python -c pass; target <= {LIST_BUDGET_S * 1000:.0f} ms")
    if listing > LIST_BUDGET_S:
        failures.append(f"{name}: list {listing:.3f} s > {LIST_BUDGET_S} s")
    gui = measure("GUI main window shown with the demo project", lambda: time_to_window(cmd, env), runs)
    print(f"  {'':<44} {gui / baseline:.1f}x python -c pass; target <= {GUI_BUDGET_S * 1000:.0f} ms")
    if gui > GUI_BUDGET_S:
        failures.append(f"{name}: GUI {gui:.3f} s > {GUI_BUDGET_S} s")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--bundle", type=Path, help="the bundled executable (default: dist/sourcemark/sourcemark if built)")
    args = parser.parse_args()
    bundle = args.bundle or (ROOT / "dist" / "sourcemark" / "sourcemark")
    with tempfile.TemporaryDirectory(prefix="sourcemark-startup-") as tmp:
        folder = Path(tmp)
        env = environment(folder / "home")
        print(f"{args.runs} runs each after one warm-up; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        baseline = measure("python -c pass", lambda: timed_run([sys.executable, "-c", "pass"], env), args.runs)
        imported = measure("python -c 'import app.cli.main'", lambda: timed_run([sys.executable, "-c", "import app.cli.main"], env),
                           args.runs)
        print(f"  {'':<44} {imported / baseline:.1f}x python -c pass")
        (folder / "venv").mkdir()
        failures = bench("installed (venv)", sourcemark_command(None), args.runs, env, folder / "venv", baseline)
        if bundle.is_file():
            (folder / "bundle").mkdir()
            failures += bench("bundle", sourcemark_command(bundle), args.runs, env, folder / "bundle", baseline)
        elif args.bundle:
            print(f"no bundle at {bundle}", file=sys.stderr)
            return 2
    for failure in failures:
        print(f"OVER BUDGET: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
