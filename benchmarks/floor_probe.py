"""A bare QWebEngineView showing an HTML file, with nothing of the app but its Chromium flags:
the reference floor for start-up time and memory. bench_floor.py runs this as a child process.
It prints when the view's window is first exposed (``mapped``) and when the page has loaded
and a JavaScript round trip found text in its body (``painted``, as the app's preview reports
its article shown), then stays so that the parent can read the memory.

    python benchmarks/floor_probe.py [--stay] PAGE.html

``--stay``: stays open until it is closed, its window titled "floor" (bench_side.py watches
it from outside, through X, as it watches the editors).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

# Qt-free and light: the flags without the app's modules, whose import is not the floor's cost.
from recapdesk.chromium_flags import chromium_flags_environment

STAY_MS = 1500  # as startup_probe.py: after the article shows, the parent reads the memory
# The preview's size in the app's default window: 1280x800, splitter [560, 720].
WIDTH, HEIGHT = 720, 800


class Watch(QObject):
    """Prints ``mapped`` at the view's first Expose. Qt may replace the native window while
    showing a web view (it wants a GPU-composited one): WinIdChange says so, and the new one
    is watched instead (as startup_probe.py does)."""

    def __init__(self, view: QWebEngineView) -> None:
        super().__init__(view)
        self.view = view
        self.mapped = False
        view.installEventFilter(self)
        view.winId()  # the native window, whose first Expose event means "on screen"
        self.follow()

    def follow(self) -> None:
        handle = self.view.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.WinIdChange and watched is self.view:
            self.follow()
        elif event.type() == QEvent.Type.Expose and not self.mapped:
            self.mapped = True
            print(f"mapped {time.time():.6f}", flush=True)
        return False


def main(page: str, stay: bool = False) -> int:
    chromium_flags_environment()
    # As the app sets it: QtWebEngine needs it before the QApplication exists.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    view = QWebEngineView()
    view.resize(WIDTH, HEIGHT)
    view.setWindowTitle("floor")
    # The view takes the page's title as its window's: the name bench_side.py looks for stays.
    view.titleChanged.connect(lambda title: view.setWindowTitle(f"floor: {title}"))
    Watch(view)

    def shown(text_length: object) -> None:
        # A JavaScript number arrives as a float.
        if not isinstance(text_length, int | float) or text_length == 0:
            print(f"floor_probe: {page} shows no text ({text_length!r})", file=sys.stderr)
            app.exit(1)
            return
        print(f"painted {time.time():.6f}", flush=True)
        if not stay:
            QTimer.singleShot(STAY_MS, app.quit)

    def loaded(ok: bool) -> None:
        if not ok:
            print(f"floor_probe: {page} did not load", file=sys.stderr)
            app.exit(1)
            return
        # Loaded is not shown: the round trip ends after the page has laid out its text.
        view.page().runJavaScript("document.body.innerText.trim().length", 0, shown)

    view.loadFinished.connect(loaded)
    view.load(QUrl.fromLocalFile(page))
    view.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[-1], stay="--stay" in sys.argv[1:-1]))
