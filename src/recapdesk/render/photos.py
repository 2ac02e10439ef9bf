"""Rows of pictures laid out for the preview and WeChat (Qt-free; a Python-Markdown
treeprocessor of every article render).

A paragraph holding only pictures becomes a row when it has two or three of them, when one
of them carries a width (``#half``, ``#480px``: compose/photos.py) or when an italic line
follows it (its caption). The row is a centred ``<section>``: each picture in an inline-block
``<section>`` of its width in % (WeChat keeps inline-block boxes, not flex or grid), then the
caption centred under them. The width fragment is taken off the address. Any other paragraph
is left alone, so a body's ``![alt](x.jpg)`` renders as before.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

_WIDTH = re.compile(r"#(half|[1-9][0-9]{0,3}px)$")
ROW_CLASS = "photo-row"
ROW_STYLE = "text-align: center; margin: 1em 0;"
CAPTION_STYLE = "text-align: center; font-size: 0.9em; color: #888888; margin: 0.3em 0 0 0;"
_BOX = "display: inline-block; vertical-align: top; box-sizing: border-box; padding: 0 2px;"


def split_width(src: str) -> tuple[str, str]:
    """``x.jpg#half`` -> (``x.jpg``, ``half``); no width: (``src``, ``full``)."""
    match = _WIDTH.search(src)
    if match is None:
        return src, "full"
    return src[: match.start()], match[1].removesuffix("px")


def _only_pictures(paragraph: ET.Element) -> list[ET.Element] | None:
    if (paragraph.text or "").strip() or len(paragraph) == 0:
        return None
    if any(child.tag != "img" or (child.tail or "").strip() for child in paragraph):
        return None
    return list(paragraph)


def _caption(paragraph: ET.Element | None) -> ET.Element | None:
    if paragraph is None or paragraph.tag != "p" or (paragraph.text or "").strip():
        return None
    if len(paragraph) != 1 or paragraph[0].tag != "em" or (paragraph[0].tail or "").strip():
        return None
    return paragraph[0]


def _box_style(width: str, count: int) -> str:
    if width == "half":
        return f"{_BOX} width: 50%;"
    if width != "full":
        return f"{_BOX} width: {width}px; max-width: {100 // count}%;"
    return f"{_BOX} width: {100 // count}%;" if count > 1 else f"{_BOX} width: 100%;"


class PhotoRowTreeprocessor(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        self._rows_in(root)

    def _rows_in(self, parent: ET.Element) -> None:
        children = list(parent)
        index = 0
        while index < len(children):
            child = children[index]
            if child.tag != "p":
                if child.tag in ("blockquote", "li", "div", "section"):
                    self._rows_in(child)
                index += 1
                continue
            pictures = _only_pictures(child)
            following = children[index + 1] if index + 1 < len(children) else None
            caption = _caption(following) if pictures else None
            widths = [split_width(img.get("src", ""))[1] for img in pictures or []]
            if pictures and (len(pictures) > 1 or caption is not None or widths != ["full"]):
                row = self._row(pictures, widths, caption)
                position = list(parent).index(child)
                parent.remove(child)
                if caption is not None and following is not None:
                    parent.remove(following)
                    index += 1
                row.tail = child.tail
                parent.insert(position, row)
            index += 1

    @staticmethod
    def _row(
        pictures: list[ET.Element], widths: list[str], caption: ET.Element | None
    ) -> ET.Element:
        row = ET.Element("section", {"class": ROW_CLASS, "style": ROW_STYLE})
        for image, width in zip(pictures, widths, strict=True):
            image.set("src", split_width(image.get("src", ""))[0])
            image.set("style", "width: 100%; height: auto;")
            image.tail = None
            box = ET.SubElement(row, "section", {"style": _box_style(width, len(pictures))})
            box.append(image)
        if caption is not None:
            line = ET.SubElement(row, "p", {"style": CAPTION_STYLE})
            caption.tail = None
            line.append(caption)
        return row


class PhotoRowExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # After the inline patterns (priority 20) made the <img> elements.
        md.treeprocessors.register(PhotoRowTreeprocessor(md), "recapdesk-photo-rows", 5)
