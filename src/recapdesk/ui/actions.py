"""The window's actions, menus and toolbar: names, shortcuts (Qt standard key sequences where
one exists), icons, object names and accessible names, in one place.

Every menu command has a mnemonic unique within its menu; the menus' own (Alt+F, E, V, H) are
used by no label of the form. Help > Keyboard Shortcuts lists what is defined here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QToolBar, QWidget

from recapdesk.ui.help_dialogs import plain
from recapdesk.ui.icons import icon
from recapdesk.ui.preferences import edit_preferences

if TYPE_CHECKING:
    from recapdesk.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys, and both that people bring from other programs: Ctrl+Y
    (Windows, office suites) and Ctrl+Shift+Z (Linux desktops). macOS keeps its own: there
    Cmd+Y is the history, not redo."""
    keys = QKeySequence.keyBindings(StandardKey.Redo)
    if sys.platform != "darwin":
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in keys:
                keys.append(QKeySequence(extra))
    return keys


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        w = window
        self.new = self._make(
            "new", self.tr("&New Project"), w.new_project, StandardKey.New, "document-new"
        )
        self.open = self._make(
            "open", self.tr("&Open…"), w.open_dialog, StandardKey.Open, "document-open"
        )
        self.open_example = self._make("openExample", self.tr("Open &Example"), w.open_example)
        self.import_rows = self._make("importRows", self.tr("Import &Rows…"), w.import_rows)
        self.import_markdown = self._make(
            "importMarkdown", self.tr("Import Mark&down…"), w.import_markdown
        )
        self.save = self._make("save", self.tr("&Save"), w.save, StandardKey.Save, "document-save")
        self.save_as = self._make("saveAs", self.tr("Save &As…"), w.save_as, StandardKey.SaveAs)
        self.export_markdown = self._make(
            "exportMarkdown", self.tr("Export &Markdown…"), w.export_markdown
        )
        self.export_html = self._make("exportHtml", self.tr("Export &HTML…"), w.export_html)
        self.copy_markdown = self._make(
            "copyMarkdown",
            self.tr("Copy Mar&kdown"),
            w.copy_markdown,
            QKeySequence("Ctrl+Shift+M"),
        )
        self.copy_wechat = self._make(
            "copyWechat",
            self.tr("&Copy for WeChat"),
            w.copy_for_wechat,
            QKeySequence("Ctrl+Shift+C"),
            "wechat-copy",
        )
        self.quit = self._make("quit", self.tr("&Quit"), w.close, StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        stack = w.document.undo_stack
        self.undo = stack.createUndoAction(w, self.tr("&Undo"))
        self.undo.setShortcut(StandardKey.Undo)
        self.redo = stack.createRedoAction(w, self.tr("&Redo"))
        self.redo.setShortcuts(redo_keys())
        for name, action in (("undo", self.undo), ("redo", self.redo)):
            action.setObjectName(f"action_{name}")
            action.setIcon(icon(f"edit-{name}"))
        self.preferences = self._make(
            "preferences",
            self.tr("Pr&eferences…"),
            lambda: edit_preferences(w),
            StandardKey.Preferences,
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts = self._make(
            "shortcuts", self.tr("&Keyboard Shortcuts"), lambda: w.dialogs.show_shortcuts(w)
        )
        self.about = self._make("about", self.tr("&About recapdesk"), w.dialogs.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._make("aboutQt", self.tr("About &Qt"), lambda: QMessageBox.aboutQt(w))
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        # View: each form tab and preview tab by Alt+number (the tabs have no mnemonics: the
        # form's labels need the letters).
        tab_names = [
            self.tr("&Article"),
            self.tr("&Background"),
            self.tr("&Honorees"),
            self.tr("&Testimonials"),
            self.tr("&Next Phase"),
        ]
        self.show_tabs = [
            self._make(
                f"showTab{number}",
                text,
                partial(self.show_form_tab, number - 1),
                QKeySequence(f"Alt+{number}"),
            )
            for number, text in enumerate(tab_names, start=1)
        ]
        preview_names = [self.tr("&Preview"), self.tr("Markdown &Source")]
        self.show_previews = [
            self._make(
                f"showPreview{index}",
                text,
                partial(self.show_preview_tab, index),
                QKeySequence(f"Alt+{len(tab_names) + 1 + index}"),
            )
            for index, text in enumerate(preview_names)
        ]
        native = QKeySequence.SequenceFormat.NativeText
        for index, action in enumerate(self.show_tabs):
            w.tabs.setTabToolTip(index, action.shortcut().toString(native))
        for index, action in enumerate(self.show_previews):
            w.preview.setTabToolTip(index, action.shortcut().toString(native))
        self.recent_menu = QMenu(self.tr("Open Recen&t"), w)
        self.recent_menu.setObjectName("recentMenu")
        self._build_menus()

    def tr(self, text: str) -> str:
        # pyside6-lupdate files self.tr() calls here under this class's name.
        return QCoreApplication.translate("WindowActions", text)

    def _make(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        w = self._window
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        for action in (self.new, self.open):
            file_menu.addAction(action)
        file_menu.addMenu(self.recent_menu)
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

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        for action in (self.undo, self.redo):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.copy_markdown, self.copy_wechat):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        for action in self.show_tabs:
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in self.show_previews:
            view_menu.addAction(action)
        self._panels = view_menu.addSeparator()
        # The toolbar and the panels come into being after the actions: listed when shown.
        view_menu.aboutToShow.connect(lambda: self._list_panels(view_menu))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        for action in (self.shortcuts, self.open_example):
            help_menu.addAction(action)
        help_menu.addSeparator()
        for action in (self.about, self.about_qt):
            help_menu.addAction(action)

        toolbar = QToolBar(self.tr("Main toolbar"), w)
        toolbar.setObjectName("mainToolbar")
        toolbar.toggleViewAction().setObjectName("action_toggleMainToolbar")
        for action in (self.new, self.open, self.save, self.undo, self.redo, self.copy_wechat):
            toolbar.addAction(action)
        w.addToolBar(toolbar)
        # An icon alone says little: the tooltip names the command and its shortcut.
        native = QKeySequence.SequenceFormat.NativeText
        for action in (self.new, self.open, self.save, self.copy_wechat):
            keys = action.shortcut().toString(native)
            action.setToolTip(f"{plain(action.text())} ({keys})")

    def _list_panels(self, menu: QMenu) -> None:
        listed = set(menu.actions())
        w = self._window
        for bar in w.findChildren(QToolBar):
            if bar.parent() is w and bar.toggleViewAction() not in listed:
                menu.addAction(bar.toggleViewAction())
        for dock in w.findChildren(QDockWidget):
            if dock.parent() is w and dock.toggleViewAction() not in listed:
                menu.addAction(dock.toggleViewAction())

    def show_form_tab(self, index: int) -> None:
        """View > a form tab: show it and put the cursor in its first field."""
        tabs = self._window.tabs
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        if page is not None:
            _focus_first_field(page)

    def show_preview_tab(self, index: int) -> None:
        preview = self._window.preview
        preview.setCurrentIndex(index)
        page = preview.widget(index)
        if page is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def rebuild_recent(self, paths: list[Path]) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path}")
            action.triggered.connect(lambda _checked=False, p=path: self._window.open_file(p))
        self.recent_menu.setEnabled(bool(paths))


def _focus_first_field(page: QWidget) -> None:
    """Focus the first widget of ``page`` that the Tab key would reach."""
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
