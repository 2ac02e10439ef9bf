"""The live preview: follows the document, keeps the scroll position, never runs content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.ui.preview_support import run_js, settle, shown_preview

from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.preview import preview_page
from recapdesk.ui.preview.preview import PreviewPane
from recapdesk.ui.preview.preview_page import ArticleView, ViewWindow


@pytest.fixture
def pane(qtbot: QtBot, document: ProjectDocument) -> Iterator[PreviewPane]:
    with shown_preview(qtbot, document, 700, 600) as preview:
        yield preview


def test_shows_the_article(qtbot: QtBot, pane: PreviewPane) -> None:
    text = run_js(qtbot, pane, "recapdesk.text()")
    assert "kubernetes源码研习社 一期活动总结" in text
    assert "姚沈结-爱立信-研习一期" in text


def test_follows_an_edit(qtbot: QtBot, pane: PreviewPane, document: ProjectDocument) -> None:
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        document.set_field(("groups", 0, "people", 0, "name"), "新名字")
    settle(qtbot, pane)
    cells = run_js(
        qtbot,
        pane,
        "Array.from(document.querySelector('table').querySelectorAll('td'))"
        ".map(c => c.textContent).join('|')",
    ).split("|")
    assert "新名字" in cells
    assert "金润森" not in cells


def test_undo_is_shown_too(qtbot: QtBot, pane: PreviewPane, document: ProjectDocument) -> None:
    document.set_field(("article", "title"), "Changed title")
    settle(qtbot, pane)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        document.undo_stack.undo()
    settle(qtbot, pane)
    assert run_js(qtbot, pane, "document.querySelector('h1').textContent") == (
        "kubernetes源码研习社 一期活动总结"
    )


def test_scroll_position_is_kept_across_updates(
    qtbot: QtBot, pane: PreviewPane, document: ProjectDocument
) -> None:
    run_js(qtbot, pane, "window.scrollTo(0, 1200); window.scrollY")
    for index in range(5):
        document.set_field(("testimonials", "people", 5, "body"), f"改动 {index}")
    settle(qtbot, pane)
    assert run_js(qtbot, pane, "recapdesk.scrollY()") == pytest.approx(1200)


def test_content_script_never_runs(
    qtbot: QtBot, pane: PreviewPane, document: ProjectDocument
) -> None:
    hostile = (
        '<script>document.title="pwned"</script>'
        "<img src=x onerror=\"document.title='pwned'\"> [x](javascript:alert(1))"
    )
    document.set_field(("testimonials", "people", 2, "body"), hostile)
    settle(qtbot, pane)
    text = run_js(qtbot, pane, "recapdesk.text()")
    assert '<script>document.title="pwned"</script>' in text
    assert run_js(qtbot, pane, "document.querySelectorAll('#content script').length") == 0
    assert run_js(qtbot, pane, "document.querySelectorAll('[onerror]').length") == 0
    assert run_js(qtbot, pane, "document.querySelectorAll('a[href^=javascript]').length") == 0
    assert pane.page.title() != "pwned"


def test_scroll_to_section(qtbot: QtBot, pane: PreviewPane) -> None:
    pane.scroll_to("group:committee")
    qtbot.waitUntil(lambda: run_js(qtbot, pane, "recapdesk.scrollY()") > 500, timeout=5000)


def test_markdown_source_view(qtbot: QtBot, pane: PreviewPane, document: ProjectDocument) -> None:
    pane.setCurrentWidget(pane.source)
    assert pane.source.isReadOnly()
    assert pane.source.toPlainText().startswith("# kubernetes源码研习社 一期活动总结")
    document.set_field(("article", "title"), "Renamed")
    assert pane.source.toPlainText().startswith("# Renamed")


def test_link_click_does_not_navigate(qtbot: QtBot, pane: PreviewPane) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage

    opened: list[QUrl] = []
    import recapdesk.ui.preview.preview_page as preview_module

    original = preview_module.QDesktopServices.openUrl
    preview_module.QDesktopServices.openUrl = opened.append  # type: ignore[method-assign,assignment]
    try:
        accepted = pane.page.acceptNavigationRequest(
            QUrl("https://github.com/gasxia"),
            QWebEnginePage.NavigationType.NavigationTypeLinkClicked,
            True,
        )
    finally:
        preview_module.QDesktopServices.openUrl = original  # type: ignore[method-assign]
    assert accepted is False
    assert [url.toString() for url in opened] == ["https://github.com/gasxia"]


def test_no_browser_context_menu(pane: PreviewPane) -> None:
    """Back, Reload and View Source would only confuse: the preview is not a browser."""
    from PySide6.QtCore import Qt

    assert pane.view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_a_section_that_typing_makes_appear_is_scrolled_to(
    qtbot: QtBot, pane: PreviewPane, document: ProjectDocument
) -> None:
    # The example's next phase is empty, so its tab had nothing to scroll to when opened.
    run_js(qtbot, pane, "window.scrollTo(0, 0); window.scrollY")
    document.set_field(("next_phase", "text"), "二", typing=True)
    on_screen = (
        "(() => { const s = document.querySelector('section[data-key=next_phase]');"
        " if (!s) return false; const top = s.getBoundingClientRect().top;"
        " return top >= 0 && top < window.innerHeight; })()"
    )
    qtbot.waitUntil(lambda: run_js(qtbot, pane, on_screen) is True, timeout=5000)


def test_a_scroll_asked_for_during_a_render_happens_when_it_ends(
    qtbot: QtBot, pane: PreviewPane, document: ProjectDocument
) -> None:
    run_js(qtbot, pane, "window.scrollTo(0, 0); window.scrollY")
    document.set_field(("article", "title"), "Changed title")
    assert pane._throttle.busy
    pane.scroll_to("group:committee")
    settle(qtbot, pane)
    qtbot.waitUntil(lambda: run_js(qtbot, pane, "recapdesk.scrollY()") > 500, timeout=5000)


def test_a_phone_shows_the_honorees_as_cards_as_wechat_gets_them(
    qtbot: QtBot, pane: PreviewPane
) -> None:
    run_js(qtbot, pane, "recapdesk.setMode('phone', false)")
    table = "document.querySelector('section[data-key=\"group:honorees\"] table')"
    cell = f"{table}.tBodies[0].rows[0].cells[1]"
    qtbot.waitUntil(
        lambda: (
            run_js(qtbot, pane, f"getComputedStyle({table}.tBodies[0].rows[0]).display") == "block"
        ),
        timeout=5000,
    )
    assert run_js(qtbot, pane, f"getComputedStyle({table}.tHead).display") == "none"
    assert run_js(qtbot, pane, f"{cell}.textContent") == "金润森"
    assert run_js(qtbot, pane, f"getComputedStyle({cell}, '::before').content") == '"姓名："'


PHOTO_LOADED = "(document.querySelector('#content img') || {naturalWidth: 0}).naturalWidth"


def test_the_example_shows_its_photo(qtbot: QtBot, pane: PreviewPane) -> None:
    qtbot.waitUntil(lambda: run_js(qtbot, pane, PHOTO_LOADED) == 1080, timeout=10_000)


def test_a_project_opened_by_a_relative_path_shows_its_pictures(
    qtbot: QtBot, example_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `make run` opens the bundled example as src/recapdesk/resources/examples/...: the page
    # needs the folder as an absolute file: URL to find the pictures.
    monkeypatch.chdir(example_file.parent.parent)
    document = ProjectDocument()
    document.open(Path(example_file.parent.name) / example_file.name)
    with shown_preview(qtbot, document, 700, 600) as pane:
        qtbot.waitUntil(lambda: run_js(qtbot, pane, PHOTO_LOADED) == 1080, timeout=10_000)


def test_a_view_taken_over_keeps_its_size_until_the_window_around_it_is_laid_out(
    qtbot: QtBot, document: ProjectDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each size given to the view makes Chromium lay the page out and draw it again: the
    window's frame showed the page at its final size, and the pane keeps it so while the
    window is built around it (a tab widget not yet laid out gave it 256 x 192 pixels)."""
    # As under X with software compositing (the default): the frame's view is taken over.
    monkeypatch.setattr(preview_page, "needs_own_window", lambda: False)
    frame = QWidget()
    qtbot.addWidget(frame)
    frame.resize(900, 600)
    view = ArticleView()
    ViewWindow(view, frame).setGeometry(0, 0, 700, 500)
    frame.show()
    qtbot.waitExposed(frame)
    resized: list[QSize] = []
    watch = _Resizes(resized)
    view.installEventFilter(watch)
    pane = PreviewPane(document, frame, view)
    pane.setGeometry(0, 0, 300, 200)  # the window still being laid out
    pane.show()
    qtbot.wait(50)
    assert resized == []
    assert view.size() == QSize(700, 500)
    pane.setGeometry(0, 0, 800, 560)
    pane.release_view_size()  # laid out: the view follows the pane from now on
    qtbot.waitUntil(lambda: view.width() > 780)
    assert pane.widget(0).isAncestorOf(view)
    assert view.height() > 500


class _Resizes(QObject):
    def __init__(self, sizes: list[QSize]) -> None:
        super().__init__()
        self._sizes = sizes

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(event, QResizeEvent):
            self._sizes.append(event.size())
        return False
