"""Free sections (thanks, shortcomings, outlook): a list to pick one, Add and Delete, and the
selected section's heading and Markdown body.

Adding or deleting a free section changes ``free_sections`` and the section order together, so
both go through :meth:`ProjectDocument.set_project` as one undo step; the editors bind to the
selected section by its id, so an undo or redo elsewhere never moves the editor to another one.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recapdesk.model import FreeSection, Project, SectionSlot, free_key
from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import Binder
from recapdesk.ui.forms.tabs.list_model import DocumentListModel, follow_current
from recapdesk.ui.forms.widgets.number_completer import complete_numbers

FREE_PATH: FieldPath = ("free_sections",)
ID_PREFIX = "section-"


def fresh_id(taken: set[str]) -> str:
    """``section-1``, ``section-2``...: the first one not in use."""
    number = 1
    while f"{ID_PREFIX}{number}" in taken:
        number += 1
    return f"{ID_PREFIX}{number}"


def with_free_sections(
    project: Project, sections: list[FreeSection], order: list[SectionSlot]
) -> Project:
    """A copy of ``project`` with other free sections and order. Both change in one
    validation: assigning them one after the other would leave the project, in between, with
    an order naming a section that is gone (refused) or missing one (appended behind our back)."""
    data = project.model_dump()
    data["free_sections"] = [section.model_dump() for section in sections]
    data["order"] = [slot.model_dump() for slot in order]
    return Project.model_validate(data)


class FreeSectionListModel(DocumentListModel):
    # Free sections are placed by the section order, so this list is only for picking one.
    reorderable = False

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document, FREE_PATH)

    def identity(self, item: Any) -> Hashable:
        assert isinstance(item, FreeSection)
        return item.id

    def section_id(self, row: int) -> str:
        return str(self.identity_at(row))

    def label(self, item: Any) -> str:
        assert isinstance(item, FreeSection)
        return item.heading.strip() or self.tr("(untitled section)")


class FreeSectionsEditor(QWidget):
    current_key_changed = Signal(str)  # "free:<id>" of the selected section, "" when none

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freeSectionsEditor")
        self.document = document
        self.model = FreeSectionListModel(document)
        self.model.setObjectName("freeSectionModel")

        self.view = QListView(self)
        self.view.setObjectName("freeSectionList")
        self.view.setAccessibleName(self.tr("Free sections"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A handful of sections at most: keep the room for the body being written.
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 3)
        self.view.setMaximumHeight(self.view.fontMetrics().lineSpacing() * 6)
        list_label = QLabel(self.tr("Free sections (&placed by the section order above):"), self)
        list_label.setBuddy(self.view)

        self.add_button = self._button("freeSectionAdd", self.tr("&Add section"))
        self.add_button.clicked.connect(self.add_section)
        self.delete_button = self._button("freeSectionDelete", self.tr("&Delete section"))
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.heading = QLineEdit(self)
        self.heading.setObjectName("free_section_heading")
        self.heading.setAccessibleName(self.tr("Free section heading"))
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("free_section_body")
        self.body.setAccessibleName(self.tr("Free section body (Markdown)"))
        self.body.setPlaceholderText(self.tr("Markdown: paragraphs, lists, links"))
        # Tab moves on to the next field, as everywhere in the form; Markdown indents with spaces.
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 8)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self._label(self.tr("Head&ing:"), self.heading), self.heading)
        form.addRow(self._label(self.tr("&Markdown body:"), self.body), self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(list_label)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self.setTabOrder(self.view, self.add_button)
        self.setTabOrder(self.add_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.heading)
        self.setTabOrder(self.heading, self.body)

        self._selected_id: str | None = None
        self.binder = Binder(document, self)
        self.binder.line(self.heading, lambda: self._path("heading"))
        self.binder.text(self.body, lambda: self._path("body"))
        complete_numbers(self.body, document)

        follow_current(self.view, self.model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- selection ------------------------------------------------------------------------------

    def _path(self, field: str) -> FieldPath | None:
        if self._selected_id is None:
            return None
        for index, section in enumerate(self.document.project.free_sections):
            if section.id == self._selected_id:
                return (*FREE_PATH, index, field)
        return None

    def selected_key(self) -> str | None:
        return None if self._selected_id is None else free_key(self._selected_id)

    def select_id(self, section_id: str) -> bool:
        row = self.model.row_of(section_id)
        if row is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def _selection_changed(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        chosen = self.model.section_id(rows[0].row()) if len(rows) == 1 else None
        self.delete_button.setEnabled(chosen is not None)
        if chosen != self._selected_id:
            self._selected_id = chosen
            self.binder.refresh()
            self.current_key_changed.emit(free_key(chosen) if chosen else "")

    # -- editing --------------------------------------------------------------------------------

    def add_section(self) -> str:
        """Append a new free section to the article as one undo step; select its heading."""
        project = self.document.project
        section_id = fresh_id({section.id for section in project.free_sections})
        section = FreeSection(id=section_id, heading=self.tr("New section"))
        changed = with_free_sections(
            project,
            [*project.free_sections, section],
            [*project.order, SectionSlot(key=free_key(section_id))],
        )
        self.document.set_project(changed, self.tr("Add free section"))
        self.select_id(section_id)
        self.heading.setFocus()
        self.heading.selectAll()  # typing replaces the placeholder heading
        return section_id

    def delete_selected(self) -> None:
        """Remove the selected section and its place in the order: one step, undo restores."""
        section_id = self._selected_id
        if section_id is None:
            return
        project = self.document.project
        changed = with_free_sections(
            project,
            [section for section in project.free_sections if section.id != section_id],
            [slot for slot in project.order if slot.key != free_key(section_id)],
        )
        self.document.set_project(changed, self.tr("Delete free section"))
