"""Parts of the main window that ``MainWindow.build()`` makes: the form tabs and the picture
commands with their menu entries. Their texts keep the context ``MainWindow``: they are the
window's.

Loaded by ``build()`` only, with the editor's modules (see ``main_window.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from recapdesk.compose import HEAD_KEY
from recapdesk.ui.dialogs.dialogs import Dialogs
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.article_tab import ArticleTab
from recapdesk.ui.i18n import translate
from recapdesk.ui.window.actions import WindowActions
from recapdesk.ui.window.form_tabs import FormTab, FormTabs, TabSpec
from recapdesk.ui.window.picture_commands import PictureCommands


def tab_titles() -> list[str]:
    # No mnemonics: the form's labels need the letters; View > (Alt+1…5) switches tabs.
    return [
        translate("MainWindow", "Article"),
        translate("MainWindow", "Background"),
        translate("MainWindow", "Recognition"),
        translate("MainWindow", "Testimonials"),
        translate("MainWindow", "Next Phase"),
        translate("MainWindow", "Photos"),
    ]


def build_form_tabs(
    parent: QWidget,
    document: ProjectDocument,
    dialogs: Dialogs,
    show_status: Callable[[str], None],
) -> FormTabs:
    """The form tabs of ``document`` in a tab widget of ``parent``: the Article tab now, each
    other one (and its module) when it is first needed."""

    def article() -> QWidget:
        return ArticleTab(
            document,
            choose_picture=dialogs.picture_path,
            show_status=show_status,
            crop_cover=dialogs.crop_cover,
        )

    def background() -> QWidget:
        from recapdesk.ui.forms.tabs.background_tab import BackgroundTab

        return BackgroundTab(document)

    def recognition() -> QWidget:
        from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab

        tab = RecognitionTab(document)
        tab.avatars.choose_picture = dialogs.photo_path
        return tab

    def testimonials() -> QWidget:
        from recapdesk.ui.forms.tabs.testimonials_tab import TestimonialsTab

        return TestimonialsTab(document)

    def next_phase() -> QWidget:
        from recapdesk.ui.forms.tabs.next_phase_tab import NextPhaseTab

        return NextPhaseTab(document)

    def photos() -> QWidget:
        from recapdesk.ui.forms.tabs.photos_tab import PhotosTab

        return PhotosTab(document)

    # In FormTab's order. The keys are the tabs' own section_keys (a test keeps them so),
    # known here without loading a tab's module.
    title = tab_titles()
    specs = [
        TabSpec(title[FormTab.ARTICLE], (HEAD_KEY,), article),
        TabSpec(title[FormTab.BACKGROUND], ("background",), background),
        TabSpec(title[FormTab.RECOGNITION], ("groups",), recognition),
        TabSpec(title[FormTab.TESTIMONIALS], ("testimonials",), testimonials),
        TabSpec(title[FormTab.NEXT_PHASE], ("next_phase",), next_phase),
        TabSpec(title[FormTab.PHOTOS], ("photos",), photos),
    ]
    tabs = FormTabs(parent, specs, "formTabs")
    tabs.widget.setAccessibleName(translate("MainWindow", "Article sections"))
    return tabs


def picture_commands(
    window: QMainWindow,
    document: ProjectDocument,
    dialogs: Dialogs,
    form_tabs: FormTabs,
    show_status: Callable[[str], None],
    actions: WindowActions,
) -> PictureCommands:
    """The window's picture commands, connected to the form's fields, the Photos tab and the
    Recognition tab's photos as each is built, with File > Export Markdown with Images… and
    Edit > Insert Image…"""
    pictures = PictureCommands(document, dialogs, form_tabs, show_status, window)
    form_tabs.each_tab(pictures.connect_tab)
    file_menu = window.menuBar().findChild(QMenu, "fileMenu")
    export_folder = QAction(translate("MainWindow", "Export Markdown &with Images…"), window)
    export_folder.setObjectName("action_exportMarkdownWithImages")
    export_folder.triggered.connect(pictures.export_markdown_with_images)
    if isinstance(file_menu, QMenu):
        file_menu.insertAction(actions.quit, export_folder)
        file_menu.insertSeparator(actions.quit)
    # Edit > Insert Image… (every letter of an "Insert" menu is some tab's mnemonic).
    edit_menu = window.menuBar().findChild(QMenu, "editMenu")
    insert_image = QAction(translate("MainWindow", "Insert &Image…"), window)
    if isinstance(edit_menu, QMenu):
        edit_menu.insertAction(actions.copy_markdown, insert_image)
        edit_menu.insertSeparator(actions.copy_markdown)
    insert_image.setObjectName("action_insertImage")
    insert_image.setShortcut(QKeySequence("Ctrl+Shift+I"))
    insert_image.triggered.connect(pictures.insert_image)
    return pictures


def follow_sections(form_tabs: FormTabs, scroll_to: Callable[[str], None]) -> None:
    """The preview shows the section selected in the Article and Recognition tabs."""

    def follow(_index: int, tab: QWidget) -> None:
        selected = getattr(tab, "current_section_changed", None)
        if selected is not None:
            selected.connect(scroll_to)

    form_tabs.each_tab(follow)


def show_added_parts(window: QMainWindow) -> None:
    """Show now the parts added to the shown ``window`` (menu bar, toolbar, docks, status bar)
    that its layout would show in a later event-loop turn, each turn laying the window out
    anew: the preview's page would be resized, and drawn, once for each."""
    for part in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        hidden_on_purpose = part.isHidden() and part.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        )
        if not part.isWindow() and not part.isVisible() and not hidden_on_purpose:
            part.show()
