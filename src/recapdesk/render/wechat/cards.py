"""Wide tables as one card per row, for a phone: WeChat's reader is 375 px wide on many
phones, where five columns squeeze 序号 into 序/号 and a name onto two lines, and a table that
scrolls sideways hides most of each row.

A table of :data:`CARD_COLUMNS` columns or more becomes a ``<section>`` per row (a card, with
the table cells' border) holding one "label：value" line per non-empty cell, the header's text
as the label. The preview's phone width shows the same cards (resources/preview). Narrower
tables stay tables; their first columns keep from breaking by the themes' CSS.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from recapdesk.render.wechat.dom import Element, Node, Text, replace

CARD_COLUMNS = 4
"""From this many columns a table is shown as cards: the honorees' five (序号, 姓名, 公司,
职位, GitHub) are; the committee's three (姓名, 职责, GitHub) fit a phone as a table."""

_CARD = {"margin": "10px 0", "padding": "8px 12px", "border-radius": "6px"}
_LINE = {"margin": "0", "line-height": "1.75em", "text-align": "left"}  # with a unit: WeChat


def _rows(table: Element) -> list[Element]:
    rows: list[Element] = []
    for part in table.elements():
        if part.tag == "tr":
            rows.append(part)
        elif part.tag in ("thead", "tbody", "tfoot"):
            rows += [row for row in part.elements() if row.tag == "tr"]
    return rows


def _cells(row: Element) -> list[Element]:
    return [cell for cell in row.elements() if cell.tag in ("th", "td")]


_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def separator(labels: list[str]) -> str:
    """ "：" after the labels of a Chinese table, ": " after those of another."""
    return "：" if any(_CJK.search(label) for label in labels) else ": "


def _card(labels: list[str], row: Element, border: str, label_color: str) -> Element | None:
    """The card of a row; None for a row with nothing in it (a placeholder row)."""
    card = Element("section")
    card.style = {**_CARD, "border": border}
    after = separator(labels)
    for label, cell in zip(labels, _cells(row), strict=False):
        if not cell.text().strip():
            continue
        line = Element("p")
        line.style = dict(_LINE)
        name = Element("span", children=[Text(f"{label}{after}")])
        name.style = {"color": label_color, "word-break": "keep-all"}
        line.append(name)
        children: list[Node] = list(cell.children)
        for child in children:
            line.append(child)
        card.append(line)
    return card if card.children else None


def cards_for_wide_tables(tables: Iterable[Element]) -> list[Element]:
    """Replace each table of :data:`CARD_COLUMNS` columns or more with its cards; the tables
    left as they are."""
    kept: list[Element] = []
    for table in tables:
        rows = _rows(table)
        header = _cells(rows[0]) if rows else []
        labels = [cell.text().strip() for cell in header]
        # A table without headers is no record per row: a name wall of avatars stays a grid.
        wide = len(header) >= CARD_COLUMNS and any(labels)
        if not wide or not all(cell.tag == "th" for cell in header):
            kept.append(table)
            continue
        first_cell = next((c for row in rows[1:] for c in _cells(row)), header[0])
        border = first_cell.style.get("border") or "1px solid #d0d7de"
        label_color = "#888888"
        cards = [_card(labels, row, border, label_color) for row in rows[1:]]
        replace(table, [card for card in cards if card is not None])
    return kept
