"""The window's form tabs, each built the first time it is needed.

A window opens on its Article tab; the other five are built when first shown (a click, View >
Alt+2…5) or first asked for (a Checks finding in one of their fields, rows imported into a
group, pictures added to the Photos section). Building only what is on screen keeps their
modules, widgets and memory out of the window's start. A tab built late shows the project as
it is then, exactly as one built with the window would (tests/ui/window/test_form_tabs.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from recapdesk.model.paths import FieldPath


class FormTab(IntEnum):
    """The form tabs, in the window's order."""

    ARTICLE = 0
    BACKGROUND = 1
    RECOGNITION = 2
    TESTIMONIALS = 3
    NEXT_PHASE = 4
    PHOTOS = 5


@dataclass(frozen=True)
class TabSpec:
    """One tab: its title, the sections it edits (the first key of their field paths, as the
    tab's own ``section_keys`` says) and how it is made."""

    title: str
    section_keys: tuple[str, ...]
    make: Callable[[], QWidget]


class FormTabs(QObject):
    """A tab widget whose pages are empty until their tab is needed."""

    # A tab, just built: what connects to a tab's signals does it here (see each_tab).
    tab_built = Signal(int, QWidget)

    def __init__(self, parent: QWidget, specs: Sequence[TabSpec], name: str) -> None:
        super().__init__(parent)
        self._specs = list(specs)
        self._tabs: list[QWidget | None] = [None] * len(self._specs)
        self.widget = QTabWidget(parent)
        self.widget.setObjectName(name)
        # Each page holds its tab once built; it is what QTabWidget.widget() returns.
        for spec in self._specs:
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self.widget.addTab(page, spec.title)
        self.tab(self.widget.currentIndex())
        # Connected before anyone else's: whoever follows the current tab finds it built.
        self.widget.currentChanged.connect(self.tab)

    def __len__(self) -> int:
        return len(self._specs)

    def tab(self, index: int) -> QWidget:
        """The tab at ``index``, built now if it was not yet."""
        tab = self._tabs[index]
        if tab is None:
            tab = self._specs[index].make()
            self._tabs[index] = tab
            page = self.widget.widget(index)
            layout = page.layout() if page is not None else None
            if layout is not None:
                layout.addWidget(tab)
            # Now, not in the next event-loop turn as a layout shows a widget added to a
            # visible page: whoever asked for the tab may focus one of its fields at once.
            tab.show()
            self.tab_built.emit(index, tab)
        return tab

    def is_built(self, index: int) -> bool:
        return self._tabs[index] is not None

    def each_tab(self, connect: Callable[[int, QWidget], None]) -> None:
        """Call ``connect`` for every tab: those built, now; the others when they are built."""
        for index, tab in enumerate(self._tabs):
            if tab is not None:
                connect(index, tab)
        self.tab_built.connect(connect)

    def current(self) -> QWidget:
        return self.tab(self.widget.currentIndex())

    def show(self, index: int) -> QWidget:
        """Make the tab at ``index`` the current one; returns it."""
        self.widget.setCurrentIndex(index)
        return self.tab(index)

    def index_of_key(self, key: str) -> int | None:
        """The tab that edits the section ``key`` (a field path's first key)."""
        for index, spec in enumerate(self._specs):
            if key in spec.section_keys:
                return index
        return None

    def select_field(self, path: FieldPath) -> bool:
        """Show the tab that edits ``path`` and focus its widget. Only a tab built already,
        or the one whose sections ``path`` is in, is built and asked."""
        owner = self.index_of_key(str(path[0])) if path else None
        for index in range(len(self._specs)):
            if not self.is_built(index) and index != owner:
                continue
            select = getattr(self.tab(index), "select_field", None)
            if select is not None and select(path):
                self.show(index)
                select(path)  # again, now that the tab is on screen and can take focus
                return True
        return False
