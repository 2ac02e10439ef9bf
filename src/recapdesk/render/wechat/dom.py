"""A small mutable HTML tree for the WeChat post-processing: parse, walk, edit, serialize.

The passes move elements around (lists become sections, links gain markers), which a streaming
rewriter cannot do; xml.etree cannot read HTML (``<br>``, ``&nbsp;``). This tree is built by
the stdlib HTMLParser, keeps text as decoded strings, and writes ``\\xa0`` back as ``&nbsp;``
because WeChat's editor keeps that entity where it collapses plain spaces.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from html.parser import HTMLParser

VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
BLOCK_ELEMENTS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)


class Text:
    """A text node; ``data`` is decoded text (``&amp;`` is ``&`` here)."""

    __slots__ = ("data", "parent")

    def __init__(self, data: str) -> None:
        self.data = data
        self.parent: Element | None = None


class Element:
    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(
        self,
        tag: str,
        attrs: dict[str, str | None] | None = None,
        children: list[Node] | None = None,
    ) -> None:
        self.tag = tag
        self.attrs: dict[str, str | None] = dict(attrs or {})
        self.children: list[Node] = []
        self.parent: Element | None = None
        for child in children or []:
            self.append(child)

    # -- structure ------------------------------------------------------------------------

    def append(self, child: Node) -> None:
        child.parent = self
        self.children.append(child)

    def insert(self, index: int, child: Node) -> None:
        child.parent = self
        self.children.insert(index, child)

    def replace_children(self, children: list[Node]) -> None:
        self.children = []
        for child in children:
            self.append(child)

    def elements(self) -> list[Element]:
        """The direct child elements."""
        return [c for c in self.children if isinstance(c, Element)]

    def iter(self) -> Iterator[Element]:
        """This element and every element below it, in document order."""
        yield self
        for child in list(self.children):
            if isinstance(child, Element):
                yield from child.iter()

    def text(self) -> str:
        return "".join(c.data if isinstance(c, Text) else c.text() for c in self.children)

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    # -- the style attribute --------------------------------------------------------------

    @property
    def style(self) -> dict[str, str]:
        """The declarations of the style attribute (property names lower-case; last wins)."""
        return parse_style(self.attrs.get("style") or "")

    @style.setter
    def style(self, declarations: dict[str, str]) -> None:
        if declarations:
            self.attrs["style"] = format_style(declarations)
        else:
            self.attrs.pop("style", None)


Node = Element | Text


def detach(node: Node) -> None:
    if node.parent is not None:
        node.parent.children.remove(node)
        node.parent = None


def replace(node: Node, replacements: list[Node]) -> None:
    """Put ``replacements`` where ``node`` is."""
    parent = node.parent
    if parent is None:
        return
    index = parent.children.index(node)
    node.parent = None
    parent.children[index : index + 1] = replacements
    for item in replacements:
        item.parent = parent


def unwrap(element: Element) -> None:
    """Replace ``element`` by its children (``element`` is left empty and detached)."""
    children = list(element.children)
    element.children = []
    replace(element, children)


# -- styles -------------------------------------------------------------------------------


def split_declarations(text: str) -> list[str]:
    """``a: b; c: url(x;y)`` -> ``["a: b", "c: url(x;y)"]``: semicolons inside quotes or
    parentheses do not end a declaration."""
    if "(" not in text and '"' not in text and "'" not in text:
        return [part.strip() for part in text.split(";") if part.strip()]
    parts: list[str] = []
    depth, quote, start = 0, "", 0
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char == ";" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def parse_style(text: str) -> dict[str, str]:
    declarations: dict[str, str] = {}
    for part in split_declarations(text):
        name, colon, value = part.partition(":")
        if colon and name.strip() and value.strip():
            declarations[name.strip().lower()] = value.strip()
    return declarations


def expand_box(declarations: dict[str, str], name: str) -> dict[str, str]:
    """``margin: 1em 0`` -> ``margin-top: 1em; margin-right: 0; ...`` (same for padding), in
    the shorthand's place, so one side can be read or changed."""
    value = declarations.get(name)
    if value is None:
        return dict(declarations)
    parts = value.split()
    if not 1 <= len(parts) <= 4 or any("(" in part for part in parts):
        return dict(declarations)
    top = parts[0]
    right = parts[1] if len(parts) > 1 else top
    bottom = parts[2] if len(parts) > 2 else top
    left = parts[3] if len(parts) > 3 else right
    expanded: dict[str, str] = {}
    for key, item in declarations.items():
        if key == name:
            for side, side_value in zip(
                ("top", "right", "bottom", "left"), (top, right, bottom, left), strict=True
            ):
                expanded[f"{name}-{side}"] = side_value
        else:
            expanded[key] = item
    return expanded


def compact_box(declarations: dict[str, str], name: str) -> dict[str, str]:
    """The reverse of :func:`expand_box` when all four sides are there: one shorthand."""
    sides = [f"{name}-{side}" for side in ("top", "right", "bottom", "left")]
    if not all(side in declarations for side in sides):
        return dict(declarations)
    top, right, bottom, left = (declarations[side] for side in sides)
    values = [top, right, bottom, left]
    if left == right:
        values = [top, right, bottom] if top != bottom else [top, right]
        if top == bottom and top == right:
            values = [top]
    compacted: dict[str, str] = {}
    for key, value in declarations.items():
        if key == sides[0]:
            compacted[name] = " ".join(values)
        elif key not in sides:
            compacted[key] = value
    return compacted


def format_style(declarations: dict[str, str]) -> str:
    return "; ".join(f"{name}: {value}" for name, value in declarations.items()) + ";"


# -- parsing and writing ----------------------------------------------------------------


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.stack[-1].append(element)
        if tag not in VOID_ELEMENTS:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching open element; a stray end tag closes nothing.
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].append(Text(data))


def parse(fragment: str) -> Element:
    """The fragment as the children of a ``#root`` element."""
    builder = _Builder()
    builder.feed(fragment)
    builder.close()
    return builder.root


def _escape_text(text: str) -> str:
    return html.escape(text, quote=False).replace("\xa0", "&nbsp;")


def _write(node: Node, out: list[str]) -> None:
    if isinstance(node, Text):
        out.append(_escape_text(node.data))
        return
    if node.tag == "#root":
        for child in node.children:
            _write(child, out)
        return
    attrs = "".join(
        f" {name}" if value is None else f' {name}="{html.escape(value, quote=True)}"'
        for name, value in node.attrs.items()
    )
    out.append(f"<{node.tag}{attrs}>")
    if node.tag in VOID_ELEMENTS:
        return
    for child in node.children:
        _write(child, out)
    out.append(f"</{node.tag}>")


def serialize(node: Node) -> str:
    out: list[str] = []
    _write(node, out)
    return "".join(out)
