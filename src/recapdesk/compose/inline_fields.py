"""Numbers inside sentences: ``共有{participants}同学参与`` -> ``共有96位同学参与``.

A background number with a key (``participants``) can be used in any Markdown body as
``{participants}`` (its value and unit, as the numbers list shows it) or
``{participants.value}`` (the value alone). While the number is not known yet the article shows
the placeholder marker (〔待补充〕 / [TBD]), never the braces.

Why single braces around a key: ``{`` and ``}`` mean nothing to Markdown (CommonMark, GFM or
Python-Markdown; its attribute lists need ``{:``, ``{#`` or ``{.``, which no key starts with),
so a field survives every Markdown editor and renderer as typed; braces around a bare word are
rare in prose, where people write （） or 【】; and a key, unlike a label, stays the same
when the label is reworded. A field is expanded only in prose (compose/prose.py): never in code
spans, code blocks or URLs, and ``\\{participants}`` writes the braces literally. A key no
number has is left as typed, so nothing is lost, and ``check`` lists it.

The expansion happens in compose, on the section's own fields before they are composed, so the
Markdown export, the preview, the WeChat copy and the command line all show the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from recapdesk.compose.escape import inline
from recapdesk.compose.prose import GROUP_BODIES, SECTION_BODIES, body_fields, prose_spans
from recapdesk.compose.words import WORDS
from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import GROUP_PREFIX
from recapdesk.model.checks import CONTEXT, Finding, Severity
from recapdesk.model.project import FREE_PREFIX, Project
from recapdesk.model.sections import NUMBER_KEY_PATTERN, Number

HEAD = "head"
FIELD = re.compile(r"\{(" + NUMBER_KEY_PATTERN + r")((?:\.value)?)\}")


def number_value(number: Number, words: dict[str, str]) -> str:
    """The value as the article prints it (not yet escaped), or the placeholder marker."""
    if number.value is None:
        return words["placeholder"]
    if isinstance(number.value, float) and number.value.is_integer():
        return str(int(number.value))
    return str(number.value)  # exactly as typed: ":g" would print 12345.67 as 12345.7


def keyed_numbers(project: Project) -> dict[str, Number]:
    """The numbers by key (the first, when two share one)."""
    found: dict[str, Number] = {}
    for number in project.background.numbers:
        if number.key and number.key not in found:
            found[number.key] = number
    return found


def field_text(number: Number, value_only: bool, words: dict[str, str]) -> str:
    """The Markdown a field becomes."""
    value = number_value(number, words)
    value = value if number.value is None else inline(value)
    if value_only:
        return value
    return words["inline_number"].format(value=value, unit=inline(number.unit)).rstrip()


def fields_in(markdown: str) -> Iterator[re.Match[str]]:
    """Every field of ``markdown``'s prose."""
    if "{" not in markdown:
        return
    for start, end in prose_spans(markdown):
        yield from FIELD.finditer(markdown, start, end)


def expand(markdown: str, numbers: dict[str, Number], words: dict[str, str]) -> str:
    """``markdown`` with each field of a known key replaced by its number."""
    if "{" not in markdown or not numbers:
        return markdown
    parts: list[str] = []
    done = 0
    for match in fields_in(markdown):
        number = numbers.get(match.group(1))
        if number is None:
            continue
        parts += [markdown[done : match.start()], field_text(number, bool(match[2]), words)]
        done = match.end()
    return "".join(parts) + markdown[done:] if parts else markdown


def expanded(project: Project, key: str) -> Project:
    """``project`` with the fields of section ``key`` (or the head's lead) expanded: a shallow
    copy where anything changes, else ``project`` itself."""
    numbers = keyed_numbers(project)
    if not numbers:
        return project
    words = WORDS[project.article.language]
    if key == HEAD:
        lead = expand(project.article.lead, numbers, words)
        if lead == project.article.lead:
            return project
        article = project.article.model_copy(update={"lead": lead})
        return project.model_copy(update={"article": article})
    if key.startswith(FREE_PREFIX):
        section_id = key.removeprefix(FREE_PREFIX)
        free = [
            s.model_copy(update={"body": expand(s.body, numbers, words)})
            if s.id == section_id
            else s
            for s in project.free_sections
        ]
        return project.model_copy(update={"free_sections": free})
    if key.startswith(GROUP_PREFIX):
        index = project.group_index(key.removeprefix(GROUP_PREFIX))
        groups = list(project.groups)
        group = groups[index]
        changes = {name: expand(getattr(group, name), numbers, words) for name in GROUP_BODIES}
        groups[index] = group.model_copy(update=changes)
        return project.model_copy(update={"groups": groups})
    if key not in SECTION_BODIES:
        return project  # a section of no Markdown field known here
    section = getattr(project, key)
    update: dict[str, object] = {
        name: expand(getattr(section, name), numbers, words) for name in SECTION_BODIES[key]
    }
    if key == "testimonials":
        update["people"] = [
            p.model_copy(update={"body": expand(p.body, numbers, words)}) if "{" in p.body else p
            for p in section.people
        ]
    return project.model_copy(update={key: section.model_copy(update=update)})


def uses_fields(project: Project, key: str) -> bool:
    """Whether section ``key`` has a field in one of its bodies (so it changes with the
    numbers)."""
    if key.startswith(FREE_PREFIX):
        texts = [s.body for s in project.free_sections if FREE_PREFIX + s.id == key]
    elif key.startswith(GROUP_PREFIX):
        group = project.groups[project.group_index(key.removeprefix(GROUP_PREFIX))]
        texts = [getattr(group, name) for name in GROUP_BODIES]
    elif key in SECTION_BODIES:
        section = getattr(project, key)
        texts = [getattr(section, name) for name in SECTION_BODIES[key]]
        if key == "testimonials":
            texts += [p.body for p in section.people]
    else:
        return False
    return any(next(fields_in(text), None) is not None for text in texts)


def _say(template: str, *args: str) -> Message:
    return Message(CONTEXT, template, args)


def field_findings(project: Project) -> list[Finding]:
    """A warning for each field whose key no number has, and each whose number is not known
    yet; and for a key two numbers share."""
    found: list[Finding] = []
    numbers = keyed_numbers(project)
    seen: set[str] = set()
    for i, number in enumerate(project.background.numbers):
        if number.key and number.key in seen:
            template = QT_TRANSLATE_NOOP("Checks", "another number already has the key %1")
            found.append(
                Finding(f"background.numbers[{i}].key", _say(template, number.key), Severity.ERROR)
            )
        seen.add(number.key)
    for field, text in body_fields(project):
        for match in fields_in(text):
            used = numbers.get(match.group(1))
            if used is None:
                template = QT_TRANSLATE_NOOP(
                    "Checks",
                    "%1: no number has the key %2; the article shows it as typed (give a number"
                    " that key in the Background tab, or write \\{ for a brace)",
                )
                found.append(
                    Finding(field, _say(template, match.group(), match.group(1)), Severity.WARNING)
                )
            elif used.value is None:
                template = QT_TRANSLATE_NOOP(
                    "Checks", "%1 (%2) is not known yet: the article shows it as a placeholder"
                )
                label = used.label or used.key
                found.append(Finding(field, _say(template, match.group(), label), Severity.WARNING))
    return found
