"""Keystroke -> preview content updated, in the real window (offscreen or Xvfb), on the bundled
example and on the stress project; and the longest GUI-thread stall while typing, measured with
a QTimer heartbeat. Prints median and p95 in milliseconds.

    python benchmarks/bench_window.py [--keys N] [--project example|stress]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

import recapdesk.model  # noqa: F401  (see recapdesk/ui/__init__.py)

sys.path.insert(0, str(Path(__file__).parent))
from stress import stress_project

from recapdesk.resources import example_path
from recapdesk.store import save
from recapdesk.ui.main_window import MainWindow


def spin_until(app: QApplication, done: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def measure(app: QApplication, project_file: Path, keys: int) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp())
    window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    rendered: list[float] = []
    window.preview.rendered.connect(lambda _ms: rendered.append(time.perf_counter()))
    window.preview.start()
    window.open_file(project_file)
    spin_until(app, lambda: bool(rendered))
    title = window.findChild(QLineEdit, "article_title")
    assert title is not None
    title.setFocus()
    title.end(False)

    # Heartbeat: a 10 ms timer; a gap far above 10 ms means the GUI thread was busy that long.
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(10)

    latencies: list[float] = []
    clock = QElapsedTimer()
    for index in range(keys):
        before = len(rendered)
        clock.start()
        start = time.perf_counter()
        QTest.keyClick(title, "abcdefghij"[index % 10])
        spin_until(app, lambda before=before: len(rendered) > before)  # type: ignore[misc]
        # Settle any coalesced second render before the next key, as a typist's pause would.
        spin_until(app, lambda: not window.preview._throttle.busy)
        latencies.append((rendered[before] - start) * 1000)
        app.processEvents()
    heartbeat.stop()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(beats)]
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return {
        "median": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "stall": max(gaps) if gaps else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--project", choices=("example", "stress", "both"), default="both")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    projects = []
    if args.project in ("example", "both"):
        projects.append(("example", example_path("k8s-source-study-phase1")))
    if args.project in ("stress", "both"):
        stress_file = Path(tempfile.mkdtemp()) / "stress.recap.toml"
        save(stress_project(), stress_file)
        projects.append(("stress", stress_file))
    print(f"{'keystroke -> preview':<28}{'median ms':>10}{'p95 ms':>10}{'max stall ms':>14}")
    for name, path in projects:
        result = measure(app, path, args.keys)
        print(f"{name:<28}{result['median']:>10.1f}{result['p95']:>10.1f}{result['stall']:>14.1f}")


if __name__ == "__main__":
    main()
