"""The start-up view (ui/window/start_view.py): a project opened again shows the article and the
checks the last session showed for the very same file at once, and nothing remembered for
a file that changed since."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow, delete_window

from recapdesk.ui.safety.file_watch import content_hash
from recapdesk.ui.window.main_window import MainWindow
from recapdesk.ui.window.start_view import StartView, _entry, load_view, save_view


def _shown_and_checked(qtbot: QtBot, window: MainWindow) -> list[tuple[str, str]]:
    """The preview's blocks, once the window shows and has checked its project."""
    window.preview.start()
    shown: list[list[tuple[str, str]]] = []

    def ready() -> bool:
        blocks = window.preview.shown_blocks()
        if blocks and window.compliance.current:
            shown.append(blocks)
            return True
        return False

    qtbot.waitUntil(ready, timeout=20000)
    return shown[0]


def test_a_project_opened_again_shows_its_article_and_checks_before_any_render(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    first = make_window()
    first.files.open_file(example_file)
    blocks = _shown_and_checked(qtbot, first)
    findings = first.compliance.findings
    qtbot.waitUntil(lambda: load_view(example_file, content_hash(example_file) or "") is not None)
    remembered = load_view(example_file, content_hash(example_file) or "")
    assert remembered is not None
    assert remembered.blocks == blocks
    assert any("kubernetes源码研习社" in html for _key, html in remembered.blocks)
    first.close()
    delete_window(qtbot, first)

    second = make_window()
    second.files.open_file(example_file)
    # Before the event loop turns once: no render and no check has run in this window yet.
    assert second.compliance.checked
    assert second.compliance.findings == findings
    assert second.compliance.list.topLevelItemCount() == len(findings) > 0
    # The real render finds what the page shows already: the same blocks.
    assert _shown_and_checked(qtbot, second) == blocks


def test_a_file_changed_since_is_rendered_and_checked_anew(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    window = make_window()
    window.files.open_file(example_file)
    _shown_and_checked(qtbot, window)
    qtbot.waitUntil(lambda: load_view(example_file, content_hash(example_file) or "") is not None)
    window.close()
    delete_window(qtbot, window)
    text = example_file.read_text(encoding="utf-8")
    example_file.write_text(text.replace("一期活动总结", "一期活动回顾"), encoding="utf-8")
    assert load_view(example_file, content_hash(example_file) or "") is None

    again = make_window()
    again.files.open_file(example_file)
    assert not again.compliance.checked  # nothing listed from another version of the file
    blocks = _shown_and_checked(qtbot, again)
    assert any("一期活动回顾" in html for _key, html in blocks)


def test_a_damaged_or_unwritable_cache_is_no_cache(tmp_path: Path) -> None:
    project = tmp_path / "a.recap.toml"
    project.write_text("x", encoding="utf-8")
    save_view(project, "abc", StartView([("head", "<h1>A</h1>")], None))
    assert load_view(project, "abc") == StartView([("head", "<h1>A</h1>")], None)
    assert load_view(project, "other") is None
    _entry(project).write_bytes(b"not a view")
    assert load_view(project, "abc") is None
