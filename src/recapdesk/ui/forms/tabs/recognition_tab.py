"""The Recognition tab (表彰): any number of recognition groups, each a section of the article.

A list picks a group; Add, Delete, Move up and Move down change the groups and the section
order together, as one undo step each (:meth:`ProjectDocument.set_project`). Below it, the
selected group: heading, introduction, award line, layout, columns, privacy and its note, the
people (the record table: paste rows from a spreadsheet, drag to reorder) and a closing text.
The editors bind to the selected group by its id, so an undo or redo never moves them to
another group; the preview scrolls to the group selected.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QWidget,
)

from recapdesk.compose.words import GROUP_HEADINGS
from recapdesk.model import (
    GroupColumn,
    GroupLayout,
    RecognitionGroup,
    group_key,
)
from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.list_model import follow_current
from recapdesk.ui.forms.tabs.recognition_editor import GroupEditorForm
from recapdesk.ui.forms.tabs.recognition_groups import (
    GROUPS_PATH,
    GroupListModel,
    fresh_group_id,
    with_group_added,
    with_group_deleted,
    with_group_moved,
)


class RecognitionTab(GroupEditorForm):
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

    # -- following the document and the selection ---------------------------------------------

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
        self.avatars.follow()
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
        self.document.set_project(
            with_group_added(project, group, self._selected_id), self.tr("Add group")
        )
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
        changed = with_group_deleted(project, group_id)
        self.document.set_project(changed, self.tr("Delete group"))
        groups = changed.groups
        if groups:
            self.select_group(groups[min(row, len(groups) - 1)].id)

    def move_selected(self, step: int) -> None:
        """Swap the selected group with its neighbour, in the list and in the article."""
        group_id = self._selected_id
        if group_id is None:
            return
        project = self.document.project
        changed = with_group_moved(project, group_id, step)
        if changed is None:
            return
        text = self.tr("Move group up") if step < 0 else self.tr("Move group down")
        self.document.set_project(changed, text)
        self.select_group(group_id)
