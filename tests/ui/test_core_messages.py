"""What the Qt-free core says, as a user of the Chinese UI reads it: the content checks'
findings, the WeChat compliance panel's problems and the project-file errors of the window's
dialogs. English stays the source text (the command line's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from tests.support import example_project
from tests.ui.languages import Speak

from recapdesk.model.checks import check_project


def test_content_check_findings_read_in_chinese(speak: Speak) -> None:
    speak("zh_CN")
    project = example_project()
    project.article.title = ""
    project.honorees.people[0].github = "@gasxia"
    shown = {
        finding.field: finding.text.translated(QCoreApplication.translate)
        for finding in check_project(project)
    }
    assert shown["article.title"] == "文章没有标题"
    assert shown["background.numbers[2].value"] == "读书笔记：尚未确定（占位）"
    assert shown["honorees.people[0].github"] == "请去掉开头的 @（'@gasxia'）"
    assert shown["honorees.people[1]"] == "空行（占位）"
    assert shown["testimonials.people[0].body"] == "金润森：还没有感言内容"
    assert shown["next_phase.text"] == "“下期预告”章节为空，不会出现在文章中"
