"""Code blocks in the WeChat copy: &nbsp; for every space, <br> for every line break."""

from __future__ import annotations

from tests.render.wechat.support import wechat, wechat_tree

CODE = """\
```go
func main() {
    if  x  {
\treturn
    }
}
```
"""


def test_spaces_become_nbsp_and_lines_br() -> None:
    html = wechat(CODE)
    assert "<pre" not in html
    assert "if&nbsp;&nbsp;x&nbsp;&nbsp;{" in html
    assert "&nbsp;&nbsp;&nbsp;&nbsp;if" in html
    assert "&nbsp;&nbsp;&nbsp;&nbsp;return" in html  # a tab is four spaces
    assert html.count("<br>") == 4  # five lines, no trailing break


def test_the_code_reads_the_same_line_by_line() -> None:
    tree = wechat_tree(CODE)
    (code,) = tree.iter("code")
    lines: list[str] = [""]
    for child in code.children:
        if isinstance(child, str):
            lines[-1] += child
        elif child.tag == "br":
            lines.append("")
    assert [line.replace("\xa0", " ") for line in lines] == [
        "func main() {",
        "    if  x  {",
        "    return",
        "    }",
        "}",
    ]


def test_a_code_block_scrolls_sideways_instead_of_overflowing() -> None:
    html = wechat("```\n" + "x" * 300 + "\n```\n")
    assert "overflow-x: auto" in html


def test_inline_code_and_text_outside_code_are_left_alone() -> None:
    tree = wechat_tree("run `kubectl get  pods` now\n", language="en")
    (code,) = tree.iter("code")
    assert code.text() == "kubectl get  pods"
    assert not tree.iter("br")
