"""Completion of number fields in a Markdown body: typing ``{`` offers the background numbers'
keys (``{participants}``), each shown with its label and value.

The body is a plain QPlainTextEdit bound to its field; the completion only inserts text into
it, so the edit reaches the model as any typing does (one undo step with the typing around it).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit

from recapdesk.compose.inline_fields import number_value
from recapdesk.compose.words import WORDS
from recapdesk.model.sections import NUMBER_KEY_PATTERN
from recapdesk.ui.document import ProjectDocument

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_TYPED = re.compile(r"\{((?:" + NUMBER_KEY_PATTERN + r")?)$")
_CHOOSE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class NumberCompleter(QObject):
    """The completer of one body editor (kept alive as the editor's child)."""

    def __init__(self, edit: QPlainTextEdit, document: ProjectDocument) -> None:
        super().__init__(edit)
        self.setObjectName(f"{edit.objectName()}_numberCompleter")
        self.edit = edit
        self.document = document
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        self.completer.setCompletionRole(KEY_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # The completer's own popup, which it creates and deletes (one made here would be
        # deleted twice: by Python and by the completer).
        popup = self.completer.popup()
        assert popup is not None
        self.popup: QAbstractItemView = popup
        self.completer.activated.connect(lambda _text: self._choose())  # a click
        # Enter, Tab and Escape go to the popup's own filter before QCompleter's, which would
        # hand Enter to the editor (a new line) instead of choosing the key.
        self.popup.installEventFilter(self)
        edit.textChanged.connect(self._typed)

    def typed_key(self) -> str | None:
        """The part of a key typed after ``{`` just before the cursor, or None."""
        cursor = self.edit.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        match = _TYPED.search(before)
        return match.group(1) if match else None

    def _keys(self) -> None:
        project = self.document.project
        words = WORDS[project.article.language]
        self.model.clear()
        for number in project.background.numbers:
            if not number.key:
                continue
            shown = f"{number.key}  {number.label} {number_value(number, words)}{number.unit}"
            item = QStandardItem(shown.strip())
            item.setData(number.key, KEY_ROLE)
            self.model.appendRow(item)

    def _typed(self) -> None:
        if not self.edit.hasFocus():
            return
        prefix = self.typed_key()
        popup = self.popup
        if prefix is None:
            popup.hide()
            return
        self._keys()
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.edit.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 8)
        self.completer.complete(rect)

    def insert(self, key: str) -> None:
        """Complete the key being typed to ``key`` and close its brace."""
        prefix = self.typed_key()
        if prefix is None:
            return
        cursor = self.edit.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        after = self.edit.document().characterAt(cursor.selectionEnd())
        cursor.insertText(key if after == "}" else key + "}")
        if after == "}":
            cursor.movePosition(QTextCursor.MoveOperation.Right)
        self.edit.setTextCursor(cursor)
        self.popup.hide()

    def _choose(self) -> None:
        index = self.popup.currentIndex()
        if index.isValid():
            self.insert(str(index.data(KEY_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _CHOOSE and self.popup.currentIndex().isValid():
                self._choose()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
        return super().eventFilter(watched, event)


def complete_numbers(edit: QPlainTextEdit, document: ProjectDocument) -> NumberCompleter:
    """Offer the numbers' keys in ``edit`` after ``{``."""
    return NumberCompleter(edit, document)
