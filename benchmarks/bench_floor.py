"""The reference floor: start-up time and memory of a bare PySide6 QtWebEngine view showing
the example article, with the app's Chromium flags and nothing else of the app.

The app's start-up targets (preview painted < 0.8 s, memory < 250 MB) turned out to be near
what QtWebEngine alone needs; this puts that cost next to bench_startup.py's figures, measured
the same way (a process of its own per run, warm, memory as PSS of all its processes), so the
table shows how much of a start is the app's own. No targets: it is a reference, not a goal.
The article is rendered to HTML with the app's pipeline once, outside the timing;
floor_probe.py shows it in a view the size of the app's preview.

    python benchmarks/bench_floor.py [--quick] [--json]
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench_startup import run_probe
from figures import Figure, bench_main

from recapdesk.headless import run as recapdesk_command
from recapdesk.resources import example_path


def figures(quick: bool = False) -> list[Figure]:
    page = Path(tempfile.mkdtemp()) / "example.html"
    project = example_path("k8s-source-study-phase1")
    # As `recapdesk render --to html` writes it: a standalone page, styles inline.
    if recapdesk_command(["render", str(project), "--to", "html", "-o", str(page)]) != 0:
        raise RuntimeError(f"could not render {project} to HTML")
    run_probe("floor_probe.py", page)  # warm the file cache, as bench_startup does
    painted = Figure("floor: bare web view, start -> article painted", "s")
    memory = Figure("floor: bare web view, memory, all processes", "MB")
    for _ in range(2 if quick else 10):
        times, megabytes = run_probe("floor_probe.py", page)
        painted.samples.append(times["painted"])
        memory.samples.append(megabytes)
    return [painted, memory]


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
