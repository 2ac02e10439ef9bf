"""Hostile and broken input in the real window.

Broken files (cut off, not UTF-8, wrong types, a newer schema, 50 MB, binary) end in one clear
message; the window keeps its project and stays usable; the file is not touched. Text with
script, ``javascript:`` links, event attributes or 100,000 characters is shown literally and
never runs. Link URLs with other schemes than http(s) and mailto are refused at the field. A
paste of 5,000 spreadsheet rows is one change, one table reset and one autosave.

(store/test_broken_files.py checks the loader's messages for these files; here the window.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from tests.ui.scripted import ScriptedDialogs

from recapdesk.store.recovery import read_recovery
from recapdesk.ui.dialogs.dialogs import UnsavedChoice
from recapdesk.ui.forms.tabs.background_tab import BackgroundTab
from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab
from recapdesk.ui.preview.preview import WORLD
from recapdesk.ui.window.main_window import MainWindow

TITLE = "kubernetes源码研习社 一期活动总结"


# -- broken files -----------------------------------------------------------------------


def _fifty_megabytes(path: Path) -> None:
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.write(b'schema = 1\n[article]\ntitle = "')
        handle.truncate(50 * 1024 * 1024)


def _truncated(example: bytes) -> Callable[[Path], None]:
    # Cut inside the lead's multi-line string, as a full disk or a bad copy would.
    return lambda path: path.write_bytes(example[: example.index("引用下".encode()) + 3])


def _write(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content)


def broken_files(example: bytes) -> dict[str, tuple[Callable[[Path], None], str]]:
    """Each case: how to make the file, and words the message must contain."""
    return {
        "broken-toml": (_write(b'schema = 1\n[article\ntitle = "x"\n'), "not valid TOML"),
        "truncated": (_truncated(example), "not valid TOML"),
        "not-utf8": (_write('schema = 1\n[article]\ntitle = "总结"\n'.encode("gbk")), "UTF-8"),
        "wrong-type": (_write(b'schema = 1\n[honorees]\nprivacy = "yes"\n'), "boolean"),
        "future-schema": (_write(b"schema = 7\n"), "newer recapdesk"),
        "50-mb": (_fifty_megabytes, "at most 8 MB"),
        "binary": (_write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100), "binary"),
    }


CASES = sorted(broken_files(b"").keys())


def fingerprint(path: Path) -> tuple[int, int, str]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", CASES)
def test_a_broken_file_gets_a_clear_message_and_nothing_is_lost(
    window: MainWindow,
    dialogs: ScriptedDialogs,
    example_file: Path,
    tmp_path: Path,
    case: str,
) -> None:
    make, reason = broken_files(example_file.read_bytes())[case]
    bad = tmp_path / f"{case}.recap.toml"
    make(bad)
    before = fingerprint(bad)
    window.document.set_field(("article", "title"), "Unsaved work")
    dialogs.unsaved.append(UnsavedChoice.SAVE)
    dialogs.open_paths.append(bad)

    window.window_actions.open.trigger()  # File > Open…, as the user does
    [message] = dialogs.errors
    assert message.startswith(f"{bad}: ") and reason in message
    assert "Traceback" not in message
    assert fingerprint(bad) == before
    assert window.document.path == example_file  # the window keeps its project
    assert window.windowTitle().startswith(example_file.name)
    assert window.document.project.article.title == "Unsaved work"
    # Still usable: edits, undo and saving work as before.
    window.document.set_field(("article", "title"), "After the broken file")
    window.document.undo_stack.undo()
    assert window.document.project.article.title == "Unsaved work"
    assert window.files.save()
    assert fingerprint(bad) == before


# -- hostile text in the preview --------------------------------------------------------


def run_js(qtbot: QtBot, window: MainWindow, code: str) -> Any:
    results: list[Any] = []
    window.preview.page.runJavaScript(code, WORLD, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    return results[0]


@pytest.fixture
def shown(qtbot: QtBot, window: MainWindow) -> Iterator[MainWindow]:
    window.show()
    with qtbot.waitSignal(window.preview.rendered, timeout=20000):
        window.preview.start()
    yield window


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.preview._throttle.busy, timeout=10000)
    with qtbot.waitSignal(window.preview.rendered, timeout=10000):
        window.preview.request_update()


SCRIPT_TITLE = '<script>document.title="pwned by the title"</script>'
IMG_NAME = "<img src=x onerror=\"document.title='pwned by a name'\">"
BODY = (
    "<a href=\"javascript:document.title='pwned by a link'\">click</a> "
    "[md link](javascript:alert(1)) <div onmouseover=\"document.title='pwned'\">hover</div>"
    ' <svg onload="document.title=1"></svg> [vb](vbscript:msgbox) ![i](javascript:x)'
)
LONG = "长" * 100_000 + "<script>END</script>"


def test_hostile_text_is_shown_literally_and_never_runs(qtbot: QtBot, shown: MainWindow) -> None:
    window = shown
    title = window.findChild(QLineEdit, "article_title")
    assert title is not None
    title.selectAll()
    qtbot.keyClicks(title, SCRIPT_TITLE)  # typed, key by key
    document = window.document
    document.set_field(("groups", 0, "people", 0, "name"), IMG_NAME)
    document.set_field(("testimonials", "people", 0, "body"), BODY)
    document.set_field(("testimonials", "people", 1, "body"), LONG)
    settle(qtbot, window)

    text = run_js(qtbot, window, "recapdesk.text()")
    assert SCRIPT_TITLE in text
    assert IMG_NAME in text
    assert "<a href=\"javascript:document.title='pwned by a link'\">click</a>" in text
    assert "<div onmouseover=" in text
    assert "长" * 100_000 + "<script>END</script>" in text  # all of it, literally
    assert run_js(qtbot, window, "document.querySelectorAll('#content script').length") == 0
    assert (
        run_js(
            qtbot, window, "document.querySelectorAll('#content svg, #content img[src=x]').length"
        )
        == 0
    )
    handlers = (
        "Array.from(document.querySelectorAll('#content *')).filter(e => "
        "Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length"
    )
    assert run_js(qtbot, window, handlers) == 0
    links = "Array.from(document.querySelectorAll('#content [href], #content [src]'))"
    schemes = run_js(
        qtbot,
        window,
        f"{links}.map(e => (e.getAttribute('href') || e.getAttribute('src')).split(':')[0])",
    )
    assert set(schemes) <= {"https", "http", "mailto"}, schemes
    assert "pwned" not in window.preview.page.title()
    assert "pwned" not in run_js(qtbot, window, "document.title")


def test_a_100000_character_field_survives_editing(qtbot: QtBot, window: MainWindow) -> None:
    """A line edit keeps only 32,767 characters unless told otherwise: the first keystroke
    would silently cut the rest of the value."""
    long_title = "题" * 100_000
    window.document.set_field(("article", "title"), long_title)
    title = window.findChild(QLineEdit, "article_title")
    assert title is not None and len(title.text()) == 100_000
    title.end(False)
    qtbot.keyClicks(title, "!")
    assert window.document.project.article.title == long_title + "!"


def test_a_long_table_cell_survives_editing(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.form_tabs.tab(2)
    assert isinstance(tab, RecognitionTab)
    long_name = "名" * 40_000
    window.document.set_field(("groups", 0, "people", 0, "name"), long_name)
    window.show()
    window.form_tabs.show(2)
    view = tab.people_table.view
    index = view.model().index(0, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    [editor] = view.viewport().findChildren(QLineEdit)  # the cell's editor
    assert len(editor.text()) == 40_000
    editor.end(False)
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits in the next event-loop turn
    qtbot.waitUntil(lambda: not view.viewport().findChildren(QLineEdit))
    assert window.document.project.groups[0].people[0].name == long_name + "x"


# -- URLs at the field ----------------------------------------------------------------------

REFUSED = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "vbscript:msgbox(1)",
]
ACCEPTED = ["https://cloudnative.to/", "http://example.com/a?b=c", "mailto:sig@cloudnative.to"]


@pytest.mark.parametrize("url", REFUSED)
def test_a_dangerous_link_is_refused_at_the_field_with_its_reason(
    window: MainWindow, url: str
) -> None:
    tab = window.form_tabs.tab(1)
    assert isinstance(tab, BackgroundTab)
    model, refused = tab.links_table.model, tab.links_table.refused
    old = window.document.project.background.links[0].url
    assert not model.setData(model.index(0, 1), url)
    assert window.document.project.background.links[0].url == old
    assert refused.isVisibleTo(tab)
    assert "links are refused: only http://, https:// and mailto: links" in refused.text()
    assert refused.accessibleName()
    # The next accepted edit clears the message.
    assert model.setData(model.index(0, 0), "Another label")
    assert not refused.isVisibleTo(tab)


@pytest.mark.parametrize("url", ACCEPTED)
def test_http_and_mailto_links_are_accepted(window: MainWindow, url: str) -> None:
    tab = window.form_tabs.tab(1)
    assert isinstance(tab, BackgroundTab)
    model = tab.links_table.model
    assert model.setData(model.index(0, 1), url)
    assert window.document.project.background.links[0].url == url
    assert not tab.links_table.refused.isVisibleTo(tab)


def test_a_pasted_dangerous_link_is_refused_too(window: MainWindow) -> None:
    tab = window.form_tabs.tab(1)
    assert isinstance(tab, BackgroundTab)
    editor = tab.links_table
    count = editor.model.rowCount()
    QGuiApplication.clipboard().setText("Safe\thttps://cloudnative.to\nEvil\tjavascript:alert(1)\n")
    editor.paste_button.click()
    links = window.document.project.background.links
    assert [(link.label, link.url) for link in links[count:]] == [
        ("Safe", "https://cloudnative.to"),
        ("Evil", ""),
    ]
    assert "“javascript:” links are refused" in editor.refused.text()


# -- a big paste --------------------------------------------------------------------------


# Slow only because of the WeChat compliance panel, which re-checks the whole article after
# the paste in about six minutes (render/compliance.py, _nesting_hits is quadratic in the
# size of the table); the paste and the autosave take under a second.
@pytest.mark.slow
def test_pasting_5000_rows_is_one_change_one_reset_and_one_autosave(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Responsiveness without a stopwatch: the paste costs one model change, one table
    reset, one selection range and one recovery write, not 5,000 of any of them (a per-row
    signal or undo step is what makes a paste of this size freeze the window)."""
    tab = window.form_tabs.tab(2)
    assert isinstance(tab, RecognitionTab)
    editor = tab.people_table
    before = editor.model.rowCount()
    rows = "\n".join(f"姓名{n}\t公司{n}\t职位{n}\tid-{n}" for n in range(5000))
    QGuiApplication.clipboard().setText(rows)
    changes: list[object] = []
    resets: list[bool] = []
    inserted: list[object] = []
    window.document.changed.connect(changes.append)
    editor.model.modelReset.connect(lambda: resets.append(True))
    editor.model.rowsInserted.connect(lambda *args: inserted.append(args))
    window.autosave.idle_ms = 50
    steps = window.document.undo_stack.count()
    with qtbot.waitSignal(window.autosave.written, timeout=10000) as written:
        editor.paste_button.click()
    assert editor.model.rowCount() == before + 5000
    assert len(changes) == 1 and len(resets) == 1 and inserted == []
    assert window.document.undo_stack.count() == steps + 1
    assert editor.view.selectionModel().selection().count() == 1
    assert len(editor.selected_rows()) == 5000
    _info, project = read_recovery(written.args[0])
    assert project.groups[0].people[before + 4999].github == "id-4999"
