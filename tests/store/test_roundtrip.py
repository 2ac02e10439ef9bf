"""What the user typed comes back from the file unchanged, and the file diffs well."""

from __future__ import annotations

import difflib
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recapdesk import model
from recapdesk.model import FreeSection, Link, Number, Person, Project
from recapdesk.model.text import clean_text
from recapdesk.store import dumps, load, loads, save
from tests.support import EXAMPLE_PATH, example_project

# Every free-text field of the model, single-line and multi-line, as a path from the Project.
TEXT_FIELDS = [
    "article.title",
    "article.byline",
    "article.outline[0]",
    "article.lead",
    "background.heading",
    "background.text",
    "background.links[0].label",
    "background.links[0].url",
    "background.numbers[0].label",
    "background.numbers[0].unit",
    "groups[0].heading",
    "groups[0].intro",
    "groups[0].award",
    "groups[0].privacy_note",
    "groups[0].people[0].name",
    "groups[0].people[0].company",
    "groups[0].people[0].title",
    "groups[0].people[0].city",
    "groups[0].people[0].cohort",
    "groups[0].people[0].contribution",
    "groups[0].people[0].citation",
    "groups[0].people[0].photo",
    "groups[0].people[0].github",
    "groups[0].outro",
    "groups[1].intro",
    "groups[1].people[0].name",
    "groups[1].people[0].role",
    "groups[1].people[0].github",
    "testimonials.intro",
    "testimonials.people[0].name",
    "testimonials.people[0].company",
    "testimonials.people[0].cohort",
    "testimonials.people[0].role",
    "testimonials.people[0].github",
    "testimonials.people[0].body",
    "next_phase.text",
    "next_phase.time",
    "next_phase.how_to_join",
    "next_phase.links[0].label",
    "free_sections[0].heading",
    "free_sections[0].body",
]

_STEP = re.compile(r"(\w+)(?:\[(\d+)\])?")


def _project_with_one_of_everything() -> Project:
    project = Project()
    project.article.outline = ["x"]
    project.background.links = [Link(label="l", url="https://example.com/")]
    project.background.numbers = [Number(label="n", value=1)]
    project.groups[0].people = [Person(name="a")]
    project.groups[1].people = [Person(name="b")]
    project.testimonials.people = [model.Testimonial(name="c", body="d")]
    project.next_phase.links = [Link(label="e", url="https://example.org/")]
    project.free_sections = [FreeSection(id="thanks", heading="h", body="b")]
    return project


def _walk(project: Project, path: str) -> tuple[object, str, int | None]:
    """The object holding the last step of ``path``, that step's name and list index."""
    steps = path.split(".")
    target: object = project
    for step in steps[:-1]:
        name, index = _STEP.fullmatch(step).groups()  # type: ignore[union-attr]
        target = getattr(target, name)
        if index is not None:
            target = target[int(index)]  # type: ignore[index]
    name, index = _STEP.fullmatch(steps[-1]).groups()  # type: ignore[union-attr]
    return target, name, None if index is None else int(index)


def set_field(project: Project, path: str, value: str) -> None:
    target, name, index = _walk(project, path)
    if index is None:
        setattr(target, name, value)
    else:
        items = list(getattr(target, name))
        items[index] = value
        setattr(target, name, items)


def get_field(project: Project, path: str) -> object:
    target, name, index = _walk(project, path)
    value = getattr(target, name)
    return value if index is None else value[index]


@settings(max_examples=300, deadline=None)
@given(path=st.sampled_from(TEXT_FIELDS), value=st.text())
@example(path="testimonials.people[0].body", value="\"\"\"\n'''\\n\\\n")
@example(path="article.title", value="a\r\nb\rc\x00d\x1b\x7f\x85e\ud800")
@example(path="article.lead", value="\n\nstarts with newlines\n")
@example(path="groups[0].people[0].name", value="\ta | b\t")
@example(path="background.text", value="x = 1\n[article]\ntitle = 'injected'\n")
@example(path="free_sections[0].body", value="\u2028\u2029\ufeff\U0001f600")
def test_any_text_survives_save_and_load(path: str, value: str) -> None:
    project = _project_with_one_of_everything()
    set_field(project, path, value)
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "p.recap.toml"
        save(project, file)
        loaded = load(file)
    assert get_field(loaded, path) == clean_text(value)
    assert loaded == project


def test_the_bundled_example_is_in_the_form_recapdesk_saves() -> None:
    """Otherwise the first save of the example rewrites the whole file in a git diff."""
    text = EXAMPLE_PATH.read_bytes().decode("utf-8")
    assert dumps(loads(text)) == text


def test_schema_comes_first_and_multiline_text_is_multiline() -> None:
    text = dumps(example_project())
    assert text.startswith("schema = 2\n")
    # The seed's 12-paragraph testimonial is stored one line per line, not as "\n" escapes.
    assert "1.  先把本周作业设计到的章节通读一遍\n" in text
    assert "\\n" not in text


def test_saving_twice_without_change_gives_identical_bytes(tmp_path: Path) -> None:
    file = tmp_path / "p.recap.toml"
    save(example_project(), file)
    first = file.read_bytes()
    save(load(file), file)
    assert file.read_bytes() == first


def _changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


ONE_FIELD_CHANGES = [
    ("article.title", "kubernetes源码研习社 一期活动总结（终稿）"),
    ("groups[0].people[0].name", "金润森森"),
    (
        "groups[0].people[0].company",
        "一家名字很长很长很长很长很长很长很长很长很长很长很长很长很长的公司",
    ),
    ("groups[0].people[1].github", "somebody-with-a-rather-long-github-id"),
    ("groups[1].people[3].role", "学习委员，同时负责 GitHub 项目管理与周报整理"),
    ("testimonials.people[2].cohort", "研习二期"),
    ("background.links[0].label", "源码研习社 GitHub"),
    ("background.numbers[2].unit", "份"),
]


@pytest.mark.parametrize(("path", "value"), ONE_FIELD_CHANGES)
def test_a_one_field_change_is_a_one_line_diff(path: str, value: str) -> None:
    before = example_project()
    after = example_project()
    set_field(after, path, value)
    changed = _changed_lines(dumps(before), dumps(after))
    assert len(changed) == 2, "\n".join(changed)
    assert changed[0].startswith("-") and changed[1].startswith("+")
    assert value in changed[1]


def test_a_number_becoming_known_is_a_one_line_diff() -> None:
    before = example_project()
    after = example_project()
    after.background.numbers[2].value = 120
    changed = _changed_lines(dumps(before), dumps(after))
    assert len(changed) <= 2, "\n".join(changed)
    assert any("120" in line for line in changed if line.startswith("+"))


def test_a_one_line_edit_in_a_body_is_a_one_line_diff() -> None:
    before = example_project()
    after = example_project()
    body = after.testimonials.people[6].body
    after.testimonials.people[6].body = body.replace("还可以画个类图", "还可以画个时序图")
    changed = _changed_lines(dumps(before), dumps(after))
    assert changed == [
        "-3.  如果数据结构复杂, 还可以画个类图",
        "+3.  如果数据结构复杂, 还可以画个时序图",
    ]


def test_unknown_numbers_are_left_out_and_known_ones_keep_their_type(tmp_path: Path) -> None:
    project = Project()
    project.background.numbers = [
        Number(label="a", value=96),
        Number(label="b", value=2.5),
        Number(label="c"),
    ]
    file = tmp_path / "p.recap.toml"
    save(project, file)
    text = file.read_text(encoding="utf-8")
    assert re.search(r"\bvalue = 96(?![.\d])", text)
    assert re.search(r"\bvalue = 2\.5(?!\d)", text)
    values = [n.value for n in load(file).background.numbers]
    assert values == [96, 2.5, None]
    assert type(values[0]) is int
    assert type(values[1]) is float
