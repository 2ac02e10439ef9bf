"""What the Qt-free core says, as a user of the Chinese UI reads it: the content checks'
findings, the WeChat compliance panel's problems and the project-file errors of the window's
dialogs. English stays the source text (the command line's)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from tests.support import example_project
from tests.ui.conftest import MakeWindow
from tests.ui.languages import Speak
from tests.ui.scripted import ScriptedDialogs

from recapdesk.compose.checks import check_article
from recapdesk.store import ProjectFileError, load
from recapdesk.store.recovery import read_info, recovery_path
from recapdesk.ui.dialogs.recovery_dialog import RecoveryDialog


def test_content_check_findings_read_in_chinese(speak: Speak) -> None:
    speak("zh_CN")
    project = example_project()
    project.article.title = ""
    project.groups[0].people[0].github = "@gasxia"
    shown = {
        finding.field: finding.text.translated(QCoreApplication.translate)
        for finding in check_article(project)
    }
    assert shown["article.title"] == "文章没有标题"
    assert shown["background.numbers[2].value"] == "读书笔记：尚未确定（占位）"
    assert shown["groups[0].people[0].github"] == "请去掉开头的 @（'@gasxia'）"
    assert shown["groups[0].people[1]"] == "空行（占位）"
    assert shown["testimonials.people[0].body"] == "金润森：还没有感言内容"
    assert shown["next_phase.text"] == "“下期预告”章节为空，不会出现在文章中"


def test_opening_an_empty_project_file_says_so_in_chinese(
    speak: Speak, make_window: MakeWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    speak("zh_CN")
    window = make_window(dialogs)
    empty = tmp_path / "空的.recap.toml"
    empty.write_bytes(b"")
    assert not window.files.open_file(empty)
    assert dialogs.errors == [f"{empty}：文件是空的"]


def test_the_parsers_own_words_stay_inside_the_chinese_message(
    speak: Speak, make_window: MakeWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    speak("zh_CN")
    window = make_window(dialogs)
    broken = tmp_path / "phase1.recap.toml"
    broken.write_text('schema = 1\n\n[article]\ntitle = "no closing quote\n', encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        load(broken)
    parser_reason = caught.value.reason.removeprefix("not valid TOML: ")
    assert not window.files.open_file(broken)
    assert dialogs.errors == [f"{broken}：第 4 行：不是有效的 TOML：{parser_reason}"]


def test_a_failed_autosave_says_why_in_chinese(
    speak: Speak,
    make_window: MakeWindow,
    example_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    speak("zh_CN")
    window = make_window()
    assert window.files.open_file(example_file)
    window.document.set_field(("article", "title"), "磁盘已满")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    assert window.autosave.write_now() is None
    # The system's words stay as they are: only recapdesk's are translated.
    reason = f"{window.autosave.path}：无法写入：{os.strerror(errno.ENOSPC)}"
    assert window.statusBar().currentMessage() == f"自动保存失败：{reason}"


def test_the_restore_offer_says_in_chinese_why_a_recovery_file_is_unreadable(
    speak: Speak, qtbot: QtBot, tmp_path: Path
) -> None:
    speak("zh_CN")
    path = recovery_path(tmp_path, "cut")
    path.write_bytes(b"schema = 1\n")
    dialog = RecoveryDialog(read_info(path))
    qtbot.addWidget(dialog)
    problem = dialog.findChild(QLabel, "recoveryProblem")
    assert problem is not None
    assert problem.text() == f"{path}：不是恢复文件：其中没有 [recovery] 表"


def test_a_name_too_long_to_show_is_said_in_chinese(speak: Speak) -> None:
    speak("zh_CN")
    project = example_project()
    project.groups[0].people[0].name = "名" * 2000
    shown = {
        finding.field: finding.text.translated(QCoreApplication.translate)
        for finding in check_article(project)
    }
    assert shown["groups[0].people[0].name"] == "2000 个字符：名字远超可显示的长度，最多 40 个"
