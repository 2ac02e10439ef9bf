"""The benchmarks still run (the performance figures): `benchmarks/run.py --quick`, a few samples
each. Their targets are judged on a quiet machine (`make bench`), not here: CI is noisy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FIGURES = (
    "machine: reference Python loop (no target)",
    "pipeline: full render, example",
    "pipeline: one-field edit, example",
    "Copy for WeChat, example",
    "Copy for WeChat, stress",
    "pictures: 20 photos 4000x3000, first time",
    "pictures: 20 photos, again (memory cache)",
    "pictures: 20 photos, next session (disk cache)",
    "publish --dry-run, example",
    "open stress project (store.load)",
    "save stress project (store.save)",
    "export: long image, example",
    "export: 30 certificates, one PDF",
    "recapdesk export --to png, example (whole command)",
    "memory, all processes, export --to png",
    "open stress project in the window",
    "save stress project in the window",
    "keystroke -> preview, example",
    "keystroke -> preview, stress (title)",
    "keystroke -> preview, stress (testimonial body)",
    "GUI-thread stall while typing, stress",
    "GUI-thread stall per keystroke, Chinese, example",
    "keystroke waits for the field, Chinese, example",
    "GUI-thread stall per keystroke, Chinese, stress",
    "keystroke waits for the field, Chinese, stress",
    "start -> window mapped",
    "start -> window painted with the preview",
    "memory, all processes, example open",
    "floor: bare web view, start -> article painted",
    "floor: bare web view, memory, all processes",
)


@pytest.mark.slow
def test_every_benchmark_runs_and_reports_its_figures() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    rows = {line.split("  ")[0] for line in done.stdout.splitlines()}
    missing = [name for name in FIGURES if name not in rows]
    assert not missing, done.stdout
