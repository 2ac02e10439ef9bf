"""The page the preview starts from (ui/preview/start_page.py): a project opened again is on the
page as the last session showed it before the window is built, and only for the very same
file content."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow, delete_window
from tests.ui.scripted import ScriptedDialogs

from recapdesk.ui.preview.preview_page import WORLD
from recapdesk.ui.preview.start_page import find_start_page, save_start_page
from recapdesk.ui.safety.file_watch import content_hash
from recapdesk.ui.window.main_window import MainWindow


def _page_text(qtbot: QtBot, window: MainWindow) -> str:
    """The text the preview's page shows now."""
    assert window.article_view is not None
    page = window.article_view.sandbox()
    qtbot.waitUntil(lambda: page.shell_loaded, timeout=20000)
    answers: list[Any] = []
    script = "document.getElementById('content').innerText"
    page.runJavaScript(script, WORLD, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    return str(answers[0])


def test_a_project_opened_again_is_on_the_page_before_the_window_is_built(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path, private_app_data: Path
) -> None:
    first = make_window()
    first.files.open_file(example_file)
    first.preview.start()
    qtbot.waitUntil(lambda: find_start_page(example_file) is not None, timeout=30000)
    start = find_start_page(example_file)
    assert start is not None and start.content_hash == content_hash(example_file)
    first.close()
    delete_window(qtbot, first)

    second = MainWindow(first.settings, build=False)
    try:
        second.show()
        second.start_preview(example_file)
        # Nothing of the editor is built: the page alone shows the article, as high as the
        # preview was when it showed it (not as high as the empty frame).
        assert not second.built
        assert second.preview_placeholder.maximumHeight() == start.height > 0
        assert "kubernetes源码研习社 一期活动总结" in _page_text(qtbot, second)
        second.build(dialogs=ScriptedDialogs(), data=private_app_data)
        assert second.files.open_file(example_file)
        assert second.preview.page.started_from == (example_file.resolve(), start.content_hash)
        qtbot.waitUntil(lambda: second.preview.shown_blocks() is not None, timeout=20000)
        assert "kubernetes源码研习社 一期活动总结" in _page_text(qtbot, second)
    finally:
        second.close()
        delete_window(qtbot, second)


def test_a_page_is_only_for_the_content_it_shows(tmp_path: Path) -> None:
    project = tmp_path / "a.recap.toml"
    project.write_text("x = 1\n", encoding="utf-8")
    digest = content_hash(project)
    assert digest is not None
    assert find_start_page(project) is None
    save_start_page(project, digest, "<html><body>A</body></html>", 420)
    start = find_start_page(project)
    assert start is not None and start.height == 420  # the frame shows it as high
    assert start.file.read_text(encoding="utf-8").endswith("<html><body>A</body></html>")
    project.write_text("x = 2\n", encoding="utf-8")  # changed since: that page is not it
    assert find_start_page(project) is None
    save_start_page(project, json.dumps("other"), "<html></html>", 420)
    assert find_start_page(project) is None
    project.unlink()
    assert find_start_page(project) is None
