"""The columns of the honorees table as the user arranges them: which are shown, in which order
(top to bottom here is left to right in the article), and each one's heading in the article.

The model keeps the headings by position in ``columns`` (``Honorees.headers``), so every change
of the columns writes the headings again in the same undo step: a heading stays with its column
when the column moves, and goes with it when it is removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from recapdesk.compose.words import WORDS
from recapdesk.model import HonoreeColumn, Honorees
from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import UNLIMITED

COLUMNS_PATH: FieldPath = ("honorees", "columns")
HEADERS_PATH: FieldPath = ("honorees", "headers")
PRIVACY_PATH: FieldPath = ("honorees", "privacy")
LANGUAGE_PATH: FieldPath = ("article", "language")
WATCHED = (COLUMNS_PATH, HEADERS_PATH, PRIVACY_PATH, LANGUAGE_PATH)
# With privacy on, the article shows only these columns; the others stay chosen for later.
PRIVATE_COLUMNS = (HonoreeColumn.INDEX, HonoreeColumn.GITHUB)


def column_insert_position(columns: Sequence[HonoreeColumn], column: HonoreeColumn) -> int:
    """Where a newly shown ``column`` goes: right after the last shown column that comes before
    it in the standard order, so the columns the user already arranged never move."""
    standard = list(HonoreeColumn)
    earlier = set(standard[: standard.index(column)])
    for position in range(len(columns) - 1, -1, -1):
        if columns[position] in earlier:
            return position + 1
    return 0


def own_headings(honorees: Honorees) -> dict[HonoreeColumn, str]:
    """Each column's own heading, read as the article reads it (compose.people)."""
    return dict(zip(honorees.columns, honorees.headers, strict=False))


def headers_for(columns: Sequence[HonoreeColumn], own: dict[HonoreeColumn, str]) -> list[str]:
    """The headings by position in ``columns``, without the trailing empty ones (which say
    nothing a missing entry does not)."""
    headers = [own.get(column, "") for column in columns]
    while headers and not headers[-1]:
        headers.pop()
    return headers


@dataclass
class ColumnRow:
    """The widgets of one column, kept together as the row moves."""

    box: QCheckBox
    heading: QLineEdit
    up: QToolButton
    down: QToolButton


class HonoreeColumnsEditor(QWidget):
    """One row per column: shown or not, its heading, and buttons to move it (also Alt+Up and
    Alt+Down while the row has the focus). Edits go to the document, one undo step each."""

    def __init__(
        self,
        document: ProjectDocument,
        names: dict[HonoreeColumn, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("honorees_columns")
        # The label's buddy: its mnemonic focuses a buddy that takes focus, here handed on to
        # the first row (the focus proxy). Not TabFocus: Tab goes to the rows themselves.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.document = document
        self.before: QWidget | None = None  # the field before the rows in the Tab order
        self._names = names
        self._order: list[HonoreeColumn] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        caption = QLabel(self.tr("Heading in the article"), self)
        caption.setObjectName("honorees_headers_caption")
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a caption, not a field
        self._grid.addWidget(caption, 0, 1)
        self.rows = {column: self._row(column, name) for column, name in names.items()}
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self, lambda s=step: self._move_focused(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    def _row(self, column: HonoreeColumn, name: str) -> ColumnRow:
        key = column.value
        box = QCheckBox(name, self)
        box.setObjectName(f"honorees_column_{key}")
        box.setAccessibleName(self.tr("Column: {name}").format(name=name))
        box.toggled.connect(lambda shown, c=column: self._toggle(c, shown))
        heading = QLineEdit(self)
        heading.setObjectName(f"honorees_header_{key}")
        heading.setAccessibleName(self.tr("Heading in the article: {name}").format(name=name))
        heading.setMaxLength(UNLIMITED)
        heading.textEdited.connect(lambda text, c=column: self._rename(c, text))
        up = self._move_button(column, Qt.ArrowType.UpArrow, self.tr("Move left: {name}"))
        up.setToolTip(self.tr("One place to the left in the article's table (Alt+Up)"))
        down = self._move_button(column, Qt.ArrowType.DownArrow, self.tr("Move right: {name}"))
        down.setToolTip(self.tr("One place to the right in the article's table (Alt+Down)"))
        return ColumnRow(box, heading, up, down)

    def _move_button(self, column: HonoreeColumn, arrow: Qt.ArrowType, text: str) -> QToolButton:
        button = QToolButton(self)
        step = -1 if arrow is Qt.ArrowType.UpArrow else 1
        button.setObjectName(f"honorees_column_{column.value}_{'up' if step < 0 else 'down'}")
        button.setArrowType(arrow)
        button.setAutoRaise(True)
        button.setAccessibleName(text.format(name=self._names[column]))
        # Out of the Tab order (two more stops per row); the keyboard has Alt+Up/Alt+Down.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.move_column(column, step))
        return button

    # -- showing the document ------------------------------------------------------------------

    def refresh(self) -> None:
        honorees = self.document.project.honorees
        shown = list(dict.fromkeys(honorees.columns))  # a hand-edited file may repeat one
        self._arrange(shown + [c for c in HonoreeColumn if c not in shown])
        own = own_headings(honorees)
        words = WORDS[self.document.project.article.language]
        for column, row in self.rows.items():
            chosen = column in shown
            hidden = honorees.privacy and column not in PRIVATE_COLUMNS
            with QSignalBlocker(row.box):
                row.box.setChecked(chosen)
            text = own.get(column, "") if chosen else ""
            if row.heading.text() != text:  # else the cursor would jump while typing
                row.heading.setText(text)
            row.heading.setPlaceholderText(words[column.value])
            # Disabled rather than unchecked: the choice is kept for when privacy is off again.
            tip = self.tr("Not shown while only GitHub ids are shown") if hidden else ""
            row.box.setEnabled(not hidden)
            row.box.setToolTip(tip)
            row.heading.setEnabled(chosen and not hidden)
            row.heading.setToolTip(tip)
            place = shown.index(column) if chosen else -1
            row.up.setEnabled(chosen and not hidden and place > 0)
            row.down.setEnabled(chosen and not hidden and place < len(shown) - 1)

    def _arrange(self, order: list[HonoreeColumn]) -> None:
        """Lay the rows out in ``order`` and give the Tab key the same order."""
        if order == self._order:
            return
        self._order = order
        for number, column in enumerate(order, start=1):
            row = self.rows[column]
            for place, widget in enumerate((row.box, row.heading, row.up, row.down)):
                self._grid.removeWidget(widget)
                self._grid.addWidget(widget, number, place)
        self.setFocusProxy(self.rows[order[0]].box)
        chain = self.focus_widgets()
        if self.before is not None:
            chain.insert(0, self.before)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_widgets(self) -> list[QWidget]:
        """The rows' Tab stops, top to bottom."""
        return [w for c in self._order for w in (self.rows[c].box, self.rows[c].heading)]

    def widget_for(self, path: FieldPath) -> QWidget:
        """The widget of ``("honorees", "columns"|"headers"[, position])``."""
        columns = self.document.project.honorees.columns
        position = path[2] if len(path) > 2 else None
        if not isinstance(position, int) or not 0 <= position < len(columns):
            return self.rows[self._order[0]].box
        row = self.rows[columns[position]]
        return row.heading if path[:2] == HEADERS_PATH and row.heading.isEnabled() else row.box

    # -- editing -----------------------------------------------------------------------------

    def _toggle(self, column: HonoreeColumn, shown: bool) -> None:
        columns = list(self.document.project.honorees.columns)
        if shown and column not in columns:
            columns.insert(column_insert_position(columns, column), column)
        elif not shown and column in columns:
            columns.remove(column)
        else:
            return
        self._set_columns(columns)

    def move_column(self, column: HonoreeColumn, step: int) -> None:
        """Move ``column`` one place left (``step`` -1) or right (1) in the table."""
        columns = list(self.document.project.honorees.columns)
        if column not in columns:
            return
        place = columns.index(column)
        if not 0 <= place + step < len(columns):
            return
        columns[place], columns[place + step] = columns[place + step], columns[place]
        self._set_columns(columns)

    def _move_focused(self, step: int) -> None:
        focused = QApplication.focusWidget()
        for column, row in self.rows.items():
            # The heading is enabled exactly when the column is shown and may move.
            if focused in (row.box, row.heading) and row.heading.isEnabled():
                self.move_column(column, step)
                return

    def _set_columns(self, columns: list[HonoreeColumn]) -> None:
        """New columns with their headings moved along, as one undo step."""
        honorees = self.document.project.honorees
        headers = headers_for(columns, own_headings(honorees))
        text = self.tr("Honoree table columns")
        stack = self.document.undo_stack
        with_headers = headers != honorees.headers  # else no macro: it would hold one step
        if with_headers:
            stack.beginMacro(text)
        self.document.set_list(COLUMNS_PATH, columns, text)
        self.document.set_list(HEADERS_PATH, headers, text)
        if with_headers:
            stack.endMacro()

    def _rename(self, column: HonoreeColumn, text: str) -> None:
        honorees = self.document.project.honorees
        if column not in honorees.columns:
            return
        own = own_headings(honorees)
        own[column] = text
        headers = headers_for(honorees.columns, own)
        part = (*HEADERS_PATH, honorees.columns.index(column))
        self.document.set_field(HEADERS_PATH, headers, typing=True, typing_in=part)
