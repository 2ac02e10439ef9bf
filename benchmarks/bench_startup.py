"""Start-up time and memory of the whole app, as separate processes (warm: one run first).

Start -> window mapped, start -> article painted in the preview, and the memory of all the
app's processes (PSS, QtWebEngine's helpers included), with the example open.

    python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from recapdesk.resources import example_path

HERE = Path(__file__).parent


def _descendants(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        kids = (task / "children").read_text().split() if (task / "children").exists() else []
        for kid in kids:
            children.append(int(kid))
            children.extend(_descendants(int(kid)))
    return children


def pss_mb(pid: int) -> float:
    """Proportional set size of a process and all its descendants, in MB."""
    total_kb = 0
    for each in [pid, *_descendants(pid)]:
        try:
            for line in Path(f"/proc/{each}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


def run_once(project: Path) -> tuple[float, float, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp())  # settings and app data of a first start, not the user's
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    start = time.time()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "startup_probe.py"), str(project)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    times: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        name, value = line.split()
        times[name] = float(value)
        if "painted" in times:
            break
    time.sleep(0.8)  # let the web view's processes settle before reading memory
    memory = pss_mb(child.pid)
    threading.Thread(target=child.wait, daemon=True).start()
    child.wait(30)
    return times["mapped"] - start, times["painted"] - start, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    project = Path(tempfile.mkdtemp()) / "example.recap.toml"
    project.write_bytes(example_path("k8s-source-study-phase1").read_bytes())
    run_once(project)  # warm the file cache: the targets are for a warm start
    results = [run_once(project) for _ in range(runs)]
    mapped = [r[0] for r in results]
    painted = [r[1] for r in results]
    memory = [r[2] for r in results]
    print(f"{'figure':<34}{'median':>10}{'max':>10}")
    for name, values, digits in (
        ("start -> window mapped (s)", mapped, 2),
        ("start -> preview painted (s)", painted, 2),
        ("memory, all processes (MB PSS)", memory, 0),
    ):
        print(f"{name:<34}{statistics.median(values):>10.{digits}f}{max(values):>10.{digits}f}")


if __name__ == "__main__":
    main()
