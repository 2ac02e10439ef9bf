"""The article's language is the project's, not the UI's: an English UI writes a Chinese article
and a Chinese UI an English one (headings, table headers, the references' title)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox
from tests.ui.conftest import MakeWindow
from tests.ui.languages import (
    Speak,
)

from recapdesk.compose import compose
from recapdesk.model import Person
from recapdesk.ui.window.main_window import MainWindow


def write_article(window: MainWindow, language_name: str) -> str:
    """A new project, its article language picked in the Article tab as a user does, one
    honoree and a link; the Markdown the window exports."""
    window.files.new_project()
    combo = window.form_tabs.tab(0).findChild(QComboBox, "article_language")
    assert combo is not None
    combo.setCurrentIndex(combo.findText(language_name))
    window.document.set_list(("groups", 0, "people"), [Person(name="金润森", github="gasxia")])
    window.document.set_field(("background", "text"), "See [the repo](https://github.com/x).")
    return compose(window.document.project)


def copied_html(window: MainWindow) -> str:
    window.outputs.copy_for_wechat()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    return mime.html()


@pytest.mark.parametrize("ui", ["zh_CN", "en"])
def test_a_chinese_article_in_either_ui(ui: str, speak: Speak, make_window: MakeWindow) -> None:
    speak(ui)
    window = make_window()
    markdown = write_article(window, "中文")
    assert "## 一、活动背景" in markdown
    assert "## 二、个人表彰" in markdown
    assert "| 序号 | 姓名 | 公司 | 职位 | GitHub |" in markdown
    assert "Background" not in markdown and "Name" not in markdown
    assert "引用链接" in copied_html(window)


@pytest.mark.parametrize("ui", ["zh_CN", "en"])
def test_an_english_article_in_either_ui(ui: str, speak: Speak, make_window: MakeWindow) -> None:
    speak(ui)
    window = make_window()
    markdown = write_article(window, "English")
    assert "## 一、Background" in markdown
    assert "| No. | Name | Company | Position | GitHub |" in markdown
    assert "活动背景" not in markdown and "姓名" not in markdown
    assert "References" in copied_html(window)
    # ... while the window itself keeps speaking the UI language.
    file_menu = window.menuBar().actions()[0].text()
    assert file_menu == ("文件(&F)" if ui == "zh_CN" else "&File")
