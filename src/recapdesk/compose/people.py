"""Testimonials: one entry per person, in the section's style (recognition groups: groups.py)."""

from __future__ import annotations

from collections import OrderedDict

from recapdesk.compose.escape import block, indent, inline
from recapdesk.model import (
    SignatureDash,
    Testimonial,
    TestimonialDisplay,
    Testimonials,
    TestimonialStyle,
)

_ITEM_CACHE_SIZE = 4096
_items: OrderedDict[tuple[str, ...], str] = OrderedDict()
"""Testimonials composed before, by everything their Markdown depends on: a keystroke in one
of 300 testimonials re-composes only that one (escaping all 300 cost ~8 ms per keystroke)."""


def attribution(person: Testimonial, display: TestimonialDisplay, words: dict[str, str]) -> str:
    """The line that names a testimonial's author, as plain text (not yet escaped)."""
    # A part of only white space counts as empty: the line must never come out blank.
    if display is TestimonialDisplay.GITHUB:
        return person.github if person.github.strip() else words["anonymous"]
    cohort_role = words["cohort_role_sep"].join(
        part for part in [person.cohort, person.role] if part.strip()
    )
    company = "" if display is TestimonialDisplay.NAME else person.company
    parts = [person.name, company, cohort_role]
    return words["attribution_sep"].join(p for p in parts if p.strip()) or words["anonymous"]


def _anonymous(person: Testimonial, display: TestimonialDisplay) -> bool:
    if display is TestimonialDisplay.GITHUB:
        return not person.github.strip()
    company = "" if display is TestimonialDisplay.NAME else person.company
    return not any(p.strip() for p in (person.name, company, person.cohort, person.role))


def dash_before(dash: SignatureDash, attribution_text: str) -> str:
    """The dash before a signature; by script: —— before Chinese characters (蒋涛), -- else."""
    if dash is SignatureDash.BY_SCRIPT:
        chinese = any("\u4e00" <= ch <= "\u9fff" for ch in attribution_text)
        return SignatureDash.CHINESE.value if chinese else SignatureDash.HYPHENS.value
    return dash.value


def _quoted(markdown: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in markdown.split("\n"))


def _item_context(testimonials: Testimonials, words: dict[str, str]) -> tuple[str, ...]:
    """What a testimonial's Markdown depends on besides the person (see _compose_item)."""
    return (
        testimonials.style,
        testimonials.display,
        testimonials.signature_dash,
        words["anonymous"],
        words["attribution_sep"],
        words["cohort_role_sep"],
    )


def _remembered_item(person: Testimonial, context: tuple[str, ...], words: dict[str, str]) -> str:
    # Exactly what _compose_item reads; keep the two in step.
    key = (
        person.name,
        person.company,
        person.cohort,
        person.role,
        person.github,
        person.body,
        *context,
    )
    cached = _items.get(key)
    if cached is None:
        style, display = TestimonialStyle(context[0]), TestimonialDisplay(context[1])
        dash = SignatureDash(context[2])
        cached = _items[key] = _compose_item(person, style, display, words, dash)
        if len(_items) > _ITEM_CACHE_SIZE:
            _items.popitem(last=False)
    return cached


def _compose_item(
    person: Testimonial,
    style: TestimonialStyle,
    display: TestimonialDisplay,
    words: dict[str, str],
    dash: SignatureDash = SignatureDash.HYPHENS,
) -> str:
    plain = attribution(person, display, words)
    name = inline(plain)
    body = block(person.body)
    # Quotes need no name line: an unsigned quote is how anonymous feedback is usually shown.
    if style is TestimonialStyle.QUOTE:
        head = "" if _anonymous(person, display) else f"**{name}**"
        return "\n\n".join(part for part in (head, body and _quoted(body)) if part)
    if style is TestimonialStyle.SIGNED:
        sign = "" if _anonymous(person, display) else f"{dash_before(dash, plain)} {name}"
        signed = "\n\n".join(part for part in (body, sign) if part)
        return _quoted(signed) if signed else ""
    if style is TestimonialStyle.HEADING:
        return f"### {name}\n\n{body}" if body else f"### {name}"
    head = f"-   {name}"
    return f"{head}\n\n{indent(body)}" if body else head


def testimonial_items(testimonials: Testimonials, words: dict[str, str]) -> list[str]:
    """The Markdown of each testimonial that shows anything, in the section's style."""
    context = _item_context(testimonials, words)  # once, not 300 times
    items = [_remembered_item(p, context, words) for p in testimonials.people]
    return [item for item in items if item]
