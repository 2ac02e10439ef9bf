"""Figures in a recap's sentences ("共有96位同学参与") -> the project's numbers.

A Chinese recap gives its figures inside sentences, a digit run and a counter word: 96位, 381人,
12场. Each becomes a background number with a key (``n1``, ``n2``, ...) and the sentence says
``共有{n1}同学参与`` (compose/inline_fields.py; ``**{n1.value}** 人次`` where the figure is bold
or spaced from its counter word), so the figure is edited in one place and the
checks know it; the numbers are not listed (``list_numbers`` off), as the article never listed
them. Only plain digit runs are taken, whose printed value is the figure as written: ``9,736人``
and ``1.5小时`` would print differently, and ``xx篇`` is a placeholder the report names. The
article must read exactly as before (checked by composing both), else nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from recapdesk.compose import compose
from recapdesk.compose.inline_fields import FIELD
from recapdesk.compose.prose import prose_spans
from recapdesk.model import Language, Number, Project

_FIGURE = re.compile(
    r"(?<![0-9A-Za-z.,_{*])(\*\*)?([1-9][0-9]{0,8})(\*\*)?( ?)"
    r"(人次|位|人|篇|场|个|次|家|名|项|份|天|小时|本|条)(?![0-9A-Za-z}])"
)
_LABEL = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _with_fields(text: str, numbers: list[Number]) -> str:
    parts: list[str] = []
    done = 0
    for start, end in prose_spans(text):
        for match in _FIGURE.finditer(text, start, end):
            key = f"n{len(numbers) + 1}"
            label = _LABEL.match(text, match.end())
            unit = match[5]
            numbers.append(
                Number(label=label[0] if label else unit, value=int(match[2]), unit=unit, key=key)
            )
            if match[1] or match[3] or match[4]:
                # "**1456** 人次": the value alone, the bold and the space stay as written.
                parts += [text[done : match.start(2)], "{" + key + ".value}"]
                done = match.end(2)
            else:
                parts += [text[done : match.start()], "{" + key + "}"]
                done = match.end()
    return "".join(parts) + text[done:] if parts else text


def _texts(project: Project) -> list[tuple[object, str]]:
    """(model, field name) of every Markdown body a figure may stand in."""
    fields: list[tuple[object, str]] = [(project.article, "lead")]
    fields += [(section, "body") for section in project.free_sections]
    fields += [(project.background, "text"), (project.next_phase, "text")]
    fields += [(project.testimonials, "intro"), (project.testimonials, "outro")]
    fields += [(person, "body") for person in project.testimonials.people]
    fields += [(group, name) for group in project.groups for name in ("intro", "outro")]
    return fields


def figures_as_numbers(project: Project) -> Project:
    """A copy of ``project`` whose figures in sentences are numbers, or ``project`` itself."""
    if project.article.language is not Language.ZH or project.background.numbers:
        return project
    fields = _texts(project)
    if any(FIELD.search(getattr(model, name)) for model, name in fields):
        return project  # braces the article already uses: left as they are
    changed = project.model_copy(deep=True)
    numbers: list[Number] = []
    for model, name in _texts(changed):
        text = getattr(model, name)
        new = _with_fields(text, numbers)
        if new != text:
            setattr(model, name, new)
    if not numbers:
        return project
    changed.background.numbers = numbers
    changed.background.list_numbers = False
    same: Callable[[Project], str] = compose
    return changed if same(changed) == same(project) else project
