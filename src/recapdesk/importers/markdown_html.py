"""Raw HTML in a hand-written recap -> the Markdown it stands for, before the import reads it.

recapdesk's renderer shows raw HTML as text (render/safe.py), so an article written for GitHub
or a blog, with ``<center>``, ``<br>``, ``<figure>``, an HTML table or an all-contributors hall
of fame, would import as escaped markup. What such HTML means is written as Markdown instead:

- a table of avatars (``<td><a href=profile><img src=avatar><br><sub><b>Name</b></sub></a>``)
  -> a headerless Markdown table of ``![Name](avatar) Name ([id](profile))`` cells, which the
  import recognizes as a name wall (markdown_groups.wall_group); other tables of plain cells ->
  a Markdown table, their first row the header;
- ``<figure>`` and ``<img>`` -> Markdown pictures (pictures.html_pictures_to_markdown);
- ``<video>`` and ``<iframe>`` -> a link to the video, with a warning (WeChat takes videos only
  from its own library);
- ``<br>`` -> a hard line break; ``<b>``, ``<strong>``, ``<i>``, ``<em>``, ``<a>`` -> Markdown;
- wrappers that only lay out (``<center>``, ``<div>``, ``<p>``, ``<span>``, ``<font>``,
  ``<sub>``, ``<sup>``) -> their content; comments -> nothing (a reader never saw them).

Anything else (``<style>``, ``<script>``, unknown tags) is left as written, so no text is lost,
and fenced code is never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from recapdesk.compose.escape import inline, link_target
from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.importers.markdown_blocks import FENCE
from recapdesk.importers.pictures import html_pictures_to_markdown
from recapdesk.model import Language
from recapdesk.model.validation import github_id_problem

_TABLE = re.compile(r"<table\b.*?</table>", re.IGNORECASE | re.DOTALL)
_MEDIA = re.compile(
    r"<(video|iframe)\b([^>]*)>(.*?)</\1\s*>|<(video|iframe)\b([^>]*)/>", re.IGNORECASE | re.DOTALL
)
_SOURCE = re.compile(r"""<source\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"""\ssrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>[ \t]*\n?", re.IGNORECASE)
_WRAPPER = re.compile(
    r"</?(?:center|div|p|span|font|sub|sup|section|figure)\b[^>]*>", re.IGNORECASE
)
_CAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", re.IGNORECASE | re.DOTALL)
_BOLD = re.compile(r"<(b|strong)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_ITALIC = re.compile(r"<(i|em)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_ANCHOR = re.compile(r"""<a\b[^>]*\shref\s*=\s*["']([^"']+)["'][^>]*>(.*?)</a\s*>""", re.I | re.S)
_PROFILE = re.compile(r"^https?://github\.com/([^/?#]+)/?$")
_BLANK_RUN = re.compile(r"\n{3,}")


@dataclass
class HtmlImport:
    text: str
    converted: list[Message] = field(default_factory=list)  # "hall of fame (5 avatars)", ...
    warnings: list[Message] = field(default_factory=list)


def _say(template: str, *parts: str) -> Message:
    return Message("Import", template, parts)


def _counted(number: int, one: str, more: str) -> Message:
    """``one`` (a marked text for one) or ``more`` (for another number, its %1)."""
    return _say(one) if number == 1 else _say(more, str(number))


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _words(element: etree._Element) -> list[str]:
    return " ".join(element.itertext()).split()


def _avatar_cell(cell: etree._Element, name: str = "") -> str | None:
    """A cell's avatar and name (or ``name``, from the row below) as the wall's Markdown."""
    image = next(cell.iter("img"), None)
    if image is None or not image.get("src"):
        return None
    bold = next((e for e in cell.iter("b", "strong", "sub") if _text(e)), None)
    name = name or (_text(bold) if bold is not None else (image.get("alt") or "").strip())
    if not name:
        return None
    anchor = next((a for a in cell.iter("a") if a.find(".//img") is not None), None)
    profile = _PROFILE.match((anchor.get("href") or "") if anchor is not None else "")
    shown = who = inline(name)
    if profile and github_id_problem(profile[1]) is None:
        who += f" ([{profile[1]}]({link_target(profile.group(0).rstrip('/'))}))"
    return f"![{shown}]({link_target(image.get('src') or '')}) {who}"


def _rows(table: etree._Element) -> list[list[etree._Element]]:
    rows = []
    for row in table.iter("tr"):
        if any(parent.tag == "tfoot" for parent in row.iterancestors()):
            continue  # all-contributors' "Add your contributions" footer
        rows.append([cell for cell in row if cell.tag in ("td", "th")])
    return [row for row in rows if row]


def _paired(rows: list[list[etree._Element]]) -> list[list[str | None]] | None:
    """Rows of avatars alone, each followed by a row of their names (a team page's shape)."""
    if len(rows) % 2:
        return None
    cells: list[list[str | None]] = []
    for pictures, names in zip(rows[::2], rows[1::2], strict=True):
        if len(pictures) != len(names):
            return None
        if any(
            _text(p) or n.find(".//img") is not None for p, n in zip(pictures, names, strict=True)
        ):
            return None
        cells.append([_avatar_cell(p, _text(n)) for p, n in zip(pictures, names, strict=True)])
    return cells


def _markdown_table(header: list[str], rows: list[list[str]]) -> str:
    width = max(len(header), *(len(row) for row in rows))
    lines = [header + [""] * (width - len(header))]
    lines += [row + [""] * (width - len(row)) for row in rows]
    out = ["| " + " | ".join(lines[0]) + " |", "| " + " | ".join([":--:"] * width) + " |"]
    return "\n".join(out + ["| " + " | ".join(line) + " |" for line in lines[1:]])


def _table(html_text: str, result: HtmlImport) -> str:
    try:
        table = lxml.html.fragment_fromstring(html_text)
    except (etree.ParserError, ValueError):
        return html_text
    rows = _rows(table)
    if not rows:
        return html_text
    avatars: list[list[str | None]] | None = [[_avatar_cell(cell) for cell in row] for row in rows]
    paired = avatars is not None and any(cell is None for row in avatars for cell in row)
    if paired:
        avatars = _paired(rows)
    if avatars and all(cell is not None for row in avatars for cell in row):
        cells = [[cell or "" for cell in row] for row in avatars]
        count = sum(len(row) for row in cells)
        # What a cell shows besides the name (all-contributors' 💻 📖 badges): said, as the
        # wall has no place for it.
        badges = {
            word
            for row in ([] if paired else rows)
            for cell in row
            for word in _words(cell)
            if word not in _words(next((e for e in cell.iter("b", "strong", "sub")), cell))
        }
        avatars_found = _counted(
            count,
            QT_TRANSLATE_NOOP("Import", "HTML hall of fame (1 avatar)"),
            QT_TRANSLATE_NOOP("Import", "HTML hall of fame (%1 avatars)"),
        )
        if badges:
            template = QT_TRANSLATE_NOOP("Import", "HTML hall of fame (%1 avatars; left out: %2)")
            if count == 1:
                template = QT_TRANSLATE_NOOP(
                    "Import", "HTML hall of fame (%1 avatar; left out: %2)"
                )
            avatars_found = _say(template, str(count), " ".join(sorted(badges)))
        result.converted.append(avatars_found)
        return "\n\n" + _markdown_table([""] * len(cells[0]), cells) + "\n\n"
    if any(
        cell.find(".//img") is not None or cell.find(".//table") is not None
        for row in rows
        for cell in row
    ):
        return html_text  # pictures or tables inside cells: kept as written
    texts = [[inline(_text(cell)) for cell in row] for row in rows]
    result.converted.append(
        _counted(
            len(rows) - 1,
            QT_TRANSLATE_NOOP("Import", "HTML table (1 row)"),
            QT_TRANSLATE_NOOP("Import", "HTML table (%1 rows)"),
        )
    )
    return "\n\n" + _markdown_table(texts[0], texts[1:]) + "\n\n"


def _media(match: re.Match[str], result: HtmlImport, video_word: str) -> str:
    attributes = match[2] or match[5] or ""
    source = _SRC.search(" " + attributes) or _SOURCE.search(match[3] or "")
    if source is None:
        return match[0]
    url = "https:" + source[1] if source[1].startswith("//") else source[1]
    template = QT_TRANSLATE_NOOP(
        "Import",
        "a video became a link (%1): WeChat articles play only videos from its own library",
    )
    result.warnings.append(_say(template, url))
    return f"[{video_word}]({link_target(url)})"


def _convert(text: str, result: HtmlImport, video_word: str) -> str:
    if "<" not in text:
        return text
    text = _TABLE.sub(lambda m: _table(m[0], result), text)
    text = _MEDIA.sub(lambda m: _media(m, result, video_word), text)
    text = html_pictures_to_markdown(text)
    # A figure of something else (a video made a link): its caption an italic line below it.
    text = _CAPTION.sub(lambda m: "\n\n*" + " ".join(m[1].split()) + "*\n\n", text)
    comments = len(_COMMENT.findall(text))
    text = _COMMENT.sub("", text)
    if comments:
        result.converted.append(
            _counted(
                comments,
                QT_TRANSLATE_NOOP("Import", "1 HTML comment left out (never shown)"),
                QT_TRANSLATE_NOOP("Import", "%1 HTML comments left out (never shown)"),
            )
        )
    text = _BREAK.sub("  \n", text)
    text = _BOLD.sub(lambda m: f"**{m[2].strip()}**", text)
    text = _ITALIC.sub(lambda m: f"*{m[2].strip()}*", text)
    text = _ANCHOR.sub(lambda m: f"[{m[2].strip()}]({link_target(m[1])})", text)
    text = _WRAPPER.sub("", text)
    return _BLANK_RUN.sub("\n\n", text)


def html_to_markdown(text: str, language: Language = Language.EN) -> HtmlImport:
    """``text`` with its raw HTML written as Markdown (see the module's doc); a video's link
    says "视频" or "Video" after the article's ``language``."""
    video_word = "视频" if language is Language.ZH else "Video"
    result = HtmlImport(text)
    if "<" not in text:
        return result
    parts: list[str] = []
    chunk: list[str] = []
    fence = ""
    for line in text.split("\n"):
        opening = FENCE.match(line)
        if fence:
            parts.append(line)
            if opening and line.strip().startswith(fence):
                fence = ""
            continue
        if opening:
            if chunk:
                parts.append(_convert("\n".join(chunk), result, video_word))
            chunk = []
            fence = opening.group(1)
            parts.append(line)
            continue
        chunk.append(line)
    if chunk:
        parts.append(_convert("\n".join(chunk), result, video_word))
    result.text = "\n".join(parts)
    if result.text != text and not result.converted:
        result.converted.append(_say(QT_TRANSLATE_NOOP("Import", "HTML tags written as Markdown")))
    return result
