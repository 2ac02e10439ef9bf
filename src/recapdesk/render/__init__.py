"""Markdown -> HTML (Qt-free): whole renders, the standalone page, themes, the WeChat copy.

The article itself is produced by the pipeline (recapdesk.pipeline), which uses these.

``page_html`` and ``render_fragment`` load Python-Markdown when first used: the window's
start imports light modules of this package (themes, findings) before any render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recapdesk.render.html import page_html, render_fragment

__all__ = ["page_html", "render_fragment"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from recapdesk.render import html

        return getattr(html, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
