"""Content checks: what an organizer must fix (errors) or finish (warnings) before publishing."""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk import model
from recapdesk.compose import checks as article_checks
from recapdesk.compose.checks import check_article
from recapdesk.model import (
    FreeSection,
    Link,
    Number,
    Person,
    Privacy,
    Project,
    checks,
    size_checks,
    validation,
)
from recapdesk.model.checks import Finding, Severity
from recapdesk.store import save
from tests.support import (
    copy_example,
    example_project,
    marked_texts,
    run_cli,
    templates,
)

W, E = Severity.WARNING, Severity.ERROR


def _complete_project() -> Project:
    """A small finished article: nothing to warn about."""
    project = Project()
    project.article.title = "二期总结"
    project.background.text = "二期读完了第六章。"
    project.background.links = [Link(label="仓库", url="https://github.com/cloudnativeto")]
    project.background.numbers = [Number(label="参与同学", value=120, unit="位")]
    project.groups[0].award = "下面是本期评出的**源码之星**："
    project.groups[0].people = [Person(name="金润森", company="云帐房", github="gasxia")]
    project.groups[1].people = [Person(name="厉辉", role="社长", github="Miss-you")]
    project.testimonials.people = [model.Testimonial(name="王冬", body="收获很大。")]
    project.next_phase.text = "三期读第七章。"
    project.free_sections = [FreeSection(id="thanks", heading="感谢", body="谢谢大家。")]
    return project


def _summary(findings: list[Finding]) -> list[tuple[str, Severity]]:
    return [(f.field, f.severity) for f in findings]


def test_the_example_has_exactly_its_placeholders_to_finish() -> None:
    findings = check_article(example_project())
    assert _summary(findings) == [
        ("article.outline[2]", W),
        ("article.outline[3]", W),
        ("background.numbers[2].value", W),
        ("background.numbers[3].value", W),
        ("background.numbers[4].value", W),
        ("groups[0].people[1]", W),
        ("groups[0].people[2]", W),
        ("groups[0].people[3]", W),
        ("testimonials.people[0].body", W),
        ("testimonials.people[1].body", W),
        ("next_phase.text", W),
    ]
    messages = [f.message for f in findings]
    assert messages[2] == "读书笔记: not known yet (placeholder)"
    assert messages[5] == "empty row (placeholder)"
    assert messages[8] == "金润森: no testimonial text yet"
    assert "left out of the article" in messages[10]


def test_a_complete_project_has_no_findings() -> None:
    assert check_article(_complete_project()) == []


def test_malformed_github_ids_are_errors_wherever_they_are() -> None:
    project = _complete_project()
    project.groups[0].people[0].github = "@gasxia"
    project.groups[1].people[0].github = "Miss you"
    project.testimonials.people[0].github = "wang--dong"
    errors = [f for f in check_article(project) if f.severity is E]
    assert [f.field for f in errors] == [
        "groups[0].people[0].github",
        "groups[1].people[0].github",
        "testimonials.people[0].github",
    ]
    assert "'@gasxia'" in errors[0].message


def test_bad_urls_are_errors() -> None:
    project = _complete_project()
    project.background.links[0].url = "javascript:alert(1)"
    project.next_phase.links = [Link(label="报名", url="https://exa mple.com")]
    assert _summary(check_article(project)) == [
        ("background.links[0].url", E),
        ("next_phase.links[0].url", E),
    ]


def test_a_link_without_url_is_a_warning() -> None:
    project = _complete_project()
    project.background.links.append(Link(label="活动的发起"))
    assert _summary(check_article(project)) == [("background.links[1].url", W)]


def test_duplicate_honoree_is_a_warning_once() -> None:
    project = _complete_project()
    person = project.groups[0].people[0]
    project.groups[0].people = [person, person.model_copy(), person.model_copy()]
    findings = check_article(project)
    assert _summary(findings) == [("groups[0].people[1]", W)]
    assert "duplicate honoree '金润森'" in findings[0].message


def test_same_name_with_different_github_is_not_a_duplicate() -> None:
    project = _complete_project()
    project.groups[0].people.append(Person(name="金润森", github="another-jin"))
    assert check_article(project) == []


def test_privacy_without_github_id_is_a_warning() -> None:
    project = _complete_project()
    project.groups[0].privacy = Privacy.GITHUB
    project.groups[0].people.append(Person(name="王冬", company="某公司"))
    assert _summary(check_article(project)) == [("groups[0].people[1].github", W)]


def test_testimonials_shown_by_github_need_ids() -> None:
    project = _complete_project()
    project.testimonials.display = model.TestimonialDisplay.GITHUB
    assert _summary(check_article(project)) == [("testimonials.people[0].github", W)]
    project.testimonials.people[0].github = "wangdong"
    assert check_article(project) == []


def test_missing_title_and_nameless_people_are_warnings() -> None:
    project = _complete_project()
    project.article.title = "  "
    project.groups[0].people.append(Person(github="someone"))
    project.testimonials.people.append(model.Testimonial(body="匿名的感言"))
    assert _summary(check_article(project)) == [
        ("article.title", W),
        ("groups[0].people[1].name", W),
        ("testimonials.people[1].name", W),
    ]


def _every_kind_of_finding() -> list[Finding]:
    """Findings of each kind check_project knows, from two projects (privacy on and off)."""
    shown = _complete_project()
    shown.article.title = ""
    shown.background.links += [Link(label="活动的发起"), Link(label="x", url="ftp://x")]
    shown.background.numbers += [Number(), Number(label="笔记", value_text="约三百")]
    person = shown.groups[0].people[0]
    shown.groups[0].people += [Person(), person.model_copy(), Person(github="@someone")]
    shown.groups[1].people.append(Person())
    shown.testimonials.people.append(model.Testimonial())
    shown.next_phase.text = ""
    shown.article.outline = ["一篇优秀总结笔记？"]
    shown.groups[0].people.append(Person(name="名" * 100, company="司" * 200))
    private = _complete_project()
    private.groups[0].privacy = Privacy.GITHUB
    private.groups[0].people.append(Person(name="王冬"))
    private.testimonials.display = model.TestimonialDisplay.GITHUB
    return check_article(shown) + check_article(private)


def test_every_message_is_a_text_marked_for_translation_and_every_marked_text_is_said() -> None:
    """The window translates a finding by its template: a template that is not marked (an
    f-string, a variable) would stay English, and a marked one never said is dead."""
    used = {key for finding in _every_kind_of_finding() for key in templates(finding.text)}
    assert used <= marked_texts(checks, article_checks, size_checks, validation)
    checks_texts = marked_texts(checks, article_checks, size_checks)
    assert {key for key in used if key[0] == "Checks"} == checks_texts


def test_the_variable_parts_stay_data_and_fill_the_template() -> None:
    project = _complete_project()
    project.background.numbers.append(Number())
    project.testimonials.people.append(model.Testimonial())
    project.groups[0].people[0].github = "@gasxia"
    found = {finding.field: finding for finding in check_article(project)}
    number = found["background.numbers[1].value"]
    github = found["groups[0].people[0].github"]
    testimonial = found["testimonials.people[1].body"]
    assert number.text.template == "%1: not known yet (placeholder)"
    assert number.message == "number 2: not known yet (placeholder)"
    assert github.text.args[1] == "'@gasxia'"  # the refused id, as the user wrote it
    assert github.message == "write the id without the leading @ ('@gasxia')"
    assert testimonial.message == "person 2: no testimonial text yet"


def test_hidden_empty_next_phase_is_not_reported() -> None:
    project = example_project()
    for slot in project.order:
        if slot.key == "next_phase":
            slot.visible = False
    assert "next_phase.text" not in [f.field for f in check_article(project)]


@pytest.mark.parametrize(
    ("make", "exit_code"),
    [("complete", 0), ("example", 1), ("error", 2)],
)
def test_check_command_exit_codes(tmp_path: Path, make: str, exit_code: int) -> None:
    path = tmp_path / "p.recap.toml"
    if make == "example":
        copy_example(path)
    else:
        project = _complete_project()
        if make == "error":
            project.groups[0].people[0].github = "@gasxia"
        save(project, path)
    result = run_cli("check", path)
    assert result.returncode == exit_code, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    if make == "complete":
        assert lines == []
    elif make == "example":
        assert len(lines) == 11
        assert lines[0].startswith(f"{path}: article.outline[2]: warning: the outline lists ")
        assert lines[2] == (
            f"{path}: background.numbers[2].value: warning: 读书笔记: not known yet (placeholder)"
        )
        assert lines[5] == f"{path}: groups[0].people[1]: warning: empty row (placeholder)"
    else:
        assert lines == [
            f"{path}: groups[0].people[0].github: error: write the id without the leading @ "
            "('@gasxia')"
        ]
