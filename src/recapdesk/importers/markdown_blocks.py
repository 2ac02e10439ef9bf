"""A line-based splitter of Markdown into top-level blocks, close to Python-Markdown's reading.

The importer cuts an article into its head and its ``##`` sections and each section into
blocks (paragraphs, lists, quotes, tables, headings, rules, code), keeping every block's lines
exactly as written. The splitter need not be perfect: whatever the importer builds from a block
is checked by rendering, and a part that does not render as before is kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
ATX = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$|^(#{1,6})[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
HR = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
LIST_ITEM = re.compile(r"^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)")
QUOTE = re.compile(r"^ {0,3}>")
TABLE_RULE = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
INDENTED = re.compile(r"^(    |\t)")
FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(\n|\Z)", re.DOTALL)


class Kind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"
    RULE = "rule"


@dataclass(frozen=True)
class Block:
    kind: Kind
    lines: tuple[str, ...]
    level: int = 0  # of a heading
    start: int = 0  # index of the block's first line in the text it was split from

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def heading(self) -> str:
        """The Markdown of a heading's text (ATX or setext)."""
        if self.kind is not Kind.HEADING:
            return ""
        match = ATX.match(self.lines[0])
        if match:
            return (match.group(2) or "").strip()
        return " ".join(line.strip() for line in self.lines[:-1])


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter with its fences, the rest) of a document; front matter may be empty."""
    match = FRONT_MATTER.match(text)
    if not match:
        return "", text
    return match.group(0).rstrip("\n"), text[match.end() :]


def _blank(line: str) -> bool:
    return not line.strip()


def _starts_block(line: str) -> bool:
    """Lines that end a paragraph in Python-Markdown (a list item does not)."""
    return bool(ATX.match(line) or FENCE.match(line) or QUOTE.match(line) or HR.match(line))


def split_blocks(text: str) -> list[Block]:
    """The top-level blocks of ``text``, blank lines between them dropped."""
    lines = text.split("\n")
    blocks: list[Block] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if _blank(line):
            i += 1
            continue
        fence = FENCE.match(line)
        if fence:
            mark = fence.group(1)
            j = i + 1
            while j < n and not lines[j].strip().startswith(mark):
                j += 1
            j = min(j + 1, n)
            blocks.append(Block(Kind.CODE, tuple(lines[i:j]), start=i))
            i = j
            continue
        atx = ATX.match(line)
        if atx:
            level = len(atx.group(1) or atx.group(3) or "#")
            blocks.append(Block(Kind.HEADING, (line,), level, i))
            i += 1
            continue
        if HR.match(line):
            blocks.append(Block(Kind.RULE, (line,), start=i))
            i += 1
            continue
        if INDENTED.match(line):
            j = i + 1
            while j < n and (INDENTED.match(lines[j]) or _blank(lines[j])):
                j += 1
            while j > i and _blank(lines[j - 1]):
                j -= 1
            blocks.append(Block(Kind.CODE, tuple(lines[i:j]), start=i))
            i = j
            continue
        if QUOTE.match(line):
            j = i + 1
            while (
                j < n
                and not _blank(lines[j])
                and not (ATX.match(lines[j]) or FENCE.match(lines[j]) or HR.match(lines[j]))
            ):
                j += 1
            blocks.append(Block(Kind.QUOTE, tuple(lines[i:j]), start=i))
            i = j
            continue
        if LIST_ITEM.match(line):
            j = _list_end(lines, i)
            blocks.append(Block(Kind.LIST, tuple(lines[i:j]), start=i))
            i = j
            continue
        if "|" in line and i + 1 < n and TABLE_RULE.match(lines[i + 1]) and "|" in lines[i + 1]:
            j = i + 2
            while j < n and not _blank(lines[j]) and "|" in lines[j]:
                j += 1
            blocks.append(Block(Kind.TABLE, tuple(lines[i:j]), start=i))
            i = j
            continue
        j = i + 1
        while j < n and not _blank(lines[j]) and not _starts_block(lines[j]):
            if SETEXT.match(lines[j]):
                break
            j += 1
        if j < n and SETEXT.match(lines[j]) and not _blank(lines[j]):
            level = 1 if lines[j].strip().startswith("=") else 2
            blocks.append(Block(Kind.HEADING, tuple(lines[i : j + 1]), level, i))
            i = j + 1
            continue
        blocks.append(Block(Kind.PARAGRAPH, tuple(lines[i:j]), start=i))
        i = j
    return blocks


def _list_end(lines: list[str], start: int) -> int:
    """The end of the list starting at ``start``: items, their indented bodies, lazy lines."""
    n = len(lines)
    j = start + 1
    while j < n:
        line = lines[j]
        if _blank(line):
            k = j
            while k < n and _blank(lines[k]):
                k += 1
            if k < n and (INDENTED.match(lines[k]) or LIST_ITEM.match(lines[k])):
                j = k
                continue
            return j
        if ATX.match(line) or FENCE.match(line) or HR.match(line):
            return j
        j += 1
    return j


def list_items(block: Block) -> list[tuple[str, list[str]]]:
    """The items of a list block: (first-line text, following lines with the item's indentation
    removed), or [] when the block is not a plain list of items at its first indentation."""
    items: list[tuple[str, list[str]]] = []
    for line in block.lines:
        match = LIST_ITEM.match(line)
        if match and not INDENTED.match(line):
            items.append((line[match.end() :].strip(), []))
        elif items:
            items[-1][1].append(dedent(line))
        else:
            return []
    for _, rest in items:
        while rest and _blank(rest[-1]):
            rest.pop()
    return items


def dedent(line: str) -> str:
    """One level of Markdown indentation less: a tab or up to four spaces."""
    if line.startswith("\t"):
        return line[1:]
    stripped = len(line) - len(line.lstrip(" "))
    return line[min(stripped, 4) :]


def split_row(line: str) -> list[str]:
    """The cells of a table row, split at pipes that are not backslash-escaped."""
    text = line.strip()
    text = text.removeprefix("|")
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    cells: list[str] = []
    current = ""
    escaped = False
    for ch in text:
        if ch == "|" and not escaped:
            cells.append(current.strip())
            current = ""
            continue
        escaped = ch == "\\" and not escaped
        current += ch
    cells.append(current.strip())
    return cells


def join(blocks: list[Block]) -> str:
    """Blocks back to Markdown, a blank line between them."""
    return "\n\n".join(block.text for block in blocks)
