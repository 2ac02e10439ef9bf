"""Coalesce rapid requests: the first runs at once; requests that arrive while a run is in
flight collapse into one more run when it finishes. No fixed delay is ever added (a debounce
would add its delay to every keystroke)."""

from __future__ import annotations

from collections.abc import Callable


class Throttle:
    def __init__(self, start: Callable[[], None]) -> None:
        """``start`` begins a run; whoever runs it calls :meth:`finished` when it is done."""
        self._start = start
        self._busy = False
        self._again = False
        self.paused = False  # while paused (page not ready), requests wait

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def pending(self) -> bool:
        """A run was asked for and has not started yet."""
        return self._again

    def request(self) -> None:
        if self._busy or self.paused:
            self._again = True
            return
        self._run()

    def resume(self) -> None:
        self.paused = False
        if self._again and not self._busy:
            self._again = False
            self._run()

    def finished(self) -> None:
        self._busy = False
        if self._again and not self.paused:
            self._again = False
            self._run()

    def _run(self) -> None:
        self._busy = True
        try:
            self._start()
        except BaseException:
            self._busy = False
            raise
