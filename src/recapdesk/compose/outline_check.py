"""Outline entries that promise a section the article does not have.

An article's outline (大纲) is typed by hand before the sections are written; a section planned
and then left out, hidden or never written keeps its line in the outline, and readers look for
it in vain. An entry is matched by a section the article shows (visible and not empty), by its
heading as people paraphrase it: "一期背景" for 活动背景, "二期预告" for 下期预告.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from recapdesk.compose.article import HEAD_KEY, compose_blocks
from recapdesk.compose.words import DEFAULT_HEADINGS, group_heading
from recapdesk.model.groups import GROUP_PREFIX
from recapdesk.model.project import FREE_PREFIX, BuiltinSection, Project
from recapdesk.model.sections import Section

# "一、", "2.", "3）" before an entry or heading: the numbering, not the name.
_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十百零〇]+|\d+)\s*[、.．)）:：]\s*")
_WORD = re.compile(r"[^\W_]+")


def _headings(project: Project) -> list[str]:
    """The heading text of each section the article shows, also one whose heading is hidden
    (it continues the section before it, and its content is there)."""
    found = []
    for block in compose_blocks(project):
        if block.key == HEAD_KEY:
            continue
        if block.key.startswith(FREE_PREFIX):
            found.append(project.free_section(block.key.removeprefix(FREE_PREFIX)).heading)
        elif block.key.startswith(GROUP_PREFIX):
            found.append(group_heading(project, block.key.removeprefix(GROUP_PREFIX)))
        else:
            section = BuiltinSection(block.key)
            model: Section = getattr(project, section.value)
            default = DEFAULT_HEADINGS[project.article.language][section]
            found.append(model.heading.strip() or default)
    return found


def _terms(text: str) -> tuple[str, set[str]]:
    """The text reduced to its letters, and the terms it can share with another: each pair of
    neighbouring Chinese characters, and each Latin word of three letters or more."""
    text = _ORDINAL.sub("", text).casefold()
    words = _WORD.findall(text)
    terms = {w for w in words if w.isascii() and len(w) >= 3}
    for word in words:
        terms.update(
            word[i : i + 2]
            for i in range(len(word) - 1)
            if not word[i].isascii() and not word[i + 1].isascii()
        )
    return "".join(words), terms


def _matches(entry: str, heading: str) -> bool:
    entry_text, entry_terms = _terms(entry)
    heading_text, heading_terms = _terms(heading)
    if not entry_text or not heading_text:
        return False
    contained = entry_text in heading_text or heading_text in entry_text
    return contained or bool(entry_terms & heading_terms)


def outline_gaps(project: Project) -> Iterator[tuple[int, str]]:
    """(index, text) of each outline entry that no shown section's heading matches."""
    outline = project.article.outline
    if not any(entry.strip() for entry in outline):
        return  # composing the article costs time; most articles have no outline
    headings = _headings(project)
    for i, entry in enumerate(outline):
        if entry.strip() and not any(_matches(entry, heading) for heading in headings):
            yield i, entry
