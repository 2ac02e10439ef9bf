"""Re-serialize an HTML fragment, dropping attributes or whole elements on the way.

The WeChat post-processing works on the parsed fragment, never on the text with regular
expressions: a testimonial may well contain the characters ``class="x"`` as text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from html.parser import HTMLParser

VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)

Attributes = list[tuple[str, str | None]]
KeepAttribute = Callable[[str, str, str | None], bool]  # (tag, name, value) -> keep?
DropElement = Callable[[str, Attributes], bool]  # (tag, attributes) -> drop with its content?


class _Rewriter(HTMLParser):
    def __init__(self, keep_attribute: KeepAttribute, drop_element: DropElement) -> None:
        super().__init__(convert_charrefs=False)
        self._keep = keep_attribute
        self._drop = drop_element
        self._out: list[str] = []
        self._dropping = 0  # depth inside a dropped element

    def handle_starttag(self, tag: str, attrs: Attributes) -> None:
        if self._dropping:
            if tag not in VOID_ELEMENTS:
                self._dropping += 1
            return
        if self._drop(tag, attrs):
            if tag not in VOID_ELEMENTS:
                self._dropping = 1
            return
        kept = "".join(
            f' {name}="{html.escape(value or "", quote=True)}"' if value is not None else f" {name}"
            for name, value in attrs
            if self._keep(tag, name, value)
        )
        self._out.append(f"<{tag}{kept}>")

    def handle_startendtag(self, tag: str, attrs: Attributes) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            self._dropping -= 1
            return
        if tag not in VOID_ELEMENTS:
            self._out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self._out.append(data)

    def handle_entityref(self, name: str) -> None:
        if not self._dropping:
            self._out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self._dropping:
            self._out.append(f"&#{name};")

    def result(self) -> str:
        return "".join(self._out)


def rewrite(fragment: str, keep_attribute: KeepAttribute, drop_element: DropElement) -> str:
    parser = _Rewriter(keep_attribute, drop_element)
    parser.feed(fragment)
    parser.close()
    return parser.result()
