"""The words the article itself uses, per article language (not the UI language)."""

from __future__ import annotations

from recapdesk.model import BuiltinSection, Language, Numbering

DEFAULT_HEADINGS: dict[Language, dict[BuiltinSection, str]] = {
    Language.ZH: {
        BuiltinSection.BACKGROUND: "活动背景",
        BuiltinSection.HONOREES: "个人表彰",
        BuiltinSection.COMMITTEE: "组委会",
        BuiltinSection.TESTIMONIALS: "学员感言",
        BuiltinSection.NEXT_PHASE: "下期预告",
        BuiltinSection.PHOTOS: "活动照片",
    },
    Language.EN: {
        BuiltinSection.BACKGROUND: "Background",
        BuiltinSection.HONOREES: "Honorees",
        BuiltinSection.COMMITTEE: "Organizing committee",
        BuiltinSection.TESTIMONIALS: "Testimonials",
        BuiltinSection.NEXT_PHASE: "What's next",
        BuiltinSection.PHOTOS: "Photos",
    },
}

WORDS: dict[Language, dict[str, str]] = {
    Language.ZH: {
        "outline": "大纲",
        "numbers": "本期数据：",
        "number": "{label}：{value}{unit}",
        "placeholder": "〔待补充〕",
        "award": "下面是本期评出的**{award}**：",
        "index": "序号",
        "name": "姓名",
        "company": "公司",
        "position": "职位",
        "affiliation": "公司职位",
        "github": "GitHub",
        "duty": "职责",
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
        "placeholder": "[TBD]",
        "award": "Here are this phase's **{award}**:",
        "index": "No.",
        "name": "Name",
        "company": "Company",
        "position": "Position",
        "affiliation": "Company and position",
        "github": "GitHub",
        "duty": "Duty",
        "attribution_sep": ", ",
        "cohort_role_sep": " ",
        "label_sep": ": ",
        "anonymous": "Anonymous",
        "time": "When",
        "how_to_join": "How to join",
        "links": "Links",
    },
}

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
