"""Wide tables as one card per row in the WeChat copy: a phone shows 序号 and names whole."""

from __future__ import annotations

from recapdesk.model import Person
from recapdesk.pipeline import ArticlePipeline
from recapdesk.render.compliance import check_html
from tests.support import example_project


def test_the_honorees_table_is_a_card_per_person_with_labelled_lines() -> None:
    html = ArticlePipeline(example_project()).wechat_html()
    assert "序号" in html
    assert "<th" not in html.split("序号")[0][-200:]  # no header cell: a label
    assert "序号：</span>1</p>" in html
    assert "姓名：</span>金润森</p>" in html
    # The example's three placeholder rows make no empty cards.
    assert html.count("序号：") == 1


def test_a_narrow_table_stays_a_table_its_first_column_kept_whole() -> None:
    html = ArticlePipeline(example_project()).wechat_html()
    committee = html[html.index("职责") - 400 :]
    assert "<table" in html and "<th" in committee
    assert "word-break: keep-all" in committee.split("厉辉")[0][-200:]


def test_cards_keep_user_text_literal_and_pass_the_wechat_checker() -> None:
    project = example_project()
    project.groups[0].people.append(Person(name="<b>x</b> | *y*", company="A&B", github="z"))
    project.photos.pictures = []  # a picture without its folder is a local image for the checker
    html = ArticlePipeline(project).wechat_html()
    assert "姓名：</span>&lt;b&gt;x&lt;/b&gt; | *y*</p>" in html
    assert check_html(html) == []


def test_any_table_of_four_columns_or_more_is_cards_and_empty_cells_are_left_out() -> None:
    from tests.render.wechat.support import wechat_tree

    rows = "| a | b | c | d |\n|---|---|---|---|\n| 1 |  | 3 | 4 |\n| 5 | 6 | 7 | 8 |\n"
    tree = wechat_tree(rows)
    assert list(tree.iter("table")) == []
    lines = [p.text() for p in tree.iter("p")]
    assert lines == ["a: 1", "c: 3", "d: 4", "a: 5", "b: 6", "c: 7", "d: 8"]  # Latin labels
