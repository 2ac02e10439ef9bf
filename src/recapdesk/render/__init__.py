"""Markdown -> HTML (Qt-free): fragment, standalone page, themes."""

from recapdesk.render.html import render_fragment, render_page

__all__ = ["render_fragment", "render_page"]
