"""Tables in the WeChat copy: scrolling wrapper, text-align on every cell, no fixed width."""

from __future__ import annotations

from tests.render.wechat.support import style_of, wechat_tree

# Wider than a phone in three columns (from four, a table is cards: test_cards.py).
WIDE = (
    "| " + " | ".join(f"column {i}" for i in range(3)) + " |\n"
    "|" + "---|" * 3 + "\n"
    "| " + " | ".join(f"value-{i}-" + "x" * 80 for i in range(3)) + " |\n"
)


def test_a_wide_table_is_wrapped_in_a_sideways_scrolling_section() -> None:
    tree = wechat_tree(WIDE)
    (table,) = tree.iter("table")
    wrappers = [s for s in tree.iter("section") if table in s.elements()]
    assert len(wrappers) == 1
    assert style_of(wrappers[0]) == {"overflow-x": "auto"}
    assert "width" not in style_of(table)


def test_every_cell_has_its_alignment() -> None:
    tree = wechat_tree("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n")
    heads = [style_of(th)["text-align"] for th in tree.iter("th")]
    cells = [style_of(td)["text-align"] for td in tree.iter("td")]
    assert heads == ["left", "center", "right"]
    assert cells == ["left", "center", "right"]


def test_unaligned_columns_get_the_browsers_default() -> None:
    tree = wechat_tree("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert {style_of(th)["text-align"] for th in tree.iter("th")} == {"center"}
    assert {style_of(td)["text-align"] for td in tree.iter("td")} == {"left"}
