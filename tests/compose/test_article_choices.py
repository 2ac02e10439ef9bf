"""The article-level choices: the title's heading level, GitHub ids as links or plain text,
and the testimonials' closing text; their defaults keep the article as it was."""

from __future__ import annotations

from recapdesk.compose import compose
from recapdesk.pipeline import ArticlePipeline
from tests.support import example_project


def test_the_title_can_be_a_level_two_heading() -> None:
    project = example_project()
    assert compose(project).startswith("# kubernetes源码研习社 一期活动总结\n")
    project.article.title_level = 2
    assert compose(project).startswith("## kubernetes源码研习社 一期活动总结\n")


def test_github_ids_can_be_plain_text_in_every_table() -> None:
    project = example_project()
    pipeline = ArticlePipeline(project)
    assert "[gasxia](https://github.com/gasxia)" in pipeline.markdown()
    project.article.github_links = False
    pipeline.edited(project, ("article", "github_links"))
    markdown = pipeline.markdown()
    assert "https://github.com/gasxia" not in markdown
    assert "https://github.com/Miss-you" not in markdown
    assert "| 1 | 金润森 | 云帐房 容器开发工程师 | gasxia |" in markdown
    assert "| 厉辉 | 社长 | Miss-you |" in markdown
    assert markdown == pipeline.__class__(project).markdown()


def test_the_closing_text_follows_the_last_testimonial() -> None:
    project = example_project()
    project.testimonials.outro = "篇幅有限，更多感言就不在一一罗列。"
    markdown = compose(project)
    last = markdown.index("刘天祥-华诺科技-研习一期")
    closing = markdown.index("篇幅有限，更多感言就不在一一罗列。")
    assert last < closing < markdown.index("## 三、感恩")
    assert "\n\n篇幅有限，更多感言就不在一一罗列。\n\n" in markdown  # its own paragraph
