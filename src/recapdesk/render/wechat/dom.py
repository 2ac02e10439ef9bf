"""A small mutable HTML tree for the WeChat post-processing: parse, walk, edit (writer.py
writes it).

The passes move elements around (lists become sections, links gain markers), which a streaming
rewriter cannot do, and they treat text as nodes of its own (the pangu spacing runs across
inline elements), which lxml's text-and-tail model makes awkward. So lxml's HTML parser (C;
the stdlib HTMLParser took a third of a WeChat copy of a large article) reads the HTML, and its
tree is turned into this one at once. Text is kept as decoded strings. The style attribute's
declarations are read and written by styles.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from recapdesk.render.wechat.styles import format_style, parsed_style

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

    def iter(self) -> list[Element]:
        """This element and every element below it, in document order, as they are now (a
        pass may change the tree while it goes through them)."""
        found: list[Element] = []
        _collect_elements(self, found)
        return found

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
        """The declarations of the style attribute (property names lower-case; last wins);
        a new dict each time, which the caller may change."""
        return dict(parsed_style(self.attrs.get("style") or ""))

    @style.setter
    def style(self, declarations: dict[str, str]) -> None:
        if declarations:
            self.attrs["style"] = format_style(declarations)
        else:
            self.attrs.pop("style", None)


Node = Element | Text


def _collect_elements(element: Element, found: list[Element]) -> None:
    # A list built by plain recursion: a generator per level costs a step per level for
    # every element, and the passes walk an article of ten thousand elements a dozen times.
    found.append(element)
    for child in element.children:
        if child.__class__ is Element:
            _collect_elements(child, found)


def by_tag(root: Element, tags: frozenset[str]) -> dict[str, list[Element]]:
    """The elements under ``root`` (itself included) whose tag is one of ``tags``, by tag, each
    list in document order: one walk for the passes that each rewrite one kind of element,
    instead of a walk of the whole tree per pass."""
    found: dict[str, list[Element]] = {tag: [] for tag in tags}
    if root.tag in tags:
        found[root.tag].append(root)
    _collect_tags(root, tags, found)
    return found


def _collect_tags(element: Element, tags: frozenset[str], found: dict[str, list[Element]]) -> None:
    for child in element.children:
        if child.__class__ is Element:
            if child.tag in tags:
                found[child.tag].append(child)
            _collect_tags(child, tags, found)


def release(root: Element) -> None:
    """Unlink ``root``'s tree (no node keeps its parent): it is then freed as soon as it is
    dropped, instead of waiting, as a cycle, for a full run of the garbage collector."""
    for element in root.iter():
        for child in element.children:
            child.parent = None
        element.children = []


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


# -- parsing and writing ----------------------------------------------------------------


def _parser() -> etree.HTMLParser:
    # A parser per call: an lxml parser keeps state while it parses, and making one costs
    # far less than the parse itself.
    return etree.HTMLParser(
        remove_blank_text=False,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,  # no depth limit: deeply nested quotes are content, not an attack
        default_doctype=False,
    )


def _convert(body: etree._Element, root: Element, skip_class: str | None = None) -> None:
    """Copy lxml's tree below ``body`` into ``root``: its text and tails become Text nodes.
    Elements of the class ``skip_class`` are left out (their tails are not)."""
    # Nodes are made without their __init__ (which copies and re-parents): tens of thousands
    # of them for a large article.
    new = object.__new__
    stack: list[tuple[etree._Element, Element]] = [(body, root)]
    while stack:
        source, target = stack.pop()
        children = target.children
        if source.text:
            text = new(Text)
            text.data, text.parent = source.text, target
            children.append(text)
        for child in source:
            tag = child.tag
            if isinstance(tag, str):  # not a comment or an entity the parser kept
                attrs: dict[str, str | None] = dict(child.items())  # faster than dict(.attrib)
                classes = attrs.get("class") if skip_class is not None else None
                if not classes or skip_class not in classes.split():
                    element = new(Element)
                    element.tag, element.attrs, element.children, element.parent = (
                        tag,
                        attrs,
                        [],
                        target,
                    )
                    children.append(element)
                    stack.append((child, element))
            if child.tail:
                text = new(Text)
                text.data, text.parent = child.tail, target
                children.append(text)


def parse_body(fragment: str) -> etree._Element:
    """The fragment parsed by lxml, as the children of a ``body`` element."""
    # The document around the fragment keeps the parser from adding its own html and body
    # (or a paragraph around leading text); its body is the fragment.
    document = etree.fromstring(f"<html><body>{fragment}</body></html>", _parser())
    body = document.find("body") if document is not None else None
    return body if body is not None else etree.Element("body")


def parse(fragment: str) -> Element:
    """The fragment as the children of a ``#root`` element."""
    return tree_of(parse_body(fragment))


def tree_of(body: etree._Element, skip_class: str | None = None) -> Element:
    """:func:`parse_body`'s result as a ``#root`` tree, without the elements of the class
    ``skip_class`` (and what is inside them). ``body`` is not changed."""
    root = Element("#root")
    _convert(body, root, skip_class)
    return root
