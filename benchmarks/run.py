"""Every performance figure, in one table: figure, median, p95, max, target and
whether it is met. Each benchmark runs as a process of its own (a fresh interpreter: no
warm caches carried from one to the next), on the stress project it generates where it
needs one (stress.py); the window runs offscreen unless QT_QPA_PLATFORM says otherwise
(``--xvfb`` starts an X server and runs it under xcb, as on a desktop). Whole-app start-up and
memory always run under Xvfb when it is installed, and bench_side.py compares the app with
ghostwriter there (skipped, with a message, without ghostwriter or Xvfb).

    python benchmarks/run.py            # the targets, on a quiet machine (~5 minutes)
    python benchmarks/run.py --quick    # a few samples each: do they all still run (CI)

Exit code: 0 when every figure was measured (and, without --quick, every target met),
1 when a target is missed, 2 when a benchmark failed to run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench_side import missing as side_missing
from figures import Figure, table

HERE = Path(__file__).parent
# In-process figures first (the core), then the window, then whole-app starts and, right
# after them, the bare web view they are read against (no targets: a reference floor).
BENCHMARKS = (
    "bench_pipeline.py",
    "bench_wechat.py",
    "bench_pictures.py",
    "bench_photos.py",
    "bench_publish.py",
    "bench_files.py",
    "bench_exports.py",
    "bench_window.py",
    "bench_typing.py",
    "bench_startup.py",
    "bench_floor.py",
    "bench_side.py",
)
# Whole-app starts and memory: under an X server (Xvfb) whenever one can be started, as on a
# desktop; the offscreen platform flatters both (no X round trips, no window buffers).
UNDER_X = frozenset({"bench_startup.py", "bench_floor.py"})


@contextmanager
def xvfb() -> Iterator[dict[str, str]]:
    """An X server of its own for the window benchmarks; the environment that uses it."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("run.py --xvfb: Xvfb is not installed (make system-deps)")
    display = ":87"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    try:
        yield {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(10)


def run(script: str, quick: bool, env: dict[str, str]) -> list[Figure]:
    command = [sys.executable, str(HERE / script), "--json", *(["--quick"] if quick else [])]
    started = time.monotonic()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=1800, check=False
    )
    seconds = time.monotonic() - started
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise RuntimeError(f"{script} failed (exit {done.returncode})")
    print(f"  {script}: {seconds:.0f} s", file=sys.stderr, flush=True)
    return [Figure.from_json(line) for line in done.stdout.splitlines() if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a few samples: do they still run")
    parser.add_argument("--xvfb", action="store_true", help="the window under Xvfb (xcb)")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures: list[Figure] = []
    failed: list[str] = []
    has_x = shutil.which("Xvfb") is not None
    with xvfb() if args.xvfb or has_x else _no_server() as display:
        for script in BENCHMARKS:
            if script == "bench_side.py" and (lacking := side_missing()):
                print(f"  {script}: skipped, needs {', '.join(lacking)} (see its docstring)")
                continue
            if script in UNDER_X and not has_x:
                print(f"  {script}: offscreen, Xvfb is not installed (make system-deps)")
            under_x = args.xvfb or script in UNDER_X
            try:
                figures.extend(run(script, args.quick, {**env, **display} if under_x else env))
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                failed.append(f"{script}: {error}")
    print(table(figures))
    for line in failed:
        print(f"FAILED TO RUN: {line}")
    if failed or not figures:
        return 2
    missed = [figure.name for figure in figures if figure.passed is False]
    if args.quick:
        print(f"quick mode: {len(figures)} figures measured; targets not judged (few samples)")
        return 0
    judged = [figure for figure in figures if figure.passed is not None]  # not the references
    print(f"{len(judged) - len(missed)} of {len(judged)} figures pass" if missed else "all pass")
    return 1 if missed else 0


@contextmanager
def _no_server() -> Iterator[dict[str, str]]:
    yield {}


if __name__ == "__main__":
    sys.exit(main())
