"""What the section tabs share: a scrolling form bound to the document, its heading row,
labelled Markdown editors, record tables (links), and selecting a field by its path.

Every ``add_*`` helper registers its widget under the field path it edits, in the order the
user sees it, so :meth:`SectionForm.select_field` and the keyboard tab order follow from
building the form once instead of being kept in step by hand in every tab.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recapdesk.compose.words import DEFAULT_HEADINGS
from recapdesk.model import BuiltinSection
from recapdesk.model.paths import FieldPath
from recapdesk.model.validation import ALLOWED_URL_SCHEMES, url_problem
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import Binder, Validator
from recapdesk.ui.forms.palette import problem_text_style
from recapdesk.ui.forms.record_table import Column, RecordTableModel
from recapdesk.ui.forms.widgets.number_completer import complete_numbers
from recapdesk.ui.forms.widgets.record_table_editor import RecordTableEditor
from recapdesk.ui.i18n import fill, translate

MARKDOWN_MIN_HEIGHT = 90
TABLE_MIN_HEIGHT = 200
LANGUAGE_PATH: FieldPath = ("article", "language")


def covers(changed: FieldPath, path: FieldPath) -> bool:
    """True when a change at ``changed`` may have changed the field at ``path``."""
    return path[: len(changed)] == changed or changed[: len(path)] == path


def plain_label(text: str) -> str:
    """A label's text as a screen reader should say it: no mnemonic ``&``, no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":：").strip()


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


def refuse_unsafe_url(text: str) -> str:
    """A URL typed or pasted into a link cell. A scheme other than http(s) or mailto
    (``javascript:``, ``data:``, ``file:``) raises ValueError with the reason, so the cell keeps
    its old value: such a link would run code or open local files when clicked. Other problems
    (no scheme, spaces) are only marked, as the user is probably still typing."""
    # Browsers ignore spaces and controls inside a scheme ("java\tscript:"); so does this.
    cleaned = "".join(ch for ch in text if ch.isprintable() and not ch.isspace())
    scheme = _SCHEME.match(cleaned)
    if scheme and scheme[1].lower() not in ALLOWED_URL_SCHEMES:
        raise ValueError(
            fill(
                translate(
                    "SectionForm",
                    "“%1:” links are refused: only http://, https:// and mailto: links",
                ),
                scheme[1],
            )
        )
    return text


def scrolling_page(page: QWidget, content: QWidget, name: str, frame: bool = True) -> QScrollArea:
    """Fill ``page`` with a scroll area named ``name`` that holds ``content``; the area."""
    area = QScrollArea(page)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    if not frame:
        area.setFrameShape(QScrollArea.Shape.NoFrame)
    # The fields take focus, not the area: Tab goes straight from field to field, and the
    # area scrolls the focused field into view by itself.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    return area


def link_columns() -> list[Column]:
    """The columns of a links table (background, next phase)."""
    return [
        Column("label", translate("SectionForm", "Label")),
        Column(
            "url",
            translate("SectionForm", "URL"),
            rule=url_problem,
            from_text=refuse_unsafe_url,
        ),
    ]


class SectionForm(QWidget):
    """Base of a section tab: a form in a scroll area (so it fits a small window), bound to the
    document through one Binder."""

    section_keys: tuple[str, ...] = ()

    def __init__(self, document: ProjectDocument, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.document = document
        self.binder = Binder(document, self)
        self._fields: dict[FieldPath, QWidget] = {}
        self._tables: dict[FieldPath, RecordTableEditor] = {}
        self._focus_chain: list[QWidget] = []
        self._watchers: list[tuple[tuple[FieldPath, ...], Callable[[], None]]] = []

        self.body = QWidget()
        self.body.setObjectName(f"{name}Body")
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area = scrolling_page(self, self.body, f"{name}Scroll", frame=False)

        document.changed.connect(self._on_changed)
        document.reset.connect(self._run_all_watchers)

    # -- building the form ------------------------------------------------------------------

    def new_form(self, parent: QWidget | None = None) -> QFormLayout:
        """A form layout inside ``parent`` (default: the scrolling body)."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if parent is None:
            self.body_layout.addLayout(form)
        else:
            parent.setLayout(form)
        return form

    def watch(self, paths: Sequence[FieldPath], update: Callable[[], None]) -> None:
        """Call ``update`` now and whenever one of ``paths`` may have changed."""
        self._watchers.append((tuple(paths), update))
        update()

    def register(self, path: FieldPath, widget: QWidget) -> None:
        """Make ``widget`` the one :meth:`select_field` focuses for ``path``; next in Tab order."""
        self._fields.setdefault(path, widget)
        self.chain(widget)

    def chain(self, widget: QWidget) -> None:
        """Put ``widget`` next in the keyboard (Tab) order."""
        self._focus_chain.append(widget)

    def label_for(self, text: str, buddy: QWidget, names_buddy: bool = True) -> QLabel:
        """A label whose mnemonic focuses ``buddy``; it also names the buddy for screen readers
        unless the buddy has a name of its own (a check box)."""
        label = QLabel(text, self.body)
        label.setBuddy(buddy)
        if names_buddy:
            buddy.setAccessibleName(plain_label(text))
        return label

    def add_heading(
        self,
        form: QFormLayout,
        section: BuiltinSection,
        label: str = "",
        show_text: str = "",
    ) -> QLineEdit:
        """The section's own heading (empty: the language's default, shown as placeholder) and
        its "Show heading" switch, on one row. ``label``/``show_text`` give other mnemonics
        when two sections share a tab."""
        key = section.value
        edit = QLineEdit(self.body)
        edit.setObjectName(f"{key}_heading")
        show = QCheckBox(show_text or self.tr("Sho&w heading"), self.body)
        show.setObjectName(f"{key}_show_heading")
        show.setAccessibleName(plain_label(show.text()))
        show.setToolTip(self.tr("Off: the section continues the one before it, unnumbered"))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(show)
        form.addRow(self.label_for(label or self.tr("Headin&g:"), edit), row)
        self.binder.line(edit, (key, "heading"))
        self.binder.check(show, (key, "show_heading"))
        self.register((key,), edit)
        self.register((key, "heading"), edit)
        self.register((key, "show_heading"), show)

        def show_default() -> None:
            language = self.document.project.article.language
            edit.setPlaceholderText(DEFAULT_HEADINGS[language][section])

        self.watch([LANGUAGE_PATH], show_default)
        return edit

    def add_line(
        self,
        form: QFormLayout,
        label: str,
        path: FieldPath,
        name: str,
        validator: Validator | None = None,
    ) -> QLineEdit:
        """A one-line field; a ``validator`` problem is marked at the field and also written
        under it, so it is seen without hovering."""
        edit = QLineEdit(self.body)
        edit.setObjectName(name)
        message: QLabel | None = None
        if validator is not None:
            message = QLabel(self.body)
            message.setObjectName(f"{name}_problem")
            message.setStyleSheet(problem_text_style())
            message.setWordWrap(True)
            message.hide()
        form.addRow(self.label_for(label, edit), edit)
        if message is not None:
            form.addRow("", message)
        self.binder.line(edit, path, validator, message)
        self.register(path, edit)
        return edit

    def add_markdown(
        self, form: QFormLayout, label: str, path: FieldPath, name: str
    ) -> QPlainTextEdit:
        """A multi-line Markdown field."""
        edit = QPlainTextEdit(self.body)
        edit.setObjectName(name)
        edit.setMinimumHeight(MARKDOWN_MIN_HEIGHT)
        # Tab leaves the field instead of typing a tab, so the form stays keyboard-usable;
        # Markdown indents with spaces anyway.
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(self.tr("Markdown: **bold**, [text](https://…), - list items"))
        form.addRow(self.label_for(label, edit), edit)
        self.binder.text(edit, path)
        complete_numbers(edit, self.document)
        self.register(path, edit)
        return edit

    def add_check(self, form: QFormLayout, text: str, path: FieldPath, name: str) -> QCheckBox:
        box = QCheckBox(text, self.body)
        box.setObjectName(name)
        box.setAccessibleName(plain_label(text))
        form.addRow(box)
        self.binder.check(box, path)
        self.register(path, box)
        return box

    def add_table(
        self, form: QFormLayout, label: str, model: RecordTableModel, name: str
    ) -> RecordTableEditor:
        """A record table under its label, spanning the form's width."""
        # The model is parented to the document; it belongs to this view's lifetime instead.
        model.setParent(self)
        editor = RecordTableEditor(model, name, self.body)
        editor.setMinimumHeight(TABLE_MIN_HEIGHT)
        view = editor.view
        # Tab leaves the table (arrow keys move between cells), so it does not trap the keyboard.
        view.setTabKeyNavigation(False)
        caption = self.label_for(label, view)
        table_name = plain_label(label)
        for button in self.table_buttons(editor):
            button.setAccessibleName(f"{button.accessibleName()} ({table_name})")
        form.addRow(caption)
        form.addRow(editor)
        self._tables[model.list_path] = editor
        self.register(model.list_path, view)
        for button in self.table_buttons(editor):
            self.chain(button)
        return editor

    @staticmethod
    def table_buttons(editor: RecordTableEditor) -> list[QWidget]:
        return [
            editor.add_button,
            editor.delete_button,
            editor.up_button,
            editor.down_button,
            editor.paste_button,
        ]

    def finish(self) -> None:
        """Set the keyboard order to the order the fields were added (top to bottom)."""
        self.body_layout.addStretch(1)
        for first, second in zip(self._focus_chain, self._focus_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- selecting a field --------------------------------------------------------------------

    def select_field(self, path: FieldPath) -> bool:
        """Focus the widget of ``path`` (a table row: select it and scroll to it); False when
        the path belongs to another tab. A field without a widget of its own selects the
        nearest enclosing one (``("background", "numbers")`` -> its table)."""
        if not path or path[0] not in self.section_keys:
            return False
        for list_path, editor in self._tables.items():
            if path[: len(list_path)] == list_path:
                return self._select_in_table(editor, path[len(list_path) :])
        for end in range(len(path), 0, -1):
            widget = self._fields.get(path[:end])
            if widget is not None:
                self._focus(widget)
                return True
        return False

    def _select_in_table(self, editor: RecordTableEditor, rest: FieldPath) -> bool:
        view, model = editor.view, editor.model
        if rest:
            row = rest[0]
            if not isinstance(row, int) or not 0 <= row < model.rowCount():
                return False
            fields = [column.field for column in model.columns]
            column = fields.index(str(rest[1])) if len(rest) > 1 and rest[1] in fields else 0
            editor.select_rows(row, 1)
            index = model.index(row, column)
            view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(index)
        self._focus(view)
        return True

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(widget)

    # -- following the document -----------------------------------------------------------

    def _on_changed(self, changed: FieldPath) -> None:
        for paths, update in self._watchers:
            if any(covers(changed, path) for path in paths):
                update()

    def _run_all_watchers(self) -> None:
        for _paths, update in self._watchers:
            update()
