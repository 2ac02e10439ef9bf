"""Exports: the example as a long image, 30 certificates as one PDF, and the memory
of an export as the user runs it (``recapdesk export``: all its processes, Chromium's too).

The in-process figures are timed after one warm-up export (Chromium's start belongs to the
first export of a session and is in the command's figure instead); each export makes its own
page and profile, as the window's File > Export will.

    python benchmarks/bench_exports.py [--quick] [--json]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_startup import pss_mb
from figures import Figure, bench_main, sample

from recapdesk.exports.certificates import export_certificates
from recapdesk.exports.long_image import export_long_image
from recapdesk.model import Person
from recapdesk.resources import example_path
from recapdesk.store import load

EXAMPLE = example_path("k8s-source-study-phase1")
CERTIFICATES = 30


def command_run(output: Path, kind: str) -> tuple[float, float]:
    """``recapdesk export`` of the example as a process of its own: seconds, and the peak
    memory (PSS, MB) of it and its children, read every 50 ms."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "recapdesk",
            "export",
            str(EXAMPLE),
            "--to",
            kind,
            "-o",
            str(output),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = 0.0
    # Chromium logs a lot on stderr: read it in a thread, or the pipe fills and blocks it.
    errors: list[str] = []
    reader = threading.Thread(target=lambda: errors.extend(child.stderr or []), daemon=True)
    reader.start()
    while child.poll() is None:
        peak = max(peak, pss_mb(child.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    reader.join(10)
    if child.returncode != 0:
        said = [line for line in errors if line.startswith("recapdesk:")]
        raise RuntimeError(f"recapdesk export --to {kind} failed (exit {child.returncode}) {said}")
    return seconds, peak


def figures(quick: bool = False) -> list[Figure]:
    runs = 2 if quick else 7
    project = load(EXAMPLE)
    many = load(EXAMPLE)
    many.groups[0].people = [
        Person(name=f"学员{index:02d}", github=f"member-{index}") for index in range(CERTIFICATES)
    ]
    with tempfile.TemporaryDirectory() as root:
        folder = Path(root)
        image = sample(
            Figure("export: long image, example", "ms", median_under=3000),
            lambda: export_long_image(project, folder / "recap.png", folder=EXAMPLE.parent),
            runs,
        )
        certificates = sample(
            Figure(f"export: {CERTIFICATES} certificates, one PDF", "ms", median_under=10_000),
            lambda: export_certificates(many, folder / "certificates.pdf"),
            runs,
        )
        command = Figure("recapdesk export --to png, example (whole command)", "s")
        memory = Figure("memory, all processes, export --to png", "MB", max_under=500)
        for _run in range(1 if quick else 3):
            seconds, peak = command_run(folder / "command.png", "png")
            command.samples.append(seconds)
            memory.samples.append(peak)
    return [image, certificates, command, memory]


if __name__ == "__main__":
    bench_main(__doc__, figures)
