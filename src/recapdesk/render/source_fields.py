"""Which field of the project wrote a piece of the article.

The WeChat HTML carries no trace of the form field its text came from, so a compliance finding
finds its field by content: the image URL, the link target or the first words of the offending
element are looked up in every text field of the project. Markdown markup and white space are
ignored on both sides (``**kubernetes源码**`` in a field is ``kubernetes 源码`` in the article).
"""

from __future__ import annotations

import re

from recapdesk.model import Project
from recapdesk.model.paths import format_path, text_fields

_IGNORED = re.compile(r"[\s*_`~\\\[\]()#>|!\xa0]")
NEEDLE_LENGTH = 24


def _normalize(text: str) -> str:
    return _IGNORED.sub("", text)


def find_field(project: Project, needle: str, *, exact: bool = False) -> str:
    """The path (``honorees.people[2].name``) of the first text field holding ``needle``, or
    "" when none does. ``exact`` compares as is (URLs); otherwise markup and spaces are
    ignored and only the first words of ``needle`` need to match."""
    wanted = needle.strip() if exact else _normalize(needle)[:NEEDLE_LENGTH]
    if not wanted:
        return ""
    for path, value in text_fields(project):
        haystack = value if exact else _normalize(value)
        if wanted in haystack:
            return format_path(path)
    return ""
