"""File > Import Rows… and File > Import Markdown… in the real window; the mapping dialog on
its own. Questions are answered by scripted dialogs; the mapping dialog is the real one, clicked
as a user clicks it."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QRadioButton, QTableWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow
from tests.ui.scripted import ScriptedDialogs

from recapdesk.compose import compose
from recapdesk.importers.mapping import FIELDS, Target
from recapdesk.importers.rows import Sheet
from recapdesk.model import GroupColumn, GroupLayout, Project, RecognitionGroup
from recapdesk.ui.dialogs.dialogs import UnsavedChoice
from recapdesk.ui.dialogs.import_rows_dialog import Destination, ImportRowsDialog, RowsChoice
from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab
from recapdesk.ui.window.main_window import MainWindow


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "#3366cc").save(out, format="PNG")
    return out.getvalue()


PNG = _png()
SEED = Path(__file__).parents[2] / "importers" / "data" / "seed-draft.md"
HEADERS = ["序号", "姓名", "公司职位", "git号", "备注"]


def _sheet(rows: int = 200) -> Sheet:
    return Sheet(
        HEADERS,
        [[str(i), f"学员{i}", f"公司{i} 工程师", f"user{i}", ""] for i in range(1, rows + 1)],
        "UTF-8 with BOM",
    )


def _child(parent: object, kind: type, name: str) -> object:
    found = parent.findChild(kind, name)  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def _combo(dialog: ImportRowsDialog, column: int) -> QComboBox:
    combo = _child(dialog, QComboBox, f"importColumn{column}")
    assert isinstance(combo, QComboBox)
    return combo


def _destinations(honorees: int = 4, testimonials: int = 0) -> list[Destination]:
    return [
        Destination(Target.HONOREES, "Honorees", honorees, "honorees", FIELDS[Target.HONOREES]),
        Destination(Target.COMMITTEE, "Committee", 4, "committee", FIELDS[Target.COMMITTEE]),
        Destination(Target.TESTIMONIALS, "Testimonials", testimonials),
    ]


def _dialog(
    qtbot: QtBot, sheet: Sheet | None = None, honorees: int = 4, testimonials: int = 0
) -> ImportRowsDialog:
    there = _destinations(honorees, testimonials)
    dialog = ImportRowsDialog(sheet or _sheet(), "名单.csv", there, "honorees")
    qtbot.addWidget(dialog)
    return dialog


# -- the dialog ---------------------------------------------------------------------------------


def test_preview_shows_the_first_rows_under_the_files_headers(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    table = _child(dialog, QTableWidget, "importPreview")
    assert isinstance(table, QTableWidget)
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == HEADERS
    assert table.rowCount() == 1 + 20  # the field choosers, then 20 of the 200 rows
    assert table.item(1, 1).text() == "学员1"
    assert table.item(20, 2).text() == "公司20 工程师"
    info = _child(dialog, QLabel, "importInfo")
    assert isinstance(info, QLabel)
    assert info.text() == "名单.csv (UTF-8 with BOM): 200 rows"


def test_fields_are_guessed_from_the_headers(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert [_combo(dialog, c).currentText() for c in range(5)] == [
        "(skip)",
        "Name",
        "Company and position",
        "GitHub",
        "(skip)",
    ]
    assert _combo(dialog, 3).accessibleName() == "Field for column “git号”"
    summary = _child(dialog, QLabel, "importSummary")
    assert isinstance(summary, QLabel)
    assert summary.text() == "200 rows become Honorees, 204 in all."


def test_choosing_a_field_takes_it_from_the_other_column(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    remark = _combo(dialog, 4)
    remark.setCurrentIndex(remark.findData("name"))
    assert _combo(dialog, 1).currentText() == "(skip)"
    assert dialog.mapping() == ["", "", "affiliation", "github", "name"]
    summary = _child(dialog, QLabel, "importSummary")
    assert isinstance(summary, QLabel)
    # the remarks column is empty: the rows still have their company and GitHub id
    assert summary.text().startswith("200 rows become Honorees")


def test_target_and_replace(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, honorees=4, testimonials=11)
    target = _child(dialog, QComboBox, "importTarget")
    assert isinstance(target, QComboBox)
    target.setCurrentIndex(target.findData("testimonials"))
    # re-guessed for testimonials: 公司职位 is the company there
    assert dialog.mapping() == ["", "name", "company", "github", ""]
    replace = _child(dialog, QRadioButton, "importReplace")
    assert isinstance(replace, QRadioButton)
    assert replace.text() == "&Replace the 11 there"
    replace.setChecked(True)
    summary = _child(dialog, QLabel, "importSummary")
    assert isinstance(summary, QLabel)
    assert summary.text() == "200 rows become Testimonials, 200 in all."
    assert dialog.choice() == RowsChoice(
        Target.TESTIMONIALS, ["", "name", "company", "github", ""], True, None
    )


def test_nothing_to_import_disables_import(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Sheet(["微信", "备注"], [["a", "b"]]), honorees=0)
    button = _child(dialog, QPushButton, "importRowsOk")
    assert isinstance(button, QPushButton)
    assert not button.isEnabled()
    replace = _child(dialog, QRadioButton, "importReplace")
    assert isinstance(replace, QRadioButton)
    assert not replace.isEnabled()  # nothing there to replace
    _combo(dialog, 0).setCurrentIndex(_combo(dialog, 0).findData("name"))
    assert button.isEnabled()


def test_every_widget_is_named_for_tests_and_screen_readers(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    for kind, name in [
        (QComboBox, "importTarget"),
        (QTableWidget, "importPreview"),
        (QComboBox, "importColumn0"),
    ]:
        widget = _child(dialog, kind, name)
        assert widget.accessibleName(), name  # type: ignore[attr-defined]
    assert dialog.accessibleName() == "Import rows from a spreadsheet"


# -- in the window ------------------------------------------------------------------------------


class ImportDialogs(ScriptedDialogs):
    """Scripted file choices; the mapping dialog is the real one, clicked by ``click``."""

    def __init__(self, qtbot: QtBot) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.rows_paths: list[Path | None] = []
        self.markdown_paths: list[Path | None] = []
        self.confirm: list[bool] = []
        self.confirmed: list[tuple[str, str, list[str]]] = []
        self.clicks = 0
        self.dialog: ImportRowsDialog | None = None
        self.shown: list[Destination] = []
        self.fields: dict[int, str] = {}  # column -> field, chosen before Import is clicked

    def import_rows_path(self, folder: str) -> Path | None:
        self.clicks += 1  # the file, chosen with a double click in the file dialog
        return self._answer("rows file", self.rows_paths)

    def map_rows(
        self, sheet: Sheet, file_name: str, destinations: list[Destination], current: str
    ) -> RowsChoice | None:
        self.asked.append("map rows")
        self.shown = destinations
        dialog = ImportRowsDialog(sheet, file_name, destinations, current)
        self.qtbot.addWidget(dialog)
        self.dialog = dialog
        for column, field in self.fields.items():
            combo = _combo(dialog, column)
            combo.setCurrentIndex(combo.findData(field))
        button = dialog.findChild(QPushButton, "importRowsOk")
        assert isinstance(button, QPushButton)
        dialog.show()
        self.clicks += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.choice() if dialog.result() == ImportRowsDialog.DialogCode.Accepted else None

    def import_markdown_path(self, folder: str) -> Path | None:
        return self._answer("markdown file", self.markdown_paths)

    def confirm_import(self, name: str, summary: str, details: list[str]) -> bool:
        self.confirmed.append((name, summary, details))
        return self._answer("confirm import", self.confirm)


@pytest.fixture
def dialogs(qtbot: QtBot) -> ImportDialogs:
    return ImportDialogs(qtbot)


@pytest.fixture
def window(make_window: MakeWindow, dialogs: ImportDialogs, example_file: Path) -> MainWindow:
    main = make_window(dialogs)
    assert main.files.open_file(example_file)
    return main


def _csv(tmp_path: Path, rows: int = 200) -> Path:
    file = tmp_path / "名单.csv"
    lines = [",".join(HEADERS)] + [f"{i},学员{i},公司{i} 工程师,user{i}," for i in range(rows)]
    file.write_bytes("\r\n".join(lines).encode("gbk"))
    return file


def test_a_200_row_spreadsheet_reaches_the_honorees_table_in_four_clicks(
    window: MainWindow, dialogs: ImportDialogs, tmp_path: Path
) -> None:
    dialogs.rows_paths.append(_csv(tmp_path))
    undo = window.document.undo_stack
    before = undo.count()
    # click 1: File; click 2: Import Rows…
    assert window.window_actions.import_rows.text() == "Import &Rows…"
    window.window_actions.import_rows.trigger()
    clicks = 2 + dialogs.clicks  # click 3: the file; click 4: Import
    assert clicks == 4
    people = window.document.project.groups[0].people
    assert len(people) == 204
    assert (people[-1].name, people[-1].company, people[-1].title, people[-1].github) == (
        "学员199",
        "公司199",
        "工程师",
        "user199",
    )
    assert undo.count() == before + 1  # one step
    assert undo.undoText() == "Import 200 rows"
    assert isinstance(window.form_tabs.current(), RecognitionTab)
    assert "| 201 | 学员199 | 公司199 工程师 | [user199](https://github.com/user199) |" in compose(
        window.document.project
    )
    assert window.isWindowModified()
    undo.undo()
    assert len(window.document.project.groups[0].people) == 4
    assert dialogs.asked == ["rows file", "map rows"]


def test_import_rows_cancelled_or_unreadable_changes_nothing(
    window: MainWindow, dialogs: ImportDialogs, tmp_path: Path
) -> None:
    before = window.document.project.model_copy(deep=True)
    dialogs.rows_paths.append(None)
    assert not window.imports.import_rows()
    broken = tmp_path / "old.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0")
    dialogs.rows_paths.append(broken)
    assert not window.imports.import_rows()
    assert "old Excel files (.xls) are not read" in dialogs.errors[0]
    assert window.document.project == before
    assert not window.isWindowModified()


def test_import_markdown_shows_what_it_found_before_replacing(
    window: MainWindow, dialogs: ImportDialogs, tmp_path: Path
) -> None:
    article = tmp_path / "seed.md"
    shutil.copyfile(SEED, article)
    before = window.document.project.model_copy(deep=True)
    dialogs.markdown_paths.append(article)
    dialogs.confirm.append(False)
    assert not window.imports.import_markdown()
    assert dialogs.confirmed[0][:2] == (
        "seed.md",
        "1 recognition group (1 person), 11 testimonials, 1 free section",
    )
    assert any("xx" in line for line in dialogs.confirmed[0][2])
    assert window.document.project == before  # nothing replaced

    dialogs.markdown_paths.append(article)
    dialogs.confirm.append(True)
    assert window.imports.import_markdown()
    project = window.document.project
    assert project.article.title == "kubernetes源码研习社 一期活动总结"
    assert len(project.testimonials.people) == 11
    assert window.document.path is None  # a new, untitled project
    assert window.windowTitle().startswith("Untitled")


def test_import_markdown_asks_about_unsaved_changes_after_the_look(
    window: MainWindow, dialogs: ImportDialogs, tmp_path: Path
) -> None:
    window.document.set_field(("article", "title"), "changed")
    article = tmp_path / "a.md"
    article.write_text("# 新文章\n\n## 一、活动背景\n\n读书。\n", encoding="utf-8")
    dialogs.markdown_paths.append(article)
    dialogs.confirm.append(True)
    dialogs.unsaved.append(UnsavedChoice.CANCEL)
    assert not window.imports.import_markdown()
    assert dialogs.asked[-2:] == ["confirm import", "unsaved"]
    assert window.document.project.article.title == "changed"


def test_rows_go_into_the_group_selected_in_the_recognition_tab(
    window: MainWindow, dialogs: ImportDialogs, tmp_path: Path
) -> None:
    tab = window.form_tabs.tab(2)
    assert isinstance(tab, RecognitionTab)
    window.form_tabs.show(2)
    tab.add_button.click()
    group_id = tab.section_key_for_selection().removeprefix("group:")
    dialogs.rows_paths.append(_csv(tmp_path, rows=3))
    window.window_actions.import_rows.trigger()
    assert [p.name for p in window.document.project.group(group_id).people] == [
        "学员0",
        "学员1",
        "学员2",
    ]
    assert len(window.document.project.groups[0].people) == 4  # the honorees: untouched
    assert tab.people_model.rowCount() == 3  # the tab shows them


def test_rows_fill_every_column_a_custom_group_shows(
    window: MainWindow, dialogs: ImportDialogs, tmp_path: Path
) -> None:
    """A group of lecturers shows city, cohort, role, what they did and a citation: the
    dialog offers those fields, guesses them from Chinese and English headers, and the rows
    bring them all."""
    project = window.document.project.model_copy(deep=True)
    c = GroupColumn
    lecturers = RecognitionGroup(
        id="lecturers",
        heading="讲师",
        layout=GroupLayout.CITATIONS,
        columns=[c.NAME, c.CITY, c.COHORT, c.ROLE, c.CONTRIBUTION, c.CITATION, c.GITHUB],
    )
    project.groups.append(lecturers)
    window.document.set_project(Project.model_validate(project.model_dump()), "add")
    tab = window.form_tabs.tab(2)
    assert isinstance(tab, RecognitionTab)
    window.form_tabs.show(2)
    tab.select_group("lecturers")
    sheet = tmp_path / "讲师.csv"
    sheet.write_text(
        "姓名,City,期次,角色,What they did,颁奖词,GitHub 账号,微信\n"
        '张三,上海,一期,讲师,讲了三次 client-go,"深入浅出\n有问必答",zhangsan,zs\n'
        "Ada Lovelace,London,二期,mentor,reviewed notes,Patient.,ada,x\n",
        encoding="utf-8",
    )
    dialogs.rows_paths.append(sheet)
    window.window_actions.import_rows.trigger()
    assert [d.label for d in dialogs.shown] == ["个人表彰和感言", "感恩", "讲师", "Testimonials"]
    dialog = dialogs.dialog
    assert dialog is not None
    target = _child(dialog, QComboBox, "importTarget")
    assert isinstance(target, QComboBox)
    assert target.currentText() == "讲师"  # the group selected in the Recognition tab
    offered = [_combo(dialog, 0).itemText(i) for i in range(_combo(dialog, 0).count())]
    assert offered == [
        *("(skip)", "Name", "City", "Cohort", "Role", "What they did", "Citation", "GitHub"),
    ]
    assert dialog.mapping() == [
        *("name", "city", "cohort", "role", "contribution", "citation", "github", ""),
    ]
    people = window.document.project.group("lecturers").people
    assert [(p.name, p.city, p.cohort, p.role, p.contribution, p.github) for p in people] == [
        ("张三", "上海", "一期", "讲师", "讲了三次 client-go", "zhangsan"),
        ("Ada Lovelace", "London", "二期", "mentor", "reviewed notes", "ada"),
    ]
    assert people[0].citation == "深入浅出\n有问必答"
    assert "**张三 · 上海 · 一期 · 讲师 ([zhangsan]" in compose(window.document.project)
    assert tab.section_key_for_selection() == "group:lecturers"


def test_import_markdown_brings_the_pictures_beside_the_article(
    window: MainWindow, dialogs: ImportDialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "blog"
    (folder / "img").mkdir(parents=True)
    photo = folder / "img" / "合影.png"
    photo.write_bytes(PNG)
    article = folder / "recap.md"
    article.write_text(
        "# 一期总结\n\n## 一、活动背景\n\n读书。\n\n![合影](img/合影.png)\n\n"
        '<img src="img/合影.png" alt="again">\n',
        encoding="utf-8",
    )
    dialogs.markdown_paths.append(article)
    dialogs.confirm.append(True)
    assert window.imports.import_markdown()
    document = window.document
    body = document.project.background.text
    assert "img/合影.png" not in body  # both references point into the project now
    references = [line for line in body.splitlines() if line.startswith("![")]
    assert len(references) == 2
    folder_of_pictures = document.pictures_folder()
    assert folder_of_pictures is not None
    stored = {folder_of_pictures / line.split("](")[1].rstrip(")") for line in references}
    assert len(stored) == 1  # the same picture is stored once
    assert next(iter(stored)).read_bytes() == PNG
    assert photo.exists()  # the organizer's own file is left where it was
    assert "1 picture copied into the project" in window.statusBar().currentMessage()

    saved = tmp_path / "saved" / "recap.recap.toml"
    saved.parent.mkdir()
    document.save_to(saved)
    text = saved.read_text(encoding="utf-8")
    assert "recap.assets/" in text
    assert all((saved.parent / name).exists() for name in _asset_names(text))


def _asset_names(text: str) -> list[str]:
    return re.findall(r"\]\((recap\.assets/[^)]+)\)", text)


def test_an_imported_article_lists_its_own_groups_and_rows_go_into_them(
    window: MainWindow, dialogs: ImportDialogs, tmp_path: Path
) -> None:
    """No empty honorees or committee beside the article's groups, in the Recognition tab or
    in Import Rows; rows go into the first group the article has."""
    article = tmp_path / "a.md"
    article.write_text(
        "# 年度总结\n\n## 一、活动背景\n\n读书。\n\n## 二、志愿者\n\n- 张三\n- 李四\n",
        encoding="utf-8",
    )
    dialogs.markdown_paths.append(article)
    dialogs.confirm.append(True)
    assert window.imports.import_markdown()
    [group] = window.document.project.groups
    tab = window.form_tabs.tab(2)
    assert isinstance(tab, RecognitionTab)
    assert tab.list_model.rowCount() == 1
    dialogs.rows_paths.append(_csv(tmp_path, rows=2))
    window.window_actions.import_rows.trigger()
    assert [d.label for d in dialogs.shown] == ["志愿者", "Testimonials"]
    names = [p.name for p in window.document.project.group(group.id).people]
    assert names == ["张三", "李四", "学员0", "学员1"]
