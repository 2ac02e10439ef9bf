"""compose(project) -> import -> the same project, for generated projects.

Generation is restricted to what the article's Markdown can express, since the importer reads
only the article:
- every section shown and not empty (an empty or hidden section leaves no trace); the sections
  left empty come after the others in their default order, as the importer puts them;
- a title (without one, the first heading would be read as the title); a byline only after a
  title, short and without closing punctuation; lead paragraphs end in punctuation;
- headings: the default or one naming the section's kind (背景, 预告, ...), free sections'
  headings none of those words; text is plain words (Markdown in text is covered by the
  reference articles); testimonials introduce themselves with a word such as 感言;
- honorees: privacy off, at least two columns, one of them a name or GitHub column, company
  and position not shown both alone and combined; fields of hidden columns empty;
- testimonials: named people throughout (or, as quotes, anonymous throughout); shown by
  GitHub id only with the other fields empty; English ones have a name and a company only;
  a role only after a cohort (zh); a testimonial without a heading of its own only right
  after the honorees, whose closing text is then empty;
- free sections are named section-1, section-2, ... in article order, as the window names them.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recapdesk.compose import compose
from recapdesk.compose.escape import inline, link
from recapdesk.compose.words import WORDS
from recapdesk.importers.markdown_recap import import_markdown
from recapdesk.model import (
    FreeSection,
    GroupColumn,
    Language,
    Link,
    Number,
    Numbering,
    Project,
    SectionSlot,
    free_key,
    group_key,
)
from recapdesk.model import Person as Member
from recapdesk.model import Testimonial as Person
from recapdesk.model import TestimonialDisplay as Display
from recapdesk.model import TestimonialStyle as Style

ZH_WORDS = ["研习", "源码", "社区", "学员", "读书", "笔记", "云原生", "分享", "讨论", "坚持"]
EN_WORDS = ["source", "study", "group", "notes", "community", "share", "reading", "code"]
ZH_NAMES = ["金润森", "王冬", "姚沈结", "梁豪", "刘淑娟", "赵卫国"]
EN_NAMES = ["Alice Smith", "Bob Lee", "Carol King", "Dan Wu"]
COMPANIES = ["云帐房", "爱立信", "Lenovo", "KLOOK", "Acme"]
GITHUB_IDS = ["gasxia", "miss-you", "zhaoweiguo", "cdtft", "user42"]
HEADINGS = {
    Language.ZH: {
        "background": ["项目背景", "初衷"],
        "honorees": ["优秀学员", "表彰"],
        "committee": ["管委会", "感恩"],
        "testimonials": ["感言", "学习心得"],
        "next_phase": ["二期预告", "展望"],
        "free": ["致谢", "不足", "花絮"],
    },
    Language.EN: {
        "background": ["Background of the phase"],
        "honorees": ["Stars"],
        "committee": ["The committee"],
        "testimonials": ["Feedback", "Testimonials from mentees"],
        "next_phase": ["Upcoming", "What's next for us"],
        "free": ["Thanks", "Photos"],
    },
}
HEADER_VARIANTS = {
    Language.ZH: {
        GroupColumn.NAME: ["名字"],
        GroupColumn.GITHUB: ["Github", "GitHub 账号"],
        GroupColumn.INDEX: ["#"],
    },
    Language.EN: {
        GroupColumn.NAME: ["Full name"],
        GroupColumn.GITHUB: ["Github", "GitHub ID"],
        GroupColumn.INDEX: ["#"],
    },
}


def words(language: Language) -> list[str]:
    return ZH_WORDS if language is Language.ZH else EN_WORDS


@st.composite
def sentence(draw: Any, language: Language) -> str:
    chosen = draw(st.lists(st.sampled_from(words(language)), min_size=1, max_size=4))
    if language is Language.ZH:
        return "".join(chosen) + draw(st.sampled_from(["。", "！", "？"]))
    return " ".join(chosen).capitalize() + "."


@st.composite
def paragraphs(draw: Any, language: Language, min_size: int = 0) -> str:
    return "\n\n".join(draw(st.lists(sentence(language), min_size=min_size, max_size=2)))


@st.composite
def label(draw: Any, language: Language) -> str:
    chosen = draw(st.lists(st.sampled_from(words(language)), min_size=1, max_size=2))
    return ("" if language is Language.ZH else " ").join(chosen)


KINDS = ["background", "honorees", "committee", "testimonials", "next_phase"]
ORDER_KEYS = {kind: kind for kind in KINDS} | {
    "honorees": group_key("honorees"),
    "committee": group_key("committee"),
}


def heading(draw: Any, language: Language, kind: str) -> str:
    options = HEADINGS[language][kind]
    return draw(st.sampled_from(options if kind == "free" else ["", *options]))


@st.composite
def links(draw: Any, language: Language, max_size: int = 2) -> list[Link]:
    labels = draw(st.lists(label(language), max_size=max_size))
    return [Link(label=text, url=f"https://example.com/{n}") for n, text in enumerate(labels)]


@st.composite
def number(draw: Any, language: Language) -> Number:
    value = draw(
        st.one_of(st.none(), st.integers(0, 5000), st.integers(0, 999).map(lambda n: n / 10 + 0.5))
    )
    unit = draw(st.sampled_from(["位", "篇", ""] if language is Language.ZH else ["notes", ""]))
    return Number(label=draw(label(language)), value=value, unit=unit)


def honoree_columns(draw: Any) -> list[GroupColumn]:
    C = GroupColumn  # noqa: N806 (a short alias)
    pool = [C.INDEX, C.NAME, C.GITHUB]
    pool += draw(st.sampled_from([[C.COMPANY, C.TITLE], [C.AFFILIATION], [C.COMPANY], []]))
    columns = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=len(pool), unique=True))
    if not {C.NAME, C.GITHUB} & set(columns):
        columns.append(C.NAME)
    return columns


def honoree(draw: Any, columns: list[GroupColumn], language: Language) -> Member:
    if draw(st.booleans()) and draw(st.booleans()):
        return Member()  # a placeholder row
    C = GroupColumn  # noqa: N806 (a short alias)
    names = ZH_NAMES if language is Language.ZH else EN_NAMES
    person = Member()
    if C.NAME in columns:
        person.name = draw(st.sampled_from(names))
    if C.COMPANY in columns or C.AFFILIATION in columns:
        person.company = draw(st.sampled_from(COMPANIES))
    if C.TITLE in columns or C.AFFILIATION in columns:
        person.title = draw(st.sampled_from(["", "工程师", "Engineer"]))
    if C.GITHUB in columns:
        person.github = draw(st.sampled_from(["", *GITHUB_IDS]))
    return person


def make_testimonials(
    draw: Any, language: Language, display: Display, style: Style
) -> list[Person]:
    count = draw(st.integers(1 if style is Style.LIST else 2, 3))
    anonymous = (
        style is Style.QUOTE and display is Display.NAME_COMPANY_COHORT and draw(st.booleans())
    )
    people = []
    for _ in range(count):
        body_min = 0 if style is Style.LIST else 1
        person = Person(body=draw(paragraphs(language, body_min)))
        if anonymous:
            pass
        elif display is Display.GITHUB:
            person.github = draw(st.sampled_from(GITHUB_IDS))
        elif language is Language.EN:
            person.name = draw(st.sampled_from(EN_NAMES))
            person.company = draw(st.sampled_from(["", "Acme", "Lenovo"]))
        else:
            person.name = draw(st.sampled_from(ZH_NAMES))
            person.company = draw(st.sampled_from(["", *COMPANIES]))
            person.cohort = draw(st.sampled_from(["", "研习一期", "一期"]))
            person.role = draw(st.sampled_from(["", "学习委员"])) if person.cohort else ""
        people.append(person)
    if style is Style.LIST and not any(p.body for p in people):
        people[0].body = draw(sentence(language))
    return people


@st.composite
def projects(draw: Any) -> Project:
    language = draw(st.sampled_from(list(Language)))
    project = Project()
    article = project.article
    article.language = language
    article.numbering = draw(st.sampled_from(list(Numbering)))
    article.title = draw(label(language))
    if draw(st.booleans()):
        byline = st.lists(st.sampled_from(words(language)), min_size=1, max_size=4)
        article.byline = " ".join(draw(byline))
    article.outline = draw(st.lists(label(language), max_size=3))
    article.toc = draw(st.booleans())
    article.lead = draw(paragraphs(language))

    kinds = draw(st.lists(st.sampled_from(KINDS), unique=True))
    free_count = draw(st.integers(0, 2))
    keys = draw(st.permutations([*kinds, *(f"free{n}" for n in range(free_count))]))
    if not keys:
        keys = ["background"]
        kinds = ["background"]

    bg = project.background
    if "background" in kinds:
        bg.heading = heading(draw, language, "background")
        bg.links = draw(links(language))
        bg.text = draw(paragraphs(language))
        bg.numbers = draw(st.lists(number(language), max_size=3))
        if not (bg.links or bg.text or bg.numbers):
            bg.text = draw(sentence(language))
    h = project.group("honorees")
    if "honorees" in kinds:
        h.heading = heading(draw, language, "honorees")
        h.columns = honoree_columns(draw)
        own = HEADER_VARIANTS[language]
        variants = [draw(st.sampled_from(["", *own.get(c, [])])) for c in h.columns]
        h.headers = variants if any(variants) else []
        h.people = [honoree(draw, h.columns, language) for _ in range(draw(st.integers(1, 4)))]
        h.intro = draw(paragraphs(language))
        h.outro = draw(paragraphs(language))
        if draw(st.booleans()):
            title, url = draw(label(language)), draw(st.sampled_from(["", "https://example.com/a"]))
            award = link(title, url) if url else inline(title)
            h.award = WORDS[language]["award"].replace("**{award}**", f"**{award}**")
    c = project.group("committee")
    if "committee" in kinds:
        c.heading = heading(draw, language, "committee")
        c.intro = draw(paragraphs(language))
        c.outro = draw(paragraphs(language))
        duties = ["社长", "学习委员"] if language is Language.ZH else ["Lead", "Reviewer"]
        names = ZH_NAMES if language is Language.ZH else EN_NAMES
        c.people = [
            Member(
                name=draw(st.sampled_from(names)),
                role=draw(st.sampled_from(duties)),
                github=draw(st.sampled_from(["", *GITHUB_IDS])),
            )
            for _ in range(draw(st.integers(1, 3)))
        ]
    t = project.testimonials
    if "testimonials" in kinds:
        t.heading = heading(draw, language, "testimonials")
        t.style = draw(st.sampled_from(list(Style)))
        # By name only reads as name, company and cohort without a company: the article
        # cannot tell the two apart, so the import takes the first.
        t.display = draw(st.sampled_from([Display.NAME_COMPANY_COHORT, Display.GITHUB]))
        t.people = make_testimonials(draw, language, t.display, t.style)
        intro = "以下是他们的感言。" if language is Language.ZH else "Here is their feedback."
        t.intro = intro
        after_honorees = (
            keys.index("testimonials") == keys.index("honorees") + 1
            if ("honorees" in keys)
            else False
        )
        if after_honorees and draw(st.booleans()):
            t.show_heading, t.heading = False, ""
            h.outro = ""
    n = project.next_phase
    if "next_phase" in kinds:
        n.heading = heading(draw, language, "next_phase")
        n.text = draw(paragraphs(language))
        n.time = draw(st.sampled_from(["", "2021年1月", "June 2024"]))
        n.how_to_join = draw(paragraphs(language))
        n.links = draw(links(language))
        if not (n.text or n.time or n.how_to_join or n.links):
            n.text = draw(sentence(language))

    free = []
    order = []
    for key in keys:
        if key.startswith("free"):
            section = FreeSection(
                id=f"section-{len(free) + 1}",
                heading=heading(draw, language, "free"),
                body=draw(paragraphs(language, 1)),
            )
            free.append(section)
            order.append(SectionSlot(key=free_key(section.id)))
        else:
            order.append(SectionSlot(key=ORDER_KEYS[key]))
    # An article without honorees or a committee imports without those groups, and the
    # groups come in the article's order.
    groups = [key for key in keys if key in ("honorees", "committee")]
    kept = [project.group(key) for key in groups]
    order += [
        SectionSlot(key=ORDER_KEYS[kind])
        for kind in KINDS
        if kind not in keys and kind not in ("honorees", "committee")
    ]
    project.free_sections = free
    data = project.model_dump(by_alias=True)
    data["order"] = [slot.model_dump() for slot in order]
    data["groups"] = [group.model_dump() for group in kept]
    return Project.model_validate(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_compose_then_import_gives_the_same_project(project: Project) -> None:
    markdown = compose(project)
    result = import_markdown(markdown)
    assert result.project.model_dump() == project.model_dump(), markdown
    assert not result.report.fallback
