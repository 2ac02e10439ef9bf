"""The window's actions, menus and toolbar: names, shortcuts (Qt standard key sequences where
one exists), object names and accessible names, in one place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from recapdesk.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        w = window
        self.new = self._make(
            "new", w.tr("&New Project"), w.new_project, StandardKey.New, "document-new"
        )
        self.open = self._make(
            "open", w.tr("&Open…"), w.open_dialog, StandardKey.Open, "document-open"
        )
        self.open_example = self._make("openExample", w.tr("Open &Example"), w.open_example)
        self.import_rows = self._make("importRows", w.tr("Import &Rows…"), w.import_rows)
        self.import_markdown = self._make(
            "importMarkdown", w.tr("Import Mark&down…"), w.import_markdown
        )
        self.save = self._make("save", w.tr("&Save"), w.save, StandardKey.Save, "document-save")
        self.save_as = self._make(
            "saveAs", w.tr("Save &As…"), w.save_as, StandardKey.SaveAs, "document-save-as"
        )
        self.export_markdown = self._make(
            "exportMarkdown", w.tr("Export &Markdown…"), w.export_markdown
        )
        self.export_html = self._make("exportHtml", w.tr("Export &HTML…"), w.export_html)
        self.copy_markdown = self._make(
            "copyMarkdown", w.tr("Copy Mar&kdown"), w.copy_markdown, QKeySequence("Ctrl+Shift+M")
        )
        self.copy_wechat = self._make(
            "copyWechat",
            w.tr("&Copy for WeChat"),
            w.copy_for_wechat,
            QKeySequence("Ctrl+Shift+C"),
            "edit-copy",
        )
        self.quit = self._make("quit", w.tr("&Quit"), w.close, StandardKey.Quit, "application-exit")
        stack = w.document.undo_stack
        self.undo = stack.createUndoAction(w, w.tr("&Undo"))
        self.undo.setShortcut(StandardKey.Undo)
        self.redo = stack.createRedoAction(w, w.tr("&Redo"))
        self.redo.setShortcut(StandardKey.Redo)
        for name, action, icon in (
            ("undo", self.undo, "edit-undo"),
            ("redo", self.redo, "edit-redo"),
        ):
            action.setObjectName(f"action_{name}")
            action.setIcon(QIcon.fromTheme(icon))
        self.recent_menu = QMenu(w.tr("Open &Recent"), w)
        self.recent_menu.setObjectName("recentMenu")
        self._build_menus()

    def _make(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon: str = "",
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        w = self._window
        bar = w.menuBar()
        file_menu = bar.addMenu(w.tr("&File"))
        file_menu.setObjectName("fileMenu")
        for action in (self.new, self.open):
            file_menu.addAction(action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.open_example)
        file_menu.addSeparator()
        for action in (self.import_rows, self.import_markdown):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.save, self.save_as):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.export_markdown, self.export_html):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(w.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        for action in (self.undo, self.redo):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.copy_markdown, self.copy_wechat):
            edit_menu.addAction(action)

        toolbar = QToolBar(w.tr("Main toolbar"), w)
        toolbar.setObjectName("mainToolbar")
        toolbar.toggleViewAction().setObjectName("action_toggleMainToolbar")
        for action in (self.new, self.open, self.save, self.undo, self.redo, self.copy_wechat):
            toolbar.addAction(action)
        w.addToolBar(toolbar)

    def rebuild_recent(self, paths: list[Path]) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path}")
            action.triggered.connect(lambda _checked=False, p=path: self._window.open_file(p))
        self.recent_menu.setEnabled(bool(paths))
