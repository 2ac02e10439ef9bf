"""A Chromium page laid out offscreen, driven synchronously, for the exports that need a
browser's layout: the long image, the PDF, the cards and the certificates.

Only these exports load Qt (``recapdesk render``/``check`` never do). Without a display the
offscreen platform is used, so they run in CI. The page is a hidden QWebEngineView rather
than a bare QWebEnginePage because only a view paints, and the long image and cards are
captured from its paint (QWidget.grab). Each wait runs a local event loop, so the window
keeps repainting and its Cancel button keeps working while an export runs in it; the cancel
flag is looked at every few milliseconds during every wait.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from recapdesk.chromium_flags import chromium_flags_environment
from recapdesk.exports.base import CancelFlag, Cancelled, ExportError, say
from recapdesk.i18n import QT_TRANSLATE_NOOP

_LOAD_FAILED = QT_TRANSLATE_NOOP("Export", "the page could not be laid out for the export")
_TIMED_OUT = QT_TRANSLATE_NOOP("Export", "the page took too long to lay out (%1)")
_TIMEOUT_MS = 60_000
_POLL_MS = 20
# Two people with the same name make two equal certificates: after this long the capture is
# taken as it is.
_NEW_FRAME_MS = 2_000


def ensure_application() -> Any:
    """The running QApplication, or a new one for the headless command line (offscreen when
    there is no display). QtWebEngine must be imported before the application exists."""
    if not (os.environ.get("QT_QPA_PLATFORM") or _has_display()):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    chromium_flags_environment()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401 (before the app)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication([sys.argv[0] if sys.argv else "recapdesk"])
    return app


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class WebPage:
    """One hidden Chromium view: load HTML, run JavaScript, capture pixels, print PDF."""

    def __init__(
        self, width: int, height: int, *, zoom: float = 1.0, cancel: CancelFlag | None = None
    ) -> None:
        ensure_application()
        from PySide6.QtCore import Qt
        from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self.cancel = cancel
        # An off-the-record profile of its own: nothing of an export is kept on disk, and the
        # window's preview profile and cache are not touched.
        self._profile = QWebEngineProfile()
        self.page = QWebEnginePage(self._profile)
        settings = self.page.settings()
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.PrintElementBackgrounds, True)
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        # Laid out and painted, never on screen (under a real display too).
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.view.setZoomFactor(zoom)
        self.zoom = zoom
        self.view.resize(width, height)
        self.view.show()
        self._folder = tempfile.TemporaryDirectory(prefix="recapdesk-export-")
        # Answers still to come from Chromium (a script's value, a printed PDF): a page
        # deleted while one is on its way crashes the process when it arrives.
        self._awaited: list[list[Any]] = []

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        # Cancelled or failed mid-way: let what Chromium is still doing finish first.
        self.cancel = None
        with contextlib.suppress(ExportError):
            self.wait(lambda: all(self._awaited), "close", 10_000)
        self.view.close()
        # The page before its profile (Qt warns otherwise), then the view.
        self.view.setPage(None)  # type: ignore[arg-type]
        self.page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._profile.deleteLater()
        self.view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._folder.cleanup()

    def __enter__(self) -> WebPage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Waiting -------------------------------------------------------------------------

    def wait(self, done: Callable[[], bool], what: str, timeout_ms: int = _TIMEOUT_MS) -> None:
        """Run the event loop until ``done()``; Cancelled when the flag is set meanwhile."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer

        deadline = QDeadlineTimer(timeout_ms)
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(_POLL_MS)
        timer.timeout.connect(loop.quit)
        timer.start()
        try:
            while not done():
                if self.cancel is not None and self.cancel.cancelled:
                    raise Cancelled
                if deadline.hasExpired():
                    raise ExportError(say(_TIMED_OUT, what))
                loop.exec()
        finally:
            timer.stop()

    def pause(self, milliseconds: int) -> None:
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(milliseconds)
        self.wait(deadline.hasExpired, "pause")

    # Loading and scripts -------------------------------------------------------------------

    def load(self, html_text: str) -> None:
        """Show ``html_text`` (a whole page). Through a file: setHtml takes at most 2 MB, and
        a page with its pictures as data: URIs is often more."""
        from PySide6.QtCore import QUrl

        path = Path(self._folder.name) / "page.html"
        path.write_text(html_text, encoding="utf-8")
        result: list[bool] = []
        self.page.loadFinished.connect(result.append)
        try:
            self.page.load(QUrl.fromLocalFile(str(path)))
            self.wait(lambda: bool(result), "load")
        finally:
            self.page.loadFinished.disconnect(result.append)
        if not result[0]:
            raise ExportError(say(_LOAD_FAILED))
        # Web fonts and the system's CJK fonts are resolved after the load event.
        self.wait(lambda: self.run_js("document.fonts.status") == "loaded", "fonts")

    def run_js(self, script: str) -> Any:
        """The value of ``script`` (JSON-like: numbers, strings, lists, dicts)."""
        box: list[Any] = []
        self._awaited.append(box)
        self.page.runJavaScript(
            f"JSON.stringify((function(){{ return ({script}); }})())", 0, box.append
        )
        self.wait(lambda: bool(box), "script")
        self._awaited.remove(box)
        return json.loads(box[0]) if box[0] else None  # undefined comes back empty

    def painted(self) -> None:
        """Wait until Chromium has painted what the last script changed: two animation frames
        (the first may be the one already in flight), then the view's own update."""
        box: list[Any] = []
        self.page.titleChanged.connect(box.append)
        try:
            self.page.runJavaScript(
                "requestAnimationFrame(() => requestAnimationFrame(() => {"
                " document.title = 'painted-' + Math.random(); }))",
                0,
            )
            self.wait(lambda: bool(box), "paint")
        finally:
            self.page.titleChanged.disconnect(box.append)
        self.pause(30)

    def grab(self, previous: Any = None) -> Any:
        """The view's pixels (QImage). Given the ``previous`` capture, wait (at most
        :data:`_NEW_FRAME_MS`) for pixels that differ from it: on a busy machine the frame of
        a page scrolled to the next certificate or card reaches the view after the script's
        animation frames, and the capture would repeat the last one."""
        from PySide6.QtCore import QDeadlineTimer

        image = self.view.grab().toImage()
        deadline = QDeadlineTimer(_NEW_FRAME_MS)
        while previous is not None and image == previous and not deadline.hasExpired():
            self.pause(_POLL_MS)
            image = self.view.grab().toImage()
        return image

    def print_pdf(self, layout: Any) -> bytes:
        box: list[bytes] = []
        self._awaited.append(box)

        def printed(data: Any) -> None:
            box.append(bytes(data))

        self.page.printToPdf(printed, layout)
        self.wait(lambda: bool(box), "print")
        self._awaited.remove(box)
        return box[0]


def png_bytes(image: Any) -> bytes:
    """A QImage as PNG bytes. Through Pillow at zlib level 3: Qt's encoder took 1.2 s for
    the example's 1500 x 8000 px long image, Pillow 0.26 s, and the file is 10% smaller.
    Pillow reads the QImage's pixels in place (no copy: a long image is ~36 MB of them)."""
    from PIL import Image
    from PySide6.QtGui import QImage

    rgb = image
    if image.format() != QImage.Format.Format_RGB888:
        rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    picture = Image.frombuffer(
        "RGB",
        (rgb.width(), rgb.height()),
        rgb.constBits(),
        "raw",
        "RGB",
        rgb.bytesPerLine(),
        1,
    )
    out = io.BytesIO()
    picture.save(out, "PNG", compress_level=3)
    return out.getvalue()
