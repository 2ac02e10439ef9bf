"""The live preview: the rendered article in a web view, and its Markdown source.

The shell page is loaded once; each update sends only the sections whose HTML changed, through
JavaScript in an isolated world, so the reader keeps their scroll position and nothing flickers.
Updates are throttled (see throttle.py) and queued until the page is ready. The page never runs
script from the article and never navigates: a clicked link opens in the system browser.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QWidget

from recapdesk.model import BuiltinSection, Project
from recapdesk.model.groups import group_key
from recapdesk.model.paths import FieldPath
from recapdesk.model.project import FREE_PREFIX
from recapdesk.render.themes import theme_css
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.preview.preview_page import WORLD, ArticleView, ViewWindow
from recapdesk.ui.preview.preview_toolbar import COLOR_PATH, THEME_PATH, PreviewToolbar
from recapdesk.ui.preview.preview_updates import BlockUpdates
from recapdesk.ui.preview.throttle import Throttle

PAINT_MS = 250
"""After a remembered view reached the page: time for Chromium to lay it out and draw it
before the render that checks it starts (it changes nothing on screen, usually)."""


def section_key(project: Project, path: FieldPath) -> str:
    """The section-order key of the section an edit at ``path`` is in ("" for none)."""
    root = path[0] if path else ""
    if root == "free_sections" and len(path) > 1 and isinstance(path[1], int):
        if 0 <= path[1] < len(project.free_sections):
            return FREE_PREFIX + project.free_sections[path[1]].id
        return ""
    if root == "groups" and len(path) > 1 and isinstance(path[1], int):
        if 0 <= path[1] < len(project.groups):
            return group_key(project.groups[path[1]].id)
        return ""
    return root if root in BUILTIN_KEYS else ""


BUILTIN_KEYS = frozenset(section.value for section in BuiltinSection)


class PreviewPane(QTabWidget):
    """Article view and Markdown source, following the document."""

    rendered = Signal(float)  # milliseconds from the start of a render to the page updated

    def __init__(
        self,
        document: ProjectDocument,
        parent: QWidget | None = None,
        view: ArticleView | None = None,
    ) -> None:
        """``view``: a web view made earlier, its shell page maybe loaded already (and maybe
        shown in the window's frame: preview_page.PreviewFrame)."""
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setAccessibleName(self.tr("Preview"))
        self.document = document
        self.theme = document.project.article.theme
        self._css = ""
        self._base = ""
        self.view = view or ArticleView()
        self.page = self.view.sandbox()
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("markdownSource")
        self.source.setAccessibleName(self.tr("Markdown source"))
        self.source.setReadOnly(True)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # No mnemonics: the form's labels need the letters; View > (Alt+6, Alt+7) switches.
        # Taken over with the window it is drawn in: the same width, the page keeps its layout.
        drawn_in = self.view.parentWidget()
        if not isinstance(drawn_in, ViewWindow):
            drawn_in = ViewWindow(self.view, self)
        # Its size kept while the window is built around it (see release_view_size).
        self._view_window = drawn_in
        self._view_limits = (drawn_in.minimumSize(), drawn_in.maximumSize())
        if drawn_in.isVisible():
            drawn_in.setFixedSize(drawn_in.size())
        self.addTab(drawn_in, self.tr("Article"))
        self.addTab(self.source, self.tr("Markdown"))
        # Width, dark mode, theme and colour: one click away, beside the tabs.
        self.toolbar = PreviewToolbar(document, self)
        self.setCornerWidget(self.toolbar)
        self.toolbar.device_changed.connect(lambda _device: self._send_mode())
        self.toolbar.dark_changed.connect(lambda _dark: self._send_mode())

        self._updates = BlockUpdates(self._run_js, self._on_updated, self)
        self._source_stale = True
        self._started = 0.0
        self._scroll_key = ""
        # The section last edited, and the sections the page shows (None: nothing yet): a
        # section that an edit makes appear (the first words of an empty next phase or
        # testimonials section) is scrolled to, as switching to its tab would have done.
        self._edited_key = ""
        self._job_keys: list[str] = []
        self._page_keys: set[str] | None = None
        self.ready = False
        self._remembered = ""  # the script that shows a remembered view, until the page can
        self._adopted = False  # the page was loaded showing the remembered view
        self._throttle = Throttle(self._render)
        self._throttle.paused = True
        self.page.loadFinished.connect(self._on_loaded)
        if self.page.shell_loaded:  # loaded while the window was being built
            QTimer.singleShot(0, lambda: self._on_loaded(True))
        document.changed.connect(self._on_document_changed)
        document.reset.connect(self._on_reset)
        document.path_changed.connect(self._on_path_changed)
        self.currentChanged.connect(lambda _index: self._update_source())

    def release_view_size(self) -> None:
        """Let the view taken over from the window's frame follow the pane from now on. Until
        the window is laid out, the pane's sizes are not yet its own (a tab widget not laid
        out, the docks still to come): each one given to the view would make Chromium lay
        the page out and draw it again, and the window would show it half drawn."""
        smallest, largest = self._view_limits
        self._view_window.setMinimumSize(smallest)
        self._view_window.setMaximumSize(largest)

    def start(self) -> None:
        """Load the shell page (called once the window is on screen, so it shows sooner)."""
        self.page.load_shell()

    # -- updates ---------------------------------------------------------------------------------

    def show_remembered(self, blocks: list[tuple[str, str]], *, on_page: bool = False) -> None:
        """Show ``blocks``, the article as the last session showed this very file, until the
        render under way (or to come) replaces what differs. Called after a reset.
        ``on_page``: the page was loaded with them (preview/start_page.py)."""
        if on_page:
            self._updates.adopt(blocks)
            self._adopted = True
            return
        self._remembered = self._updates.seed(blocks)
        if self.page.shell_loaded:
            self._send_remembered()

    def _send_remembered(self) -> None:
        if self._remembered:
            self.page.runJavaScript(self._remembered, WORLD)
            self._remembered = ""

    def capture_page(self, done: Callable[[str], None]) -> None:
        """Call ``done`` with the page's document as it shows now, to start the next session
        from (preview/start_page.py); not in dark mode, whose colours the page computes."""
        if self.page.shell_loaded and not self.toolbar.dark.isChecked():
            self.page.runJavaScript("document.documentElement.outerHTML", WORLD, done)

    def shown_blocks(self) -> list[tuple[str, str]] | None:
        """The article's blocks as the page shows them, once it shows the current render
        (None while one is under way or to come)."""
        if not self.ready or self._throttle.busy or self._throttle.pending:
            return None
        return self._updates.shown(self._job_keys)

    def _on_loaded(self, ok: bool) -> None:
        self._send_base()
        self._send_mode()
        self._css = ""
        self._send_theme()
        self.ready = True
        self._throttle.request()
        resume = self._throttle.resume
        if self._remembered:
            # The render waits until the page has the remembered view: its slices would hold
            # this thread, which hands Chromium's frames to the screen, while it draws that.
            script, self._remembered = self._remembered, ""
            self.page.runJavaScript(script, WORLD, lambda _r: QTimer.singleShot(PAINT_MS, resume))
        elif self._adopted:
            QTimer.singleShot(PAINT_MS, resume)  # the same, for the page it was loaded with
        else:
            self._throttle.resume()

    def _on_document_changed(self, path: FieldPath) -> None:
        self._edited_key = section_key(self.document.project, path)
        if any(path == watched[: len(path)] for watched in (THEME_PATH, COLOR_PATH)):
            self._send_theme()
        self.request_update()

    def _send_base(self) -> None:
        """Where the page reads the article's pictures from: the project's folder."""
        folder = self.document.pictures_folder()
        base = QUrl.fromLocalFile(str(folder) + "/").toString() if folder else ""
        if self.page.shell_loaded and base != self._base:
            self._base = base
            self.page.runJavaScript(f"recapdesk.setBase({json.dumps(base)})", WORLD)

    def _on_path_changed(self) -> None:
        self._on_reset()

    def _on_reset(self) -> None:
        self._remembered = ""
        self._adopted = False
        self._send_base()
        self._page_keys = None
        self._edited_key = ""
        self._updates.forget()
        self._send_theme()
        self.request_update()

    def request_update(self) -> None:
        self._source_stale = True
        self._update_source()
        self._throttle.request()

    def _render(self) -> None:
        self._started = time.perf_counter()
        # In slices of the event loop; _on_updated when the page shows all of it.
        job = self.document.pipeline.render_job()
        self._job_keys = job.keys
        self._updates.start(job)

    def _run_js(self, script: str, callback: Callable[[Any], None] | None) -> None:
        if callback is None:
            self.page.runJavaScript(script, WORLD)
        else:
            self.page.runJavaScript(script, WORLD, callback)

    def _on_updated(self, _result: Any) -> None:
        self.rendered.emit((time.perf_counter() - self._started) * 1000)
        shown, self._page_keys = self._page_keys, set(self._job_keys)
        if shown is not None and self._edited_key in self._page_keys - shown:
            self._scroll_key = self._edited_key
        if self._scroll_key:
            # Straight to the page, which is up to date now: scroll_to would put it off again
            # while this render still counts as busy, and so on after every render.
            key, self._scroll_key = self._scroll_key, ""
            self.page.runJavaScript(f"recapdesk.scrollTo({json.dumps(key)})", WORLD)
        self._throttle.finished()

    def _update_source(self) -> None:
        # The source view is only rebuilt while shown: on a large project setPlainText costs.
        if self._source_stale and self.currentWidget() is self.source:
            self._source_stale = False
            bar = self.source.verticalScrollBar()
            position = bar.value()
            self.source.setPlainText(self.document.pipeline.markdown())
            bar.setValue(position)

    def _send_theme(self) -> None:
        """Load the project's theme in its colour, if it is not the one on the page."""
        article = self.document.project.article
        self.theme = article.theme
        css = theme_css(article.theme, article.primary_color)
        if css != self._css and self.page.shell_loaded:
            self._css = css
            self.page.runJavaScript(f"recapdesk.setTheme({json.dumps(css)})", WORLD)

    def _send_mode(self) -> None:
        if self.page.shell_loaded:
            device = json.dumps(self.toolbar.device)
            dark = json.dumps(self.toolbar.dark.isChecked())
            self.page.runJavaScript(f"recapdesk.setMode({device}, {dark})", WORLD)

    def scroll_to(self, key: str) -> None:
        """Show the section ``key`` (a section-order key, or "head") at the top."""
        if not self.ready or self._throttle.busy:
            self._scroll_key = key
            return
        self.page.runJavaScript(f"recapdesk.scrollTo({json.dumps(key)})", WORLD)
