"""Bind form widgets to fields of the open project.

A binding sends the user's edits to the document as undo commands and shows the model's value
again whenever that field changes (an edit elsewhere, undo, redo, open). The path may depend on
a selection (the selected testimonial), so a binding takes a function that returns the current
path, or ``None`` when nothing is selected (the widget is then disabled and empty).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.palette import invalid_field_style
from recapdesk.ui.i18n import translate

PathSource = FieldPath | Callable[[], FieldPath | None]
Validator = Callable[[str], str | None]

INVALID_STYLE = invalid_field_style()  # a red mark that keeps the text readable in dark palettes
UNLIMITED = 2**31 - 1
"""Model text has no length limit; QLineEdit's default of 32,767 characters would silently
cut a longer value (from a file or a paste) at the first keystroke in the field."""


def _covers(changed: FieldPath, path: FieldPath) -> bool:
    """True when a change at ``changed`` may have changed the field at ``path``."""
    return path[: len(changed)] == changed or changed[: len(path)] == path


class _Binding:
    def __init__(self, widget: QWidget, source: PathSource) -> None:
        self.widget = widget
        self._source = source

    def path(self) -> FieldPath | None:
        return self._source() if callable(self._source) else self._source


class Binder(QObject):
    """All the bindings of one form; refreshes them when their fields change."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._bindings: list[tuple[_Binding, Callable[[Any], None]]] = []
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)

    # -- widget kinds -----------------------------------------------------------------------

    def line(
        self,
        widget: QLineEdit,
        source: PathSource,
        validator: Validator | None = None,
        message: QLabel | None = None,
    ) -> None:
        """A one-line text field; ``validator`` marks a bad value at the field with its reason
        (the value is still kept, never dropped)."""
        binding = _Binding(widget, source)
        widget.setMaxLength(UNLIMITED)

        def show_problem(text: str) -> None:
            problem = validator(text) if validator else None
            if problem:  # the validators' reasons are marked for translation (model/validation)
                problem = translate("Validation", problem)
            widget.setStyleSheet(INVALID_STYLE if problem else "")
            widget.setToolTip(problem or "")
            widget.setAccessibleDescription(problem or "")
            if message is not None:
                message.setText(problem or "")
                message.setVisible(bool(problem))

        def show(value: Any) -> None:
            text = "" if value is None else str(value)
            if widget.text() != text:
                with QSignalBlocker(widget):
                    widget.setText(text)
            show_problem(text)

        def edited(text: str) -> None:
            show_problem(text)
            self._send(binding, text)

        widget.textEdited.connect(edited)
        self._add(binding, show)

    def text(self, widget: QPlainTextEdit, source: PathSource) -> None:
        """A multi-line (Markdown) text field."""
        binding = _Binding(widget, source)

        def show(value: Any) -> None:
            text = "" if value is None else str(value)
            if widget.toPlainText() != text:
                cursor = widget.textCursor().position()
                with QSignalBlocker(widget):
                    widget.setPlainText(text)
                cursor_at = widget.textCursor()
                cursor_at.setPosition(min(cursor, len(text)))
                widget.setTextCursor(cursor_at)

        widget.textChanged.connect(lambda: self._send(binding, widget.toPlainText()))
        self._add(binding, show)

    def check(self, widget: QCheckBox, source: PathSource) -> None:
        binding = _Binding(widget, source)

        def show(value: Any) -> None:
            with QSignalBlocker(widget):
                widget.setChecked(bool(value))

        widget.toggled.connect(lambda checked: self._send(binding, bool(checked)))
        self._add(binding, show)

    def combo(self, widget: QComboBox, source: PathSource) -> None:
        """A choice; each item's data is the model value (an enum member)."""
        binding = _Binding(widget, source)

        def show(value: Any) -> None:
            for index in range(widget.count()):
                data = widget.itemData(index)
                if data == value or (isinstance(data, Enum) and data.value == value):
                    with QSignalBlocker(widget):
                        widget.setCurrentIndex(index)
                    return

        widget.currentIndexChanged.connect(
            lambda index: self._send(binding, widget.itemData(index))
        )
        self._add(binding, show)

    # -- plumbing ---------------------------------------------------------------------------

    def _add(self, binding: _Binding, show: Callable[[Any], None]) -> None:
        self._bindings.append((binding, show))
        self._refresh_one(binding, show)

    def _send(self, binding: _Binding, value: Any) -> None:
        path = binding.path()
        if path is None:
            return
        try:
            self.document.set_field(path, value)
        except ValidationError as error:
            # The widget validators normally prevent this; show the model's reason anyway.
            binding.widget.setToolTip(error.errors()[0]["msg"])
            binding.widget.setStyleSheet(INVALID_STYLE)

    def _refresh_one(self, binding: _Binding, show: Callable[[Any], None]) -> None:
        path = binding.path()
        binding.widget.setEnabled(path is not None)
        try:
            value = self.document.value(path) if path is not None else None
        except (IndexError, AttributeError, KeyError):
            value = None
            binding.widget.setEnabled(False)
        show(value)

    def refresh(self) -> None:
        """Show the model's values in every bound widget (after a selection change, say)."""
        for binding, show in self._bindings:
            self._refresh_one(binding, show)

    def _on_changed(self, changed: FieldPath) -> None:
        for binding, show in self._bindings:
            path = binding.path()
            if path is None or _covers(changed, path):
                self._refresh_one(binding, show)
