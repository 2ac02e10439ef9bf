"""Start-up time and memory of the whole app, as separate processes (warm: one run first).

Start -> window mapped, start -> article shown in the preview, and the memory of all the
app's processes (PSS, QtWebEngine's included), with the example open. The app starts as the
``recapdesk`` command does (startup_probe.py watches it), on the platform QT_QPA_PLATFORM
names (offscreen unless set; xcb with DISPLAY for a real X server such as Xvfb), with the
settings and data folders of a first start.

    python benchmarks/bench_startup.py [--quick] [--json]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from figures import Figure, bench_main
from stress import EXAMPLE, save_with_pictures

from recapdesk.store import load

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


def run_probe(probe: str, argument: Path) -> tuple[dict[str, float], float]:
    """Run ``probe`` (a script here that prints ``mapped`` and ``painted`` with the time of
    each) as a process of its own: seconds from its start to each, and the memory (PSS, MB)
    of all its processes once painted."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Warm means the bytecode cache too, as on a user's machine: a sandbox that sets this
    # would otherwise compile every module of recapdesk from source at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    home = Path(tempfile.mkdtemp())  # settings and app data of a first start, not the user's
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    start = time.time()
    child = subprocess.Popen(
        [sys.executable, str(HERE / probe), str(argument)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    times: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        name, value = line.split()
        times[name] = float(value) - start
        if "painted" in times:
            break
    else:  # its output ended first: it failed (run it alone to see why)
        raise RuntimeError(f"{probe} exited before painting (exit {child.wait(30)})")
    time.sleep(0.8)  # let the web view's processes settle before reading memory
    memory = pss_mb(child.pid)
    threading.Thread(target=child.wait, daemon=True).start()
    child.wait(30)
    return times, memory


def run_once(project: Path) -> tuple[float, float, float]:
    times, memory = run_probe("startup_probe.py", project)
    return times["mapped"], times["painted"], memory


def figures(quick: bool = False) -> list[Figure]:
    project = Path(tempfile.mkdtemp()) / "example.recap.toml"
    save_with_pictures(load(EXAMPLE), project)
    run_once(project)  # warm the file cache: the targets are for a warm start
    mapped = Figure("start -> window mapped", "s", median_under=0.4)
    painted = Figure("start -> window painted with the preview", "s", median_under=0.8)
    memory = Figure("memory, all processes, example open", "MB", max_under=250)
    for _ in range(2 if quick else 10):
        times = run_once(project)
        mapped.samples.append(times[0])
        painted.samples.append(times[1])
        memory.samples.append(times[2])
    return [mapped, painted, memory]


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
