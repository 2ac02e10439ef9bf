"""Chinese and English UI: every text of the UI has a finished Simplified Chinese translation
that keeps its placeholders and mnemonic, the window and its dialogs show no English in Chinese,
and a start in either language shows that language's menus."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow, visit_every_tab
from tests.ui.languages import (
    TRANSLATIONS,
    Message,
    Speak,
    extract_messages,
    mnemonic,
    read_ts,
)

from recapdesk.importers.mapping import FIELDS, Target
from recapdesk.importers.rows import Sheet
from recapdesk.settings import Settings, storage_key
from recapdesk.store.recovery import RecoveryInfo
from recapdesk.ui.dialogs.crash_dialog import CrashDialog, CrashReport
from recapdesk.ui.dialogs.help_dialogs import AboutDialog, ShortcutsDialog, shortcut_groups
from recapdesk.ui.dialogs.import_rows_dialog import Destination, ImportRowsDialog
from recapdesk.ui.dialogs.preferences import PreferencesDialog
from recapdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from recapdesk.ui.translations import LANGUAGE_KEY, load_translators, stale_translations
from recapdesk.ui.window.main_window import MainWindow

ZH_TS = TRANSLATIONS / "recapdesk_zh_CN.ts"
EN_TS = TRANSLATIONS / "recapdesk_en.ts"
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Message]:
    return extract_messages(tmp_path_factory.mktemp("lupdate"))


# -- the translation files ---------------------------------------------------------------------


def test_every_text_in_the_sources_has_a_finished_chinese_translation(
    extracted: dict[tuple[str, str], Message],
) -> None:
    committed = read_ts(ZH_TS)
    missing = [key for key in extracted if key not in committed]
    unfinished = [key for key in extracted if key in committed and not committed[key].finished]
    assert not missing, f"not in {ZH_TS.name} (run `make update-translations`): {missing}"
    assert not unfinished, f"not translated in {ZH_TS.name}: {unfinished}"


def test_the_committed_translation_has_nothing_the_sources_no_longer_say(
    extracted: dict[tuple[str, str], Message],
) -> None:
    stale = [key for key in read_ts(ZH_TS) if key not in extracted]
    assert not stale, f"run `make update-translations` to drop: {stale}"


def test_translations_keep_placeholders_mnemonics_and_ellipses() -> None:
    problems = []
    for message in read_ts(ZH_TS).values():
        for text in message.translations:
            where = f"{message.context}: {message.source!r} -> {text!r}"
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(message.source)):
                problems.append(f"placeholders differ: {where}")
            if mnemonic(text) != mnemonic(message.source):
                problems.append(f"mnemonic differs: {where}")
            if message.source.endswith("…") != text.endswith("…"):
                problems.append(f"ellipsis differs: {where}")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_read_naturally(speak: Speak) -> None:
    plurals = [m for m in read_ts(EN_TS).values() if m.numerus]
    assert plurals and all(m.finished and len(m.translations) == 2 for m in plurals)
    speak("en")
    assert QCoreApplication.translate("RecordTableEditor", "Paste %n row(s)", "", 1) == (
        "Paste 1 row"
    )
    assert QCoreApplication.translate("RecordTableEditor", "Paste %n row(s)", "", 3) == (
        "Paste 3 rows"
    )
    assert QCoreApplication.translate("TestimonialPeopleEditor", "Delete %n person(s)", "", 2) == (
        "Delete 2 people"
    )


def test_the_compiled_chinese_translation_gives_every_committed_text(
    speak: Speak,
) -> None:
    speak("zh_CN")
    wrong = [
        (m.context, m.source)
        for m in read_ts(ZH_TS).values()
        if not m.numerus and QCoreApplication.translate(m.context, m.source) != m.translations[0]
    ]
    assert not wrong


def test_the_build_output_is_reported_when_missing_or_older(tmp_path: Path) -> None:
    (tmp_path / "recapdesk_zh_CN.ts").write_text("<TS/>", encoding="utf-8")
    assert stale_translations(tmp_path) == [f"{tmp_path / 'recapdesk_zh_CN.qm'} is missing"]


def test_qt_translates_its_standard_dialogs_too(compiled_translations: Path) -> None:
    names = {t.language() for t in load_translators("zh_CN", compiled_translations)}
    assert names == {"zh_CN"}
    assert len(load_translators("zh_CN", compiled_translations)) >= 2  # recapdesk's and qtbase


# -- what the user sees ------------------------------------------------------------------------

# Words that stay as they are in a Chinese UI: names, formats, units and key names.
KEPT = {
    "recapdesk", "GitHub", "Markdown", "HTML", "URL", "URLs", "TOML", "CSV", "TSV", "XLSX",
    "Qt", "PySide6", "px", "Kubernetes", "https", "http", "mailto", "toc", "English", "Ctrl",
    "Shift", "Alt", "Del", "Delete", "Ins", "Esc", "PgUp", "PgDown", "Home", "End", "Backspace",
    "Up", "Down",
    "Tab", "Return", "Enter", "Space", "MIT", "LGPL", "recap", "md", "markdown", "txt", "xlsx",
    "csv", "tsv", "bold", "text", "list", "items",
    # WeChat's own names of an account's keys (its Chinese backend writes 开发者ID(AppID)), the
    # picture formats of a cover, and recapdesk's environment variables for them.
    "ID", "AppID", "AppSecret", "JPEG", "PNG", "GIF", "BMP", "MB", "RECAPDESK", "WECHAT", "APPID",
    "APPSECRET", "API", "BASE",
    # File > Export: a format it writes, named so in Chinese too (PDF 文档).
    "PDF",
}  # fmt: skip
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# Labels that show data (an error message, file names, a project's title), not UI text.
DATA_LABELS = {
    "crashError",
    "recoveryTitle",
    "recoveryFile",
    "recoveryTime",
    "recoveryProblem",
    "importInfo",
}


def english_words(text: str) -> list[str]:
    if text.startswith("#"):  # a colour
        return []
    return [word for word in ENGLISH_WORD.findall(text) if word not in KEPT]


def ui_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the UI itself puts on screen or tells a screen reader,
    leaving out what the user typed (field contents) and what the project holds."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName()}"
        yield name, widget.toolTip()
        yield name, widget.accessibleName()
        yield name, widget.accessibleDescription()
        if isinstance(widget, QLabel) and widget.objectName() not in DATA_LABELS:
            yield name, widget.text()
        if isinstance(widget, QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield name, widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
                yield name, widget.tabToolTip(index)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                yield name, header.text(column)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            if isinstance(model, QAbstractTableModel):
                for column in range(model.columnCount(QModelIndex())):
                    yield name, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if isinstance(widget, (QToolBar, QDialog)) or widget.isWindow():
            yield name, widget.windowTitle()
        for action in widget.actions():
            yield f"action {action.objectName()}", action.text()
            yield f"action {action.objectName()}", action.toolTip()
        if isinstance(widget, QMenu):
            yield name, widget.title()


def untranslated(root: QWidget) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in ui_texts(root) if english_words(text)})


def test_the_window_speaks_chinese_everywhere(
    speak: Speak, make_window: MakeWindow, qtbot: QtBot
) -> None:
    speak("zh_CN")
    window = visit_every_tab(make_window())
    window.files.open_example()
    view_menu = window.findChild(QMenu, "viewMenu")
    assert view_menu is not None
    view_menu.aboutToShow.emit()  # lists the toolbar and the panels
    assert untranslated(window) == []
    assert window.windowTitle() == "未命名[*] — recapdesk"
    qtbot.waitUntil(lambda: window.compliance_status.text() == "检查：11 个警告", timeout=5000)


def test_the_dialogs_speak_chinese(speak: Speak, make_window: MakeWindow, qtbot: QtBot) -> None:
    speak("zh_CN")
    window = make_window()
    dialogs: list[QWidget] = [
        PreferencesDialog(Settings(), window),
        ShortcutsDialog(shortcut_groups(window), window),
    ]
    report = CrashReport("ZeroDivisionError: division by zero", "Traceback …", [Path("/x")])
    info = RecoveryInfo(Path("/r"), None, "Phase 1", datetime.datetime.now(datetime.UTC))
    sheet = Sheet(["姓名", "公司", "GitHub"], [["金润森", "云帐房", "gasxia"]], "UTF-8")
    lecturers = (*FIELDS[Target.HONOREES], "city", "cohort", "role", "contribution", "citation")
    destinations = [
        Destination(Target.HONOREES, "讲师", 0, "lecturers", lecturers),
        Destination(Target.TESTIMONIALS, "感言", 0),
    ]
    dialogs += [
        CrashDialog(report, window),
        RecoveryDialog(info, window),
        ImportRowsDialog(sheet, "名单.csv", destinations, "lecturers", window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert untranslated(dialog) == [], dialog.objectName()
    about = AboutDialog(window)
    qtbot.addWidget(about)
    text = about.text.text()
    assert "撰写社区活动每一期的总结文章" in text and "MIT 许可证" in text and "LGPL-3.0" in text


def test_qt_standard_buttons_are_chinese_too(speak: Speak, qtbot: QtBot) -> None:
    speak("zh_CN")
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    texts = {button.text() for button in box.findChildren(QAbstractButton)}
    assert {"保存(&S)", "取消"} <= texts or {"保存", "取消"} <= texts, texts
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() in ("确定", "确定(&O)")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_the_ui_language_changes_the_menu_titles(
    speak: Speak, make_window: MakeWindow
) -> None:
    speak("zh_CN")
    chinese = make_window()
    assert menu_titles(chinese) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert chinese.window_actions.copy_wechat.text() == "复制到公众号(&C)"
    assert chinese.window_actions.save_as.text() == "另存为(&A)…"

    speak("en")
    english = make_window()
    assert menu_titles(english) == ["&File", "&Edit", "&View", "&Help"]
    assert english.window_actions.copy_wechat.text() == "&Copy for WeChat"
    assert english.tabs.tabText(2) == "Recognition"


def test_the_english_check_would_notice_english(speak: Speak, make_window: MakeWindow) -> None:
    speak("en")
    found = "\n".join(untranslated(visit_every_tab(make_window())))
    for text in ("'&File'", "'Heading numbering'", "'Show heading'", "'Theme of the article'"):
        assert text in found


def test_dates_and_numbers_follow_the_ui_language_unless_the_system_speaks_it() -> None:
    # In a process of its own: the default locale is set once, before any window.
    code = (
        "from PySide6.QtCore import QLocale\n"
        "from recapdesk.ui.translations import set_default_locale\n"
        "set_default_locale('zh_CN'); print(QLocale().name())\n"
        "set_default_locale('en'); print(QLocale().name())\n"
    )
    env = {**os.environ, "LANGUAGE": "en_GB", "LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["zh_CN", "en_GB"], done.stderr


def test_the_ui_language_is_read_where_preferences_store_it() -> None:
    assert storage_key("ui_language") == LANGUAGE_KEY
