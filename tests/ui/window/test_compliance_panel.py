"""The checks panel: the content checks' findings, then the WeChat compliance findings,
listed and counted in the status bar, and a click selects the field that causes a finding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from tests.ui.languages import Speak

from recapdesk.ui.dialogs.dialogs import Dialogs, StartChoice
from recapdesk.ui.forms.tabs.background_tab import BackgroundTab
from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab
from recapdesk.ui.window.compliance_panel import FIELD_ROLE, CompliancePanel
from recapdesk.ui.window.main_window import MainWindow

# What `recapdesk check` reports for the example: its placeholders, in article order.
EXAMPLE_FIELDS = [
    "article.outline[2]",  # 一篇优秀总结笔记？: never written
    "article.outline[3]",  # 二期预告: the next phase is empty, so left out
    "background.numbers[2].value",
    "background.numbers[3].value",
    "background.numbers[4].value",
    "groups[0].people[1]",
    "groups[0].people[2]",
    "groups[0].people[3]",
    "testimonials.people[0].body",
    "testimonials.people[1].body",
    "next_phase.text",
]


class QuietDialogs(Dialogs):
    def choose_start(self) -> StartChoice:
        return StartChoice.EXAMPLE

    def error(self, title: str, message: str) -> None:
        raise AssertionError(message)


@pytest.fixture
def window(speak: Speak, qtbot: QtBot, tmp_path: Path, example_file: Path) -> Iterator[MainWindow]:
    speak("en")  # as the app does: English's plural forms ("1 warning", "9 warnings")
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
    main.files.open_file(example_file)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.document.undo_stack.setClean()
    main.close()
    destroyed: list[bool] = []
    main.destroyed.connect(lambda: destroyed.append(True))
    main.deleteLater()
    qtbot.waitUntil(lambda: bool(destroyed))


def rows(panel: CompliancePanel) -> list[list[str]]:
    items = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    return [[item.text(c) for c in range(4)] for item in items if item is not None]


def fields(panel: CompliancePanel) -> list[str]:
    """The field path of each finding listed."""
    items = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    return [item.data(0, FIELD_ROLE) for item in items if item is not None]


def item_of(panel: CompliancePanel, field: str, kind: str = "") -> QTreeWidgetItem:
    """The finding whose field path is ``field`` (the panel shows the field's name instead),
    of the kind that starts with ``kind`` when several name the field."""
    items = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    [item] = [
        i
        for i in items
        if i is not None and i.data(0, FIELD_ROLE) == field and i.text(1).startswith(kind)
    ]
    return item


def test_the_example_lists_its_placeholders_and_the_status_bar_counts_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.compliance_status.text() == "Checks: 11 warnings", timeout=5000)
    shown = rows(window.compliance)
    # Named as the form and the undo menu name them, rows counted from 1.
    assert [row[3] for row in shown] == [
        "Article, outline 3",
        "Article, outline 4",
        "Background, row 3, Value",
        "Background, row 4, Value",
        "Background, row 5, Value",
        "Recognition group 1, row 2",
        "Recognition group 1, row 3",
        "Recognition group 1, row 4",
        "Testimonials, row 1, Text",
        "Testimonials, row 2, Text",
        "Next phase, Text",
    ]
    assert {(row[0], row[1]) for row in shown} == {("Warning", "Content")}
    assert shown[2][2] == "读书笔记: not known yet (placeholder)"
    assert shown[5][2] == "empty row (placeholder)"
    assert shown[10][2] == "the next-phase section is empty and is left out of the article"
    assert window.compliance.summary.text() == (
        "Content: 11 warnings. WeChat: no problems. Click a problem to go to its field."
    )


def test_nothing_to_fix_says_so(window: MainWindow) -> None:
    window.document.set_field(("background", "numbers"), [])
    window.document.set_field(("groups", 0, "people"), [])
    window.document.set_field(("testimonials", "people"), [])
    window.document.set_field(("next_phase", "text"), "二期报名中")
    window.document.set_field(("article", "outline"), [])
    window.compliance.refresh()
    assert window.compliance.list.topLevelItemCount() == 0
    assert window.compliance_status.text() == "Checks: no problems"
    assert window.compliance.summary.text().startswith("No problems: the content is complete")


def test_content_first_then_wechat_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    window.document.set_field(("article", "title"), "题" * 70)
    window.document.set_field(("next_phase", "text"), "扫码：\n\n![二维码](qr.png)")
    with qtbot.waitSignal(window.compliance.findings_changed, timeout=5000) as signal:
        pass
    # qr.png is not beside the project: a picture the copy cannot embed, listed once, as
    # missing (not also as a local picture WeChat cannot get).
    assert signal.args == [12]
    shown = rows(window.compliance)
    written = [f for f in EXAMPLE_FIELDS if f not in ("article.outline[3]", "next_phase.text")]
    assert fields(window.compliance) == [
        *written,
        "article.title",
        "next_phase.text",
        "article.title",
    ]
    assert [row[1] for row in shown[-4:]] == [
        "Content",
        "WeChat: title-length",
        "WeChat: picture-problem",
        "WeChat draft: title-length",  # the draft API's 32 characters: a warning here
    ]
    assert [row[0] for row in shown[-3:]] == ["Error", "Error", "Warning"]
    assert shown[-2][2] == (
        "the picture file qr.png is missing: add the picture again, or correct its path"
    )
    assert shown[-1][2:] == [
        "the draft API takes titles of at most 32 characters (this one has 70)",
        "Article, Title",
    ]
    last = window.compliance.list.topLevelItem(10)
    assert last is not None and "qr.png" in last.toolTip(0)  # the offending snippet
    assert window.compliance_status.text() == "Checks: 2 errors, 10 warnings"
    assert window.compliance.summary.text() == (
        "Content: 9 warnings. WeChat: 2 errors. WeChat draft: 1 warning. Click a problem to go"
        " to its field."
    )


def test_findings_are_in_the_ui_language(chinese_window: MainWindow) -> None:
    window = chinese_window
    window.document.set_field(("article", "title"), "题" * 70)
    window.document.set_field(("next_phase", "text"), "扫码：\n\n![二维码](qr.png)")
    window.compliance.refresh()
    shown = rows(window.compliance)
    assert shown[1] == ["警告", "内容", "读书笔记：尚未确定（占位）", "活动背景，第 3 行，数值"]
    assert shown[4] == ["警告", "内容", "空行（占位）", "表彰组 1，第 2 行"]
    assert shown[7] == ["警告", "内容", "金润森：还没有感言内容", "学员感言，第 1 行，正文"]
    assert shown[-3:] == [
        [
            "错误",
            "公众号：title-length",
            "公众号文章标题最多 64 个字符（此标题有 70 个）",
            "文章，文章标题",
        ],
        [
            "错误",
            "公众号：picture-problem",
            "图片文件 qr.png 不见了：请重新添加这张图片，或改正它的路径",
            "下期预告，正文",
        ],
        [
            "警告",
            "公众号草稿：title-length",
            "草稿接口的标题最多 32 个字（当前 70 个）",
            "文章，文章标题",
        ],
    ]
    last = window.compliance.list.topLevelItem(10)
    assert last is not None
    assert last.toolTip(2).startswith("图片文件 qr.png 不见了")
    assert "qr.png" in last.toolTip(2)  # the offending snippet, as it is
    assert window.compliance_status.text() == "检查：2 个错误，10 个警告"
    assert window.compliance.summary.text() == (
        "内容：9 个警告。公众号：2 个错误。公众号草稿：1 个警告。点击问题可跳到对应字段。"
    )
    assert window.compliance.windowTitle() == "检查"


def test_clicking_a_finding_selects_its_field(qtbot: QtBot, window: MainWindow) -> None:
    window.document.set_field(("next_phase", "text"), "![二维码](qr.png)")
    window.document.set_field(("article", "title"), "题" * 70)
    window.compliance.refresh()
    window.tabs.setCurrentIndex(2)
    panel = window.compliance.list
    panel.itemClicked.emit(item_of(window.compliance, "next_phase.text", "WeChat: picture"), 0)
    assert window.form_tabs.current() is window.form_tabs.tab(4)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPlainTextEdit) and "qr.png" in focused.toPlainText()
    panel.itemClicked.emit(item_of(window.compliance, "article.title", "WeChat:"), 0)
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert QApplication.focusWidget().text() == "题" * 70  # type: ignore[union-attr]


def test_the_draft_api_limits_are_listed_as_warnings_that_select_their_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Within WeChat's rules for a pasted article (a 40-character title is fine there), but
    # over what File > Publish to WeChat Drafts sends: the Checks panel lists it beforehand.
    window.document.set_field(("article", "title"), "题" * 40)
    window.document.set_field(("article", "author"), "作" * 20)
    window.document.set_field(("article", "digest"), "摘" * 130)
    window.compliance.refresh()
    shown = rows(window.compliance)
    assert len(shown) == len(EXAMPLE_FIELDS) + 3
    assert shown[-3:] == [
        [
            "Warning",
            "WeChat draft: title-length",
            "the draft API takes titles of at most 32 characters (this one has 40)",
            "Article, Title",
        ],
        [
            "Warning",
            "WeChat draft: author-length",
            "WeChat takes an author of at most 16 characters (this one has 20)",
            "Article, Author shown by WeChat",
        ],
        [
            "Warning",
            "WeChat draft: digest-length",
            "WeChat takes a digest of at most 128 characters (this one has 130)",
            "Article, Digest",
        ],
    ]
    assert window.compliance_status.text() == "Checks: 14 warnings"
    assert window.compliance.summary.text() == (
        "Content: 11 warnings. WeChat: no problems. WeChat draft: 3 warnings. Click a problem"
        " to go to its field."
    )
    window.tabs.setCurrentIndex(4)
    window.compliance.list.itemActivated.emit(item_of(window.compliance, "article.digest"), 2)
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.objectName() == "article_digest"


def test_every_content_finding_of_the_example_selects_a_field(window: MainWindow) -> None:
    window.compliance.refresh()
    tabs = [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4]
    for field, tab in zip(EXAMPLE_FIELDS, tabs, strict=True):
        window.tabs.setCurrentIndex(4 if tab == 0 else 0)
        window.compliance.list.itemActivated.emit(item_of(window.compliance, field), 2)
        assert window.tabs.currentIndex() == tab, field


def test_activating_an_empty_row_selects_that_honoree_row(qtbot: QtBot, window: MainWindow) -> None:
    window.compliance.refresh()
    window.compliance.list.itemActivated.emit(item_of(window.compliance, "groups[0].people[2]"), 0)
    tab = window.form_tabs.current()
    assert isinstance(tab, RecognitionTab)
    table = tab.people_table
    assert table.selected_rows() == [2]
    assert table.view.currentIndex().row() == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)


def test_typing_the_missing_number_removes_its_row(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.compliance
    panel.refresh()
    panel.list.itemActivated.emit(item_of(panel, "background.numbers[2].value"), 0)
    tab = window.form_tabs.current()
    assert isinstance(tab, BackgroundTab)
    view = tab.numbers_table.view
    assert isinstance(view, QTableView)
    index = view.currentIndex()
    assert (index.row(), view.model().headerData(index.column(), Qt.Orientation.Horizontal)) == (
        2,
        "Value",
    )
    view.edit(index)
    [editor] = view.viewport().findChildren(QLineEdit)  # the cell's editor
    qtbot.keyClicks(editor, "12")
    with qtbot.waitSignal(panel.findings_changed, timeout=5000) as signal:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert signal.args == [10]
    assert window.document.project.background.numbers[2].value == 12
    missing = "background.numbers[2].value"
    assert fields(panel) == [f for f in EXAMPLE_FIELDS if f != missing]
    assert window.compliance_status.text() == "Checks: 10 warnings"


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
    assert panel.wechat == []
    assert [finding.field for finding in panel.content] == EXAMPLE_FIELDS
    assert window.compliance_status.text() == "Checks: 11 warnings"
