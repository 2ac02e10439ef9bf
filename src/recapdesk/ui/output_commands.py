"""The window's output commands: export Markdown and HTML, copy Markdown, copy for WeChat.

Functions of the window rather than its methods: they load the renderers, which the window
does not need before its first use of them (start-up: see main_window.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from recapdesk.store import SUFFIX
from recapdesk.store.atomic import atomic_write
from recapdesk.ui.clipboard import copy_plain_text, copy_rich_text
from recapdesk.ui.preferences import load_settings

if TYPE_CHECKING:
    from recapdesk.ui.main_window import MainWindow


# The texts keep the window's context, where they are translated (pyside6-lupdate reads
# ``translate("Context", "text")`` calls).
translate = QCoreApplication.translate


def _export(window: MainWindow, suffix: str, title: str, file_filter: str, text: str) -> None:
    base = window.document.path or Path.home() / "recap"
    suggested = str(base.with_name(base.name.removesuffix(SUFFIX) + suffix))
    path = window.dialogs.save_path(suggested, title, file_filter)
    if path is None:
        return
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as error:
        window.dialogs.error(title, f"{path}: {error.strerror or error}")
        return
    window.show_status(translate("MainWindow", "Exported %1").replace("%1", str(path)))


def export_markdown(window: MainWindow) -> None:
    markdown = window.document.pipeline.markdown()
    _export(
        window,
        ".md",
        translate("MainWindow", "Export Markdown"),
        translate("MainWindow", "Markdown (*.md)"),
        markdown,
    )


def export_html(window: MainWindow) -> None:
    page = window.document.pipeline.page()
    _export(
        window,
        ".html",
        translate("MainWindow", "Export HTML"),
        translate("MainWindow", "HTML (*.html)"),
        page,
    )


def copy_markdown(window: MainWindow) -> None:
    copy_plain_text(window.document.pipeline.markdown())
    window.show_status(translate("MainWindow", "Markdown copied to the clipboard"))


def copy_for_wechat(window: MainWindow) -> None:
    """The WeChat HTML as text/html, the article's readable text as text/plain."""
    path = window.document.path
    copy = window.document.pipeline.wechat_copy(
        pangu=None if window.preview.toolbar.pangu.isChecked() else False,
        base_dir=path.parent if path else None,
        footnotes=load_settings(window.settings).link_footnotes,
    )
    copy_rich_text(copy.html, copy.text)
    window.show_status(translate("MainWindow", "Copied for WeChat: paste into the 公众号 editor"))
