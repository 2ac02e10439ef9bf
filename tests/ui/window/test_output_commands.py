"""The window's exports and copies: they come from the project's pipeline, whose caches the
preview fills, so they follow every edit exactly as the preview does, and they are what
``recapdesk render`` writes for the same project file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from tests.support import run_cli
from tests.ui.scripted import ScriptedDialogs

from recapdesk.model.project import Language
from recapdesk.ui.window.main_window import MainWindow

BOOK = "https://example.org/book"


def copied_html(window: MainWindow) -> str:
    window.outputs.copy_for_wechat()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    return mime.html()


def test_the_copy_follows_each_edit_after_the_preview_rendered(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.preview.start()
    qtbot.waitUntil(lambda: window.preview.ready, timeout=20000)
    qtbot.waitUntil(lambda: not window.preview._throttle.busy)  # every section composed
    first = window.document.project.groups[0].people[0].name
    before = copied_html(window).count(first)
    assert before

    window.document.set_field(("groups", 0, "people", 0, "name"), "周新名")
    html = copied_html(window)
    assert "周新名" in html
    assert html.count(first) == before - 1  # the table's cell; the testimonials keep theirs

    window.document.set_field(("testimonials", "people", 0, "body"), "新写的感言")
    assert "新写的感言" in copied_html(window)

    assert ">公司职位：</span>" in copied_html(window)  # a card per person: labelled lines
    window.document.set_field(("article", "language"), Language.EN)
    html = copied_html(window)  # the table's headings are the article language's words
    assert ">公司职位：</span>" not in html
    assert ">Company and position: </span>" in html

    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    html = copied_html(window)
    assert "新写的感言" not in html
    assert "周新名" in html


def test_the_copy_s_plain_text_keeps_the_links(window: MainWindow) -> None:
    window.outputs.copy_for_wechat()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    text = mime.text()
    assert "[1]" in text
    assert "\n引用链接\n\n[1] " in text
    assert "https://github.com/" in text.rpartition("引用链接")[2]


def _cross_section_links_and_footnotes(window: MainWindow) -> None:
    """A link defined in Background and used in a testimonial; a footnote in two sections."""
    document = window.document
    document.set_field(
        ("background", "text"), f"Read the book[^1].\n\n[b]: {BOOK}\n\n[^1]: Chapter one."
    )
    document.set_field(("testimonials", "people", 0, "body"), "I liked [the book][b][^1].")


def test_export_html_writes_the_page_that_render_to_html_writes(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _cross_section_links_and_footnotes(window)
    project_file = tmp_path / "saved.recap.toml"
    window.document.save_to(project_file)
    dialogs.save_paths.append(tmp_path / "window.html")
    window.outputs.export_html()

    exported = (tmp_path / "window.html").read_text(encoding="utf-8")
    rendered = run_cli("render", project_file, "--to", "html")
    assert rendered.returncode == 0, rendered.stderr
    assert exported == rendered.stdout
    assert f'<a href="{BOOK}">the book</a>' in exported  # resolved across sections
    assert exported.count('id="fn:1"') == 1  # one footnote list for both sections


def test_the_wechat_copy_resolves_a_link_defined_in_another_section(
    window: MainWindow, tmp_path: Path
) -> None:
    _cross_section_links_and_footnotes(window)
    html = copied_html(window)
    assert "[the book][b]" not in html
    assert BOOK in html  # WeChat refuses the link: it becomes a numbered reference
    project_file = tmp_path / "saved.recap.toml"
    window.document.save_to(project_file)
    rendered = run_cli("render", project_file, "--to", "wechat")
    assert rendered.returncode == 0, rendered.stderr
    assert BOOK in rendered.stdout and "[the book][b]" not in rendered.stdout
