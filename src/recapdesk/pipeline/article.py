"""The one producer of an open project's article: its Markdown, HTML fragment, standalone page,
WeChat HTML, plain text and the input of the WeChat checks.

The preview, every export and copy, the command line, the helper process and the golden tests
all take the article from an :class:`ArticlePipeline`, so they cannot disagree. It renders
section by section with caches (blocks.py), and its fragment equals Python-Markdown's render of
the whole Markdown (render/html.render_fragment): the parts are rendered in the context of the
whole article (context.py, part_markdown.py). The window has one per open project, made anew
when another project is opened, and tells it every edit (``ProjectDocument.changed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recapdesk.compose.article import Block, compose_blocks, join_blocks
from recapdesk.model import Project
from recapdesk.model.paths import FieldPath
from recapdesk.pipeline.sections import SectionCache

if TYPE_CHECKING:
    from recapdesk.pipeline.blocks import BlockRenderer, HtmlBlock, RenderJob
    from recapdesk.render.wechat.images import Embed


@dataclass(frozen=True)
class WechatCopy:
    """What Copy for WeChat puts on the clipboard."""

    html: str  # text/html: inline-styled, WeChat-safe
    text: str  # text/plain: the article's readable text


def _embed(folder: Path | None) -> Embed | None:
    if folder is None:
        return None
    from recapdesk.pipeline.pictures import embedder

    return embedder(folder)


class ArticlePipeline:
    """The article of one project, produced from one section cache and one block renderer.

    Not for threads: the renderer keeps state while it converts (the helper process has a
    pipeline of its own)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._sections = SectionCache()
        self._block_renderer: BlockRenderer | None = None

    @property
    def _renderer(self) -> BlockRenderer:
        """Made with the first render: Python-Markdown loads then, so that a window showing
        the article it remembered (ui/window/start_view.py) is built without it."""
        if self._block_renderer is None:
            from recapdesk.pipeline.blocks import BlockRenderer

            self._block_renderer = BlockRenderer()
        return self._block_renderer

    def edited(self, project: Project, path: FieldPath) -> None:
        """The project (maybe a new object: a structural edit swaps it) was edited at
        ``path``; ``()`` means anything may have changed."""
        self.project = project
        self._sections.invalidate(path)

    # -- Markdown ------------------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        """The article's Markdown, block by block (the head, then each shown section)."""
        return compose_blocks(self.project, self._sections.body)

    def markdown(self) -> str:
        """The article's Markdown, for export, the clipboard and ``recapdesk render``."""
        return join_blocks(self.blocks())

    # -- HTML ----------------------------------------------------------------------------------

    def render_job(self) -> RenderJob:
        """A render of the article in steps, for the window's preview. The Markdown is
        composed now, so later edits do not reach the job."""
        from recapdesk.pipeline.blocks import RenderJob

        return RenderJob(self._renderer, self.blocks())

    def html_blocks(self) -> list[HtmlBlock]:
        """The article's HTML, block by block, keyed as the preview shows them."""
        job = self.render_job()
        job.step()
        return job.result()

    def fragment(self) -> str:
        """The article's HTML fragment (no ``<html>``, no styles)."""
        return self.render_job().fragment()

    def page(self) -> str:
        """A standalone HTML page of the article in its theme and colour."""
        from recapdesk.render.html import page_html

        article = self.project.article
        return page_html(
            self.fragment(),
            title=article.title,
            lang=article.language.value,
            theme=article.theme,
            primary_color=article.primary_color,
        )

    # -- WeChat and plain text -----------------------------------------------------------------

    def wechat_html(
        self,
        *,
        pangu: bool | None = None,
        footnotes: bool = True,
        base_dir: Path | None = None,
        image_widths: dict[str, int] | None = None,
        pictures_from: Path | None = None,
    ) -> str:
        """The article for the WeChat editor (see render/wechat: ``pangu`` None means on for
        Chinese, ``footnotes`` the links WeChat refuses as numbered references, ``base_dir``
        where relative pictures are read from). With ``pictures_from`` (the project file's
        folder) every local picture is embedded as a prepared data: URI, as the copy does."""
        from recapdesk.render.wechat import wechat_html

        article = self.project.article
        fragment = self.fragment()
        if pictures_from is not None:
            from recapdesk.pipeline.pictures import prepare_ahead

            prepare_ahead(fragment, pictures_from)
        return wechat_html(
            fragment,
            article.theme,
            article.primary_color,
            language=article.language.value,
            pangu=pangu,
            image_widths=image_widths,
            base_dir=base_dir,
            footnotes=footnotes,
            embed=_embed(pictures_from),
        )

    def wechat_copy(
        self,
        *,
        pangu: bool | None = None,
        footnotes: bool = True,
        base_dir: Path | None = None,
        pictures_from: Path | None = None,
    ) -> WechatCopy:
        """Copy for WeChat's two flavours, from one render and one parse of the fragment;
        ``pictures_from`` as for :meth:`wechat_html`."""
        from recapdesk.render.plain_text import plain_text_of
        from recapdesk.render.wechat import wechat_html
        from recapdesk.render.wechat.dom import parse_body

        article = self.project.article
        fragment = self.fragment()
        if pictures_from is not None:
            from recapdesk.pipeline.pictures import prepare_ahead

            prepare_ahead(fragment, pictures_from)
        parsed = parse_body(fragment)
        html = wechat_html(
            parsed,
            article.theme,
            article.primary_color,
            language=article.language.value,
            pangu=pangu,
            base_dir=base_dir,
            footnotes=footnotes,
            embed=_embed(pictures_from),
        )
        # The plain text carries the same [n] link markers and list as the HTML.
        text = plain_text_of(parsed, language=article.language.value, footnotes=footnotes)
        return WechatCopy(html, text)

    def plain_text(self) -> str:
        """The article's readable text (paragraphs, bullets, table cells)."""
        from recapdesk.render.plain_text import plain_text

        return plain_text(self.fragment())

    def check_input(self) -> str:
        """The HTML the WeChat compliance checks read: the WeChat copy with its defaults."""
        return self.wechat_html()
