"""The WeChat compliance panel: findings listed, counted in the status bar, and a click
selects the field that causes a finding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from tests.ui.languages import Speak

from recapdesk.ui.dialogs import Dialogs, StartChoice
from recapdesk.ui.main_window import MainWindow


class QuietDialogs(Dialogs):
    def choose_start(self) -> StartChoice:
        return StartChoice.EXAMPLE

    def error(self, title: str, message: str) -> None:
        raise AssertionError(message)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, example_file: Path) -> Iterator[MainWindow]:
    yield from _window(qtbot, tmp_path, example_file)


@pytest.fixture
def chinese_window(
    speak: Speak, qtbot: QtBot, tmp_path: Path, example_file: Path
) -> Iterator[MainWindow]:
    speak("zh_CN")
    yield from _window(qtbot, tmp_path, example_file)


def _window(qtbot: QtBot, tmp_path: Path, example_file: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, dialogs=QuietDialogs(None))
    main.open_file(example_file)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.document.undo_stack.setClean()
    main.close()
    destroyed: list[bool] = []
    main.destroyed.connect(lambda: destroyed.append(True))
    main.deleteLater()
    qtbot.waitUntil(lambda: bool(destroyed))


def test_the_example_has_no_problems(window: MainWindow) -> None:
    window.compliance.refresh()
    assert window.compliance.list.topLevelItemCount() == 0
    assert window.compliance_status.text() == "WeChat: no problems"
    assert "No problems" in window.compliance.summary.text()


def test_findings_are_listed_and_counted_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    window.document.set_field(("article", "title"), "题" * 70)
    window.document.set_field(("next_phase", "text"), "扫码：\n\n![二维码](qr.png)")
    with qtbot.waitSignal(window.compliance.findings_changed, timeout=5000) as signal:
        pass
    assert signal.args == [2]
    panel = window.compliance.list
    items = [panel.topLevelItem(i) for i in range(panel.topLevelItemCount())]
    rows = [[item.text(c) for c in range(4)] for item in items if item is not None]
    assert [row[1] for row in rows] == ["title-length", "local-image"]
    assert [row[0] for row in rows] == ["Error", "Error"]
    assert [row[3] for row in rows] == ["article.title", "next_phase.text"]
    assert items[1] is not None and "qr.png" in items[1].toolTip(0)  # the offending snippet
    assert window.compliance_status.text() == "WeChat: 2 problems"


def test_findings_are_in_the_ui_language(chinese_window: MainWindow) -> None:
    window = chinese_window
    window.document.set_field(("article", "title"), "题" * 70)
    window.document.set_field(("next_phase", "text"), "扫码：\n\n![二维码](qr.png)")
    window.compliance.refresh()
    panel = window.compliance.list
    items = [panel.topLevelItem(i) for i in range(panel.topLevelItemCount())]
    rows = [[item.text(c) for c in range(4)] for item in items if item is not None]
    assert rows == [
        ["错误", "title-length", "公众号文章标题最多 64 个字符（此标题有 70 个）", "article.title"],
        [
            "错误",
            "local-image",
            "本地图片无法传到公众号：请先上传图片，再使用它的网址",
            "next_phase.text",
        ],
    ]
    assert items[1] is not None
    assert items[1].toolTip(2).startswith("本地图片无法传到公众号")
    assert "qr.png" in items[1].toolTip(2)  # the offending snippet, as it is


def test_clicking_a_finding_selects_its_field(qtbot: QtBot, window: MainWindow) -> None:
    window.document.set_field(("next_phase", "text"), "![二维码](qr.png)")
    window.document.set_field(("article", "title"), "题" * 70)
    window.compliance.refresh()
    window.tabs.setCurrentIndex(2)
    panel = window.compliance.list
    panel.itemClicked.emit(panel.topLevelItem(1), 0)  # local-image in next_phase.text
    assert window.tabs.currentWidget() is window.form_tabs[4]
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPlainTextEdit) and "qr.png" in focused.toPlainText()
    panel.itemClicked.emit(panel.topLevelItem(0), 0)  # title-length
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert QApplication.focusWidget().text() == "题" * 70  # type: ignore[union-attr]


def test_status_button_shows_a_closed_panel(window: MainWindow) -> None:
    window.compliance.close()
    assert not window.compliance.isVisible()
    window.compliance_status.click()
    assert window.compliance.isVisible()


def test_copy_for_wechat_is_the_wechat_html_and_the_articles_text(window: MainWindow) -> None:
    window.window_actions.copy_wechat.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    html, text = mime.html(), mime.text()
    assert html.startswith("<section><h1")
    assert "引用链接" in html and "<li" not in html
    assert "kubernetes 源码研习社 一期活动总结" in html
    assert text.startswith("kubernetes源码研习社 一期活动总结\n")
    assert "<" not in text.split("\n", 1)[0]
    window.preview.toolbar.pangu.trigger()  # spacing off
    window.window_actions.copy_wechat.trigger()
    assert "kubernetes源码研习社 一期活动总结" in QGuiApplication.clipboard().mimeData().html()


def test_a_result_overtaken_by_an_edit_is_dropped(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.compliance
    window.document.set_field(("article", "title"), "题" * 70)
    panel._start_check()  # runs in the worker while the user goes on typing
    window.document.set_field(("article", "title"), "短标题")
    panel._start_check()
    qtbot.waitUntil(lambda: panel._job.job is None and not panel._timer.isActive(), timeout=20000)
    assert panel.findings == []
    assert window.compliance_status.text() == "WeChat: no problems"
