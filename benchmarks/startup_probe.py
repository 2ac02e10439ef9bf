"""Start the app as the ``recapdesk`` command does (``cli.main``) and print when its window is
mapped (first Expose) and when the preview has shown the article; bench_startup.py runs this
as a child process. It only watches: the app's start-up path is the real one, unchanged.

    python benchmarks/startup_probe.py PROJECT
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from recapdesk import cli
from recapdesk.ui.window.main_window import MainWindow

STAY_MS = 1500  # after the article shows, so that the parent can read the memory


class Watch(QObject):
    """Prints when the window's native window is first exposed. Qt may replace that window
    while showing it (a web view inside needs a GPU-composited one): the widget's
    WinIdChange says so, and the new one is watched instead."""

    def __init__(self) -> None:
        super().__init__()
        self.mapped = False

    def follow(self, window: MainWindow) -> None:
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.WinIdChange and isinstance(watched, MainWindow):
            self.follow(watched)
        elif event.type() == QEvent.Type.Expose and not self.mapped:
            self.mapped = True
            print(f"mapped {time.time():.6f}", flush=True)
        return False


watch = Watch()
_show = MainWindow.show
_build = MainWindow.build


def show(window: MainWindow) -> None:
    window.installEventFilter(watch)
    window.winId()  # the native window, whose first Expose event means "on screen"
    watch.follow(window)
    _show(window)


def painted(_ms: float) -> None:
    print(f"painted {time.time():.6f}", flush=True)
    QTimer.singleShot(STAY_MS, QCoreApplication.quit)


def build(window: MainWindow, *args: object, **kwargs: object) -> None:
    _build(window, *args, **kwargs)  # type: ignore[arg-type]
    window.preview.rendered.connect(painted)


MainWindow.show = show  # type: ignore[method-assign]
MainWindow.build = build  # type: ignore[method-assign]

if __name__ == "__main__":
    cli.main([sys.argv[1]])
