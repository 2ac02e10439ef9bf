"""Tables and lists of people: honorees, the committee, testimonials."""

from __future__ import annotations

from recapdesk.compose.escape import block, indent, inline, link
from recapdesk.model import (
    Committee,
    HonoreeColumn,
    Honorees,
    Testimonial,
    TestimonialDisplay,
    Testimonials,
)
from recapdesk.model.validation import github_id_problem, github_profile_url

_CENTER = ":--:"


def github_cell(github_id: str) -> str:
    """A profile link for a valid id; anything else literally, never as a link."""
    if github_id and github_id_problem(github_id) is None:
        return link(github_id, github_profile_url(github_id))
    return inline(github_id)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A centered GFM table; cells are Markdown already escaped by the caller."""
    lines = [
        "| " + " | ".join(headers) + " |",
        "| " + " | ".join(_CENTER for _ in headers) + " |",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def honoree_columns(honorees: Honorees) -> list[HonoreeColumn]:
    """The columns shown: with privacy on, only the index and GitHub ids."""
    if honorees.privacy:
        return [c for c in honorees.columns if c in (HonoreeColumn.INDEX, HonoreeColumn.GITHUB)]
    return list(honorees.columns)


def honorees_table(honorees: Honorees, words: dict[str, str]) -> str:
    columns = honoree_columns(honorees)
    if not columns or not honorees.people:
        return ""
    rows: list[list[str]] = []
    number = 0
    for person in honorees.people:
        empty = not (person.name or person.company or person.position or person.github)
        if not empty:
            number += 1
        cells = {
            HonoreeColumn.INDEX: "" if empty else str(number),
            HonoreeColumn.NAME: inline(person.name),
            HonoreeColumn.COMPANY: inline(person.company),
            HonoreeColumn.POSITION: inline(person.position),
            HonoreeColumn.AFFILIATION: inline(
                " ".join(filter(None, [person.company, person.position]))
            ),
            HonoreeColumn.GITHUB: github_cell(person.github),
        }
        rows.append([cells[column] for column in columns])
    return table([words[column.value] for column in columns], rows)


def committee_table(committee: Committee, words: dict[str, str]) -> str:
    if not committee.members:
        return ""
    rows = [[inline(m.name), inline(m.duty), github_cell(m.github)] for m in committee.members]
    return table([words["name"], words["duty"], words["github"]], rows)


def attribution(person: Testimonial, display: TestimonialDisplay, words: dict[str, str]) -> str:
    """The line that names a testimonial's author, as plain text (not yet escaped)."""
    if display is TestimonialDisplay.GITHUB:
        return person.github or words["anonymous"]
    cohort_role = words["cohort_role_sep"].join(filter(None, [person.cohort, person.role]))
    parts = [person.name, person.company, cohort_role]
    return words["attribution_sep"].join(part for part in parts if part) or words["anonymous"]


def testimonial_list(testimonials: Testimonials, words: dict[str, str]) -> str:
    """A bullet per person with the body indented under it, as organizers write them."""
    items = []
    for person in testimonials.people:
        head = f"-   {inline(attribution(person, testimonials.display, words))}"
        body = block(person.body)
        items.append(f"{head}\n\n{indent(body)}" if body else head)
    return "\n\n".join(items)
