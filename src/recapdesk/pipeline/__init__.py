"""The article's one producer (Qt-free): one :class:`ArticlePipeline` per open project.

The block renderer's names (``HtmlBlock``, ``RenderJob``, ``FOOTNOTES_KEY``) load it, and
Python-Markdown with it, when first asked for: a pipeline is made before its first render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recapdesk.pipeline.article import ArticlePipeline, WechatCopy

if TYPE_CHECKING:
    from recapdesk.pipeline.blocks import FOOTNOTES_KEY, HtmlBlock, RenderJob

__all__ = ["FOOTNOTES_KEY", "ArticlePipeline", "HtmlBlock", "RenderJob", "WechatCopy"]
_FROM_BLOCKS = frozenset({"FOOTNOTES_KEY", "HtmlBlock", "RenderJob"})


def __getattr__(name: str) -> Any:
    if name in _FROM_BLOCKS:
        from recapdesk.pipeline import blocks

        return getattr(blocks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
