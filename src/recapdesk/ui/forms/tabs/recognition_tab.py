"""The Recognition tab (表彰): any number of recognition groups, each a section of the article.

A list picks a group; Add, Delete, Move up and Move down change the groups and the section
order together, as one undo step each (:meth:`ProjectDocument.set_project`). Below it, the
selected group: heading, introduction, award line, layout, columns, privacy and its note, the
people (the record table: paste rows from a spreadsheet, drag to reorder) and a closing text.
The editors bind to the selected group by its id, so an undo or redo never moves them to
another group; the preview scrolls to the group selected.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from recapdesk.compose.words import GROUP_HEADINGS
from recapdesk.model import (
    GroupColumn,
    GroupLayout,
    NotePlace,
    Person,
    Privacy,
    Project,
    RecognitionGroup,
    group_key,
)
from recapdesk.model.paths import FieldPath
from recapdesk.model.validation import github_id_problem
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.record_table import Column, RecordTableModel
from recapdesk.ui.forms.tabs.list_model import DocumentListModel, follow_current
from recapdesk.ui.forms.widgets.form_parts import MARKDOWN_MIN_HEIGHT, SectionForm
from recapdesk.ui.forms.widgets.record_table_editor import RecordTableEditor

GROUPS_PATH: FieldPath = ("groups",)
ID_PREFIX = "group-"


def fresh_group_id(taken: set[str]) -> str:
    """``group-1``, ``group-2``...: the first one not in use."""
    number = 1
    while f"{ID_PREFIX}{number}" in taken:
        number += 1
    return f"{ID_PREFIX}{number}"


def with_groups(project: Project, groups: list[RecognitionGroup], order_keys: list[str]) -> Project:
    """A copy of ``project`` with other groups and its order's keys rearranged (``order_keys``:
    every key of the new order, each slot keeping its visibility). Both change in one
    validation, so the project never names a group that is gone."""
    visible = {slot.key: slot.visible for slot in project.order}
    data = project.model_dump()
    data["groups"] = [group.model_dump() for group in groups]
    data["order"] = [{"key": key, "visible": visible.get(key, True)} for key in order_keys]
    return Project.model_validate(data)


def columns_with(group: RecognitionGroup, column: GroupColumn, shown: bool) -> list[GroupColumn]:
    """The group's columns with ``column`` shown or not; a newly shown one goes after the last
    shown column that comes before it in the standard order, so the others never move."""
    columns = [c for c in group.columns if c is not column]
    if not shown:
        return columns
    standard = list(GroupColumn)
    earlier = set(standard[: standard.index(column)])
    position = 0
    for index in range(len(columns) - 1, -1, -1):
        if columns[index] in earlier:
            position = index + 1
            break
    return [*columns[:position], column, *columns[position:]]


def headers_for(group: RecognitionGroup, columns: list[GroupColumn]) -> list[str]:
    """The group's own headings by position in ``columns`` (a heading stays with its column)."""
    own = dict(zip(group.columns, group.headers, strict=False))
    headers = [own.get(column, "") for column in columns]
    while headers and not headers[-1]:
        headers.pop()
    return headers


class GroupListModel(DocumentListModel):
    # Moved with the buttons, which move the group's place in the section order too.
    reorderable = False

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document, GROUPS_PATH)

    def identity(self, item: Any) -> Hashable:
        assert isinstance(item, RecognitionGroup)
        return item.id

    def group_id(self, row: int) -> str:
        return str(self.identity_at(row))

    def label(self, item: Any) -> str:
        assert isinstance(item, RecognitionGroup)
        defaults = GROUP_HEADINGS[self.document.project.article.language]
        return item.heading.strip() or defaults.get(item.id, defaults[""])


class RecognitionTab(SectionForm):
    """The groups of people the article recognizes, one selected at a time."""

    section_keys: tuple[str, ...] = ("groups",)
    current_section_changed = Signal(str)  # "group:<id>" of the selected group

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, "recognitionTab", parent)
        self._selected_id: str | None = None
        self._build_list()
        self._build_group()
        self.finish()
        self.watch([GROUPS_PATH], self._follow_groups)
        follow_current(self.view, self.list_model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list_model.modelReset.connect(self._selection_changed)
        if self.list_model.rowCount():
            self.select_group(self.list_model.group_id(0))
        self._selection_changed()

    # -- building -------------------------------------------------------------------------------

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self.body)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _build_list(self) -> None:
        form = self.new_form()
        self.list_model = GroupListModel(self.document)
        self.list_model.setObjectName("groupListModel")
        self.view = QListView(self.body)
        self.view.setObjectName("groupList")
        self.view.setModel(self.list_model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMaximumHeight(self.view.fontMetrics().lineSpacing() * 7)
        form.addRow(self.label_for(self.tr("Recognition &groups:"), self.view))
        form.addRow(self.view)
        self.chain(self.view)
        self.add_button = self._button("groupAdd", self.tr("&Add group"))
        self.add_button.clicked.connect(self.add_group)
        self.delete_button = self._button("groupDelete", self.tr("&Delete group"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button = self._button("groupUp", self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = self._button("groupDown", self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        row = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            row.addWidget(button)
            self.chain(button)
        row.addStretch(1)
        form.addRow(row)

    def _path(self, *field: str | int) -> FieldPath | None:
        if self._selected_id is None:
            return None
        for index, group in enumerate(self.document.project.groups):
            if group.id == self._selected_id:
                return (*GROUPS_PATH, index, *field)
        return None

    def _markdown(self, form: QFormLayout, label: str, field: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.body)
        edit.setObjectName(f"group_{field}")
        edit.setMinimumHeight(MARKDOWN_MIN_HEIGHT)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(self.tr("Markdown: **bold**, [text](https://…), - list items"))
        form.addRow(self.label_for(label, edit), edit)
        self.binder.text(edit, lambda: self._path(field))
        self._register(field, edit)
        return edit

    def _combo(
        self, form: QFormLayout, label: str, field: str, items: list[tuple[str, Any]]
    ) -> QComboBox:
        combo = QComboBox(self.body)
        combo.setObjectName(f"group_{field}")
        for text, value in items:
            combo.addItem(text, value)
        form.addRow(self.label_for(label, combo), combo)
        self.binder.combo(combo, lambda: self._path(field))
        self._register(field, combo)
        return combo

    def _register(self, field: str, widget: QWidget) -> None:
        self._group_fields[field] = widget
        self.chain(widget)

    def column_names(self) -> dict[GroupColumn, str]:
        return {
            GroupColumn.INDEX: self.tr("No."),
            GroupColumn.PHOTO: self.tr("Photo"),
            GroupColumn.NAME: self.tr("Name"),
            GroupColumn.COMPANY: self.tr("Company"),
            GroupColumn.TITLE: self.tr("Position"),
            GroupColumn.AFFILIATION: self.tr("Company and position"),
            GroupColumn.CITY: self.tr("City"),
            GroupColumn.COHORT: self.tr("Cohort"),
            GroupColumn.ROLE: self.tr("Role"),
            GroupColumn.GITHUB: self.tr("GitHub"),
            GroupColumn.CONTRIBUTION: self.tr("What they did"),
            GroupColumn.CITATION: self.tr("Citation"),
        }

    def _build_group(self) -> None:
        self._group_fields: dict[str, QWidget] = {}
        form = self.new_form()
        self.heading = QLineEdit(self.body)
        self.heading.setObjectName("group_heading")
        self.show_heading = QCheckBox(self.tr("Sh&ow heading"), self.body)
        self.show_heading.setObjectName("group_show_heading")
        self.show_heading.setAccessibleName(self.tr("Show heading"))
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.show_heading)
        form.addRow(self.label_for(self.tr("Headi&ng:"), self.heading), row)
        self.binder.line(self.heading, lambda: self._path("heading"))
        self.binder.check(self.show_heading, lambda: self._path("show_heading"))
        self._register("heading", self.heading)
        self._register("show_heading", self.show_heading)
        self._markdown(form, self.tr("&Introduction:"), "intro")
        award = self._markdown(form, self.tr("Awa&rd line:"), "award")
        award.setPlaceholderText(
            self.tr("e.g. 下面是本期评出的**[Kubernetes源码之星](https://…)**：")
        )
        award.setMinimumHeight(MARKDOWN_MIN_HEIGHT // 2)
        self._combo(
            form,
            self.tr("Layou&t:"),
            "layout",
            [
                (self.tr("Table"), GroupLayout.TABLE),
                (self.tr("List: name — citation"), GroupLayout.LIST),
                (self.tr("Name wall"), GroupLayout.WALL),
                (self.tr("Citation list"), GroupLayout.CITATIONS),
            ],
        )
        self.wall_box = self._combo(
            form,
            self.tr("Name&s per row (name wall):"),
            "wall_columns",
            [(str(n), n) for n in range(1, 9)],
        )
        self._build_columns(form)
        self._combo(
            form,
            self.tr("&Privacy:"),
            "privacy",
            [
                (self.tr("Show by name and company"), Privacy.NAME_COMPANY),
                (self.tr("Show by name (no company, position, city)"), Privacy.NAME),
                (self.tr("GitHub ids only (no names)"), Privacy.GITHUB),
            ],
        )
        self._markdown(form, self.tr("Privac&y note:"), "privacy_note")
        self._combo(
            form,
            self.tr("Note pla&ced:"),
            "privacy_note_place",
            [
                (self.tr("Above the people"), NotePlace.BEFORE),
                (self.tr("Below the people"), NotePlace.AFTER),
            ],
        )
        names = self.column_names()
        self.people_model = RecordTableModel(
            self.document,
            ("groups", 0, "people"),
            Person,
            [
                # Name, company, position, GitHub first: the honorees' columns of schema 1,
                # in the order spreadsheets of them are pasted.
                Column("name", names[GroupColumn.NAME]),
                Column("company", names[GroupColumn.COMPANY]),
                Column("title", names[GroupColumn.TITLE]),
                Column("github", names[GroupColumn.GITHUB], rule=github_id_problem),
                Column("city", names[GroupColumn.CITY]),
                Column("cohort", names[GroupColumn.COHORT]),
                Column("role", names[GroupColumn.ROLE]),
                Column("contribution", names[GroupColumn.CONTRIBUTION]),
                Column("citation", names[GroupColumn.CITATION]),
                Column("photo", names[GroupColumn.PHOTO]),
            ],
        )
        self.people_model.setParent(self)
        self.people_table = RecordTableEditor(self.people_model, "groupPeople", self.body)
        self.people_table.setMinimumHeight(200)
        self.people_table.view.setTabKeyNavigation(False)
        form.addRow(self.label_for(self.tr("Peop&le:"), self.people_table.view))
        form.addRow(self.people_table)
        self.chain(self.people_table.view)
        for button in self.table_buttons(self.people_table):
            self.chain(button)
        self._markdown(form, self.tr("Closing te&xt:"), "outro")

    def _build_columns(self, form: QFormLayout) -> None:
        grid = QGridLayout()
        self.column_boxes: dict[GroupColumn, QCheckBox] = {}
        for number, (column, text) in enumerate(self.column_names().items()):
            box = QCheckBox(text, self.body)
            box.setObjectName(f"group_column_{column.value}")
            box.setAccessibleName(text)
            box.toggled.connect(lambda on, c=column: self.show_column(c, on))
            grid.addWidget(box, number // 4, number % 4)
            self.column_boxes[column] = box
            self.chain(box)
        container = QWidget(self.body)
        container.setObjectName("groupColumns")
        container.setLayout(grid)
        form.addRow(
            self.label_for(self.tr("Colu&mns shown:"), container, names_buddy=False), container
        )
        self._group_fields["columns"] = container

    # -- following the document and the selection ---------------------------------------------

    def selected_group(self) -> RecognitionGroup | None:
        path = self._path()
        return self.document.value(path) if path is not None else None

    def _follow_groups(self) -> None:
        """The people table and the column boxes show the selected group, wherever it is now."""
        if not hasattr(self, "people_model"):
            return
        group = self.selected_group()
        path = self._path("people")
        if path is not None and path != self.people_model.list_path:
            self.people_model.beginResetModel()
            self.people_model.list_path = path
            self.people_model.endResetModel()
        for column, box in self.column_boxes.items():
            box.blockSignals(True)
            box.setChecked(group is not None and column in group.columns)
            box.blockSignals(False)
        for widget in [*self._group_fields.values(), self.people_table]:
            widget.setEnabled(group is not None)
        if group is not None:
            language = self.document.project.article.language
            defaults = GROUP_HEADINGS[language]
            self.heading.setPlaceholderText(defaults.get(group.id, defaults[""]))
            self.wall_box.setEnabled(group.layout is GroupLayout.WALL)
        rows = self.list_model.rowCount()
        row = self.list_model.row_of(self._selected_id) if self._selected_id else None
        self.delete_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < rows - 1)

    def _selection_changed(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        chosen = self.list_model.group_id(rows[0].row()) if len(rows) == 1 else None
        kept = self._selected_id is not None and self.list_model.row_of(self._selected_id)
        if chosen is None and kept is not None and kept is not False:
            return  # a reset of the list: the group is still there, keep it
        if chosen != self._selected_id:
            self._selected_id = chosen
            self.binder.refresh()
            self._follow_groups()
            if chosen:
                self.current_section_changed.emit(group_key(chosen))
        else:
            self._follow_groups()

    def select_group(self, group_id: str) -> bool:
        row = self.list_model.row_of(group_id)
        if row is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.list_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def section_key_for_selection(self) -> str:
        return group_key(self._selected_id) if self._selected_id else ""

    def select_field(self, path: FieldPath) -> bool:
        """Select the group of ``path`` (``groups[2].people[5].name``), then its field."""
        if len(path) < 2 or path[0] != "groups" or not isinstance(path[1], int):
            return False
        groups = self.document.project.groups
        if not 0 <= path[1] < len(groups):
            return False
        self.select_group(groups[path[1]].id)
        rest = path[2:]
        if rest[:1] == ("people",):
            return self._select_in_table(self.people_table, rest[1:])
        name = str(rest[0]) if rest else "heading"
        widget = self._group_fields.get(name, self.heading)
        self._focus(widget)
        return True

    # -- editing: one undo step each ----------------------------------------------------------

    def show_column(self, column: GroupColumn, shown: bool) -> None:
        group, path = self.selected_group(), self._path()
        if group is None or path is None:
            return
        columns = columns_with(group, column, shown)
        changed = group.model_copy(
            update={"columns": columns, "headers": headers_for(group, columns)}, deep=True
        )
        self.document.set_field(path, RecognitionGroup.model_validate(changed.model_dump()))

    def add_group(self) -> str:
        """A new group after the selected one (its section right after the selected group's),
        as one undo step; the heading is selected for typing."""
        project = self.document.project
        group_id = fresh_group_id({group.id for group in project.groups})
        group = RecognitionGroup(
            id=group_id,
            heading=self.tr("New group"),
            layout=GroupLayout.LIST,
            columns=[GroupColumn.NAME, GroupColumn.GITHUB, GroupColumn.CITATION],
        )
        keys = [slot.key for slot in project.order]
        groups = list(project.groups)
        after = self._selected_id
        if after is not None and group_key(after) in keys:
            keys.insert(keys.index(group_key(after)) + 1, group_key(group_id))
            groups.insert(project.group_index(after) + 1, group)
        else:
            keys.append(group_key(group_id))
            groups.append(group)
        self.document.set_project(with_groups(project, groups, keys), self.tr("Add group"))
        self.select_group(group_id)
        self.heading.setFocus()
        self.heading.selectAll()
        return group_id

    def delete_selected(self) -> None:
        """Remove the selected group and its place in the order: one step, undo restores."""
        group_id = self._selected_id
        if group_id is None:
            return
        project = self.document.project
        row = project.group_index(group_id)
        groups = [group for group in project.groups if group.id != group_id]
        keys = [slot.key for slot in project.order if slot.key != group_key(group_id)]
        self.document.set_project(with_groups(project, groups, keys), self.tr("Delete group"))
        if groups:
            self.select_group(groups[min(row, len(groups) - 1)].id)

    def move_selected(self, step: int) -> None:
        """Swap the selected group with its neighbour, in the list and in the article."""
        group_id = self._selected_id
        if group_id is None:
            return
        project = self.document.project
        row = project.group_index(group_id)
        other = row + step
        if not 0 <= other < len(project.groups):
            return
        groups = list(project.groups)
        groups[row], groups[other] = groups[other], groups[row]
        keys = [slot.key for slot in project.order]
        a, b = keys.index(group_key(group_id)), keys.index(group_key(groups[row].id))
        keys[a], keys[b] = keys[b], keys[a]
        text = self.tr("Move group up") if step < 0 else self.tr("Move group down")
        self.document.set_project(with_groups(project, groups, keys), text)
        self.select_group(group_id)
