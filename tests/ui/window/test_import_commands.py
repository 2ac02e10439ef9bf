"""File > Import Markdown… in the UI language: the confirm box says what the import found, and
the status bar what it did, in the language of the menus; the article's own words stay as they
are written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from tests.ui.conftest import MakeWindow
from tests.ui.languages import Speak
from tests.ui.scripted import ScriptedDialogs

from recapdesk.ui.dialogs.dialogs import Dialogs

DATA = Path(__file__).parents[2] / "importers" / "data"


class RealConfirmDialogs(ScriptedDialogs):
    """The real confirm box, read and answered Cancel then Open as it shows."""

    def __init__(self, article: Path) -> None:
        super().__init__()
        self.article = article
        self.boxes: list[tuple[str, str]] = []  # (text, informative text) of each box

    def import_markdown_path(self, folder: str) -> Path | None:
        return self.article

    def confirm_import(self, name: str, summary: str, details: list[str]) -> bool:
        def answer() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            self.boxes.append((box.text(), box.informativeText()))
            button = box.findChild(QPushButton, "confirmImport")
            assert isinstance(button, QPushButton)
            button.click()

        QTimer.singleShot(0, answer)
        return Dialogs.confirm_import(self, name, summary, details)


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    article = tmp_path / "一期总结.md"
    shutil.copyfile(DATA / "seed-draft.md", article)
    return article


def _lines(dialogs: RealConfirmDialogs) -> list[str]:
    [(_text, informative)] = dialogs.boxes
    return informative.split("\n")


def test_the_confirm_box_says_what_was_found_in_chinese(
    speak: Speak, make_window: MakeWindow, seed: Path
) -> None:
    speak("zh_CN")
    dialogs = RealConfirmDialogs(seed)
    window = make_window(dialogs)
    assert window.imports.import_markdown()
    [(text, _informative)] = dialogs.boxes
    assert text == "“一期总结.md”：1 个表彰组（1 人），11 条学员感言，1 个自由章节"
    lines = _lines(dialogs)
    assert "文章开头：标题、大纲（4 项）、[toc] 目录" in lines
    assert "表彰组 “个人表彰和感言”（表格，1 人）" in lines
    assert "感言排版：列表" in lines
    assert "标题编号：中文序号（一、二、三、）" in lines
    # The figures are the article's own words, listed the Chinese way.
    assert "正文中的数字：96位、379人、xx篇、xx篇、xx篇" in lines
    assert "其中 3 个尚未确定（xx 之类的占位）：请在发布前填上" in lines
    assert not [line for line in lines if "recognition" in line or "testimonials" in line]
    status = window.statusBar().currentMessage()
    assert "1 个表彰组（1 人），11 条学员感言，1 个自由章节" in status


def test_a_warning_reads_in_chinese_around_the_address_it_names(
    speak: Speak, make_window: MakeWindow
) -> None:
    speak("zh_CN")
    dialogs = RealConfirmDialogs(DATA / "kaiyuanshe-coscon2019-summary.md")
    window = make_window(dialogs)
    assert window.imports.import_markdown()
    [(text, _informative)] = dialogs.boxes
    assert text.endswith("：0 个表彰组（0 人），5 条学员感言，3 个自由章节")
    lines = _lines(dialogs)
    video = "https://player.bilibili.com/player.html?aid=76644302&cid=131098612&page=1"
    assert f"注意：一个视频改成了链接（{video}）：微信文章只能播放其素材库中的视频" in lines
    free = "“后台数据汇报”；“亮点回顾”；“COSCon'19 大会资料大放送”；（第一个标题之前的文字）"
    assert f"保留为自由文本：{free}" in lines


def test_in_english_the_box_says_what_the_command_line_prints(
    speak: Speak, make_window: MakeWindow, seed: Path
) -> None:
    speak("en")
    dialogs = RealConfirmDialogs(seed)
    window = make_window(dialogs)
    assert window.imports.import_markdown()
    [(text, _informative)] = dialogs.boxes
    assert text == "“一期总结.md”: 1 recognition group (1 person), 11 testimonials, 1 free section"
    lines = _lines(dialogs)
    assert "head: title, outline (4 items), [toc]" in lines
    assert "recognition group “个人表彰和感言” (table, 1 person)" in lines
    assert "numbers in the text: 96位, 379人, xx篇, xx篇, xx篇" in lines
    status = window.statusBar().currentMessage()
    assert "Imported 一期总结.md: 1 recognition group (1 person)" in status
