"""Sharing the recap beyond WeChat: a self-contained review page, a long image, a PDF,
honor-roll cards and certificates.

review.py (``html``) is Qt-free; the others lay the page out in Chromium (web.py) and so load
Qt, which only they may do of the headless code. Every export takes a progress callback and
a :class:`CancelFlag`, and writes nothing until everything is made (base.py).
"""

from recapdesk.exports.base import (
    CancelFlag,
    Cancelled,
    ExportError,
    PageProducer,
    Progress,
    article_page,
)

__all__ = [
    "CancelFlag",
    "Cancelled",
    "ExportError",
    "PageProducer",
    "Progress",
    "article_page",
]
