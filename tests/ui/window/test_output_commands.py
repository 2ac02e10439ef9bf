"""Copy for WeChat from the window: the sections' Markdown comes from the preview's cache,
so what is copied must follow every edit exactly as the preview does."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from recapdesk.model.project import Language
from recapdesk.ui.window.main_window import MainWindow


def copied_html(window: MainWindow) -> str:
    window.outputs.copy_for_wechat()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    return mime.html()


def test_the_copy_follows_each_edit_after_the_preview_rendered(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.preview.start()
    qtbot.waitUntil(lambda: window.preview.ready, timeout=20000)
    qtbot.waitUntil(lambda: not window.preview._throttle.busy)  # every section composed
    first = window.document.project.honorees.people[0].name
    before = copied_html(window).count(first)
    assert before

    window.document.set_field(("honorees", "people", 0, "name"), "周新名")
    html = copied_html(window)
    assert "周新名" in html
    assert html.count(first) == before - 1  # the table's cell; the testimonials keep theirs

    window.document.set_field(("testimonials", "people", 0, "body"), "新写的感言")
    assert "新写的感言" in copied_html(window)

    assert ">公司职位：</span>" in copied_html(window)  # a card per person: labelled lines
    window.document.set_field(("article", "language"), Language.EN)
    html = copied_html(window)  # the table's headings are the article language's words
    assert ">公司职位：</span>" not in html
    assert ">Company and position: </span>" in html

    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    html = copied_html(window)
    assert "新写的感言" not in html
    assert "周新名" in html


def test_the_copy_s_plain_text_keeps_the_links(window: MainWindow) -> None:
    window.outputs.copy_for_wechat()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    text = mime.text()
    assert "[1]" in text
    assert "\n引用链接\n\n[1] " in text
    assert "https://github.com/" in text.rpartition("引用链接")[2]
