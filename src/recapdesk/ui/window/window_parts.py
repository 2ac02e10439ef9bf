"""Parts of the main window that ``MainWindow.build()`` makes: the form tabs and the picture
commands with their menu entries. Their texts keep the context ``MainWindow``: they are the
window's.

Loaded by ``build()`` only, with the editor's modules (see ``main_window.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from recapdesk.ui.dialogs.dialogs import Dialogs
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.article_tab import ArticleTab
from recapdesk.ui.forms.tabs.background_tab import BackgroundTab
from recapdesk.ui.forms.tabs.next_phase_tab import NextPhaseTab
from recapdesk.ui.forms.tabs.photos_tab import PhotosTab
from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab
from recapdesk.ui.forms.tabs.testimonials_tab import TestimonialsTab
from recapdesk.ui.i18n import translate
from recapdesk.ui.window.actions import WindowActions
from recapdesk.ui.window.picture_commands import PictureCommands


@dataclass(frozen=True)
class FormTabs:
    """The tab widget and its form tabs, in order, with the ones the window connects to."""

    widget: QTabWidget
    tabs: list[QWidget]
    article: ArticleTab
    recognition: RecognitionTab
    photos: PhotosTab


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
    """The form tabs of ``document`` in a tab widget of ``parent``."""
    widget = QTabWidget(parent)
    widget.setObjectName("formTabs")
    widget.setAccessibleName(translate("MainWindow", "Article sections"))
    article_tab = ArticleTab(
        document,
        choose_picture=dialogs.picture_path,
        show_status=show_status,
        crop_cover=dialogs.crop_cover,
    )
    recognition_tab = RecognitionTab(document)
    recognition_tab.avatars.choose_picture = dialogs.photo_path
    photos_tab = PhotosTab(document)
    tabs: list[QWidget] = [
        article_tab,
        BackgroundTab(document),
        recognition_tab,
        TestimonialsTab(document),
        NextPhaseTab(document),
        photos_tab,
    ]
    for tab, title in zip(tabs, tab_titles(), strict=True):
        widget.addTab(tab, title)
    return FormTabs(widget, tabs, article_tab, recognition_tab, photos_tab)


def picture_commands(
    window: QMainWindow,
    document: ProjectDocument,
    dialogs: Dialogs,
    form_tabs: FormTabs,
    show_status: Callable[[str], None],
    actions: WindowActions,
) -> PictureCommands:
    """The window's picture commands, connected to the Photos tab and the form's fields,
    with File > Export Markdown with Images… and Edit > Insert Image…"""
    photos_tab = form_tabs.photos
    pictures = PictureCommands(document, dialogs, form_tabs.widget, photos_tab, show_status, window)
    pictures.watch_fields(form_tabs.widget)
    photos_tab.add_button.clicked.connect(pictures.insert_image)
    photos_tab.cleanup = pictures.offer_cleanup
    form_tabs.recognition.avatars.cleanup = pictures.offer_cleanup
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
