"""What every export shares (Qt-free): progress and cancellation, errors worded for the user,
the article page to start from, and writing the results only once they are all made.

An export may make many files (a long image in parts, a certificate per person). They are
all made in memory first and written at the end, each under a temporary name renamed over
the target (store/atomic.py): a cancelled or failed export leaves no file, new or half.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import Project
from recapdesk.pipeline import ArticlePipeline
from recapdesk.store.atomic import atomic_write

CONTEXT = "Export"

Progress = Callable[[int, int], None]
"""``progress(done, total)``: ``done`` of ``total`` steps are finished (the window's bar)."""

PageProducer = Callable[[Project], str]
"""Project -> the article as a standalone HTML page (theme styles in a ``<style>``)."""


def article_page(project: Project) -> str:
    """The article page every export starts from: the project's pipeline's, as Export HTML
    and ``recapdesk render --to html`` write it."""
    return ArticlePipeline(project).page()


def say(template: str, *args: str | Message) -> Message:
    """A message of the exports, ``template`` marked with QT_TRANSLATE_NOOP("Export", ...)."""
    return Message(CONTEXT, template, args)


class ExportError(Exception):
    """An export that cannot be made, with the reason for the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class Cancelled(Exception):  # noqa: N818 (an outcome the user chose, not an error)
    """The user cancelled: nothing was written."""


class CancelFlag:
    """Set from any thread (the window's Cancel button); the export checks it between steps
    and stops with :class:`Cancelled` before anything is written."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass
class Steps:
    """Counts an export's steps for the progress callback and checks the cancel flag at each."""

    total: int
    progress: Progress | None = None
    cancel: CancelFlag | None = None
    done: int = 0

    def check(self) -> None:
        if self.cancel is not None and self.cancel.cancelled:
            raise Cancelled

    def advance(self, count: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def grow(self, count: int) -> None:
        """More steps than first known (a second card, a fifth part of the image)."""
        self.total += count


_CANNOT_WRITE = QT_TRANSLATE_NOOP("Export", "cannot write %1: %2")


@dataclass
class Outputs:
    """The files an export makes, kept in memory until :meth:`write` puts them all in place."""

    files: list[tuple[Path, bytes]] = field(default_factory=list)

    def add(self, path: Path, data: bytes) -> None:
        self.files.append((path, data))

    def write(self, steps: Steps | None = None) -> list[Path]:
        """Write every file (temporary name, then rename); the paths written."""
        if steps is not None:
            steps.check()  # the last chance to cancel: after this, files appear
        written: list[Path] = []
        for path, data in self.files:
            try:
                atomic_write(path, data)
            except OSError as error:
                message = say(_CANNOT_WRITE, str(path), error.strerror or str(error))
                raise ExportError(message) from error
            written.append(path)
        return written


def numbered(path: Path, number: int, count: int) -> Path:
    """``name.png`` itself for one file, ``name-1.png``, ``name-2.png``... for several."""
    if count <= 1:
        return path
    return path.with_name(f"{path.stem}-{number}{path.suffix}")


def numbered_paths(path: Path, count: int) -> Sequence[Path]:
    return [numbered(path, index + 1, count) for index in range(count)]
