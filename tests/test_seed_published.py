"""The published version of the seed article, made from the bundled example (the seed draft)
with field edits only, as an organizer would make them in the form: the numbers said inside
the honorees' sentence (with the unknown ones still marked), the honorees and testimonials
shown by GitHub id at the participants' request, the closing text after the testimonials and
the title as a level-2 heading. No free section stands in for a structured part.

The published article is not in the reference folder; its shape is the seed draft's own notes
("显示git号不显示公司姓名", the ``xx`` counts) and the later draft of the same article
(reference/recaps/k8s-src-phase1-draft-6132fea.md: testimonials by GitHub id, the request
note, "篇幅有限，就不在一一罗列。...").
"""

from __future__ import annotations

from recapdesk.compose.checks import check_article
from recapdesk.model import Privacy, Project
from recapdesk.model import TestimonialDisplay as Display
from recapdesk.pipeline import ArticlePipeline
from tests.support import example_project, parse_html, table_rows

NUMBERS_SENTENCE = (
    "，总共有{participants}同学参与，{discussion}参与交流，产生读书笔记{notes}，"
    "优秀笔记{excellent}，公众号文章{articles}。"
)
REQUEST = "（应回访同学要求，此处不再展示姓名公司，统一Git号展示）"
CLOSING = (
    "篇幅有限，就不在一一罗列。从大家的感言中，我们看到的是热情，是对后来者的建议，"
    "是这个活动越办越好的期盼。"
)
GITHUB_IDS = [
    "Luffy110",
    "lianghao208",
    "cdtft",
    "YouEclipse",
    "sundongmin",
    "janeliul",
    "zhaoweiguo",
    "wenhuwang",
    "AbyssViper",
]


def published() -> Project:
    project = example_project()
    project.article.title_level = 2
    numbers = project.background.numbers
    for number, key in zip(
        numbers, ["participants", "discussion", "notes", "excellent", "articles"], strict=True
    ):
        number.key = key
    project.background.list_numbers = False
    h = project.groups[0]  # the honorees
    h.intro = h.intro.removesuffix("。") + NUMBERS_SENTENCE
    h.privacy = Privacy.GITHUB
    t = project.testimonials
    t.display = Display.GITHUB
    t.intro += REQUEST
    t.people = [person for person in t.people if person.body.strip()]  # the two without words
    t.outro = CLOSING
    return project


def test_the_published_version_key_lines() -> None:
    project = published()
    markdown = ArticlePipeline(project).markdown()
    lines = markdown.split("\n")
    assert lines[0] == "## kubernetes源码研习社 一期活动总结"
    assert "本期数据：" not in markdown  # the numbers are in the sentence, not listed
    assert (
        "第五章 client-go 展开，总共有96位同学参与，379人参与交流，产生读书笔记〔待补充〕篇，"
        "优秀笔记〔待补充〕篇，公众号文章〔待补充〕篇。"
    ) in markdown
    assert "{" not in markdown
    assert "| 序号 | GitHub |" in lines
    assert "| 1 | [gasxia](https://github.com/gasxia) |" in lines
    assert "云帐房" not in markdown  # names and companies left out at the participants' request
    assert f"我们看看他们怎么说：（有删减和提取）{REQUEST}" in markdown
    bullets = [line.removeprefix("-   ") for line in lines if line.startswith("-   ")]
    assert bullets[4:] == GITHUB_IDS  # after the outline's four
    assert "姚沈结" not in markdown
    assert lines.index(CLOSING) > lines.index("-   AbyssViper") > lines.index("-   Luffy110")
    assert lines.index(CLOSING) < lines.index("## 三、感恩")
    assert not [slot for slot in project.order if slot.key.startswith("free:")]


def test_the_published_version_renders_the_same_in_html() -> None:
    tree = parse_html(ArticlePipeline(published()).fragment())
    assert tree.iter("h2")[0].text() == "kubernetes源码研习社 一期活动总结"
    headers, rows = table_rows(tree.iter("table")[0])
    assert headers == ["序号", "GitHub"]
    assert rows[0] == ["1", "gasxia"]
    paragraphs = [p.text() for p in tree.iter("p")]
    assert CLOSING in paragraphs


def test_check_still_lists_the_unknown_counts_in_the_sentence() -> None:
    found = [f.message for f in check_article(published()) if f.field == "groups[0].intro"]
    assert found == [
        "{notes} (读书笔记) is not known yet: the article shows it as a placeholder",
        "{excellent} (优秀笔记) is not known yet: the article shows it as a placeholder",
        "{articles} (公众号文章) is not known yet: the article shows it as a placeholder",
    ]
