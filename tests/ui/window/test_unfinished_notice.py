"""Copy for WeChat and Export say, in the status bar, when the Checks panel still lists
content warnings: what is not finished should not slip out unnoticed."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ui.conftest import MakeWindow
from tests.ui.languages import Speak
from tests.ui.scripted import ScriptedDialogs

from recapdesk.model import Project
from recapdesk.store import save
from recapdesk.ui.window import unfinished_notice
from recapdesk.ui.window.main_window import MainWindow


def _finished(path: Path) -> Path:
    project = Project()
    project.article.title = "二期总结"
    project.background.text = "二期读完了第六章。"
    project.next_phase.text = "三期见。"
    save(project, path)
    return path


def test_copy_for_wechat_points_to_the_checks_panel(window: MainWindow, speak: Speak) -> None:
    speak("en")  # English's plural forms, as the app loads them
    window.outputs.copy_for_wechat()
    message = window.statusBar().currentMessage()
    assert message.startswith("Copied for WeChat")
    assert "not finished: 11 warnings in the Checks panel" in message


def test_export_points_to_the_checks_panel(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialogs.save_paths.append(tmp_path / "a.md")
    window.window_actions.export_markdown.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported ")
    assert "in the Checks panel" in message


def test_a_finished_article_copies_without_a_word_about_checks(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    assert window.files.open_file(_finished(tmp_path / "done.recap.toml"))
    window.outputs.copy_for_wechat()
    assert window.statusBar().currentMessage() == (
        "Copied for WeChat: paste into the 公众号 editor"
    )


def test_the_notice_reads_in_chinese(window: MainWindow, speak: Speak) -> None:
    speak("zh_CN")
    window.outputs.copy_for_wechat()
    assert window.statusBar().currentMessage() == (
        "已复制为公众号格式：请粘贴到公众号编辑器 — 尚未完成：检查面板中有 11 个警告"
    )


def test_the_count_follows_an_edit_made_just_before_the_copy(
    window: MainWindow, speak: Speak
) -> None:
    speak("en")
    window.compliance.refresh()
    assert window.compliance.current
    window.document.set_field(("next_phase", "text"), "二期报名中")  # two warnings fewer
    assert not window.compliance.current  # its check waits for a pause in typing
    window.outputs.copy_for_wechat()
    assert "not finished: 9 warnings in the Checks panel" in window.statusBar().currentMessage()


def test_current_findings_are_not_checked_again(
    window: MainWindow, speak: Speak, monkeypatch: pytest.MonkeyPatch
) -> None:
    speak("en")
    window.compliance.refresh()

    def check_again(_project: object) -> None:
        raise AssertionError("checked again: 100 ms on a large project")

    monkeypatch.setattr(unfinished_notice, "check_article", check_again)
    window.outputs.copy_for_wechat()
    assert "not finished: 11 warnings" in window.statusBar().currentMessage()
