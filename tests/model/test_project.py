"""The document model: field rules, section order, free sections, numbers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from recapdesk import model
from recapdesk.model import (
    FreeSection,
    Number,
    Person,
    Project,
    SectionSlot,
    free_key,
)
from recapdesk.store import ProjectFileError, loads

BUILTIN_KEYS = [
    "background",
    "group:honorees",
    "group:committee",
    "testimonials",
    "next_phase",
    "photos",
]
"""A new project's sections: the built-in ones and the example's two recognition groups."""


def _keys(project: Project) -> list[str]:
    return [slot.key for slot in project.order]


def test_a_new_project_lists_every_builtin_section_once() -> None:
    project = Project()
    assert _keys(project) == BUILTIN_KEYS
    assert all(slot.visible for slot in project.order)
    assert project.schema_version == model.SCHEMA_VERSION


@pytest.mark.parametrize(
    ("toml", "where"),
    [
        # A schema-1 file's mistake is named as the file spells it, before any migration.
        ("[[honorees.people]]\nname = 3\n", "honorees.people[0].name"),
        (
            '[[honorees.people]]\nname = "a"\n[[honorees.people]]\ngithub = []\n',
            "honorees.people[1].github",
        ),
        ("[[testimonials.people]]\nbody = 1.5\n", "testimonials.people[0].body"),
        ('[testimonials]\ndisplay = "nickname"\n', "testimonials.display"),
        ('[[order]]\nkey = "background"\nvisible = 1\n', "order[0].visible"),
        ('[article]\nnumbering = "roman"\n', "article.numbering"),
        ('[honorees]\ncolumns = ["index", "email"]\n', "honorees.columns[1]"),
        (
            '[[background.links]]\nlabel = "a"\nurl = "https://x.org"\nextra = 1\n',
            "background.links[0].extra",
        ),
        ('[[free_sections]]\nid = "Thanks!"\n', "free_sections[0].id"),
    ],
)
def test_a_wrong_value_in_a_file_names_its_field(toml: str, where: str) -> None:
    with pytest.raises(ProjectFileError) as caught:
        loads("schema = 1\n" + toml, "p.recap.toml")
    assert caught.value.where == where
    assert str(caught.value).startswith(f"p.recap.toml: {where}: ")


def test_assignment_is_validated_like_a_file_load() -> None:
    project = Project()
    project.groups[0].people = [Person(name="a")]
    with pytest.raises(ValidationError):
        project.groups[0].people[0].name = 3  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        project.article.numbering = "roman"  # type: ignore[assignment]
    assert project.groups[0].people[0].name == "a"


def test_assigned_text_is_cleaned() -> None:
    project = Project()
    project.article.title = "一期\r\n总结\x00\x1b"
    project.testimonials.intro = "a\rb\tc"
    assert project.article.title == "一期\n总结"
    assert project.testimonials.intro == "a\nb\tc"


def test_order_key_naming_no_section_is_refused() -> None:
    with pytest.raises(ValidationError, match="'thanks' names no section"):
        Project(order=[SectionSlot(key="thanks")])
    with pytest.raises(ProjectFileError, match="'free:x' names no section"):
        loads('schema = 1\n[[order]]\nkey = "free:x"\n')


def test_order_key_twice_is_refused() -> None:
    with pytest.raises(ValidationError, match="'group:honorees' appears twice"):
        Project(order=[SectionSlot(key="group:honorees"), SectionSlot(key="group:honorees")])


def test_sections_missing_from_the_order_are_appended() -> None:
    project = Project(
        order=[SectionSlot(key="free:thanks", visible=False), SectionSlot(key="testimonials")],
        free_sections=[
            FreeSection(id="thanks", heading="感谢"),
            FreeSection(id="outlook", heading="展望"),
        ],
    )
    assert _keys(project) == [
        "free:thanks",
        "testimonials",
        "background",
        "group:honorees",
        "group:committee",
        "next_phase",
        "photos",
        "free:outlook",
    ]
    assert project.order[0].visible is False  # a hidden section stays hidden, in its place
    assert all(slot.visible for slot in project.order[1:])


def test_order_is_completed_on_load_too() -> None:
    project = loads('schema = 1\n[[order]]\nkey = "testimonials"\n')
    assert _keys(project)[0] == "testimonials"
    assert sorted(_keys(project)) == sorted(BUILTIN_KEYS)


def test_free_sections_sharing_an_id_are_refused() -> None:
    with pytest.raises(ValidationError, match="share an id"):
        Project(free_sections=[FreeSection(id="a"), FreeSection(id="a")])


@pytest.mark.parametrize("section_id", ["thanks", "a", "2021-outlook", "x1-y2"])
def test_free_section_ids_that_are_accepted(section_id: str) -> None:
    assert FreeSection(id=section_id).id == section_id
    assert free_key(section_id) == f"free:{section_id}"


@pytest.mark.parametrize("section_id", ["", "Thanks", "-a", "a b", "a_b", "感谢", "a:b"])
def test_free_section_ids_that_are_refused(section_id: str) -> None:
    with pytest.raises(ValidationError):
        FreeSection(id=section_id)


def test_free_section_lookup() -> None:
    project = Project(free_sections=[FreeSection(id="thanks", heading="感谢")])
    assert project.free_section("thanks").heading == "感谢"
    with pytest.raises(KeyError):
        project.free_section("nope")


def test_numbers_keep_int_and_float_apart() -> None:
    project = loads(
        "schema = 1\n"
        '[[background.numbers]]\nlabel = "a"\nvalue = 96\n'
        '[[background.numbers]]\nlabel = "b"\nvalue = 96.0\n'
        '[[background.numbers]]\nlabel = "c"\n'
    )
    values = [n.value for n in project.background.numbers]
    assert [type(v) for v in values] == [int, float, type(None)]
    assert values == [96, 96.0, None]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "true", '"96"', "[96]"])
def test_a_file_number_that_is_not_a_number_names_its_field(value: str) -> None:
    with pytest.raises(ProjectFileError) as caught:
        loads(f'schema = 1\n[[background.numbers]]\nlabel = "a"\nvalue = {value}\n')
    assert caught.value.where == "background.numbers[0].value"
    assert caught.value.reason.startswith("a number is expected")


@pytest.mark.parametrize("value", ["96", True, float("nan"), float("inf")])
def test_a_number_must_be_a_finite_number(value: object) -> None:
    with pytest.raises(ValidationError):
        Number(label="a", value=value)


def test_unknown_keys_are_refused_everywhere() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Person(name="a", email="a@b.c")  # type: ignore[call-arg]
    with pytest.raises(ProjectFileError) as caught:
        loads('schema = 1\n[article]\ntitel = "typo"\n')
    assert caught.value.where == "article.titel"
