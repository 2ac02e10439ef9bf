"""Markdown -> HTML (Qt-free): whole renders, the standalone page, themes, the WeChat copy.

The article itself is produced by the pipeline (recapdesk.pipeline), which uses these.
"""

from recapdesk.render.html import page_html, render_fragment

__all__ = ["page_html", "render_fragment"]
