"""The people of the Testimonials tab: the list (add, delete, duplicate, move, drag to
reorder: one undo step each, several rows at once) and the selected person's attribution
fields and Markdown body, disabled unless exactly one person is selected."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recapdesk.model import Testimonial
from recapdesk.model.paths import FieldPath
from recapdesk.model.validation import github_id_problem
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import Binder
from recapdesk.ui.forms.palette import problem_text_style
from recapdesk.ui.forms.tabs.list_model import follow_current
from recapdesk.ui.forms.tabs.testimonial_list import PEOPLE_PATH, TestimonialListModel
from recapdesk.ui.forms.widgets.number_completer import complete_numbers

PERSON_FIELDS = ("name", "company", "cohort", "role", "github", "body")


class TestimonialPeopleEditor(QWidget):
    current_person_changed = Signal(int)  # the row the details edit, -1 for none or several

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testimonialPeopleEditor")
        self.document = document
        self.model = TestimonialListModel(document)
        self.model.setObjectName("testimonialModel")

        self.view = QListView(self)
        self.view.setObjectName("testimonialList")
        self.view.setAccessibleName(self.tr("People"))
        self.view.setModel(self.model)
        # Every row is one line of text: without this the view measures all rows (hundreds
        # on a large project) again whenever one of them changes, i.e. on every keystroke.
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 8)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.add_button = self._button("testimonialAdd", self.tr("&Add"), self.add_person)
        self.duplicate_button = self._button(
            "testimonialDuplicate", self.tr("Dupli&cate"), self.duplicate_selected
        )
        self.delete_button = self._button(
            "testimonialDelete", self.tr("&Delete"), self.delete_selected
        )
        self.up_button = self._button(
            "testimonialMoveUp", self.tr("Move &up"), lambda: self.move_selected(-1)
        )
        self.down_button = self._button(
            "testimonialMoveDown", self.tr("Move do&wn"), lambda: self.move_selected(1)
        )
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.duplicate_button, 0, 1)
        buttons.addWidget(self.delete_button, 0, 2)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        list_column = QVBoxLayout()
        list_column.addWidget(self._label(self.tr("&People (drag to reorder):"), self.view))
        list_column.addWidget(self.view)
        list_column.addLayout(buttons)

        self.name = self._line("testimonial_name", self.tr("Name"))
        self.company = self._line("testimonial_company", self.tr("Company"))
        self.cohort = self._line("testimonial_cohort", self.tr("Cohort"))
        self.cohort.setPlaceholderText(self.tr("e.g. first cohort"))
        self.role = self._line("testimonial_role", self.tr("Role"))
        self.github = self._line("testimonial_github", self.tr("GitHub id"))
        self.github.setPlaceholderText(self.tr("without @"))
        self.github_problem = QLabel(self)
        self.github_problem.setObjectName("testimonial_github_problem")
        self.github_problem.setStyleSheet(problem_text_style())
        self.github_problem.setWordWrap(True)
        self.github_problem.hide()
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("testimonial_body")
        self.body.setAccessibleName(self.tr("Testimonial (Markdown)"))
        self.body.setPlaceholderText(self.tr("What they said, in Markdown"))
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 10)
        # Tab moves on to the next field, as in the rest of the form; Markdown indents with spaces.
        self.body.setTabChangesFocus(True)
        details = QFormLayout()
        details.addRow(self._label(self.tr("&Name:"), self.name), self.name)
        details.addRow(self._label(self.tr("C&ompany:"), self.company), self.company)
        details.addRow(self._label(self.tr("Coho&rt:"), self.cohort), self.cohort)
        details.addRow(self._label(self.tr("Ro&le:"), self.role), self.role)
        details.addRow(self._label(self.tr("&GitHub id:"), self.github), self.github)
        details.addRow("", self.github_problem)
        details.addRow(self._label(self.tr("Testi&monial:"), self.body), self.body)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(list_column, 2)
        row.addLayout(details, 3)
        for first, second in pairwise(self.focus_chain()):
            self.setTabOrder(first, second)

        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "company": self.company,
            "cohort": self.cohort,
            "role": self.role,
            "github": self.github,
            "body": self.body,
        }
        self._current_row = -1
        self.binder = Binder(document, self)
        for field in ("name", "company", "cohort", "role"):
            widget = self.fields[field]
            assert isinstance(widget, QLineEdit)
            self.binder.line(widget, self._path_of(field))
        self.binder.line(
            self.github,
            self._path_of("github"),
            validator=github_id_problem,
            message=self.github_problem,
        )
        self.binder.text(self.body, self._path_of("body"))
        complete_numbers(self.body, document)

        follow_current(self.view, self.model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.layoutChanged.connect(self._selection_changed)
        self._selection_changed()

    def focus_chain(self) -> list[QWidget]:
        """The editor's widgets in tab order."""
        return [
            self.view,
            self.add_button,
            self.duplicate_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.name,
            self.company,
            self.cohort,
            self.role,
            self.github,
            self.body,
        ]

    def _line(self, name: str, accessible: str) -> QLineEdit:
        widget = QLineEdit(self)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # -- selection --------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def current_person(self) -> int:
        """The row the detail fields edit: the one selected person, else -1."""
        return self._current_row

    def _path_of(self, field: str) -> Callable[[], FieldPath | None]:
        def path() -> FieldPath | None:
            row = self._current_row
            return None if row < 0 else (*PEOPLE_PATH, row, field)

        return path

    def _selection_changed(self, *_: object) -> None:
        rows = self.selected_rows()
        count = self.model.rowCount()
        row = rows[0] if len(rows) == 1 and rows[0] < count else -1
        self.delete_button.setEnabled(bool(rows))
        self.duplicate_button.setEnabled(bool(rows))
        self.up_button.setEnabled(bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(bool(rows) and rows[-1] < count - 1)
        if row != self._current_row:
            self._current_row = row
            self.current_person_changed.emit(row)
        # Refresh even for the same row: after a move or an undo it may hold another person.
        self.binder.refresh()

    def select_rows(self, first: int, count: int) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in range(first, first + count):
            selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
        if count:
            selection.setCurrentIndex(
                self.model.index(first, 0), QItemSelectionModel.SelectionFlag.Current
            )

    def select_person(self, row: int, field: str = "name") -> QWidget | None:
        """Select person ``row`` alone; the widget of ``field``, or None if there is none."""
        if not 0 <= row < self.model.rowCount() or field not in self.fields:
            return None
        self.select_rows(row, 1)
        return self.fields[field]

    # -- row operations ---------------------------------------------------------------------

    def add_person(self) -> None:
        """A new, empty person after the selection (or at the end), selected, name focused."""
        rows = self.selected_rows()
        at = rows[-1] + 1 if rows else self.model.rowCount()
        self.model.insert(at, [Testimonial()], self.tr("Add person"))
        self.select_rows(at, 1)
        self.name.setFocus()

    def duplicate_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        people = self.model.people()
        copies = [people[row].model_copy() for row in rows]
        self.model.insert(rows[-1] + 1, copies, self.tr("Duplicate %n person(s)", "", len(rows)))
        self.select_rows(rows[-1] + 1, len(copies))

    def delete_selected(self) -> None:
        """Delete the selected people as one step, no question asked: undo brings them back."""
        rows = self.selected_rows()
        if not rows:
            return
        self.model.remove(rows, self.tr("Delete %n person(s)", "", len(rows)))
        if self.model.rowCount():
            self.select_rows(min(rows[0], self.model.rowCount() - 1), 1)

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if not rows or (step < 0 and rows[0] == 0):
            return
        if step > 0 and rows[-1] == self.model.rowCount() - 1:
            return
        # ``move`` inserts before its destination: one up is before the row above the block,
        # one down is before the row two below its end.
        destination = rows[0] - 1 if step < 0 else rows[-1] + 2
        first = self.model.move(rows, destination, self.tr("Move %n person(s)", "", len(rows)))
        self.select_rows(first, len(rows))
