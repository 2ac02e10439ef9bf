"""Keystroke -> preview content updated, in the real window (offscreen or Xvfb), on the bundled
example and on the stress project (typing in the title and in a testimonial's body); and the
GUI thread's longest stall while typing on the stress project, measured with a 5 ms heartbeat
that keeps beating through the deferred work typing starts (the compliance check after a
pause, the autosave after its idle delay).

    python benchmarks/bench_window.py [--quick] [--json]

With ``--json`` stdout carries one JSON line per figure and nothing else (Qt's and the web
engine's chatter goes to stderr), so a runner can start this as a subprocess.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

sys.path.insert(0, str(Path(__file__).parent))
from figures import Figure, bench_main
from stress import TESTIMONIALS, save_with_pictures, stress_project

from recapdesk.chromium_flags import chromium_flags_environment
from recapdesk.resources import example_path
from recapdesk.ui.forms.tabs.testimonial_people import TestimonialPeopleEditor
from recapdesk.ui.window.main_window import MainWindow

HEARTBEAT_MS = 5
TESTIMONIALS_TAB = 3
LETTERS = "abcdefghij"


def wait_until(done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``done()`` (checked every millisecond), without spinning:
    a busy loop here would compete with the app's own threads for the GIL and the CPU."""
    if done():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.timeout.connect(lambda: done() and loop.quit())
    poll.start(1)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(timeout * 1000))
    loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError(f"still waiting after {timeout:g} s")


def pause(seconds: float) -> None:
    """Let the event loop run for ``seconds``, as a typist's pause would."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


@dataclass
class Heartbeat:
    """A 5 ms timer on the GUI thread: a gap far above 5 ms means the thread was busy."""

    beats: list[float] = field(default_factory=list)
    timer: QTimer = field(default_factory=QTimer)

    def start(self) -> None:
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))
        self.timer.start(HEARTBEAT_MS)

    def stop(self) -> list[float]:
        self.timer.stop()
        return [(b - a) * 1000 for a, b in itertools.pairwise(self.beats)]


class Session:
    """One window with a project open and its first render done."""

    def __init__(self, project_file: Path) -> None:
        folder = Path(tempfile.mkdtemp(prefix="recapdesk-bench-"))
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(settings, data=folder / "data")
        self.window.resize(1280, 800)
        self.window.show()
        self.renders: list[float] = []
        self.window.preview.rendered.connect(lambda _ms: self.renders.append(time.perf_counter()))
        self.autosaves = 0
        self.window.autosave.written.connect(self._count_autosave)
        self.window.preview.start()
        self.window.files.open_file(project_file)
        wait_until(lambda: bool(self.renders) and not self.busy())

    def _count_autosave(self) -> None:
        self.autosaves += 1

    def busy(self) -> bool:
        return self.window.preview._throttle.busy

    def type_keys(self, widget: QWidget, keys: int, figure: Figure) -> None:
        """Type ``keys`` letters into ``widget``, each once the preview shows the one before
        (a coalesced second render included); each sample: key pressed -> preview updated."""
        for index in range(keys):
            wait_until(lambda: not self.busy())
            before = len(self.renders)
            start = time.perf_counter()
            QTest.keyClick(widget, LETTERS[index % len(LETTERS)])
            wait_until(lambda before=before: len(self.renders) > before)  # type: ignore[misc]
            figure.samples.append((self.renders[before] - start) * 1000)
        wait_until(lambda: not self.busy())

    def title_field(self) -> QLineEdit:
        title = self.window.findChild(QLineEdit, "article_title")
        assert title is not None
        self.window.tabs.setCurrentIndex(0)
        title.setFocus()
        title.end(False)
        return title

    def testimonial_body(self, row: int) -> QPlainTextEdit:
        self.window.tabs.setCurrentIndex(TESTIMONIALS_TAB)
        editor = self.window.findChild(TestimonialPeopleEditor)
        assert editor is not None
        body = editor.select_person(row, "body")
        assert isinstance(body, QPlainTextEdit)
        body.setFocus()
        body.moveCursor(body.textCursor().MoveOperation.End)
        wait_until(lambda: not self.busy())
        return body

    def close(self) -> None:
        self.window.document.undo_stack.setClean()  # nothing to ask, nothing to recover
        self.window.close()
        # The web page must go before its profile does (at exit): wait for the deletion.
        gone: list[bool] = []
        self.window.destroyed.connect(lambda: gone.append(True))
        self.window.deleteLater()
        wait_until(lambda: bool(gone))


@contextlib.contextmanager
def session(project_file: Path) -> Iterator[Session]:
    opened = Session(project_file)
    try:
        yield opened
    finally:
        opened.close()


def example_figures(keys: int) -> list[Figure]:
    figure = Figure("keystroke -> preview, example", "ms", median_under=50, p95_under=100)
    with session(example_path("k8s-source-study-phase1")) as bench:
        bench.type_keys(bench.title_field(), keys, figure)
    return [figure]


def stress_figures(keys: int, bursts: int) -> list[Figure]:
    """Typing on the stress project in bursts with pauses between them: a pause past the
    compliance check's delay starts the check, so the next burst types while it runs; one
    pause past the autosave's idle delay (per field) writes the recovery file, and the
    heartbeat goes on a while after the last key."""
    title_figure = Figure("keystroke -> preview, stress (title)", "ms", median_under=150)
    body_figure = Figure("keystroke -> preview, stress (testimonial body)", "ms", median_under=150)
    stall = Figure("GUI-thread stall while typing, stress", "ms", max_under=50)
    folder = Path(tempfile.mkdtemp(prefix="recapdesk-stress-"))
    stress_file = folder / "stress.recap.toml"
    save_with_pictures(stress_project(), stress_file)
    with session(stress_file) as bench:
        autosave_s = bench.window.autosave.idle_ms / 1000 + 0.5
        fields: list[tuple[Callable[[], QWidget], Figure]] = [
            (bench.title_field, title_figure),
            (lambda: bench.testimonial_body(TESTIMONIALS // 2), body_figure),
        ]
        for focus, figure in fields:
            widget = focus()  # choosing the field is not typing: outside the heartbeat
            heartbeat = Heartbeat()
            heartbeat.start()
            for _burst in range(bursts):
                bench.type_keys(widget, keys, figure)
                pause(0.5)  # the compliance check starts (400 ms), the next burst meets it
            pause(autosave_s)  # the autosave writes
            stall.samples += heartbeat.stop()
        if bench.autosaves < len(fields):
            raise RuntimeError("the autosave did not write: the stall figure would miss it")
    return [title_figure, body_figure, stall]


def figures(quick: bool = False) -> list[Figure]:
    chromium_flags_environment()  # as the app starts QtWebEngine: no GPU, no sandbox as root
    QApplication.instance() or QApplication(sys.argv[:1])
    keys, bursts = (4, 2) if quick else (15, 4)
    return example_figures(60 if not quick else 8) + stress_figures(keys, bursts)


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
