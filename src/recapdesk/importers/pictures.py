"""The local pictures of an imported Markdown recap brought into the project (Qt-free).

Hand-written recaps reference pictures beside the article (``![合影](img/group.jpg)``) and,
from Typora or a blog, as HTML (``<img src="img/a.png" alt="..">``, ``<figure><img ...>
<figcaption>..</figcaption></figure>``), which recapdesk shows as text. Before the import the
HTML pictures become Markdown (:func:`html_pictures_to_markdown`: the caption an italic line,
as the Photos section writes it); after it, every local picture whose file exists beside the
article is copied into the project's ``NAME.assets/`` and its reference rewritten
(:func:`bring_pictures`). A reference to a file that is not there, or outside the article's
folder, is left as written (the checks list it).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from recapdesk.model import Project
from recapdesk.model.paths import set_at, text_fields
from recapdesk.store.assets import (
    AssetError,
    AssetsFolder,
    is_data_uri,
    is_remote,
    resolve_reference,
)

_FIGURE = re.compile(r"<figure\b[^>]*>(.*?)</figure>", re.IGNORECASE | re.DOTALL)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_CAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_URL_ENCODED = {char: f"%{ord(char):02X}" for char in " ()<>"}
_MARKDOWN_IMAGE = re.compile(r"(!\[(?:\\.|[^\]\\\n])*\]\(\s*<?)([^\s)>]+)")


def _attribute(tag: str, name: str) -> str:
    match = re.search(rf"""\s{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", tag, re.I)
    if match is None:
        return ""
    return html.unescape(next(group for group in match.groups() if group is not None))


def _image(tag: str) -> str:
    src = _attribute(tag, "src")
    alt = _attribute(tag, "alt").replace("]", "\\]")
    target = "".join(_URL_ENCODED.get(char, char) for char in src)
    return f"![{alt}]({target})" if src else tag


def html_pictures_to_markdown(text: str) -> str:
    """``<figure>``s and ``<img>``s as Markdown pictures (a figure's caption: an italic
    line below it)."""

    def figure(match: re.Match[str]) -> str:
        images = [_image(tag) for tag in _IMG.findall(match[1])]
        if not images:
            return match[0]
        caption = _CAPTION.search(match[1])
        words = " ".join(html.unescape(_TAG.sub("", caption[1])).split()) if caption else ""
        return " ".join(images) + (f"\n\n*{words}*" if words else "")

    return _IMG.sub(lambda match: _image(match[0]), _FIGURE.sub(figure, text))


def bring_pictures(project: Project, article_folder: Path, assets: AssetsFolder) -> list[str]:
    """Copy each local picture of ``project`` found in ``article_folder`` into ``assets`` and
    point its references there; the references brought in."""
    stored: dict[str, str | None] = {}

    def swap(match: re.Match[str]) -> str:
        reference = match[2]
        if is_remote(reference) or is_data_uri(reference):
            return match[0]
        if reference not in stored:
            try:
                source = resolve_reference(article_folder, reference)
                stored[reference] = assets.import_file(source) if source.is_file() else None
            except AssetError:
                stored[reference] = None
        new = stored[reference]
        return match[1] + new if new else match[0]

    for path, text in list(text_fields(project)):  # the walk sets fields
        new_text = _MARKDOWN_IMAGE.sub(swap, text)
        if new_text != text:
            set_at(project, path, new_text)
    return [reference for reference, new in stored.items() if new]
