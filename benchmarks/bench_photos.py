"""Photos end to end: Copy for WeChat of a project with 20 camera photos of
4000 x 3000 px in its Photos section, the first time (empty picture cache, a new pipeline)
and again when nothing changed; and adding the 20 photos by a drop onto the window, measured
as the longest GUI-thread stall (a 5 ms QTimer heartbeat) from the drop until the thumbnails
are all shown.

    python benchmarks/bench_photos.py [--quick] [--json]
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from bench_pictures import camera_photos
from figures import Figure, bench_main, sample

from recapdesk.model import Project
from recapdesk.model.photos import Photo
from recapdesk.pipeline import ArticlePipeline
from recapdesk.store import save
from recapdesk.store.assets import AssetsFolder


def photo_project(folder: Path, photos: list[Path]) -> Path:
    path = folder / "photos.recap.toml"
    assets = AssetsFolder(path)
    project = Project()
    project.article.title = "二十张照片"
    project.photos.pictures = [
        Photo(src=assets.import_file(photo), caption=f"照片 {n}") for n, photo in enumerate(photos)
    ]
    save(project, path)
    return path


def copy_figures(root: Path, photos: list[Path], quick: bool) -> list[Figure]:
    import recapdesk.pipeline.pictures as shared
    from recapdesk.store import load

    os.environ["RECAPDESK_CACHE_DIR"] = str(root / "cache")
    path = photo_project(root / "project", photos)
    state: dict[str, ArticlePipeline] = {}

    def cold() -> None:
        shutil.rmtree(root / "cache", ignore_errors=True)
        shared._shared = None  # a new session: nothing prepared, in memory or on disk
        state["pipeline"] = ArticlePipeline(load(path))

    def copy() -> None:
        result = state["pipeline"].wechat_copy(pictures_from=path.parent)
        assert result.html.count("data:image/jpeg;base64,") == len(photos)

    first = sample(
        Figure("Copy for WeChat, 20 photos 4000x3000, first time", "ms", median_under=2000),
        copy,
        1 if quick else 3,
        before=cold,
    )
    again = sample(
        Figure("Copy for WeChat, 20 photos, again unchanged", "ms", median_under=200),
        copy,
        3 if quick else 20,
    )
    return [first, again]


def _one_drop(folder: Path, photos: list[Path]) -> float:
    """The longest heartbeat gap (ms) from a drop of ``photos`` until their thumbnails show."""
    from PySide6.QtCore import (
        QCoreApplication,
        QElapsedTimer,
        QEvent,
        QMimeData,
        QPointF,
        QSettings,
        Qt,
        QTimer,
        QUrl,
    )
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QApplication

    from recapdesk.ui.forms.tabs.photos_tab import PhotosTab
    from recapdesk.ui.window.form_tabs import FormTab
    from recapdesk.ui.window.main_window import MainWindow

    folder.mkdir()
    target = folder / "drop.recap.toml"
    save(Project(), target)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, data=folder / "data")
    window.files.open_file(target)
    window.show()
    tab = window.form_tabs.tab(FormTab.PHOTOS)
    assert isinstance(tab, PhotosTab)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)) for photo in photos])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    clock.start()
    heart.start()
    QTimer.singleShot(50, lambda: window.dropEvent(event))
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        QApplication.processEvents()
        items = [tab.picture_list.item(i) for i in range(tab.picture_list.count())]
        if len(items) == len(photos) and all(not item.icon().isNull() for item in items):
            break
        time.sleep(0.001)
    heart.stop()
    window.document.undo_stack.setClean()
    window.close()
    # The web page must go before its profile does (at exit), or the process crashes there:
    # wait for the window's deletion, deferred deletes included.
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    window.deleteLater()
    deadline = time.monotonic() + 10
    while not gone and time.monotonic() < deadline:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        time.sleep(0.01)
    return max(gaps)


def drop_figure(root: Path, photos: list[Path], quick: bool) -> Figure:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from recapdesk.chromium_flags import chromium_flags_environment

    chromium_flags_environment()
    _app = QApplication.instance() or QApplication([])
    figure = Figure("add 20 photos by drop: longest GUI-thread stall", "ms", max_under=50)
    for run in range(1 if quick else 3):
        figure.samples.append(_one_drop(root / f"drop{run}", photos))
    return figure


def figures(quick: bool = False) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "camera").mkdir()
        photos = camera_photos(root / "camera")
        return [*copy_figures(root, photos, quick), drop_figure(root, photos, quick)]


if __name__ == "__main__":
    bench_main(__doc__, figures)
