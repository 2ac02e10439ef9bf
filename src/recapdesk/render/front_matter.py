"""A static-site generator's front matter is not part of the article's text.

The Markdown export writes a project's front matter first (Hugo, Hexo and Jekyll read it from
the file's first line), but the preview, the page and the WeChat copy must not show it as a rule
and a paragraph of ``key: value`` lines. This preprocessor drops it from the text it converts: a
``---`` (YAML) or ``+++`` (TOML) fence on the first line, the closing fence, and a first line
inside that reads as a key, so a body that merely starts with a rule is left alone.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*[:=]")


def front_matter_end(lines: list[str]) -> int:
    """The number of lines a leading front matter takes (its fences included), or 0."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].rstrip() not in ("---", "+++"):
        return 0
    fence = lines[start].rstrip()
    inner = next((line for line in lines[start + 1 :] if line.strip()), "")
    if not _KEY.match(inner):
        return 0
    for number in range(start + 1, len(lines)):
        if lines[number].rstrip() == fence:
            return number + 1
    return 0


class _DropFrontMatter(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return lines[front_matter_end(lines) :]


class FrontMatterExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        # Before normalize_whitespace (30) and the HTML block reader (20) see the fences.
        md.preprocessors.register(_DropFrontMatter(md), "front_matter", 40)
