"""Copy for WeChat and Export say, in the status bar, when the Checks panel still lists
content warnings: what is not finished should not slip out unnoticed."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import MakeWindow
from tests.ui.languages import Speak
from tests.ui.scripted import ScriptedDialogs

from recapdesk.model import Project
from recapdesk.store import save
from recapdesk.ui.main_window import MainWindow


def _finished(path: Path) -> Path:
    project = Project()
    project.article.title = "二期总结"
    project.background.text = "二期读完了第六章。"
    project.next_phase.text = "三期见。"
    save(project, path)
    return path


def test_copy_for_wechat_points_to_the_checks_panel(window: MainWindow, speak: Speak) -> None:
    speak("en")  # English's plural forms, as the app loads them
    window.copy_for_wechat()
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
    assert window.open_file(_finished(tmp_path / "done.recap.toml"))
    window.copy_for_wechat()
    assert window.statusBar().currentMessage() == (
        "Copied for WeChat: paste into the 公众号 editor"
    )


def test_the_notice_reads_in_chinese(window: MainWindow, speak: Speak) -> None:
    speak("zh_CN")
    window.copy_for_wechat()
    assert window.statusBar().currentMessage() == (
        "已复制为公众号格式：请粘贴到公众号编辑器 — 尚未完成：检查面板中有 11 个警告"
    )
