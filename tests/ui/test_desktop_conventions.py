"""Desktop conventions: icons from recapdesk's own SVGs in the palette's colours, problem marks
readable in a dark palette, every mnemonic reachable (none taken twice on screen), tabs by
Alt+number, Help > Keyboard Shortcuts generated from the actions, Help > About."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from importlib.metadata import requires

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow, visit_every_tab
from tests.ui.languages import (
    Speak,
    mnemonic,
)

from recapdesk import __version__
from recapdesk.model import Link
from recapdesk.ui.dialogs.help_dialogs import about_html, shortcut_groups
from recapdesk.ui.forms.binding import INVALID_STYLE
from recapdesk.ui.forms.palette import problem_cell_background, problem_color
from recapdesk.ui.forms.record_table import RecordTableModel
from recapdesk.ui.forms.tabs import testimonials_tab
from recapdesk.ui.forms.tabs.article_tab import ArticleTab
from recapdesk.ui.window.form_tabs import FormTab
from recapdesk.ui.window.main_window import MainWindow

# -- palettes ------------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2d2d2d",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a"))
    return palette


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application in the system's light or dark palette, for one test."""
    before = QApplication.palette()
    chosen = dark_palette() if request.param == "dark" else light_palette()
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(before)


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ink(image: QImage) -> QColor:
    """The average colour of the drawn (opaque) pixels of an icon."""
    red = green = blue = count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200:
                red, green, blue, count = (
                    red + pixel.red(),
                    green + pixel.green(),
                    blue + pixel.blue(),
                    count + 1,
                )
    assert count, "the icon draws nothing"
    return QColor(red // count, green // count, blue // count)


# -- icons ---------------------------------------------------------------------------------------

TOOLBAR = {
    "new": "document-new",
    "open": "document-open",
    "save": "document-save",
    "undo": "edit-undo",
    "redo": "edit-redo",
    "copy_wechat": "wechat-copy",
}


def test_toolbar_actions_have_recapdesks_own_icons(make_window: MakeWindow) -> None:
    actions = make_window().window_actions
    for attribute, name in TOOLBAR.items():
        icon = getattr(actions, attribute).icon()
        assert icon.name() == name
        # Crisp on a high-DPI screen: drawn at twice the size, not scaled up.
        pixmap = icon.pixmap(QSize(24, 24), 2.0)
        assert pixmap.devicePixelRatio() == 2.0
        assert pixmap.size() == QSize(48, 48)


def test_icons_are_drawn_in_the_palettes_text_colour(palette: QPalette) -> None:
    from recapdesk.ui.window.icons import icon

    drawn = ink(icon("document-save").pixmap(QSize(32, 32)).toImage())
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast(drawn, window) > 4.5
    disabled = ink(icon("edit-undo").pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage())
    assert contrast(disabled, window) < contrast(drawn, window)  # greyed when disabled


# -- problem marks in light and dark palettes --------------------------------------------------


def test_a_marked_field_stays_readable(palette: QPalette, qtbot: QtBot) -> None:
    form = QWidget()  # a field sits on a window drawn in the palette
    form.setAutoFillBackground(True)
    qtbot.addWidget(form)
    field = QLineEdit("@not-an-id", form)
    field.setStyleSheet(INVALID_STYLE)
    field.resize(300, 30)
    form.resize(300, 30)
    form.show()
    qtbot.waitExposed(form)
    image = form.grab().toImage()
    background = image.pixelColor(image.width() - 20, image.height() // 2)  # right of the text
    text = palette.color(QPalette.ColorRole.Text)
    assert contrast(text, background) > 7, (background.name(), text.name())
    border = image.pixelColor(image.width() // 2, 0)
    assert border.red() > border.green() + 60  # still marked: a red border


def test_problem_text_and_cells_read_well(palette: QPalette, make_window: MakeWindow) -> None:
    window_color = palette.color(QPalette.ColorRole.Window)
    assert contrast(problem_color(), window_color) >= 4.5
    cell = problem_cell_background()
    assert contrast(palette.color(QPalette.ColorRole.Text), cell) > 7
    # The links table of the Background tab marks a bad URL with that background.
    window = make_window()
    window.form_tabs.tab(FormTab.BACKGROUND)  # its tables are made with it
    window.document.set_list(("background", "links"), [Link(label="x", url="not a url")])
    links = next(
        m for m in window.findChildren(RecordTableModel) if m.list_path == ("background", "links")
    )
    url_column = [c.field for c in links.columns].index("url")
    shown = links.data(links.index(0, url_column), Qt.ItemDataRole.BackgroundRole)
    assert shown.color() == cell


# -- keyboard ----------------------------------------------------------------------------------


def _mnemonic_text(widget: QWidget) -> str:
    """The text whose mnemonic works on ``widget``: a label's (with a buddy), a button's or a
    group box's; "" for other widgets."""
    if isinstance(widget, QLabel):
        return widget.text() if widget.buddy() is not None else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return widget.title() if isinstance(widget, QGroupBox) else ""


def on_screen_mnemonics(window: MainWindow) -> Counter[str]:
    """The mnemonics that work right now: the menu bar's, and those of the labels (with a
    buddy), buttons and group boxes visible in the window."""
    letters: Counter[str] = Counter()
    for action in window.menuBar().actions():
        letters[mnemonic(action.text())] += 1
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        letters[mnemonic(_mnemonic_text(widget))] += 1
    del letters[""]
    return letters


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_mnemonic_is_taken_twice_on_screen(
    language: str, speak: Speak, make_window: MakeWindow
) -> None:
    speak(language)
    window = make_window()
    window.files.open_example()
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        twice = {k: n for k, n in on_screen_mnemonics(window).items() if n > 1}
        assert not twice, f"{window.tabs.tabText(index)}: {twice}"


def test_every_menu_gives_each_command_its_own_letter(make_window: MakeWindow) -> None:
    window = make_window()
    for menu in window.menuBar().findChildren(QMenu):
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [mnemonic(text) for text in texts]
        assert "" not in letters, f"{menu.title()}: a command without a mnemonic: {texts}"
        assert len(set(letters)) == len(letters), f"{menu.title()}: {texts}"


def test_labels_with_a_mnemonic_lead_to_their_field(make_window: MakeWindow) -> None:
    window = visit_every_tab(make_window())
    orphans = [
        label.text()
        for label in window.findChildren(QLabel)
        if mnemonic(label.text()) and label.buddy() is None
    ]
    assert orphans == []


def test_alt_number_shows_a_tab_with_the_cursor_in_its_first_field(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    actions = window.window_actions
    assert [a.shortcut().toString() for a in actions.show_tabs] == [f"Alt+{n}" for n in range(1, 6)]
    actions.show_tabs[2].trigger()
    assert window.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    page = window.tabs.widget(2)
    assert focused is not None and page is not None and page.isAncestorOf(focused)
    assert focused.objectName() == "groupList"
    actions.show_previews[1].trigger()
    assert window.preview.currentWidget() is window.preview.source


# -- Help ------------------------------------------------------------------------------------------


def test_help_menu(make_window: MakeWindow) -> None:
    window = make_window()
    help_menu = window.findChild(QMenu, "helpMenu")
    assert help_menu is not None
    names = [a.objectName() for a in help_menu.actions() if not a.isSeparator()]
    assert names == ["action_shortcuts", "action_openExample", "action_about", "action_aboutQt"]


def test_keyboard_shortcuts_lists_every_menu_command_that_has_one(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    listed = {
        (group.title, command, keys)
        for group in shortcut_groups(window)
        for command, keys in group.rows
    }
    expected = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.shortcuts():
                command = re.sub(r"&(?!&)", "", action.text()).rstrip("…")
                keys = ", ".join(s.toString() for s in action.shortcuts())
                expected.add((top.text().replace("&", ""), command, keys))
    assert expected and expected <= listed
    assert ("Edit", "Copy for WeChat", "Ctrl+Shift+C") in listed
    assert ("View", "Recognition", "Alt+3") in listed


def test_about_names_the_version_and_every_license(qapp: QApplication) -> None:
    text = about_html()
    assert f"recapdesk {__version__}" in text
    assert "MIT License" in text and "LGPL-3.0" in text and "PySide6" in text
    for requirement in requires("recapdesk") or []:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0]
        if not name.lower().startswith("pyside6"):
            assert f"<td>{name}</td>" in text, name


FIELDS = (QLineEdit, QPlainTextEdit, QComboBox)


def tab_through(window: MainWindow, page: QWidget) -> list[QWidget]:
    """The widgets the Tab key visits on ``page``, from its first field until it leaves."""
    visited: list[QWidget] = []
    for _ in range(200):
        focused = QApplication.focusWidget()
        if focused is None or not page.isAncestorOf(focused) or focused in visited:
            break
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return visited


@pytest.mark.parametrize("index", range(5))
def test_tab_walks_each_form_from_top_to_bottom_reaching_every_field(
    index: int, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.files.open_example()
    # With a person and a free section selected, their fields are on (and in the Tab order).
    testimonials = window.form_tabs.tab(3)
    assert isinstance(testimonials, testimonials_tab.TestimonialsTab)
    testimonials.people.select_person(0)
    article = window.form_tabs.tab(0)
    assert isinstance(article, ArticleTab)
    article.free_editor.add_section()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.window_actions.show_tabs[index].trigger()
    page = window.tabs.widget(index)
    assert page is not None
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    visited = tab_through(window, page)
    reachable = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisibleTo(page)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget.parentWidget(), QAbstractSpinBox)
        and widget.objectName() != "qt_scrollarea_viewport"
    ]
    stops = [w.objectName() for w in visited if isinstance(w, QScrollArea)]
    assert not stops, f"Tab stops on a scroll area, which shows no focus: {stops}"
    missed = [f"{type(w).__name__} {w.objectName()}" for w in reachable if w not in visited]
    assert not missed, f"{window.tabs.tabText(index)}: Tab never reaches {missed}"
    # Within the form, the fields come in the order they are read: top to bottom.
    fields = [w for w in visited if isinstance(w, FIELDS)]
    tops = [w.mapTo(page, w.rect().topLeft()).y() for w in fields]
    assert tops == sorted(tops), [w.objectName() for w in fields]


def test_application_has_the_recapdesk_icon_and_desktop_entry(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from recapdesk.ui.app import DESKTOP_FILE_NAME, brand_application

    assert isinstance(qapp, QApplication)
    brand_application(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.desktopFileName() == DESKTOP_FILE_NAME
