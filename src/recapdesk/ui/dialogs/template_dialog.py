"""File > New from Template…: the bundled templates, each with a preview of its article.

The list of templates is on the left, with the article language above it; the right shows
the selected template's article as the preview does (rendered by the ArticlePipeline, in its
theme). Create (or Enter, or a double-click) answers with the template and language chosen;
the window opens it as a new untitled project, so nothing is ever written into the bundle.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recapdesk.model import Language
from recapdesk.pipeline import ArticlePipeline
from recapdesk.templates import CONTEXT, TEMPLATES, load_template
from recapdesk.ui.i18n import translate

NAME_ROLE = Qt.ItemDataRole.UserRole
EXTERNAL_SCHEMES = ("http", "https", "mailto")
# The language names as their speakers write them, whatever the UI language (as Preferences
# and the Article tab name them).
LANGUAGE_NAMES = ((Language.ZH, "中文"), (Language.EN, "English"))


@dataclass(frozen=True)
class TemplateChoice:
    name: str
    language: Language


class _PreviewPage(QWebEnginePage):
    """Shows the HTML it is given and nothing else: no script, links go to the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = self.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadIconsForPage, False)

    def acceptNavigationRequest(  # noqa: N802 (Qt's name)
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, _is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            if url.scheme() in EXTERNAL_SCHEMES:
                QDesktopServices.openUrl(url)
            return False
        return True  # setHtml's own load


class TemplateDialog(QDialog):
    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New from Template"))
        self._pages: dict[tuple[str, Language], str] = {}
        self.shown_html = ""  # the page the preview was last given

        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        for value, name in LANGUAGE_NAMES:
            self.language.addItem(name, value.value)
        self.language.setCurrentIndex(self.language.findData(language.value))
        language_label = QLabel(self.tr("Article &language:"))
        language_label.setBuddy(self.language)

        self.templates = QListWidget()
        self.templates.setObjectName("templateList")
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.setSpacing(3)
        for template in TEMPLATES:
            item = QListWidgetItem(translate(CONTEXT, template.title))
            item.setData(NAME_ROLE, template.name)
            item.setToolTip(translate(CONTEXT, template.description))
            self.templates.addItem(item)
        list_label = QLabel(self.tr("&Templates:"))
        list_label.setBuddy(self.templates)
        self.description = QLabel()
        self.description.setObjectName("templateDescription")
        self.description.setWordWrap(True)

        self.preview = QWebEngineView()
        self.preview.setObjectName("templatePreview")
        self.preview.setAccessibleName(self.tr("Preview of the template's article"))
        self.preview.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.preview.setPage(_PreviewPage(self.preview))
        # The preview is looked at, not typed into: Tab goes from the list to the buttons.
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("templateCreate")
        # Enter creates wherever the focus is, also on Cancel's way there by Tab.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.create_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(language_label)
        row.addWidget(self.language, 1)
        side_layout.addLayout(row)
        side_layout.addWidget(list_label)
        side_layout.addWidget(self.templates, 1)
        side_layout.addWidget(self.description)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.templates.currentRowChanged.connect(lambda _row: self._show())
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        self.language.currentIndexChanged.connect(lambda _index: self._show())
        self.templates.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.activateWindow()
        # The list first: arrows choose, Enter creates (the button box would take the focus,
        # and with it Enter, for its first button).
        self.templates.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(980, 680)

    def choice(self) -> TemplateChoice:
        """The template and language selected."""
        item = self.templates.currentItem()
        name = str(item.data(NAME_ROLE)) if item is not None else TEMPLATES[0].name
        return TemplateChoice(name, Language(self.language.currentData()))

    def _show(self) -> None:
        choice = self.choice()
        template = next(t for t in TEMPLATES if t.name == choice.name)
        self.description.setText(translate(CONTEXT, template.description))
        key = (choice.name, choice.language)
        if key not in self._pages:
            self._pages[key] = ArticlePipeline(load_template(*key)).page()
        self.shown_html = self._pages[key]
        self.preview.setHtml(self.shown_html)


def ask_template(language: Language, parent: QWidget | None = None) -> TemplateChoice | None:
    """The template chosen, or None when cancelled; the list starts in ``language``."""
    dialog = TemplateDialog(language, parent)
    dialog.resize(dialog.sizeHint())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
