"""The window's helper processes: work that would hold the GUI thread (or, in a thread, its
GIL) for longer than a frame runs there, and the window polls for the result.

Two workers, so the autosave's few hundred milliseconds never queue behind a compliance check
of several seconds. They start with the first job (a window that is only looked at never
starts them), are shared by every window, and are killed, not waited for, when the app exits.
Started with "spawn": forking a process that runs Qt and the web engine's threads is unsafe.
"""

from __future__ import annotations

import atexit
import multiprocessing
from collections.abc import Callable
from multiprocessing.pool import AsyncResult, Pool
from typing import Any, TypeVar

T = TypeVar("T")
WORKERS = 2
_pool: Pool | None = None


def submit(function: Callable[..., T], *args: Any) -> AsyncResult[T]:
    """Run ``function(*args)`` in a helper; ``function`` must be importable without Qt."""
    global _pool
    if _pool is None:
        _pool = multiprocessing.get_context("spawn").Pool(WORKERS)
        atexit.register(_stop)
    return _pool.apply_async(function, args)


def _stop() -> None:
    """Kill the helpers, a running job too: its result has no window to go to any more.
    Done here, while the interpreter is whole; left to the pool's finalizer, its teardown
    runs into modules already gone."""
    global _pool
    if _pool is not None:
        _pool.terminate()
        _pool.join()
        _pool = None
