"""The words the article itself uses, per article language (not the UI language)."""

from __future__ import annotations

from recapdesk.model import BuiltinSection, Language, Numbering, Project

DEFAULT_HEADINGS: dict[Language, dict[BuiltinSection, str]] = {
    Language.ZH: {
        BuiltinSection.BACKGROUND: "活动背景",
        BuiltinSection.TESTIMONIALS: "学员感言",
        BuiltinSection.NEXT_PHASE: "下期预告",
        BuiltinSection.PHOTOS: "活动照片",
    },
    Language.EN: {
        BuiltinSection.BACKGROUND: "Background",
        BuiltinSection.TESTIMONIALS: "Testimonials",
        BuiltinSection.NEXT_PHASE: "What's next",
        BuiltinSection.PHOTOS: "Photos",
    },
}

GROUP_HEADINGS: dict[Language, dict[str, str]] = {
    # A recognition group without a heading of its own: the example's two groups by their ids
    # (schema 1's default headings), any other group the language's word for recognition.
    Language.ZH: {"honorees": "个人表彰", "committee": "组委会", "": "表彰"},
    Language.EN: {"honorees": "Honorees", "committee": "Organizing committee", "": "Recognition"},
}

WORDS: dict[Language, dict[str, str]] = {
    Language.ZH: {
        "outline": "大纲",
        "numbers": "本期数据：",
        "number": "{label}：{value}{unit}",
        "inline_number": "{value}{unit}",
        "placeholder": "〔待补充〕",
        "award": "下面是本期评出的**{award}**：",
        "index": "序号",
        "name": "姓名",
        "company": "公司",
        "title": "职位",
        "affiliation": "公司职位",
        "github": "GitHub",
        "role": "职责",
        "photo": "头像",
        "city": "城市",
        "cohort": "期数",
        "contribution": "贡献",
        "citation": "颁奖词",
        "person_sep": " · ",
        "wall_sep": "　·　",
        "attribution_sep": "-",
        "cohort_role_sep": "",
        "label_sep": "：",
        "anonymous": "匿名",
        "time": "时间",
        "how_to_join": "参与方式",
        "links": "相关链接",
    },
    Language.EN: {
        "outline": "Outline",
        "numbers": "In numbers:",
        "number": "{label}: {value} {unit}",
        "inline_number": "{value} {unit}",
        "placeholder": "[TBD]",
        "award": "Here are this phase's **{award}**:",
        "index": "No.",
        "name": "Name",
        "company": "Company",
        "title": "Position",
        "affiliation": "Company and position",
        "github": "GitHub",
        "role": "Duty",
        "photo": "Photo",
        "city": "City",
        "cohort": "Cohort",
        "contribution": "Contribution",
        "citation": "Citation",
        "person_sep": " · ",
        "wall_sep": " · ",
        "attribution_sep": ", ",
        "cohort_role_sep": " ",
        "label_sep": ": ",
        "anonymous": "Anonymous",
        "time": "When",
        "how_to_join": "How to join",
        "links": "Links",
    },
}


def group_heading(project: Project, group_id: str) -> str:
    """The heading text of a recognition group: its own, else the language's default."""
    defaults = GROUP_HEADINGS[project.article.language]
    group = project.group(group_id)
    return group.heading.strip() or defaults.get(group.id, defaults[""])


_CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九."""
    if n < 1 or n > 99:
        return str(n)
    tens, ones = divmod(n, 10)
    text = ""
    if tens:
        text = ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十"
    if ones:
        text += _CHINESE_DIGITS[ones]
    return text


def numbered(heading_markdown: str, n: int, numbering: Numbering) -> str:
    """Prefix an (already escaped) heading with its number in the chosen style."""
    if numbering is Numbering.CHINESE:
        return f"{chinese_ordinal(n)}、{heading_markdown}"
    if numbering is Numbering.ARABIC:
        return f"{n}\\. {heading_markdown}"
    return heading_markdown
