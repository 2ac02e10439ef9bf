"""The Recognition tab's editors of the selected group: heading, introduction, award line,
layout, columns, privacy and its note, the people (with their photos: recognition_avatars.py)
and a closing text, each bound to the group by its id (``_selected_id``), so an undo or redo
never moves them to another group.

Their texts keep the context ``RecognitionTab``: they are the tab's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from recapdesk.model import GroupColumn, GroupLayout, NotePlace, Person, Privacy, RecognitionGroup
from recapdesk.model.paths import FieldPath
from recapdesk.model.validation import github_id_problem
from recapdesk.ui.forms.record_table import Column, RecordTableModel
from recapdesk.ui.forms.tabs.recognition_avatars import THUMBNAIL, AvatarControls
from recapdesk.ui.forms.tabs.recognition_groups import GROUPS_PATH, columns_with, headers_for
from recapdesk.ui.forms.widgets.form_parts import MARKDOWN_MIN_HEIGHT, SectionForm
from recapdesk.ui.forms.widgets.record_table_editor import RecordTableEditor
from recapdesk.ui.i18n import translate


class GroupEditorForm(SectionForm):
    """The editors of one recognition group, the one whose id is ``_selected_id``."""

    _selected_id: str | None = None

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
        edit.setPlaceholderText(
            translate("RecognitionTab", "Markdown: **bold**, [text](https://…), - list items")
        )
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
            GroupColumn.INDEX: translate("RecognitionTab", "No."),
            GroupColumn.PHOTO: translate("RecognitionTab", "Photo"),
            GroupColumn.NAME: translate("RecognitionTab", "Name"),
            GroupColumn.COMPANY: translate("RecognitionTab", "Company"),
            GroupColumn.TITLE: translate("RecognitionTab", "Position"),
            GroupColumn.AFFILIATION: translate("RecognitionTab", "Company and position"),
            GroupColumn.CITY: translate("RecognitionTab", "City"),
            GroupColumn.COHORT: translate("RecognitionTab", "Cohort"),
            GroupColumn.ROLE: translate("RecognitionTab", "Role"),
            GroupColumn.GITHUB: translate("RecognitionTab", "GitHub"),
            GroupColumn.CONTRIBUTION: translate("RecognitionTab", "What they did"),
            GroupColumn.CITATION: translate("RecognitionTab", "Citation"),
        }

    def _build_group(self) -> None:
        self._group_fields: dict[str, QWidget] = {}
        form = self.new_form()
        self.heading = QLineEdit(self.body)
        self.heading.setObjectName("group_heading")
        self.show_heading = QCheckBox(translate("RecognitionTab", "Sh&ow heading"), self.body)
        self.show_heading.setObjectName("group_show_heading")
        self.show_heading.setAccessibleName(translate("RecognitionTab", "Show heading"))
        self.sub_heading = QCheckBox(translate("RecognitionTab", "Su&b-heading"), self.body)
        self.sub_heading.setObjectName("group_sub_heading")
        self.sub_heading.setAccessibleName(translate("RecognitionTab", "Sub-heading"))
        self.sub_heading.setToolTip(
            translate(
                "RecognitionTab",
                "A ### heading under the section before it, not numbered: one of several "
                "awards under one section",
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.show_heading)
        row.addWidget(self.sub_heading)
        form.addRow(self.label_for(translate("RecognitionTab", "Headi&ng:"), self.heading), row)
        self.binder.line(self.heading, lambda: self._path("heading"))
        self.binder.check(self.show_heading, lambda: self._path("show_heading"))
        self.binder.check(self.sub_heading, lambda: self._path("sub_heading"))
        self._register("heading", self.heading)
        self._register("show_heading", self.show_heading)
        self._register("sub_heading", self.sub_heading)
        self._markdown(form, translate("RecognitionTab", "&Introduction:"), "intro")
        award = self._markdown(form, translate("RecognitionTab", "Awa&rd line:"), "award")
        award.setPlaceholderText(
            translate(
                "RecognitionTab", "e.g. 下面是本期评出的**[Kubernetes源码之星](https://…)**："
            )
        )
        award.setMinimumHeight(MARKDOWN_MIN_HEIGHT // 2)
        self._combo(
            form,
            translate("RecognitionTab", "Layou&t:"),
            "layout",
            [
                (translate("RecognitionTab", "Table"), GroupLayout.TABLE),
                (translate("RecognitionTab", "List: name — citation"), GroupLayout.LIST),
                (translate("RecognitionTab", "Name wall"), GroupLayout.WALL),
                (translate("RecognitionTab", "Citation list"), GroupLayout.CITATIONS),
            ],
        )
        self.wall_box = self._combo(
            form,
            translate("RecognitionTab", "Name&s per row (name wall):"),
            "wall_columns",
            [(str(n), n) for n in range(1, 9)],
        )
        self._build_columns(form)
        self._combo(
            form,
            translate("RecognitionTab", "&Privacy:"),
            "privacy",
            [
                (translate("RecognitionTab", "Show by name and company"), Privacy.NAME_COMPANY),
                (
                    translate("RecognitionTab", "Show by name (no company, position, city)"),
                    Privacy.NAME,
                ),
                (translate("RecognitionTab", "GitHub ids only (no names)"), Privacy.GITHUB),
            ],
        )
        self._markdown(form, translate("RecognitionTab", "Privac&y note:"), "privacy_note")
        self._combo(
            form,
            translate("RecognitionTab", "Note pla&ced:"),
            "privacy_note_place",
            [
                (translate("RecognitionTab", "Above the people"), NotePlace.BEFORE),
                (translate("RecognitionTab", "Below the people"), NotePlace.AFTER),
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
                # The photo's thumbnail beside its reference (recognition_avatars.py).
                Column(
                    "photo",
                    names[GroupColumn.PHOTO],
                    decoration=lambda reference: self.avatars.thumbnail(reference),
                ),
            ],
        )
        self.people_model.setParent(self)
        self.people_table = RecordTableEditor(self.people_model, "groupPeople", self.body)
        self.people_table.setMinimumHeight(200)
        self.people_table.view.setTabKeyNavigation(False)
        self.people_table.view.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.people_table.view.verticalHeader().setDefaultSectionSize(THUMBNAIL + 4)
        form.addRow(self.label_for(translate("RecognitionTab", "Peop&le:"), self.people_table.view))
        form.addRow(self.people_table)
        self.chain(self.people_table.view)
        for button in self.table_buttons(self.people_table):
            self.chain(button)
        self.avatars = AvatarControls(
            self.document, self.people_model, self._path, self._current_person, self.body
        )
        form.addRow(self.avatars)
        for button in self.avatars.buttons():
            self.chain(button)
        view = self.people_table.view
        view.selectionModel().selectionChanged.connect(lambda *_: self.avatars.follow())
        self.people_model.modelReset.connect(self.avatars.follow)
        self.people_model.dataChanged.connect(lambda *_: self.avatars.follow())
        self._markdown(form, translate("RecognitionTab", "Closing te&xt:"), "outro")

    def _current_person(self) -> int:
        """The row of the one person selected in the people table, else -1."""
        rows = self.people_table.selected_rows()
        return rows[0] if len(rows) == 1 else -1

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
        # How the GitHub column writes ids: "@id", as contributor lists often do.
        self.github_at = QCheckBox(
            translate("RecognitionTab", "Mar&k GitHub ids with @"), self.body
        )
        self.github_at.setObjectName("group_github_at")
        self.github_at.setAccessibleName(translate("RecognitionTab", "GitHub ids as @id"))
        grid.addWidget(self.github_at, len(self.column_boxes) // 4 + 1, 0, 1, 4)
        self.binder.check(self.github_at, lambda: self._path("github_at"))
        self._register("github_at", self.github_at)
        container = QWidget(self.body)
        container.setObjectName("groupColumns")
        container.setLayout(grid)
        form.addRow(
            self.label_for(
                translate("RecognitionTab", "Colu&mns shown:"), container, names_buddy=False
            ),
            container,
        )
        self._group_fields["columns"] = container

    def selected_group(self) -> RecognitionGroup | None:
        path = self._path()
        return self.document.value(path) if path is not None else None

    def show_column(self, column: GroupColumn, shown: bool) -> None:
        group, path = self.selected_group(), self._path()
        if group is None or path is None:
            return
        columns = columns_with(group, column, shown)
        changed = group.model_copy(
            update={"columns": columns, "headers": headers_for(group, columns)}, deep=True
        )
        self.document.set_field(path, RecognitionGroup.model_validate(changed.model_dump()))
