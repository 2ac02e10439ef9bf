"""The window's output commands: export Markdown and HTML, copy Markdown, copy for WeChat.

Loaded with the renderers when the window is built, not by the window's frame (start-up: see
main_window.py). The commands get the few objects they act on, not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from recapdesk.compose import compose
from recapdesk.render.article_html import render_article
from recapdesk.render.html import page_html
from recapdesk.render.plain_text import plain_text_of
from recapdesk.render.wechat import wechat_article
from recapdesk.render.wechat.dom import parse_body
from recapdesk.store import SUFFIX
from recapdesk.store.atomic import atomic_write
from recapdesk.ui.dialogs.preferences import load_settings
from recapdesk.ui.i18n import fill, translate
from recapdesk.ui.window.clipboard import copy_plain_text, copy_rich_text

if TYPE_CHECKING:
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.document import ProjectDocument
    from recapdesk.ui.preview.preview import PreviewPane


class OutputCommands:
    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        settings: QSettings,
        preview: PreviewPane,
        show_status: Callable[[str], None],
        unfinished: Callable[[str], str] = lambda shown: shown,
    ) -> None:
        """``preview``: its composed sections and its 中 A switch, which the WeChat copy
        follows; ``settings``: the preferences (link footnotes); ``unfinished``: a status
        message after a copy or an export, with what the checks say is not finished yet."""
        self._document = document
        self._dialogs = dialogs
        self._settings = settings
        self._preview = preview
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
        markdown = compose(self._document.project)
        self._export(
            ".md",
            translate("MainWindow", "Export Markdown"),
            translate("MainWindow", "Markdown (*.md)"),
            markdown,
        )

    def export_html(self) -> None:
        project = self._document.project
        page = page_html(
            render_article(project),
            title=project.article.title,
            lang=project.article.language.value,
            theme=project.article.theme,
            primary_color=project.article.primary_color,
        )
        self._export(
            ".html",
            translate("MainWindow", "Export HTML"),
            translate("MainWindow", "HTML (*.html)"),
            page,
        )

    def copy_markdown(self) -> None:
        copy_plain_text(compose(self._document.project))
        self._show_status(translate("MainWindow", "Markdown copied to the clipboard"))

    def copy_for_wechat(self) -> None:
        """The WeChat HTML as text/html, the article's readable text as text/plain."""
        project = self._document.project
        path = self._document.path
        # Rendered and parsed once, for both flavours (the WeChat pipeline leaves the parse as it
        # was): parsing the stress project's fragment was a tenth of a copy.
        parsed = parse_body(render_article(project, bodies=self._preview.bodies))
        footnotes = load_settings(self._settings).link_footnotes
        html = wechat_article(
            project,
            pangu=None if self._preview.toolbar.pangu_spacing() else False,
            base_dir=path.parent if path else None,
            footnotes=footnotes,
            fragment=parsed,
        )
        language = project.article.language.value
        copy_rich_text(html, plain_text_of(parsed, language=language, footnotes=footnotes))
        self._show_status(
            self._unfinished(
                translate("MainWindow", "Copied for WeChat: paste into the 公众号 editor")
            )
        )
