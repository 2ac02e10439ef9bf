"""The preview's toolbar: phone and desktop width, WeChat dark mode, theme and colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.ui.preview_support import run_js, settle, shown_preview

from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.preview.preview import PreviewPane


@pytest.fixture
def pane(qtbot: QtBot, document: ProjectDocument) -> Iterator[PreviewPane]:
    with shown_preview(qtbot, document, 900, 700) as preview:
        yield preview


def column_width(qtbot: QtBot, pane: PreviewPane) -> float:
    return float(
        run_js(qtbot, pane, "document.getElementById('content').getBoundingClientRect().width")
    )


def colour(qtbot: QtBot, pane: PreviewPane, selector: str, prop: str = "color") -> str:
    return str(
        run_js(
            qtbot,
            pane,
            f"getComputedStyle(document.querySelector({selector!r})).{prop}",
        )
    )


def test_phone_width_first_desktop_in_one_click(qtbot: QtBot, pane: PreviewPane) -> None:
    assert column_width(qtbot, pane) == 375
    pane.toolbar.desktop.trigger()
    qtbot.waitUntil(lambda: column_width(qtbot, pane) == 677 + 0, timeout=5000)
    pane.toolbar.phone.trigger()
    qtbot.waitUntil(lambda: column_width(qtbot, pane) == 375, timeout=5000)


def test_dark_mode_recolours_like_wechat_and_back(qtbot: QtBot, pane: PreviewPane) -> None:
    assert colour(qtbot, pane, "#content p") == "rgb(51, 51, 51)"  # the theme's #333333
    pane.toolbar.dark.trigger()
    qtbot.waitUntil(
        lambda: colour(qtbot, pane, "html", "backgroundColor") == "rgb(25, 25, 25)", timeout=5000
    )
    # WeChat's rule for dark grey text on #191919: lightness l becomes 90 - l (20% -> 70%).
    assert colour(qtbot, pane, "#content p") == "rgb(179, 179, 179)"
    # Colour is information: the blue keeps enough contrast with #191919, so it stays.
    assert colour(qtbot, pane, "#content h2") == "rgb(43, 108, 176)"
    header_bg = colour(qtbot, pane, "#content th", "backgroundColor")
    red, green, blue = (int(v) for v in header_bg[4:-1].split(","))
    assert (red * 299 + green * 587 + blue * 114) / 1000 < 100  # a dark header background
    pane.toolbar.dark.trigger()
    qtbot.waitUntil(
        lambda: colour(qtbot, pane, "html", "backgroundColor") == "rgb(255, 255, 255)",
        timeout=5000,
    )
    assert colour(qtbot, pane, "#content p") == "rgb(51, 51, 51)"


def test_dark_mode_follows_edits(
    qtbot: QtBot, pane: PreviewPane, document: ProjectDocument
) -> None:
    pane.toolbar.dark.trigger()
    qtbot.waitUntil(lambda: colour(qtbot, pane, "#content p") == "rgb(179, 179, 179)", timeout=5000)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        document.set_field(("article", "lead"), "新的导语")
    settle(qtbot, pane)
    paragraphs = "Array.from(document.querySelectorAll('#content p'))"
    lead = f"{paragraphs}.find(p => p.textContent === '新的导语')"
    assert run_js(qtbot, pane, f"getComputedStyle({lead}).color") == "rgb(179, 179, 179)"


def test_theme_picker_changes_the_project_through_undo(
    qtbot: QtBot, pane: PreviewPane, document: ProjectDocument
) -> None:
    box = pane.toolbar.theme_box
    assert box.currentData() == "default"
    box.setCurrentIndex(box.findData("cloud-native"))
    box.activated.emit(box.currentIndex())
    assert document.project.article.theme == "cloud-native"
    qtbot.waitUntil(
        lambda: colour(qtbot, pane, "#content h2") == "rgb(255, 255, 255)", timeout=5000
    )
    assert colour(qtbot, pane, "#content h2", "backgroundColor") == "rgb(30, 142, 90)"
    document.undo_stack.undo()
    assert document.project.article.theme == "default"
    assert box.currentData() == "default"
    qtbot.waitUntil(lambda: colour(qtbot, pane, "#content h2") == "rgb(43, 108, 176)", timeout=5000)


def test_primary_colour_button_sets_and_resets_the_colour(
    qtbot: QtBot, pane: PreviewPane, document: ProjectDocument
) -> None:
    asked: list[str] = []

    def choose(initial: QColor, _parent: QWidget) -> QColor:
        asked.append(initial.name())
        return QColor("#8e44ad")

    pane.toolbar._choose_color = choose
    pane.toolbar.color_button.click()
    assert asked == ["#2b6cb0"]  # the dialog opens on the colour in use
    assert document.project.article.primary_color == "#8e44ad"
    assert pane.toolbar.color_button.text() == "#8e44ad"
    qtbot.waitUntil(lambda: colour(qtbot, pane, "#content h2") == "rgb(142, 68, 173)", timeout=5000)
    pane.toolbar.reset_color.trigger()
    assert document.project.article.primary_color == ""
    qtbot.waitUntil(lambda: colour(qtbot, pane, "#content h2") == "rgb(43, 108, 176)", timeout=5000)
    document.undo_stack.undo()
    assert document.project.article.primary_color == "#8e44ad"


def test_toolbar_parts_are_named(pane: PreviewPane) -> None:
    toolbar = pane.toolbar
    for action in (toolbar.phone, toolbar.desktop, toolbar.dark, toolbar.pangu):
        assert action.objectName().startswith("action_")
        assert action.text()
    for widget in (toolbar.theme_box, toolbar.color_button):
        assert widget.objectName() and widget.accessibleName()
