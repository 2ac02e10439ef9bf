"""Project -> Markdown: the whole article, pure and deterministic.

The article is composed section by section (:func:`compose_blocks`) so that callers can tell
which part of the text belongs to which section: the preview scrolls to it, and the renderer
can reuse the HTML of sections that did not change.
"""

from __future__ import annotations

from dataclasses import dataclass

from recapdesk.compose.escape import block, inline, link
from recapdesk.compose.people import committee_table, honorees_table, testimonial_list
from recapdesk.compose.words import DEFAULT_HEADINGS, WORDS, numbered
from recapdesk.model import BuiltinSection, Link, Number, Project
from recapdesk.model.project import FREE_PREFIX
from recapdesk.model.sections import Section
from recapdesk.model.validation import is_safe_url

TOC_MARKER = "[toc]"
HEAD_KEY = "head"


@dataclass(frozen=True)
class Block:
    """The Markdown of one part of the article: ``head`` or a section-order key."""

    key: str
    markdown: str


def _paragraphs(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def format_number(number: Number, words: dict[str, str]) -> str:
    if number.value is None:
        value = words["placeholder"]
    elif isinstance(number.value, float) and number.value.is_integer():
        value = str(int(number.value))
    else:
        value = str(number.value)  # exactly as typed: ":g" would print 12345.67 as 12345.7
    text = words["number"].format(
        label=inline(number.label),
        value=value if number.value is None else inline(value),
        unit=inline(number.unit),
    )
    return text.rstrip()


def link_list(links: list[Link]) -> str:
    """A bullet per link; a link with an unusable URL is shown as text, never dropped."""
    items = []
    for item in links:
        if not (item.label or item.url):
            continue
        if is_safe_url(item.url):
            items.append(f"- {link(item.label, item.url)}")
        else:
            items.append(f"- {inline(' '.join(filter(None, [item.label, item.url])))}")
    return "\n".join(items)


def _head(project: Project) -> str:
    article = project.article
    words = WORDS[article.language]
    parts = []
    if article.front_matter.strip():
        # Verbatim, fences included: a static-site generator reads it from the file's first line.
        parts.append(article.front_matter.strip("\n"))
    if article.title.strip():
        parts.append(f"# {inline(article.title)}")
    if article.byline.strip():
        parts.append(inline(article.byline))
    outline = [item for item in article.outline if item.strip()]
    if outline:
        parts.append(words["outline"])
        parts.append("\n".join(f"-   {inline(item)}" for item in outline))
    if article.toc:
        parts.append(TOC_MARKER)
    parts.append(block(article.lead))
    return _paragraphs(*parts)


def _body(project: Project, key: str) -> str:
    """The content of a section, without its heading; empty when it has nothing to show."""
    words = WORDS[project.article.language]
    if key.startswith(FREE_PREFIX):
        return block(project.free_section(key.removeprefix(FREE_PREFIX)).body)
    section = BuiltinSection(key)
    if section is BuiltinSection.BACKGROUND:
        bg = project.background
        numbers = [format_number(n, words) for n in bg.numbers if n.label or n.value is not None]
        number_list = "\n".join(f"- {line}" for line in numbers)
        return _paragraphs(
            link_list(bg.links), block(bg.text), words["numbers"] if numbers else "", number_list
        )
    if section is BuiltinSection.HONOREES:
        h = project.honorees
        table = honorees_table(h, words)
        award = ""
        if h.award_title.strip():
            title = (
                link(h.award_title, h.award_url)
                if is_safe_url(h.award_url)
                else inline(h.award_title)
            )
            award = words["award"].replace("**{award}**", f"**{title}**")
        return _paragraphs(block(h.intro), award if table else "", table, block(h.outro))
    if section is BuiltinSection.COMMITTEE:
        c = project.committee
        table = committee_table(c, words)
        return _paragraphs(block(c.intro), table, block(c.outro)) if table else ""
    if section is BuiltinSection.TESTIMONIALS:
        t = project.testimonials
        people = testimonial_list(t, words)
        return _paragraphs(block(t.intro), people) if people else ""
    n = project.next_phase
    details = []
    if n.time.strip():
        details.append(f"**{words['time']}**{words['label_sep']}{inline(n.time)}")
    how = block(n.how_to_join)
    return _paragraphs(
        block(n.text), *details, how and f"**{words['how_to_join']}**", how, link_list(n.links)
    )


def _heading(project: Project, key: str) -> tuple[str, bool]:
    """The heading text (escaped) of a section and whether it is shown."""
    if key.startswith(FREE_PREFIX):
        return inline(project.free_section(key.removeprefix(FREE_PREFIX)).heading), True
    section = BuiltinSection(key)
    model: Section = getattr(project, section.value)
    text = model.heading.strip() or DEFAULT_HEADINGS[project.article.language][section]
    return inline(text), model.show_heading


class BodyCache:
    """Section bodies composed before, for a caller that knows what changed since (the window
    does: every edit names its field path). Composing a 1,000-row table on every keystroke
    elsewhere would cost tens of milliseconds."""

    def __init__(self) -> None:
        self._bodies: dict[str, str] = {}

    def invalidate(self, path: tuple[str | int, ...]) -> None:
        """Forget what an edit at ``path`` may have changed."""
        root = path[0] if path else ""
        if root == "article":
            # Only the language changes the words inside section bodies; the title, lead and
            # numbering are composed afresh every time anyway.
            if path[1:2] in ((), ("language",)):
                self._bodies.clear()
        elif root in ("", "order", "free_sections", "schema_version"):
            self._bodies.clear()
        else:
            self._bodies.pop(str(root), None)

    def body(self, project: Project, key: str) -> str:
        if key.startswith(FREE_PREFIX):
            return _body(project, key)  # small, and keyed by a free section's id
        cached = self._bodies.get(key)
        if cached is None:
            cached = self._bodies[key] = _body(project, key)
        return cached


def compose_blocks(project: Project, cache: BodyCache | None = None) -> list[Block]:
    """The article as a list of blocks: the head, then each visible, non-empty section.

    With ``cache``, section bodies it still holds are reused (see :class:`BodyCache`)."""
    blocks = [Block(HEAD_KEY, _head(project))]
    number = 0
    for slot in project.order:
        if not slot.visible:
            continue
        body = cache.body(project, slot.key) if cache else _body(project, slot.key)
        if not body:
            continue
        heading, shown = _heading(project, slot.key)
        if shown and heading:
            number += 1
            title = numbered(heading, number, project.article.numbering)
            body = f"## {title}\n\n{body}"
        blocks.append(Block(slot.key, body))
    return blocks


def compose(project: Project) -> str:
    """The article's Markdown, ending in one newline."""
    text = "\n\n".join(b.markdown for b in compose_blocks(project) if b.markdown)
    return text + "\n" if text else ""
