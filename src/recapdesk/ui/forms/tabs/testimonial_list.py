"""The list of testimonial authors, one row per person, labelled as the article names them."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import Qt

from recapdesk.compose.people import attribution
from recapdesk.compose.words import WORDS
from recapdesk.model import Testimonial, TestimonialDisplay
from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.list_model import DocumentListModel

PEOPLE_PATH: FieldPath = ("testimonials", "people")
_LABEL_SOURCES: tuple[FieldPath, ...] = (("testimonials", "display"), ("article", "language"))


class TestimonialListModel(DocumentListModel):
    mime_type = "application/x-recapdesk-testimonials"

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document, PEOPLE_PATH)

    def identity(self, item: Any) -> Hashable:
        # People have no id: a person is what they wrote, which is enough to follow a move.
        assert isinstance(item, Testimonial)
        return item.model_dump_json()

    def label(self, item: Any) -> str:
        """The attribution the article prints; when that is a GitHub id, the name follows in
        brackets so the organizer can still tell people apart while editing."""
        assert isinstance(item, Testimonial)
        project = self.document.project
        display = project.testimonials.display
        words = WORDS[project.article.language]
        text = attribution(item, display, words)
        if display is TestimonialDisplay.GITHUB and item.name.strip():
            text = f"{text} ({item.name.strip()})"
        # The list shows one line per person, whatever newlines a pasted name carries.
        return " ".join(text.split())

    def item_data(self, item: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            assert isinstance(item, Testimonial)
            first_line = item.body.strip().split("\n", 1)[0]
            return first_line or self.tr("No testimonial text yet")
        return None

    def labels_depend_on(self, changed: FieldPath) -> bool:
        return any(source[: len(changed)] == changed[: len(source)] for source in _LABEL_SOURCES)

    # -- row operations, each one undo step -------------------------------------------------

    def people(self) -> list[Testimonial]:
        return [person.model_copy() for person in self.items()]

    def insert(self, row: int, new: Sequence[Testimonial], text: str) -> None:
        people = self.people()
        people[row:row] = list(new)
        self.set_items(people, text)

    def remove(self, rows: Sequence[int], text: str) -> None:
        doomed = set(rows)
        self.set_items([p for i, p in enumerate(self.people()) if i not in doomed], text)
