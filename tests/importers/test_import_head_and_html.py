"""The head of an imported recap (front matter, a ``##`` title), its raw HTML, its line breaks
and the figures in its sentences."""

from __future__ import annotations

from pathlib import Path

from recapdesk.compose import compose
from recapdesk.importers.front_matter import read_front_matter
from recapdesk.importers.markdown_html import html_to_markdown
from recapdesk.importers.markdown_recap import import_markdown
from recapdesk.model import Language
from recapdesk.pipeline import ArticlePipeline
from recapdesk.render import render_fragment
from tests.support import parse_html

DATA = Path(__file__).parent / "data"


def _shown(markdown_text: str) -> str:
    return parse_html(render_fragment(markdown_text)).text()


# -- front matter -------------------------------------------------------------------------------


def test_a_front_matter_title_becomes_the_title_and_is_not_printed() -> None:
    text = (DATA / "crafted-yearly-summary.md").read_text(encoding="utf-8")
    project = import_markdown(text).project
    article = project.article
    assert article.title == "开源社 2023 年度总结"
    assert article.byline == "开源社 · 2024-01-15"
    assert article.front_matter.startswith("---\ntitle:")  # kept for a static-site generator
    shown = parse_html(ArticlePipeline(project).fragment()).text()
    assert "开源社 2023 年度总结" in shown
    assert "title:" not in shown and "author:" not in shown and "date:" not in shown
    assert "title:" not in _shown(compose(project))


def test_the_front_matter_of_hugo_hexo_and_toml() -> None:
    servicemesher = (DATA / "servicemesher-meetup-chengdu-20191028.md").read_text(encoding="utf-8")
    fields = read_front_matter(servicemesher.split("\n---\n")[0] + "\n---")
    assert (fields.title, fields.author, fields.date) == (
        "第七届Service Mesh Meetup成都站回顾",
        "宋净超",
        "2019-10-28",
    )
    asyncapi = read_front_matter(
        '---\ntitle: "A - 2023"\ndate: 2024-06-28T06:00:00+01:00\nauthors:\n'
        "  - name: Azeez Elegbede\n    photo: /img/a.webp\n---"
    )
    assert (asyncapi.title, asyncapi.author, asyncapi.date) == (
        "A - 2023",
        "Azeez Elegbede",
        "2024-06-28",
    )
    toml = read_front_matter('+++\ntitle = "团队"\ndate = 2020-01-02\nauthors = ["a", "b"]\n+++')
    assert (toml.title, toml.author, toml.date) == ("团队", "a, b", "2020-01-02")
    assert read_front_matter("+++\ntitle = \n+++").title == ""  # not TOML: nothing read


def test_a_body_title_wins_over_the_front_matter_title() -> None:
    text = "---\ntitle: x\n---\n\n# 真正的标题\n\n正文是一段完整的句子。\n"
    project = import_markdown(text).project
    assert project.article.title == "真正的标题"
    assert project.article.byline == ""


def test_a_title_written_as_level_two_stays_level_two() -> None:
    project = import_markdown("## 一期活动总结\n\n## 一、背景\n\n正文\n").project
    assert (project.article.title, project.article.title_level) == ("一期活动总结", 2)
    assert compose(project).startswith("## 一期活动总结\n")


# -- line breaks --------------------------------------------------------------------------------


def test_two_trailing_spaces_stay_a_line_break() -> None:
    text = "# 总结\n\n## 致谢\n\n感谢张三  \n感谢李四\n\n感谢王五\n"
    project = import_markdown(text).project
    assert "感谢张三  \n感谢李四" in compose(project)
    html = render_fragment(compose(project))
    assert "感谢张三<br" in html


def test_a_line_break_the_import_would_lose_keeps_the_part_as_written() -> None:
    # An honoree's table cell cannot hold a break; the outline compares breaks, so the
    # import may not take a part whose breaks would change.
    text = "# 总结\n\n## 讲师\n\n下面是讲师：  \n排名不分先后\n\n- 周九\n- 吴十\n"
    project = import_markdown(text).project
    html = render_fragment(compose(project))
    assert "下面是讲师：<br" in html


# -- raw HTML -----------------------------------------------------------------------------------


def test_html_blocks_read_as_markdown_never_as_escaped_tags() -> None:
    text = (
        "# 总结\n\n<center>感谢<br>大家</center>\n\n"
        '<figure><img src="img/a.jpg" alt="合影"><figcaption>全体合影</figcaption></figure>\n\n'
        '<p align="center"><b>下期再见</b></p>\n'
    )
    result = import_markdown(text)
    markdown = compose(result.project)
    assert "<" not in markdown.replace("\\<", "")
    assert "感谢  \n大家" in markdown
    assert "![合影](img/a.jpg)" in markdown
    assert "*全体合影*" in markdown
    assert "**下期再见**" in markdown


def test_a_video_becomes_a_link_with_a_warning() -> None:
    text = (
        "# 总结\n\n## 回放\n\n"
        '<iframe src="//player.bilibili.com/player.html?aid=1" allowfullscreen="true"></iframe>\n'
    )
    result = import_markdown(text)
    assert "[视频](https://player.bilibili.com/player.html?aid=1)" in compose(result.project)
    (warning,) = [str(line) for line in result.report.details() if str(line).startswith("warning:")]
    assert "a video became a link (https://player.bilibili.com/player.html?aid=1)" in warning


def test_html_in_code_is_left_as_written() -> None:
    text = "```html\n<center>x</center>\n```\n\n<center>y</center>\n"
    converted = html_to_markdown(text, Language.ZH).text
    assert converted == "```html\n<center>x</center>\n```\n\ny\n"


def test_unknown_html_stays_so_no_text_is_lost() -> None:
    text = "<style>.a { color: red }</style>\n\n<marquee>欢迎</marquee>\n"
    result = import_markdown(text)
    assert "欢迎" in _shown(compose(result.project))
    assert ".a { color: red }" in _shown(compose(result.project))


# -- figures in sentences -----------------------------------------------------------------------


def test_figures_in_sentences_become_numbers_shown_in_place() -> None:
    text = (
        "# 总结\n\n## 背景\n\n本期共有96位同学参与，大会总计 **1456** 人次到场。"
        "\n\n还有 xx篇 笔记。\n"
    )
    result = import_markdown(text)
    numbers = result.project.background.numbers
    assert [(n.key, n.value, n.unit) for n in numbers] == [("n1", 96, "位"), ("n2", 1456, "人次")]
    assert not result.project.background.list_numbers
    assert "{n1}同学" in result.project.background.text
    assert "**{n2.value}** 人次" in result.project.background.text
    assert _shown(compose(result.project)) == _shown(text)
    assert "numbers: 2 (sentences show them; edit them in the Background tab)" in [
        str(line) for line in result.report.details()
    ]


def test_figures_written_with_thousands_commas_stay_text() -> None:
    result = import_markdown("# 总结\n\n## 背景\n\n累计 9,736人 到场。\n")
    assert not result.project.background.numbers


def test_the_fidelity_yardstick_sees_line_breaks() -> None:
    from recapdesk.importers.rendered import outline_of, same_outline

    hard, soft = outline_of("张三  \n李四"), outline_of("张三\n李四")
    assert hard[0].text == "张三\n李四"
    assert not same_outline(hard, soft)
