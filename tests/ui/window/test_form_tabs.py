"""The form tabs (ui/window/form_tabs.py): a window builds its Article tab; each other tab is
built when first needed, and then shows and does exactly what it would have, built at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.github_stub import png
from tests.ui.conftest import MakeWindow, visit_every_tab
from tests.ui.probes import run_probe
from tests.ui.scripted import ScriptedDialogs

from recapdesk.ui.forms.tabs.photos_tab import PhotosTab
from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab
from recapdesk.ui.window.form_tabs import FormTab
from recapdesk.ui.window.main_window import MainWindow

LATER = [tab for tab in FormTab if tab is not FormTab.ARTICLE]


def shown(tab: QWidget) -> list[tuple[Any, ...]]:
    """What ``tab`` shows: every named widget's kind, state and content, rows of tables
    and lists included."""
    seen: list[tuple[Any, ...]] = []
    for widget in tab.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_"):
            continue
        state: list[Any] = [type(widget).__name__, name]
        state += [widget.isEnabled(), widget.isVisibleTo(tab), widget.toolTip()]
        if isinstance(widget, QLineEdit):
            state += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit):
            state += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QAbstractButton):
            state += [widget.text(), widget.isChecked()]
        elif isinstance(widget, QComboBox):
            state += [widget.currentIndex(), widget.currentText()]
        elif isinstance(widget, QLabel | QAbstractSpinBox):
            state += [widget.text()]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            columns = range(model.columnCount(top) if isinstance(widget, QTableView) else 1)
            state += [
                tuple(
                    tuple(model.index(row, column).data() for column in columns)
                    for row in range(model.rowCount(top))
                )
            ]
        seen.append(tuple(state))
    return sorted(seen, key=repr)


def test_a_window_builds_only_the_tab_it_shows(window: MainWindow) -> None:
    assert window.form_tabs.is_built(FormTab.ARTICLE)
    assert [window.form_tabs.is_built(tab) for tab in LATER] == [False] * len(LATER)
    assert window.tabs.count() == len(FormTab)
    assert window.tabs.tabText(FormTab.PHOTOS) == "Photos"  # every title is there from the start


@pytest.mark.parametrize("later", LATER, ids=[tab.name for tab in LATER])
def test_a_tab_built_after_the_project_opened_shows_it_as_one_built_before(
    later: FormTab, make_window: MakeWindow
) -> None:
    at_once = visit_every_tab(make_window())
    at_once.files.open_example()
    when_shown = make_window()
    when_shown.files.open_example()
    assert not when_shown.form_tabs.is_built(later)
    when_shown.tabs.setCurrentIndex(later)  # the user clicks the tab
    assert when_shown.form_tabs.is_built(later)
    expected = shown(at_once.form_tabs.tab(later))
    assert len(expected) > 5
    assert shown(when_shown.form_tabs.tab(later)) == expected


def test_each_tab_edits_the_sections_the_window_knows_it_by(window: MainWindow) -> None:
    for tab in FormTab:
        built = window.form_tabs.tab(tab)
        for key in getattr(built, "section_keys", ()):
            assert window.form_tabs.index_of_key(key) == tab, key


def test_clicking_a_tab_builds_it_on_screen_and_its_fields_edit_the_project(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.tabs.tabBar().setCurrentIndex(FormTab.NEXT_PHASE)
    tab = window.form_tabs.current()
    field = tab.findChild(QLineEdit, "next_phase_heading")
    assert field is not None and field.isVisible()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Next up")
    assert window.document.project.next_phase.heading == "Next up"
    assert window.form_tabs.current() is tab  # built once
    window.tabs.setCurrentIndex(FormTab.ARTICLE)
    window.tabs.setCurrentIndex(FormTab.NEXT_PHASE)
    assert window.form_tabs.current() is tab


def test_a_finding_in_a_tab_not_yet_built_builds_that_tab_only(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show()
    assert window.select_field("testimonials.people[0].body")
    assert window.tabs.currentIndex() == FormTab.TESTIMONIALS
    built = [tab for tab in LATER if window.form_tabs.is_built(tab)]
    assert built == [FormTab.TESTIMONIALS]
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    body = window.document.project.testimonials.people[0].body
    assert QApplication.focusWidget().toPlainText() == body  # type: ignore[union-attr]


def test_undo_reaches_a_tab_built_after_the_edit(window: MainWindow) -> None:
    window.document.set_field(("background", "heading"), "缘起")
    tab = window.form_tabs.show(FormTab.BACKGROUND)
    heading = tab.findChild(QLineEdit, "background_heading")
    assert heading is not None and heading.text() == "缘起"
    window.window_actions.undo.trigger()
    assert heading.text() == window.document.project.background.heading != "缘起"


def test_a_started_window_has_not_loaded_the_other_tabs_modules() -> None:
    """What start-up skips: the other tabs' modules load with their tab."""
    probe = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from recapdesk.ui.window.main_window import MainWindow\n"
        "folder = Path(tempfile.mkdtemp())\n"
        "settings = QSettings(str(folder / 'settings.ini'), QSettings.Format.IniFormat)\n"
        "window = MainWindow(settings, data=folder)\n"
        "window.files.open_example()\n"
        "window.show(); app.processEvents()\n"
        "tabs = [m for m in sys.modules if m.startswith('recapdesk.ui.forms.tabs.')]\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in tabs if m.endswith('_tab')))\n"
        "window.tabs.setCurrentIndex(2)\n"
        "print('recapdesk.ui.forms.tabs.recognition_tab' in sys.modules)\n"
        "window.document.undo_stack.setClean(); window.close()\n"
    )
    assert run_probe(probe).stdout.splitlines() == ["['article_tab']", "True"]


def test_a_recognition_tab_built_late_uses_the_windows_photo_dialog_and_cleanup(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(png("#123456"))
    monkeypatch.setattr(window.dialogs, "photo_path", lambda _folder: picture)
    tab = window.form_tabs.show(FormTab.RECOGNITION)
    assert isinstance(tab, RecognitionTab)
    assert tab.avatars.choose_picture == window.dialogs.photo_path  # not a dialog of its own
    tab.people_table.select_rows(0, 1)
    qtbot.mouseClick(tab.avatars.choose_button, Qt.MouseButton.LeftButton)
    photo = window.document.project.groups[0].people[0].photo
    assert photo.endswith(".png")
    dialogs.cleanup = [False]
    qtbot.mouseClick(tab.avatars.remove_button, Qt.MouseButton.LeftButton)
    assert window.document.project.groups[0].people[0].photo == ""
    assert dialogs.asked[-1] == "cleanup"  # the window's offer: the file is used nowhere now


def test_the_add_button_of_a_photos_tab_built_late_adds_to_the_photos_section(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = tmp_path / "poster.png"
    picture.write_bytes(png("#654321"))
    chosen = ([str(picture)], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: chosen)
    tab = window.form_tabs.show(FormTab.PHOTOS)
    assert isinstance(tab, PhotosTab)
    before = len(window.document.project.photos.pictures)
    tab.add_button.click()
    window.pictures.wait()
    assert len(window.document.project.photos.pictures) == before + 1
