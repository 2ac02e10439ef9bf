"""Typing Chinese fast into the Background text, as an X input tool does (one character every
30 ms, xdotool's ``type --delay 30``): the longest GUI-thread stall per keystroke, and how long
each keystroke waited before the field got it.

An input tool that types characters the keyboard has no key for remaps a spare key for each
one; a keystroke the window handles after the next remapping comes out as the wrong character
or none. So no keystroke may wait as long as the typing interval.

    python benchmarks/bench_typing.py [--quick] [--json]     (offscreen, or DISPLAY with xcb)
"""

from __future__ import annotations

import gc
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

sys.path.insert(0, str(Path(__file__).parent))
from bench_window import Heartbeat, pause, session, wait_until
from figures import Figure, bench_main
from stress import save_with_pictures, stress_project

from recapdesk.chromium_flags import chromium_flags_environment
from recapdesk.resources import example_path
from recapdesk.ui.app import freeze_startup_objects

INTERVAL_MS = 30
SENTENCE = "今天我们一起学习了源码的第五章内容，大家讨论得非常热烈，收获很多。"
BACKGROUND_TAB = 1


class KeyTimes(QObject):
    """When the field handled each key press (an event filter sees it as it is delivered)."""

    def __init__(self) -> None:
        super().__init__()
        self.handled: list[float] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress:
            self.handled.append(time.perf_counter())
        return False


def _type(field: QPlainTextEdit, text: str) -> tuple[list[float], list[float]]:
    """Post ``text`` to ``field`` a character every 30 ms, through the event queue as the
    window system delivers keys; the times each was sent and handled."""
    times = KeyTimes()
    field.installEventFilter(times)
    sent: list[float] = []
    characters = iter(text)

    def next_key() -> None:
        character = next(characters, None)
        if character is None:
            timer.stop()
            return
        sent.append(time.perf_counter())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.postEvent(field, key)

    # A precise timer: the interval is measured from when the loop gets to it, as xdotool's
    # sleeps are, so a stall delays the next key as it delays the tool's next remapping.
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(next_key)
    timer.start(INTERVAL_MS)
    wait_until(lambda: not timer.isActive() and len(times.handled) >= len(sent), 60)
    field.removeEventFilter(times)
    return sent, times.handled


def typing_figures(label: str, project_file: Path, repeats: int) -> list[Figure]:
    stall = Figure(f"GUI-thread stall per keystroke, Chinese, {label}", "ms", max_under=30)
    wait = Figure(f"keystroke waits for the field, Chinese, {label}", "ms", max_under=30)
    with session(project_file) as bench:
        freeze_startup_objects()  # as the app does after its first render
        window = bench.window
        window.tabs.setCurrentIndex(BACKGROUND_TAB)
        field = window.findChild(QPlainTextEdit, "background_text")
        assert field is not None
        field.setFocus()
        field.moveCursor(field.textCursor().MoveOperation.End)
        before = field.toPlainText()
        for _repeat in range(repeats):
            heartbeat = Heartbeat()
            heartbeat.start()
            sent, handled = _type(field, SENTENCE)
            pause(0.3)
            beats = heartbeat.beats
            heartbeat.stop()
            wait.samples += [(h - s) * 1000 for s, h in zip(sent, handled, strict=True)]
            # The longest gap between heartbeats from each key until the next.
            ends = [*sent[1:], sent[-1] + INTERVAL_MS / 1000]
            for start, end in zip(sent, ends, strict=True):
                inside = [b for b in beats if start <= b <= end + 0.05]
                gaps = [(b - a) * 1000 for a, b in itertools.pairwise(inside)]
                stall.samples.append(max(gaps, default=0.0))
            pause(1.0)
        typed = field.toPlainText()[len(before) :]
        if typed != SENTENCE * repeats:
            raise RuntimeError(f"the field got {typed!r}")
    return [stall, wait]


def figures(quick: bool = False) -> list[Figure]:
    chromium_flags_environment()
    QApplication.instance() or QApplication(sys.argv[:1])
    repeats = 1 if quick else 4
    found = typing_figures("example", example_path("k8s-source-study-phase1"), repeats)
    stress_file = Path(tempfile.mkdtemp(prefix="recapdesk-typing-")) / "stress.recap.toml"
    save_with_pictures(stress_project(), stress_file)
    try:
        return found + typing_figures("stress", stress_file, repeats)
    finally:
        gc.unfreeze()


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
