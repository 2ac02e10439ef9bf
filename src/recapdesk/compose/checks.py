"""The content checks of an article: its fields' (model/checks.py), and those that need the
article composed (an outline entry whose section the article does not show), and those of the
prose (a number used in a sentence and not known yet, a placeholder such as ``xx``)."""

from __future__ import annotations

from recapdesk.compose.inline_fields import field_findings
from recapdesk.compose.outline_check import outline_gaps
from recapdesk.compose.placeholders import placeholder_findings
from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import Project
from recapdesk.model.checks import CONTEXT, Finding, Severity, check_project


def outline_findings(project: Project) -> list[Finding]:
    template = QT_TRANSLATE_NOOP(
        "Checks", "the outline lists %1 but no section of the article has that heading"
    )
    return [
        Finding(
            f"article.outline[{i}]", Message(CONTEXT, template, (repr(entry),)), Severity.WARNING
        )
        for i, entry in outline_gaps(project)
    ]


def check_article(project: Project) -> list[Finding]:
    """Every content finding, in article order: the title's, the outline's, then the rest."""
    fields = check_project(project)
    at = 1 if fields and fields[0].field == "article.title" else 0
    prose = [*field_findings(project), *placeholder_findings(project)]
    return [*fields[:at], *outline_findings(project), *fields[at:], *prose]
