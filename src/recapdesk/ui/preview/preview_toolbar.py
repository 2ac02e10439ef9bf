"""The preview's toolbar: phone or desktop width, light or WeChat dark mode, the theme and its
primary colour, and the pangu spacing of the WeChat copy.

Width and dark mode are how the preview is looked at, not part of the article, so they only
signal the preview. The theme and the colour are the article's look and are saved in the
project: they change through the document's undo commands like any other field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QMenu,
    QToolBar,
    QToolButton,
    QToolTip,
    QWidget,
)

from recapdesk.i18n import translated
from recapdesk.model.paths import FieldPath
from recapdesk.render.contrast import color_contrast_problems
from recapdesk.render.themes import resolve_theme, theme_names, theme_primary
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.i18n import translate

THEME_PATH: FieldPath = ("article", "theme")
COLOR_PATH: FieldPath = ("article", "primary_color")
PHONE, DESKTOP = "phone", "desktop"
SWATCH_SIZE = 14

ColorChooser = Callable[[QColor, QWidget], QColor | None]


def theme_title(name: str) -> str:
    """The name of a theme as the user reads it."""
    titles = {
        "default": translate("PreviewToolbar", "Default"),
        "cloud-native": translate("PreviewToolbar", "Cloud native"),
        "classic": translate("PreviewToolbar", "Classic"),
    }
    return titles.get(name, name.replace("-", " ").capitalize())


def ask_color(initial: QColor, parent: QWidget) -> QColor | None:
    title = translate("PreviewToolbar", "Primary colour")
    color = QColorDialog.getColor(initial, parent, title)
    return color if color.isValid() else None


class PreviewToolbar(QToolBar):
    device_changed = Signal(str)  # PHONE or DESKTOP
    dark_changed = Signal(bool)

    def __init__(
        self,
        document: ProjectDocument,
        parent: QWidget | None = None,
        choose_color: ColorChooser = ask_color,
    ) -> None:
        super().__init__(self.tr("Preview toolbar"), parent)
        self.setObjectName("previewToolbar")
        self.setAccessibleName(self.tr("Preview toolbar"))
        self.toggleViewAction().setObjectName("action_togglePreviewToolbar")
        self.setMovable(False)
        self.setFloatable(False)
        self.document = document
        self._choose_color = choose_color

        self.devices = QActionGroup(self)
        self.devices.setExclusive(True)
        self.phone = self._action("previewPhone", self.tr("Phone"), self.tr("375 px, a phone"))
        self.desktop = self._action(
            "previewDesktop", self.tr("Desktop"), self.tr("677 px, WeChat's desktop column")
        )
        for action in (self.phone, self.desktop):
            self.devices.addAction(action)
            self.addAction(action)
        self.phone.setChecked(True)
        self.addSeparator()
        self.dark = self._action(
            "previewDark", self.tr("Dark"), self.tr("WeChat's dark mode, as its reader shows it")
        )
        self.addAction(self.dark)
        self.addSeparator()

        self.theme_box = QComboBox(self)
        self.theme_box.setObjectName("themePicker")
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.theme_box.setToolTip(self.tr("Theme of the article"))
        for name in theme_names():
            self.theme_box.addItem(theme_title(name), name)
        self.addWidget(self.theme_box)

        self.color_button = QToolButton(self)
        self.color_button.setObjectName("primaryColorButton")
        self.color_button.setAccessibleName(self.tr("Primary colour"))
        self.color_button.setToolTip(self.tr("Primary colour of the theme"))
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.color_button)
        menu.setObjectName("primaryColorMenu")
        self.reset_color = menu.addAction(self.tr("Use the Theme's Colour"))
        self.reset_color.setObjectName("action_resetPrimaryColor")
        self.color_button.setMenu(menu)
        self.addWidget(self.color_button)
        self.addSeparator()
        self.pangu = self._action(
            "wechatPangu",
            self.tr("中 A"),
            self.tr("Copy for WeChat: a space between Chinese and Latin letters or digits"),
        )
        self.pangu.setChecked(True)
        self.addAction(self.pangu)

        self.phone.toggled.connect(lambda on: self.device_changed.emit(PHONE if on else DESKTOP))
        self.dark.toggled.connect(self.dark_changed.emit)
        self.theme_box.activated.connect(self._theme_picked)
        self.color_button.clicked.connect(self.pick_color)
        self.reset_color.triggered.connect(
            lambda: self.document.set_field(COLOR_PATH, "", typing=False)
        )
        document.changed.connect(self._on_changed)
        document.reset.connect(self.show_project)
        self.show_project()

    def _action(self, name: str, text: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.setCheckable(True)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def show_phone_width(self, phone: bool) -> None:
        """Show the article at a phone's width, or at a desktop's (Preferences)."""
        (self.phone if phone else self.desktop).setChecked(True)

    def set_pangu_spacing(self, on: bool) -> None:
        """The 中 A switch: a space between Chinese and Latin text in the WeChat copy."""
        self.pangu.setChecked(on)

    def pangu_spacing(self) -> bool:
        return self.pangu.isChecked()

    @property
    def device(self) -> str:
        return PHONE if self.phone.isChecked() else DESKTOP

    # -- the article's look (undoable) -------------------------------------------------------

    def _theme_picked(self, index: int) -> None:
        # typing=False: each pick is its own undo step, never merged like keystrokes.
        self.document.set_field(THEME_PATH, self.theme_box.itemData(index), typing=False)

    def pick_color(self) -> None:
        color = self._choose_color(QColor(self.current_color()), self)
        if color is not None:
            self.document.set_field(COLOR_PATH, color.name().lower(), typing=False)
            if self.color_button.toolTip() != self.tr("Primary colour of the theme"):
                # Too faint to read: say so now, beside the button, not only in the checks.
                button = self.color_button
                QToolTip.showText(button.mapToGlobal(button.rect().bottomLeft()), button.toolTip())

    def current_color(self) -> str:
        """The colour in use: the user's, else the theme's own."""
        article = self.document.project.article
        return article.primary_color or theme_primary(article.theme)

    def _on_changed(self, path: FieldPath) -> None:
        if any(path == watched[: len(path)] for watched in (THEME_PATH, COLOR_PATH)):
            self.show_project()

    def show_project(self) -> None:
        article = self.document.project.article
        index = self.theme_box.findData(resolve_theme(article.theme))
        self.theme_box.setCurrentIndex(max(index, 0))
        pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
        pixmap.fill(QColor(self.current_color()))
        self.color_button.setIcon(QIcon(pixmap))
        self.color_button.setText(self.current_color())
        # The user's colour only, as `check --wechat` does: WCAG contrast in both modes.
        problems = color_contrast_problems(article.primary_color)
        warnings = [translated(text, translate) for _rule, text in problems]
        tip = "\n".join([self.tr("Primary colour of the theme"), *warnings])
        self.color_button.setToolTip(tip)
        self.reset_color.setEnabled(bool(article.primary_color))
