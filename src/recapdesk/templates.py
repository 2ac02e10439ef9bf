"""The project templates recapdesk ships: a complete, realistic recap of each kind of program
(a study group, a meetup, a mentorship...) in Chinese and in English, to start from.

Each is a project file under ``resources/templates/<name>.<language>.recap.toml``, written in
the store's own form (a save of it changes nothing). The people in them are invented; the
only unfinished parts are the few an organizer must fill in (a number not known yet, the next
date), which the checks list. ``recapdesk new --template`` and File > New from Template… both
start from here; titles and descriptions are marked for translation (context ``Templates``)
and shown in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

from recapdesk.i18n import QT_TRANSLATE_NOOP, ZH_CN
from recapdesk.model import Language, Project
from recapdesk.resources import EXAMPLE_SUFFIX, resource
from recapdesk.store import loads

CONTEXT = "Templates"
FOLDER = "templates"


@dataclass(frozen=True)
class Template:
    name: str  # as the command line takes it: study-group
    title: str  # English, marked for translation: "Study group"
    description: str  # English, marked for translation: what the article holds


TEMPLATES: tuple[Template, ...] = (
    Template(
        "study-group",
        QT_TRANSLATE_NOOP("Templates", "Study group"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A phase of a study group, like the bundled example: numbers used in sentences, "
            "the honorees, testimonials, the committee and the next phase",
        ),
    ),
    Template(
        "meetup",
        QT_TRANSLATE_NOOP("Templates", "Meetup"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A meetup: one section per talk, the speakers and their talks, the slides, "
            "a wall of volunteers and the sponsors",
        ),
    ),
    Template(
        "mentorship",
        QT_TRANSLATE_NOOP("Templates", "Mentorship program"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A mentorship program: selection in numbers, the mentors and mentees of each "
            "project with their roles, and their feedback as quotes",
        ),
    ),
    Template(
        "hackathon",
        QT_TRANSLATE_NOOP("Templates", "Hackathon / Hacktoberfest"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A hackathon or Hacktoberfest: the winners' table, a wall of every contributor's "
            "GitHub id, the mentors and judges",
        ),
    ),
    Template(
        "translation-sprint",
        QT_TRANSLATE_NOOP("Templates", "Translation sprint"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A translation sprint: the leads, each translator with the chapters they "
            "translated, the reviewers and the conventions",
        ),
    ),
    Template(
        "contributor-awards",
        QT_TRANSLATE_NOOP("Templates", "Contributor awards"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "Contributor awards: one citation list per award, the community stars as a list "
            "and the ceremony",
        ),
    ),
    Template(
        "yearly-summary",
        QT_TRANSLATE_NOOP("Templates", "Yearly community summary"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A community's year: numbers, milestones and events, then maintainers, new "
            "committers, speakers, volunteers and newcomers as name lists and walls",
        ),
    ),
)

LANGUAGES: tuple[Language, ...] = (Language.ZH, Language.EN)


class UnknownTemplateError(LookupError):
    """No template has this name; the message lists those there are."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"no template is named {name!r}; the templates are: {', '.join(template_names())}"
        )


def template_names() -> list[str]:
    """The names, in the order the gallery shows them."""
    return [template.name for template in TEMPLATES]


def find_template(name: str) -> Template:
    for template in TEMPLATES:
        if template.name == name:
            return template
    raise UnknownTemplateError(name)


def template_file_name(name: str, language: Language) -> str:
    return f"{name}.{language.value}{EXAMPLE_SUFFIX}"


def template_text(name: str, language: Language) -> str:
    """The template's project file, as bundled."""
    template = find_template(name)
    return resource(FOLDER, template_file_name(template.name, language)).read_text(encoding="utf-8")


def load_template(name: str, language: Language) -> Project:
    """A new project from the template (a fresh copy each time)."""
    return loads(template_text(name, language))


def article_language_for(ui_language: str) -> Language:
    """The templates' language that suits an interface language: Chinese for a Chinese
    interface, English for any other."""
    return Language.ZH if ui_language == ZH_CN else Language.EN
