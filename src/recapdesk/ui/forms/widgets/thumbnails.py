"""Thumbnails of the project's pictures, made off the GUI thread.

A :class:`ThumbnailLoader` reads each picture with QImageReader at a scaled size (a 4000 px
JPEG is decoded at thumbnail size, EXIF orientation applied) in Qt's global thread pool and
hands the QImage back through a queued signal; results are kept by path, size and time of
last change, so a 40-photo project never reads a file twice nor blocks typing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

THUMBNAIL = 64

Key = tuple[str, int, int]


def _key(path: Path) -> Key | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (str(path), stat.st_size, stat.st_mtime_ns)


class _Done(QObject):
    done = Signal(object, QImage)


class _Read(QRunnable):
    def __init__(self, key: Key, signal: _Done, size: int) -> None:
        super().__init__()
        self._key = key
        self._signal = signal
        self._size = size

    def run(self) -> None:
        reader = QImageReader(self._key[0])
        reader.setAutoTransform(True)
        full = reader.size()
        if full.isValid() and full.width() > 0 and full.height() > 0:
            scaled = full.scaled(QSize(self._size, self._size), Qt.AspectRatioMode.KeepAspectRatio)
            reader.setScaledSize(scaled)
        image = reader.read()
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._signal.done.emit(self._key, image)


class ThumbnailLoader(QObject):
    """``request(path)`` gives a cached thumbnail at once, or None and later ``ready(path)``."""

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None, size: int = THUMBNAIL) -> None:
        super().__init__(parent)
        self._size = size
        self._images: dict[Key, QImage] = {}
        self._pending: set[Key] = set()
        self._done = _Done(self)
        self._done.done.connect(self._finished)

    def request(self, path: Path) -> QImage | None:
        key = _key(path)
        if key is None:
            return None
        found = self._images.get(key)
        if found is None and key not in self._pending:
            self._pending.add(key)
            QThreadPool.globalInstance().start(_Read(key, self._done, self._size))
        return found

    def _finished(self, key: Key, image: QImage) -> None:
        self._pending.discard(key)
        self._images[key] = image
        self.ready.emit(key[0])

    def wait(self) -> None:
        """Wait for every thumbnail asked for (tests, benchmarks)."""
        QThreadPool.globalInstance().waitForDone()
