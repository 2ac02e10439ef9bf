"""The one place that writes the clipboard, so tests can read what a copy put there."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication


def copy_rich_text(html: str, text: str) -> QMimeData:
    """Put one item with ``text/html`` and ``text/plain`` flavours on the clipboard."""
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    return mime


def copy_plain_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
