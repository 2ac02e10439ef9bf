"""Lists in the WeChat copy: sections with text markers, nested by indentation to any depth."""

from __future__ import annotations

from tests.render.wechat.support import style_of, wechat, wechat_tree
from tests.support import Node

NESTED = """\
- fruit
    - apple
        - green
            - granny smith
- vegetables
"""


def _items(list_section: Node) -> list[Node]:
    """The item rows of a converted list: flex sections of (marker, body)."""
    return [n for n in list_section.elements() if style_of(n).get("display") == "flex"]


def _marker_and_body(item: Node) -> tuple[str, Node]:
    marker, body = item.elements()
    return marker.text(), body


def test_no_native_list_elements_and_no_paragraph_in_items() -> None:
    html = wechat(NESTED + "\n1. one\n\n    two\n\n2. three\n")
    for tag in ("<ul", "<ol", "<li", "</li>"):
        assert tag not in html
    tree = wechat_tree("1. one\n\n    more\n\n2. two\n")
    assert not tree.iter("p")


def test_nesting_three_and_four_deep_keeps_every_level_inside_the_previous() -> None:
    tree = wechat_tree(NESTED)
    (top_list,) = [n for n in tree.iter("section") if _items(n)][:1]
    first, second = _items(top_list)
    marker, body = _marker_and_body(first)
    assert marker == "•"
    assert body.text().startswith("fruit")
    (level2,) = [n for n in body.elements() if _items(n)]
    marker2, body2 = _marker_and_body(_items(level2)[0])
    assert (marker2, body2.text()[:5]) == ("◦", "apple")
    (level3,) = [n for n in body2.elements() if _items(n)]
    marker3, body3 = _marker_and_body(_items(level3)[0])
    assert (marker3, body3.text()[:5]) == ("▪", "green")
    (level4,) = [n for n in body3.elements() if _items(n)]
    marker4, body4 = _marker_and_body(_items(level4)[0])
    assert (marker4, body4.text()) == ("▪", "granny smith")
    assert _marker_and_body(second)[1].text() == "vegetables"


def test_the_marker_column_is_as_wide_as_the_themes_list_indent() -> None:
    tree = wechat_tree("- a\n- b\n")
    items = [n for n in tree.iter("section") if style_of(n).get("display") == "flex"]
    marker = items[0].elements()[0]
    assert style_of(marker)["min-width"] == "1.6em"  # .recap ul { padding-left: 1.6em }
    assert style_of(marker)["text-align"] == "right"


def test_ordered_lists_count_from_their_start() -> None:
    tree = wechat_tree("3. three\n4. four\n5. five\n")
    items = [n for n in tree.iter("section") if style_of(n).get("display") == "flex"]
    assert [item.elements()[0].text() for item in items] == ["3.", "4.", "5."]
    assert [item.elements()[1].text() for item in items] == ["three", "four", "five"]


def test_a_loose_list_keeps_its_paragraphs_as_sections_without_extra_margin_inside() -> None:
    tree = wechat_tree("- 姚沈结\n\n    第一段\n\n    第二段\n\n- 梁豪\n")
    items = [n for n in tree.iter("section") if style_of(n).get("display") == "flex"]
    body = items[0].elements()[1]
    paragraphs = body.elements()
    assert [p.text() for p in paragraphs] == ["姚沈结", "第一段", "第二段"]
    # The first paragraph's top margin moved to the item, so the text stays level with "•".
    assert "margin-top" not in style_of(paragraphs[0])
    assert style_of(items[0]).get("margin", "").startswith("0.4em")


def test_testimonials_of_the_example_are_sections_with_bullets() -> None:
    from recapdesk.pipeline import ArticlePipeline
    from tests.support import example_project

    html = ArticlePipeline(example_project()).wechat_html()
    assert "<li" not in html
    assert "•</section>" in html
    assert "姚沈结-爱立信-研习一期" in html
