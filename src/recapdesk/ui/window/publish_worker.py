"""A piece of the publish work run on a QThread of its own, so the window keeps painting and
answering while WeChat is asked (a picture upload can take seconds, a rate limit minutes).

The work is a function of the job: it reports progress with :meth:`PublishJob.report` (a
signal, so the GUI thread hears of it in its own event loop) and asks :meth:`cancelled`
before each request. Its result or its exception comes back as ``succeeded`` or ``failed``,
also queued to the GUI thread. Nothing of Qt's GUI is touched from the worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class PublishJob(QObject):
    progressed = Signal(object)  # a publish.flow.ProgressEvent
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised
    warned = Signal(object)  # a recapdesk.i18n.Message (an overridden API address)

    def __init__(self, work: Callable[[PublishJob], Any]) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self.thread_: QThread | None = None

    # -- called from the worker thread --------------------------------------------------------

    def report(self, event: object) -> None:
        self.progressed.emit(event)

    def warn(self, message: object) -> None:
        self.warned.emit(message)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._work(self)
        except Exception as error:  # every failure goes back to the window, none is lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            # Ended from here, not by a slot of the GUI thread: the window waits for the end
            # while handling the result, before its queued calls could run.
            thread = self.thread()
            if thread is not None:
                thread.quit()

    # -- called from the GUI thread ----------------------------------------------------------

    def cancel(self) -> None:
        self._stop.set()

    def start(self) -> None:
        """Run the work on a new thread; the thread ends with it."""
        thread = QThread()
        thread.setObjectName("publishWorker")
        self.moveToThread(thread)
        thread.started.connect(self.run)
        self.thread_ = thread
        thread.start()

    def wait(self, milliseconds: int = 60_000) -> bool:
        """Block until the thread has ended (the window closing while a job runs)."""
        return self.thread_ is None or self.thread_.wait(milliseconds)
