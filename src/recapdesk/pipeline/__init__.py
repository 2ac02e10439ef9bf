"""The article's one producer (Qt-free): one :class:`ArticlePipeline` per open project."""

from recapdesk.pipeline.article import ArticlePipeline, WechatCopy
from recapdesk.pipeline.blocks import FOOTNOTES_KEY, HtmlBlock, RenderJob

__all__ = ["FOOTNOTES_KEY", "ArticlePipeline", "HtmlBlock", "RenderJob", "WechatCopy"]
