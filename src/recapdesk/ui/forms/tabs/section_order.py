"""The article's section order: every section, labelled with its heading, with a checkbox for
whether it is in the article; reordered by drag and drop or Move up/down, one undo step each."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recapdesk.compose.words import DEFAULT_HEADINGS, group_heading
from recapdesk.model import GROUP_PREFIX, BuiltinSection, RecognitionGroup, SectionSlot
from recapdesk.model.paths import FieldPath
from recapdesk.model.project import FREE_PREFIX
from recapdesk.model.sections import Section
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.list_model import DocumentListModel, Index, follow_current

ORDER_PATH: FieldPath = ("order",)
HIDDEN_COLOR = "#888888"


class SectionOrderModel(DocumentListModel):
    mime_type = "application/x-recapdesk-section-order"

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document, ORDER_PATH)

    def identity(self, item: Any) -> Hashable:
        # The key, not the visibility: toggling a checkbox must not look like a new row.
        assert isinstance(item, SectionSlot)
        return item.key

    def key(self, row: int) -> str:
        return str(self.identity_at(row))

    def heading(self, key: str) -> str:
        """The heading the article shows for ``key`` (the default one if the user set none)."""
        project = self.document.project
        if key.startswith(FREE_PREFIX):
            try:
                heading = project.free_section(key.removeprefix(FREE_PREFIX)).heading.strip()
            except KeyError:  # a free section being removed; the reset follows
                return ""
            return heading or self.tr("(untitled section)")
        if key.startswith(GROUP_PREFIX):
            try:
                return group_heading(project, key.removeprefix(GROUP_PREFIX))
            except KeyError:  # a group being removed; the reset follows
                return ""
        section = BuiltinSection(key)
        model: Section = getattr(project, section.value)
        return model.heading.strip() or DEFAULT_HEADINGS[project.article.language][section]

    def label(self, item: Any) -> str:
        assert isinstance(item, SectionSlot)
        return self.heading(item.key)

    def item_data(self, item: Any, role: int) -> Any:
        assert isinstance(item, SectionSlot)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not item.visible:
            return QBrush(QColor(HIDDEN_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return None

    def _tooltip(self, slot: SectionSlot) -> str:
        notes = [self.tr("Free section") if slot.key.startswith(FREE_PREFIX) else ""]
        if slot.key.startswith(GROUP_PREFIX):
            notes = [self.tr("Recognition group")]
        if not slot.visible:
            notes.append(self.tr("Hidden: left out of the article"))
        elif not slot.key.startswith(FREE_PREFIX):
            project = self.document.project
            model: Section | RecognitionGroup
            if slot.key.startswith(GROUP_PREFIX):
                group_id = slot.key.removeprefix(GROUP_PREFIX)
                if group_id not in {group.id for group in project.groups}:
                    return ""  # a group being removed; the reset follows
                model = project.group(group_id)
            else:
                model = getattr(project, slot.key)
            if not model.show_heading:
                notes.append(self.tr("Heading not shown: continues the section before it"))
        return "\n".join(note for note in notes if note)

    def labels_depend_on(self, changed: FieldPath) -> bool:
        # Labels come from headings, free sections and the article language; the list is short,
        # so refreshing every label on any change is cheaper than working out which changed.
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        # Views pass the state as an int or as the enum, depending on the PySide6 version.
        visible = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_visible(index.row(), visible)
        return True

    def set_visible(self, row: int, visible: bool) -> None:
        slots = [slot.model_copy() for slot in self.items()]
        if not 0 <= row < len(slots) or slots[row].visible == visible:
            return
        slots[row].visible = visible
        text = self.tr("Show section") if visible else self.tr("Hide section")
        self.set_items(slots, text)


class SectionOrderEditor(QWidget):
    """The section-order list with its Move up/down buttons."""

    current_key_changed = Signal(str)  # the selected section's order key, "" when none

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionOrderEditor")
        self.model = SectionOrderModel(document)
        self.model.setObjectName("sectionOrderModel")

        self.view = QListView(self)
        self.view.setObjectName("sectionOrderList")
        self.view.setAccessibleName(self.tr("Section order"))
        self.view.setAccessibleDescription(
            self.tr("Checked sections are in the article; drag or use Move up/down to reorder")
        )
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        # Room for the five built-in sections and a few free ones without scrolling.
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 6)
        self.view.setMaximumHeight(self.view.fontMetrics().lineSpacing() * 11)

        label = QLabel(self.tr("Section o&rder (checked sections are in the article):"), self)
        label.setBuddy(self.view)
        self.up_button = self._button("sectionMoveUp", self.tr("Move &up"), -1)
        self.down_button = self._button("sectionMoveDown", self.tr("Move do&wn"), 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        # While the model resets (a free section added or removed, an undo), the current row is
        # put back by follow_current; that is no choice of the user's, so it is not announced.
        self._following = False
        self.model.modelAboutToBeReset.connect(self._reset_begins)
        follow_current(self.view, self.model)
        self.model.modelReset.connect(self._reset_ends)  # after follow_current's own slot
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.model.layoutChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, step: int) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self.move_selected(step))
        return button

    def selected_key(self) -> str | None:
        current = self.view.currentIndex()
        if not current.isValid() or not self.view.selectionModel().isSelected(current):
            return None
        return self.model.key(current.row())

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def move_selected(self, step: int) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        row = current.row()
        if not 0 <= row + step < self.model.rowCount():
            return
        # ``move`` inserts before its destination: one up is before row-1, one down before row+2.
        first = self.model.move([row], row - 1 if step < 0 else row + 2, self.tr("Move section"))
        self.select_row(first)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()
        if not self._following:
            key = self.model.key(current.row()) if current.isValid() else ""
            self.current_key_changed.emit(key)

    def _reset_begins(self) -> None:
        self._following = True

    def _reset_ends(self) -> None:
        self._following = False

    def _update_buttons(self) -> None:
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
