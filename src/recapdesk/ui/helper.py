"""The window's helper process: work that would hold the GUI thread (or, in a thread, its
GIL) for longer than a frame runs there, and the window polls for the result.

Only for large projects: a job is given the project as JSON, and below ``inline_below`` bytes
of it the job runs at once, in the window's thread, where it takes under ~40 ms. A helper
costs ~60 MB and a second of CPU to start; a window on a recap of ordinary size never starts
it. One process, started with the first large job, shared by every window and killed, not
waited for, when the app exits; an autosave may wait behind a running check (a few seconds at
most, and a failed save or a crash writes at once, in the window). Started with "spawn":
forking a process that runs Qt and the web engine's threads is unsafe.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:  # multiprocessing loads with the first large job: most windows never start one
    from multiprocessing.pool import AsyncResult, Pool

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
_pool: Pool | None = None


class Job(Protocol[T_co]):
    """What the window polls: AsyncResult's two methods it uses."""

    def ready(self) -> bool: ...

    def get(self, timeout: float | None = None) -> T_co: ...


class Pending(Generic[T]):
    """The one job a part of the window waits for: polled from the event loop (every
    ``POLL_MS``) until ready, then handed to ``done``; a job run at once comes out on the
    next poll too, so both kinds reach ``done`` the same way, never from inside ``start``."""

    POLL_MS = 30

    def __init__(self, parent: QObject, done: Callable[[Job[T]], None]) -> None:
        self.job: Job[T] | None = None
        self._done = done
        self._poll = QTimer(parent)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._check)

    def start(self, job: Job[T]) -> None:
        self.job = job
        self._poll.start()

    def drop(self) -> None:
        """Forget the job: its result goes nowhere."""
        self.job = None
        self._poll.stop()

    def _check(self) -> None:
        job = self.job
        if job is not None and job.ready():
            self.drop()
            self._done(job)


class Threaded(Generic[T]):
    """A job run in the window's worker thread: a small project's check takes 25-140 ms of
    Python, which in the GUI thread held up keystrokes typed meanwhile.
    In a thread it shares the GIL, which Python hands over every few milliseconds; Qt's own
    handling of a key (and of an input tool's key remapping) needs no GIL at all."""

    def __init__(self, future: Future[T]) -> None:
        self._future = future

    def ready(self) -> bool:
        return self._future.done()

    def get(self, timeout: float | None = None) -> T:
        return self._future.result(timeout)


_worker: ThreadPoolExecutor | None = None


def submit(function: Callable[..., T], project_json: str, *args: Any, inline_below: int) -> Job[T]:
    """``function(project_json, *args)``: in the window's worker thread for a project under
    ``inline_below`` bytes of JSON, else in the helper process; ``function`` must be
    importable without Qt and must not touch Qt objects."""
    if len(project_json) < inline_below:
        global _worker
        if _worker is None:
            _worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recapdesk-job")
        return Threaded(_worker.submit(function, project_json, *args))
    global _pool
    if _pool is None:
        import multiprocessing

        from recapdesk.helper_jobs import lower_priority

        # At a low priority: its checks must not take the processor from the window.
        _pool = multiprocessing.get_context("spawn").Pool(1, initializer=lower_priority)
        atexit.register(_stop)
    result: AsyncResult[T] = _pool.apply_async(function, (project_json, *args))
    return result


def _stop() -> None:
    """Kill the helper, a running job too: its result has no window to go to any more.
    Done here, while the interpreter is whole; left to the pool's finalizer, its teardown
    runs into modules already gone."""
    global _pool
    if _pool is not None:
        _pool.terminate()
        _pool.join()
        _pool = None
