"""The Recognition tab's *Fetch avatars* off the GUI thread, and what it says when it ends
(recognition_avatars.py has the controls)."""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal

from recapdesk.store.assets import AssetsFolder
from recapdesk.store.avatars import Fetched, fetch_avatars
from recapdesk.ui.i18n import fill, translate


class _Signals(QObject):
    # (the job, a Fetched), from a worker thread, queued to the GUI thread; connected to a
    # widget's methods, so nothing arrives once the widget is gone.
    each = Signal(object, object)
    done = Signal(object)  # the job


class FetchJob:
    """The avatars of ``github_ids`` fetched in a thread of its own (store/avatars.py spreads
    them over a few more), not Qt's pool: a slow network must not hold up the thumbnails."""

    def __init__(self, assets: AssetsFolder, github_ids: list[str]) -> None:
        self.signals = _Signals()
        self.cancelled = threading.Event()
        self._assets = assets
        self._ids = github_ids
        self.thread = threading.Thread(target=self._run, name="recapdesk-avatars", daemon=True)

    def _each(self, fetched: Fetched) -> None:
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.signals.each.emit(self, fetched)

    def _run(self) -> None:
        try:
            fetch_avatars(self._assets, self._ids, self._each, cancelled=self.cancelled)
        finally:
            with contextlib.suppress(RuntimeError):
                self.signals.done.emit(self)


def fetch_report(
    done: int, failed: list[Fetched], names: dict[str, str], cancelled: bool
) -> tuple[str, str]:
    """How a fetch went, and who was not fetched and why (one line each; "" for no one):
    ``names`` says a GitHub id by the person's name."""
    if cancelled:
        text = fill(translate("RecognitionTab", "Cancelled: %1 avatars fetched."), done)
    else:
        text = fill(translate("RecognitionTab", "%1 avatars fetched."), done)
    lines = []
    if failed:
        lines.append(fill(translate("RecognitionTab", "Not fetched (%1):"), len(failed)))
    for one in failed:
        reason = one.problem.translated(translate) if one.problem else ""
        name = names.get(one.github_id, "")
        who = f"{name} ({one.github_id})" if name else one.github_id
        lines.append(f"• {who}: {reason}")
    return text, "\n".join(lines)
