"""Run the app's own start-up path and print when the window is mapped and when the preview
has painted the article; used by bench_startup.py as a child process (not part of the app)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

from recapdesk.ui.app import create_application, open_initial
from recapdesk.ui.main_window import MainWindow


class ExposeWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.mapped = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Expose and not self.mapped:
            self.mapped = time.time()
        return False


def main() -> None:
    project = Path(sys.argv[1])
    settings_file = sys.argv[2]
    app = create_application()
    window = MainWindow(QSettings(settings_file, QSettings.Format.IniFormat))
    watch = ExposeWatch()
    window.winId()  # creates the native window, whose Expose event means "mapped"
    handle = window.windowHandle()
    assert handle is not None
    handle.installEventFilter(watch)

    def painted(_ms: float) -> None:
        print(f"mapped {watch.mapped:.6f}", flush=True)
        print(f"painted {time.time():.6f}", flush=True)
        QTimer.singleShot(1500, app.quit)  # stay a moment so memory can be measured

    window.preview.rendered.connect(painted)
    window.show()
    QTimer.singleShot(0, window.preview.start)
    QTimer.singleShot(0, lambda: open_initial(window, project))
    app.exec()
    window.document.undo_stack.setClean()


if __name__ == "__main__":
    main()
