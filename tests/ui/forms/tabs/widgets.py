"""Finding, showing and checking a tab's widgets, for the tab tests."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def child(tab: QWidget, kind: type[W], name: str) -> W:
    found = tab.findChild(kind, name)
    assert found is not None, name
    return found


def mnemonics_are_unique(tab: QWidget) -> bool:
    """No two labels or buttons of the tab answer to the same Alt+letter."""
    texts = [w.text() for w in tab.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in tab.findChildren(QCheckBox) + tab.findChildren(QPushButton)]
    keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert len(keys) == len(texts), "a label or button has no mnemonic"
    return len(set(keys)) == len(keys)


def show(qtbot: QtBot, tab: QWidget) -> None:
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
