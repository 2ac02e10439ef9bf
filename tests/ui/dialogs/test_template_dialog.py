"""File > New from Template…: the gallery lists the templates, previews the one selected,
and Create opens it as a new untitled project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow
from tests.ui.languages import Speak
from tests.ui.scripted import ScriptedDialogs

from recapdesk.i18n import EN, ZH_CN
from recapdesk.model import Language
from recapdesk.templates import TEMPLATES, load_template
from recapdesk.ui.dialogs.template_dialog import TemplateChoice, TemplateDialog
from recapdesk.ui.translations import LANGUAGE_KEY


@pytest.fixture
def dialog(qtbot: QtBot) -> TemplateDialog:
    made = TemplateDialog(Language.ZH)
    qtbot.addWidget(made)
    made.resize(made.sizeHint())
    return made


def page_text(qtbot: QtBot, dialog: TemplateDialog) -> str:
    texts: list[str] = []
    dialog.preview.page().toPlainText(texts.append)
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    return texts[0]


def test_lists_every_template_and_previews_the_first(qtbot: QtBot, dialog: TemplateDialog) -> None:
    titles = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
    assert titles == [t.title for t in TEMPLATES]
    first = load_template(TEMPLATES[0].name, Language.ZH)
    with qtbot.waitSignal(dialog.preview.loadFinished, timeout=15_000):
        dialog.show()
    assert first.article.title in page_text(qtbot, dialog)
    assert dialog.description.text() == TEMPLATES[0].description


def test_the_preview_follows_the_selection_and_the_language(
    qtbot: QtBot, dialog: TemplateDialog
) -> None:
    dialog.show()
    shown = dialog.shown_html
    meetup = load_template("meetup", Language.ZH)
    with qtbot.waitSignal(dialog.preview.loadFinished, timeout=15_000):
        dialog.templates.setCurrentRow(1)
    assert dialog.shown_html != shown
    assert meetup.article.title in page_text(qtbot, dialog)
    # In the article's theme and colour, as the preview shows it.
    assert meetup.article.primary_color in dialog.shown_html
    english = load_template("meetup", Language.EN)
    with qtbot.waitSignal(dialog.preview.loadFinished, timeout=15_000):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert english.article.title in page_text(qtbot, dialog)
    assert dialog.choice() == TemplateChoice("meetup", Language.EN)


def test_keyboard_chooses_and_enter_creates(qtbot: QtBot, dialog: TemplateDialog) -> None:
    dialog.show()
    qtbot.waitUntil(lambda: dialog.templates.hasFocus())
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.templates, Qt.Key.Key_Return)
    assert dialog.choice() == TemplateChoice("mentorship", Language.ZH)


def test_double_click_creates(qtbot: QtBot, dialog: TemplateDialog) -> None:
    dialog.show()
    item = dialog.templates.item(3)
    point: QPoint = dialog.templates.visualItemRect(item).center()
    viewport = dialog.templates.viewport()
    with qtbot.waitSignal(dialog.accepted):
        # A double click is a click, then the second press that Qt reports as the double one.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert dialog.choice().name == "hackathon"


def test_the_gallery_speaks_chinese(qtbot: QtBot, speak: Speak) -> None:
    speak("zh_CN")
    made = TemplateDialog(Language.ZH)
    qtbot.addWidget(made)
    assert made.windowTitle() == "从模板新建"
    assert made.templates.item(0).text() == "学习小组"
    assert made.create_button.text() == "创建(&C)"


def prefer(tmp_path: Path, language: str) -> None:
    """``language`` chosen in Preferences (where the windows of make_window keep settings)."""
    settings = QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def test_create_opens_the_template_as_an_untitled_project(
    make_window: MakeWindow, example_file: Path, tmp_path: Path
) -> None:
    prefer(tmp_path, EN)
    dialogs = ScriptedDialogs()
    dialogs.templates.append(TemplateChoice("translation-sprint", Language.EN))
    window = make_window(dialogs)
    assert window.files.open_file(example_file)
    window.window_actions.new_from_template.trigger()
    # The gallery opens in the article language that suits the interface (English here).
    assert dialogs.template_languages == [Language.EN]
    template = load_template("translation-sprint", Language.EN)
    assert window.document.path is None
    assert window.document.project == template
    assert window.document.project.article.title == "Envoy Docs in Spanish: A Recap"
    # Saving asks for a file name (the title suggested), never writes into the resources.
    target = tmp_path / "sprint.recap.toml"
    dialogs.save_paths.append(target)
    window.window_actions.save.trigger()
    assert dialogs.suggested[-1].endswith(".recap.toml")
    assert "Envoy" in Path(dialogs.suggested[-1]).name
    assert window.document.path == target and target.exists()


def test_cancel_keeps_the_open_project(make_window: MakeWindow, example_file: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.templates.append(None)
    window = make_window(dialogs)
    assert window.files.open_file(example_file)
    window.document.set_field(("article", "title"), "Unsaved")
    window.window_actions.new_from_template.trigger()
    assert window.document.path == example_file
    assert window.document.project.article.title == "Unsaved"
    assert dialogs.asked == ["template"]  # no question about the unsaved title: cancelled first


def test_a_chinese_interface_opens_the_gallery_in_chinese(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs()
    dialogs.templates.append(TemplateChoice("yearly-summary", Language.ZH))
    prefer(tmp_path, ZH_CN)
    window = make_window(dialogs)
    window.window_actions.new_from_template.trigger()
    assert dialogs.template_languages == [Language.ZH]
    assert window.document.project == load_template("yearly-summary", Language.ZH)
    assert window.document.path is None
