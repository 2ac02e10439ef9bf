"""Web pictures downloaded into the project from the Checks panel: a picture on a host whose
pictures WeChat fails to re-host (render/compliance.fails_wechat_reupload) offers "Download
into the project", which does for that address what ``recapdesk fetch-images`` does.

The download runs on a worker thread (publish_worker.PublishJob: its progress and its end come
back as queued signals), so the window keeps painting and taking edits meanwhile; a small
dialog shows it once it takes longer than a moment, with Cancel. The picture is stored into
the assets folder on that thread (store/assets/fetch.py); its references are rewritten on the
GUI thread, in the project as it is by then, as one undo step. A failure is named with its
address and reason; a cancelled download leaves neither a reference nor a new file behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from recapdesk.i18n import translated
from recapdesk.store.assets import AssetsFolder
from recapdesk.store.assets.fetch import (
    DownloadCancelledError,
    Fetched,
    download,
    fetch_pictures,
    rewrite_pictures,
)
from recapdesk.ui.i18n import fill, translate
from recapdesk.ui.window.publish_worker import PublishJob

if TYPE_CHECKING:
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.document import ProjectDocument

SHOW_AFTER_MS = 400
"""A picture from a fast host is there before a dialog could be read: none is shown."""


def _fetch(job: PublishJob, assets: AssetsFolder, urls: list[str], fetched: Fetched) -> None:
    """The worker thread's part: each picture downloaded and stored into ``fetched`` (which
    the window reads once the thread has ended), progress reported."""
    for number, url in enumerate(urls):
        job.report((number, len(urls), url))
        try:
            one = fetch_pictures(assets, [url], lambda u: download(u, job.cancelled))
        except DownloadCancelledError:
            return
        fetched.stored.update(one.stored)
        fetched.failed.update(one.failed)
        if job.cancelled():
            return


class PictureDownloads(QObject):
    finished = Signal()  # a download ended: stored, failed or cancelled

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        parent: QWidget,
        show_status: Callable[[str], None],
    ) -> None:
        """``parent``: the window the progress dialog belongs to."""
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._parent = parent
        self._show_status = show_status
        self.job: PublishJob | None = None
        self.progress: QProgressDialog | None = None
        self._assets: AssetsFolder | None = None
        self._before: set[str] = set()  # the assets folder's files before the download
        self._fetched = Fetched()  # what the download under way stored and could not get

    @property
    def busy(self) -> bool:
        return self.job is not None

    def download(self, urls: list[str]) -> None:
        """Download the pictures at ``urls`` into the project and point its pictures at them."""
        if self.busy:
            self._show_status(self.tr("A download is under way: wait for it, or cancel it"))
            return
        assets = self._document.assets()
        self._assets, self._before = assets, set(assets.files())
        fetched = self._fetched = Fetched()
        job = PublishJob(lambda job: _fetch(job, assets, urls, fetched))
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        self.progress = self._progress_dialog(len(urls))
        # Direct: the job lives in its busy worker thread, where a queued call would wait for
        # the work to end. cancel() only sets a threading.Event.
        self.progress.canceled.connect(job.cancel, Qt.ConnectionType.DirectConnection)
        self.progress.canceled.connect(self._cancelling)
        self.job = job
        job.start()

    def _progress_dialog(self, total: int) -> QProgressDialog:
        progress = QProgressDialog(self._parent)
        progress.setObjectName("downloadProgress")
        progress.setWindowTitle(self.tr("Download into the Project"))
        progress.setLabelText(self.tr("Downloading…"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setWindowModality(Qt.WindowModality.NonModal)  # the editing goes on
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumWidth(420)
        progress.setRange(0, total)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        progress.setValue(0)
        return progress

    @Slot(object)
    def _progressed(self, event: object) -> None:
        assert isinstance(event, tuple)
        number, total, url = event
        if self.progress is not None and not self.progress.wasCanceled():
            shown = str(url) if len(url) <= 60 else f"{url[:57]}…"
            self.progress.setLabelText(
                fill(self.tr("Downloading picture %1 of %2:\n%3"), number + 1, total, shown)
            )
            self.progress.setValue(number)

    @Slot()
    def _cancelling(self) -> None:
        self._show_status(self.tr("Cancelling the download…"))
        self._close_progress()

    @Slot(object)
    def _done(self, _result: object) -> None:
        cancelled = self.job is not None and self.job.cancelled()
        self._finish_job()
        if cancelled:
            self._remove_stored()
            self._show_status(self.tr("Download cancelled: the project is unchanged"))
        else:
            self._apply(self._fetched)
        self.finished.emit()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish_job()
        self._remove_stored()
        self._dialogs.error(
            self.tr("Download into the Project"),
            fill(self.tr("The download failed: %1"), str(error) or type(error).__name__),
        )
        self.finished.emit()

    def _apply(self, fetched: Fetched) -> None:
        """Point the project's pictures at what was stored (one undo step); name failures."""
        project = self._document.project.model_copy(deep=True)
        if fetched.stored and rewrite_pictures(project, fetched.stored):
            self._document.set_project(project, self.tr("Download pictures into the project"))
            self._show_status(
                fill(
                    self.tr("Downloaded into the project: %1"),
                    ", ".join(fetched.stored.values()),
                )
            )
        else:  # nothing to point at them any more (the picture was deleted meanwhile)
            self._remove_stored()
        if fetched.failed:
            lines = [
                f"{url}\n{translated(reason, translate)}" for url, reason in fetched.failed.items()
            ]
            self._dialogs.error(
                self.tr("Download into the Project"),
                fill(self.tr("Could not download:\n\n%1"), "\n\n".join(lines)),
            )

    def _remove_stored(self) -> None:
        """Remove the files the download stored that were not in the assets folder before it:
        nothing refers to them."""
        assets = self._assets
        if assets is None:
            return
        for reference in self._fetched.stored.values():
            name = unquote(reference.rsplit("/", 1)[-1])
            if name not in self._before and name in assets.files():
                with contextlib.suppress(OSError):
                    (assets.path / name).unlink()

    def _finish_job(self) -> None:
        self._close_progress()
        if self.job is not None:
            self.job.wait()  # its thread has ended, or ends now
            self.job = None

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def shutdown(self) -> None:
        """The window closes: stop the download under way and wait for its thread."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
            self._remove_stored()
