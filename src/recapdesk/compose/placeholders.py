"""Placeholders typed into prose: ``产生读书笔记xx篇``, ``时间：待定``, ``TBD``, ``共??人``.

Organizers leave these where a fact is not in yet, and they are easy to miss in a long article.
Each body field and heading is searched, in its prose only (compose/prose.py: not in code or
URLs), with care for what merely looks alike: ``xx`` counts as a word of its own (``xx篇``,
``2020-xx-xx``) but not inside ``xxx-large``, ``xx-small`` or ``0xx``; question marks count
where a value would stand (``共??人``, ``时间：？？``), not after a question (``真的吗？？``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from recapdesk.compose.prose import body_fields, line_fields, prose_spans
from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model.checks import CONTEXT, Finding, Severity
from recapdesk.model.project import Project

# A Latin "word" with its hyphen- or dot-joined parts: 2020-xx-xx, xx-large, v1.2.
_WORD = re.compile(r"[A-Za-z0-9_]+(?:[-.][A-Za-z0-9_]+)*")
_X_PART = re.compile(r"x{2,}|X{2,}")
_MARKS = re.compile(r"[?？]{2,}")
_PHRASES = re.compile(r"待补充|待定|\bTBD\b")
# After these a question is asked, so "？？" is emphasis: 吗？？ 呢？？ 什么？？
_QUESTION_END = re.compile(r"[吗呢吧啊么嘛呀吖哪谁啥]$|\b(?:what|why|how|who|really)$", re.I)
EXCERPT = 12
"""Characters of context on each side of a placeholder in a finding."""


def _placeholder_words(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for word in _WORD.finditer(text, start, end):
        parts = re.split(r"[-.]", word.group())
        has_x = any(_X_PART.fullmatch(part) for part in parts)
        if has_x and all(_X_PART.fullmatch(part) or part.isdigit() for part in parts):
            yield word.start(), word.end()


def _placeholder_marks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for marks in _MARKS.finditer(text, start, end):
        before = text[start : marks.start()].rstrip()
        if before and (before[-1].isalnum() or before[-1] in "）)」』”\"'"):
            after = text[marks.end() : end].lstrip()
            # "共??人": a value between words; "什么??" or "what??" at a sentence's end: no
            if not after or not after[0].isalnum() or _QUESTION_END.search(before):
                continue
        yield marks.start(), marks.end()


def placeholders_in(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each placeholder in ``text``'s prose, in order."""
    found: list[tuple[int, int]] = []
    for start, end in prose_spans(text):
        found += _placeholder_words(text, start, end)
        found += _placeholder_marks(text, start, end)
        found += ((m.start(), m.end()) for m in _PHRASES.finditer(text, start, end))
    return sorted(found)


def excerpt(text: str, start: int, end: int) -> str:
    """The placeholder with a little text around it, on one line."""
    before = text[max(0, start - EXCERPT) : start]
    after = text[end : end + EXCERPT]
    line = " ".join(f"{before}{text[start:end]}{after}".split())
    return ("…" if start > EXCERPT else "") + line + ("…" if end + EXCERPT < len(text) else "")


def placeholder_findings(project: Project) -> list[Finding]:
    """A warning for each placeholder typed into a body field or a heading."""
    template = QT_TRANSLATE_NOOP("Checks", "%1 is a placeholder: %2")
    found = []
    for field, text in [*line_fields(project), *body_fields(project)]:
        for start, end in placeholders_in(text):
            message = Message(CONTEXT, template, (repr(text[start:end]), excerpt(text, start, end)))
            found.append(Finding(field, message, Severity.WARNING))
    return found
