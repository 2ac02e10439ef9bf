"""Absurd lengths are findings: a 2,000-character name would turn the honorees table into a tall
column of two-character lines on a phone, and the Checks panel must not say "no problems"."""

from __future__ import annotations

from recapdesk import model
from recapdesk.model import Person, Project
from recapdesk.model.checks import Severity, check_project
from recapdesk.model.size_checks import CELL_LIMIT, NAME_LIMIT


def _project() -> Project:
    project = Project()
    project.article.title = "二期总结"
    project.groups[0].people = [Person(name="金润森", company="云帐房", github="gasxia")]
    project.groups[1].people = [Person(name="厉辉", role="社长", github="Miss-you")]
    project.testimonials.people = [model.Testimonial(name="王冬", body="收获很大。")]
    project.next_phase.text = "三期读第七章。"
    return project


def _long(project: Project) -> list[tuple[str, Severity, str]]:
    return [
        (f.field, f.severity, f.message)
        for f in check_project(project)
        if "characters" in f.message
    ]


def test_ordinary_lengths_pass() -> None:
    project = _project()
    project.groups[0].people[0].name = "Aleksandra Wiśniewska-Kowalczyk"
    project.groups[0].people[0].title = "高级软件工程师（云原生基础设施方向）"
    assert check_project(project) == []


def test_a_2000_character_name_is_a_warning() -> None:
    project = _project()
    project.groups[0].people[0].name = "名" * 2000
    assert _long(project) == [
        (
            "groups[0].people[0].name",
            Severity.WARNING,
            f"2000 characters: far longer than a name can be shown; at most {NAME_LIMIT}",
        )
    ]


def test_names_and_cells_of_every_table_are_checked() -> None:
    project = _project()
    project.groups[0].people[0].company = "司" * (CELL_LIMIT + 1)
    project.groups[0].people[0].title = "职" * CELL_LIMIT  # at the limit: fine
    project.groups[0].headers = ["", "名" * (CELL_LIMIT + 1)]
    project.groups[1].people[0].name = "n" * (NAME_LIMIT + 1)
    project.groups[1].people[0].role = "d" * (CELL_LIMIT + 1)
    project.testimonials.people[0].name = "王" * (NAME_LIMIT + 1)
    project.testimonials.people[0].cohort = "期" * (CELL_LIMIT + 1)
    assert [field for field, _, _ in _long(project)] == [
        "groups[0].headers[1]",
        "groups[0].people[0].company",
        "groups[1].people[0].name",
        "groups[1].people[0].role",
        "testimonials.people[0].name",
        "testimonials.people[0].cohort",
    ]


def test_a_long_github_id_stays_the_rule_s_error() -> None:
    project = _project()
    project.groups[0].people[0].github = "a" * 2000
    findings = check_project(project)
    assert [(f.field, f.severity) for f in findings] == [
        ("groups[0].people[0].github", Severity.ERROR)
    ]
