"""Code blocks whose spaces and line breaks survive the WeChat editor.

The editor drops single spaces and ignores ``white-space``, so indentation and line breaks in a
``<pre>`` vanish. Every space becomes a no-break space (written ``&nbsp;``) and every line break
a ``<br>``; the ``<pre>`` itself becomes a ``<section>`` that scrolls sideways, since WeChat's
own checker flags ``<pre>`` (it does not wrap on a phone).
"""

from __future__ import annotations

from collections.abc import Iterable

from recapdesk.render.wechat.dom import Element, Node, Text, replace

TAB = "    "


def code_lines(text: str) -> list[Node]:
    """The nodes of a code block's text: ``&nbsp;`` for spaces, ``<br>`` between lines."""
    lines = text.removesuffix("\n").split("\n")
    nodes: list[Node] = []
    for index, line in enumerate(lines):
        if index:
            nodes.append(Element("br"))
        if line:
            nodes.append(Text(line.replace("\t", TAB).replace(" ", "\xa0")))
    return nodes


def convert_code_blocks(pres: Iterable[Element]) -> None:
    """Rewrite the code blocks ``pres`` (the ``<pre>`` elements of the article)."""
    for pre in pres:
        style = {k: v for k, v in pre.style.items() if k != "white-space"}
        style.setdefault("overflow-x", "auto")
        codes = [child for child in pre.elements() if child.tag == "code"]
        holder = codes[0] if len(codes) == 1 else pre
        text = holder.text()
        holder.replace_children(code_lines(text))
        holder.style = {k: v for k, v in holder.style.items() if k != "white-space"}
        section = Element("section", {}, [holder] if holder is not pre else list(pre.children))
        section.style = style
        replace(pre, [section])
