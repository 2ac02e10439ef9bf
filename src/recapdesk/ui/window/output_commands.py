"""The window's output commands: export Markdown and HTML, copy Markdown, copy for WeChat.

Loaded with the renderers when the window is built, not by the window's frame (start-up: see
main_window.py). The commands get the few objects they act on, not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from recapdesk.store import SUFFIX
from recapdesk.store.atomic import atomic_write
from recapdesk.ui.dialogs.preferences import load_settings
from recapdesk.ui.i18n import fill, translate
from recapdesk.ui.window.clipboard import copy_plain_text, copy_rich_text

if TYPE_CHECKING:
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.document import ProjectDocument


class OutputCommands:
    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        settings: QSettings,
        pangu_spacing: Callable[[], bool],
        show_status: Callable[[str], None],
        unfinished: Callable[[str], str] = lambda shown: shown,
    ) -> None:
        """``pangu_spacing``: the preview's 中 A switch, which the WeChat copy follows;
        ``settings``: the preferences (link footnotes); ``unfinished``: a status message after
        a copy or an export, with what the checks say is not finished yet."""
        self._document = document
        self._dialogs = dialogs
        self._settings = settings
        self._pangu_spacing = pangu_spacing
        self._show_status = show_status
        self._unfinished = unfinished

    def _export(self, suffix: str, title: str, file_filter: str, text: str) -> None:
        base = self._document.path or Path.home() / "recap"
        suggested = str(base.with_name(base.name.removesuffix(SUFFIX) + suffix))
        path = self._dialogs.save_path(suggested, title, file_filter)
        if path is None:
            return
        try:
            atomic_write(path, text.encode("utf-8"))
        except OSError as error:
            self._dialogs.error(title, f"{path}: {error.strerror or error}")
            return
        self._show_status(self._unfinished(fill(translate("MainWindow", "Exported %1"), path)))

    def export_markdown(self) -> None:
        markdown = self._document.pipeline.markdown()
        self._export(
            ".md",
            translate("MainWindow", "Export Markdown"),
            translate("MainWindow", "Markdown (*.md)"),
            markdown,
        )

    def export_html(self) -> None:
        page = self._document.pipeline.page()
        self._export(
            ".html",
            translate("MainWindow", "Export HTML"),
            translate("MainWindow", "HTML (*.html)"),
            page,
        )

    def copy_markdown(self) -> None:
        copy_plain_text(self._document.pipeline.markdown())
        self._show_status(translate("MainWindow", "Markdown copied to the clipboard"))

    def copy_for_wechat(self) -> None:
        """The WeChat HTML as text/html, the article's readable text as text/plain."""
        path = self._document.path
        copy = self._document.pipeline.wechat_copy(
            pangu=None if self._pangu_spacing() else False,
            base_dir=path.parent if path else None,
            pictures_from=self._document.pictures_folder(),
            footnotes=load_settings(self._settings).link_footnotes,
        )
        copy_rich_text(copy.html, copy.text)
        self._show_status(
            self._unfinished(
                translate("MainWindow", "Copied for WeChat: paste into the 公众号 editor")
            )
        )
