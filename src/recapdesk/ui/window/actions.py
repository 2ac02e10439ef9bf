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

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from recapdesk.ui.dialogs.help_dialogs import plain
from recapdesk.ui.i18n import translate
from recapdesk.ui.window.export_menu import export_menu
from recapdesk.ui.window.icons import icon

if TYPE_CHECKING:
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.window.export_commands import ExportCommands
    from recapdesk.ui.window.file_commands import FileCommands
    from recapdesk.ui.window.import_commands import ImportCommands
    from recapdesk.ui.window.output_commands import OutputCommands
    from recapdesk.ui.window.preference_commands import PreferenceCommands
    from recapdesk.ui.window.publish_commands import PublishCommands

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
    def __init__(
        self,
        window: QMainWindow,
        *,
        tabs: QTabWidget,
        preview: QTabWidget,
        undo_stack: QUndoStack,
        dialogs: Dialogs,
        files: FileCommands,
        imports: ImportCommands,
        outputs: OutputCommands,
        exports: ExportCommands,
        preferences: PreferenceCommands,
        publishing: PublishCommands,
    ) -> None:
        """The actions of ``window``, whose menus and toolbar they fill: they show its form
        ``tabs`` and ``preview`` tabs, and run the commands they are given."""
        self._window = window
        self._tabs = tabs
        self._preview = preview
        self._files = files
        w = window
        self.new = self._make(
            "new",
            translate("WindowActions", "&New Project"),
            files.new_project,
            StandardKey.New,
            "document-new",
        )
        self.new_from_template = self._make(
            "newFromTemplate",
            translate("WindowActions", "New from Te&mplate…"),
            files.new_from_template,
        )
        self.open = self._make(
            "open",
            translate("WindowActions", "&Open…"),
            files.open_dialog,
            StandardKey.Open,
            "document-open",
        )
        self.open_example = self._make(
            "openExample", translate("WindowActions", "Open &Example"), files.open_example
        )
        self.import_rows = self._make(
            "importRows", translate("WindowActions", "Import &Rows…"), imports.import_rows
        )
        self.import_markdown = self._make(
            "importMarkdown",
            translate("WindowActions", "Import Mark&down…"),
            imports.import_markdown,
        )
        self.save = self._make(
            "save",
            translate("WindowActions", "&Save"),
            files.save,
            StandardKey.Save,
            "document-save",
        )
        self.save_as = self._make(
            "saveAs", translate("WindowActions", "Save &As…"), files.save_as, StandardKey.SaveAs
        )
        self.export_markdown = self._make(
            "exportMarkdown",
            translate("WindowActions", "&Markdown…"),
            outputs.export_markdown,
        )
        self.export_html = self._make(
            "exportHtml", translate("WindowActions", "&HTML…"), outputs.export_html
        )
        self.export_menu = export_menu(w, [self.export_markdown, self.export_html], exports)
        self.copy_markdown = self._make(
            "copyMarkdown",
            translate("WindowActions", "Copy Mar&kdown"),
            outputs.copy_markdown,
            QKeySequence("Ctrl+Shift+M"),
        )
        self.copy_wechat = self._make(
            "copyWechat",
            translate("WindowActions", "&Copy for WeChat"),
            outputs.copy_for_wechat,
            QKeySequence("Ctrl+Shift+C"),
            "wechat-copy",
        )
        # Ctrl+Shift+D (drafts): next to the other outputs' Ctrl+Shift letters; not Ctrl+Shift+U,
        # which IBus takes for Unicode input on Linux, nor P, which print commands use.
        self.publish = self._make(
            "publishWechat",
            translate("WindowActions", "&Publish to WeChat Drafts…"),
            publishing.publish,
            QKeySequence("Ctrl+Shift+D"),
            "wechat-publish",
        )
        self.quit = self._make(
            "quit", translate("WindowActions", "&Quit"), w.close, StandardKey.Quit
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        stack = undo_stack
        self.undo = stack.createUndoAction(w, translate("WindowActions", "&Undo"))
        self.undo.setShortcut(StandardKey.Undo)
        self.redo = stack.createRedoAction(w, translate("WindowActions", "&Redo"))
        self.redo.setShortcuts(redo_keys())
        for name, action in (("undo", self.undo), ("redo", self.redo)):
            action.setObjectName(f"action_{name}")
            action.setIcon(icon(f"edit-{name}"))
        self.preferences = self._make(
            "preferences",
            translate("WindowActions", "Pr&eferences…"),
            preferences.edit,
            StandardKey.Preferences,
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts = self._make(
            "shortcuts",
            translate("WindowActions", "&Keyboard Shortcuts"),
            lambda: dialogs.show_shortcuts(w),
        )
        self.about = self._make(
            "about", translate("WindowActions", "&About recapdesk"), dialogs.show_about
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._make(
            "aboutQt", translate("WindowActions", "About &Qt"), lambda: QMessageBox.aboutQt(w)
        )
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        # View: each form tab and preview tab by Alt+number (the tabs have no mnemonics: the
        # form's labels need the letters).
        tab_names = [
            translate("WindowActions", "&Article"),
            translate("WindowActions", "&Background"),
            translate("WindowActions", "&Recognition"),
            translate("WindowActions", "&Testimonials"),
            translate("WindowActions", "&Next Phase"),
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
        preview_names = [
            translate("WindowActions", "&Preview"),
            translate("WindowActions", "Markdown &Source"),
        ]
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
            tabs.setTabToolTip(index, action.shortcut().toString(native))
        for index, action in enumerate(self.show_previews):
            preview.setTabToolTip(index, action.shortcut().toString(native))
        self.recent_menu = QMenu(translate("WindowActions", "Open Recen&t"), w)
        self.recent_menu.setObjectName("recentMenu")
        self._build_menus()

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
        file_menu = bar.addMenu(translate("WindowActions", "&File"))
        file_menu.setObjectName("fileMenu")
        for action in (self.new, self.new_from_template, self.open):
            file_menu.addAction(action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        for action in (self.import_rows, self.import_markdown):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.save, self.save_as):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addMenu(self.export_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.publish)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(translate("WindowActions", "&Edit"))
        edit_menu.setObjectName("editMenu")
        for action in (self.undo, self.redo):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.copy_markdown, self.copy_wechat):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        view_menu = bar.addMenu(translate("WindowActions", "&View"))
        view_menu.setObjectName("viewMenu")
        for action in self.show_tabs:
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in self.show_previews:
            view_menu.addAction(action)
        view_menu.addSeparator()
        # The toolbar and the panels come into being after the actions: listed when shown.
        view_menu.aboutToShow.connect(lambda: self._list_panels(view_menu))

        help_menu = bar.addMenu(translate("WindowActions", "&Help"))
        help_menu.setObjectName("helpMenu")
        for action in (self.shortcuts, self.open_example):
            help_menu.addAction(action)
        help_menu.addSeparator()
        for action in (self.about, self.about_qt):
            help_menu.addAction(action)

        toolbar = QToolBar(translate("WindowActions", "Main toolbar"), w)
        toolbar.setObjectName("mainToolbar")
        toolbar.toggleViewAction().setObjectName("action_toggleMainToolbar")
        for action in (
            self.new, self.open, self.save, self.undo, self.redo, self.copy_wechat, self.publish
        ):  # fmt: skip
            toolbar.addAction(action)
        w.addToolBar(toolbar)
        # An icon alone says little: the tooltip names the command and its shortcut.
        native = QKeySequence.SequenceFormat.NativeText
        for action in (self.new, self.open, self.save, self.copy_wechat, self.publish):
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
        tabs = self._tabs
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        if page is not None:
            _focus_first_field(page)

    def show_preview_tab(self, index: int) -> None:
        preview = self._preview
        preview.setCurrentIndex(index)
        page = preview.widget(index)
        if page is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def rebuild_recent(self, paths: list[Path]) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path}")
            action.triggered.connect(lambda _checked=False, p=path: self._files.open_file(p))
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
