"""The primary colour chooser warns when the colour picked is too faint to read."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.ui.languages import Speak

from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.preview.preview_toolbar import PreviewToolbar


def _toolbar(qtbot: QtBot, document: ProjectDocument, picked: str) -> PreviewToolbar:
    def choose(_initial: QColor, _parent: QWidget) -> QColor:
        return QColor(picked)

    toolbar = PreviewToolbar(document, choose_color=choose)
    qtbot.addWidget(toolbar)
    return toolbar


def test_a_yellow_primary_colour_is_warned_about(
    qtbot: QtBot, document: ProjectDocument, speak: Speak
) -> None:
    speak("en")
    toolbar = _toolbar(qtbot, document, "#f0c000")
    assert "contrast" not in toolbar.color_button.toolTip()
    toolbar.pick_color()
    assert document.project.article.primary_color == "#f0c000"
    tip = toolbar.color_button.toolTip()
    assert tip.startswith("Primary colour of the theme")
    assert "contrast of 1.7:1 on white (light mode)" in tip
    document.undo_stack.undo()  # back to the theme's colour: the warning goes
    assert "contrast" not in toolbar.color_button.toolTip()


def test_a_readable_colour_is_not(qtbot: QtBot, document: ProjectDocument) -> None:
    toolbar = _toolbar(qtbot, document, "#c0392b")
    toolbar.pick_color()
    assert "contrast" not in toolbar.color_button.toolTip()


def test_the_warning_reads_in_chinese(
    qtbot: QtBot, document: ProjectDocument, speak: Speak
) -> None:
    speak("zh_CN")
    toolbar = _toolbar(qtbot, document, "#000080")
    toolbar.pick_color()
    assert "在微信深色背景上的对比度为 1.0:1" in toolbar.color_button.toolTip()
