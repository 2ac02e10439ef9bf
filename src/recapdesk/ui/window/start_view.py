"""What the window last showed of a project: the preview's HTML, block by block, and the
checks' findings, kept in the cache folder so that the next time the same file is opened
they are on screen at once, before the article has been rendered and checked again.

Kept by the project file's path and the sha256 of its content (with the version of
recapdesk that made them): an entry is only ever shown for the very file it was made from,
and only until the real render and check come, which replace what differs (usually nothing).
A missing, unreadable or outdated entry is the same as none: the window renders as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from recapdesk import __version__
from recapdesk.cache_files import cache_root, replace_unsynced
from recapdesk.ui.preview.start_page import entry_name, save_start_page

if TYPE_CHECKING:
    from recapdesk.render.findings import Checks
    from recapdesk.ui.document import ProjectDocument
    from recapdesk.ui.preview.preview import PreviewPane
    from recapdesk.ui.window.compliance_panel import CompliancePanel

_MAGIC = "recapdesk-start-view-2"


@dataclass(frozen=True)
class StartView:
    """The preview's blocks (key, HTML) in article order, and the findings listed then."""

    blocks: list[tuple[str, str]]
    checks: Checks | None


def _entry(path: Path) -> Path:
    return cache_root() / "start" / f"{entry_name(path)}.view"


def load_view(path: Path, content_hash: str) -> StartView | None:
    """The view remembered for ``path`` with content ``content_hash``; None if there is none."""
    if not content_hash:
        return None
    try:
        data = _entry(path).read_bytes()
        # The folder is the user's own cache (like the prepared pictures beside it), written
        # only by recapdesk; an entry from another version or another file is not used.
        magic, version, digest, view = pickle.loads(data)
    except Exception:  # a cache: whatever is wrong with an entry, there is none
        return None
    if (magic, version, digest) != (_MAGIC, __version__, content_hash):
        return None
    return view if isinstance(view, StartView) else None


def save_view(path: Path, content_hash: str, view: StartView) -> None:
    """Remember ``view`` for ``path`` as it is on disk (``content_hash``); quietly does nothing
    when the cache folder cannot be written."""
    entry = _entry(path)
    with contextlib.suppress(OSError, pickle.PicklingError):
        data = pickle.dumps((_MAGIC, __version__, content_hash, view), pickle.HIGHEST_PROTOCOL)
        entry.parent.mkdir(parents=True, exist_ok=True)
        replace_unsynced(entry, data)


class ViewMemory(QObject):
    """The window's side: shows the view remembered for a project as it is opened, and
    remembers the view once the preview and the checks show the project as saved."""

    def __init__(
        self,
        document: ProjectDocument,
        preview: PreviewPane,
        checks: CompliancePanel,
        content_hash: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        """``content_hash``: the sha256 of the file as the window last read or wrote it."""
        super().__init__(parent)
        self._document = document
        self._preview = preview
        self._checks = checks
        self._content_hash = content_hash
        self._known = ""  # digest of the view last read or written, not to write it again
        self._page_known = False  # the preview started from this view's page (start_page.py)
        document.reset.connect(self._recall)  # after the preview's and the panel's own
        preview.rendered.connect(self._remember)
        checks.findings_changed.connect(self._remember)

    def _recall(self) -> None:
        path, content = self._document.path, self._content_hash()
        view = load_view(path, content) if path and not self._document.modified else None
        self._known = ""
        self._page_known = False
        if view is None or path is None:
            return
        self._known = _digest(view)
        # The page the preview started from shows this very file: it holds these blocks.
        self._page_known = self._preview.page.started_from == (path.resolve(), content)
        self._preview.show_remembered(view.blocks, on_page=self._page_known)
        if view.checks is not None:
            self._checks.show_remembered(view.checks)

    def _remember(self, _value: object = None) -> None:
        path, content = self._document.path, self._content_hash()
        if path is None or not content or self._document.modified or not self._checks.current:
            return
        blocks = self._preview.shown_blocks()
        if blocks is None:
            return
        view = StartView(blocks, self._checks.checks)
        digest = _digest(view)
        if digest != self._known:
            self._known = digest
            self._page_known = False
            save_view(path, content, view)
        if not self._page_known:
            self._page_known = True
            self._preview.capture_page(lambda html: self._save_page(path, content, blocks, html))

    def _save_page(
        self, path: Path, content: str, blocks: list[tuple[str, str]], html: str
    ) -> None:
        """Keep the page the preview showed, if it still shows ``blocks`` of that file."""
        if (
            path == self._document.path
            and content == self._content_hash()
            and not self._document.modified
            and self._preview.shown_blocks() == blocks
        ):
            save_start_page(path, content, html, self._preview.height())


def _digest(view: StartView) -> str:
    return hashlib.sha256(pickle.dumps(view, pickle.HIGHEST_PROTOCOL)).hexdigest()
