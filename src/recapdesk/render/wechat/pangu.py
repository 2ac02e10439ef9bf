"""The "pangu" spacing rule: a space between CJK characters and Latin letters or digits.

Applied to the text nodes of the article, across inline elements (``中文<b>Go</b>`` gets its
space) but never across blocks, and never inside code, URLs, GitHub ids or the text of a link to
a GitHub profile: those are literal and a space would break them. Only this one rule is applied;
the ``pangu`` package on PyPI also rewrites punctuation and spaces operators (``赵卫国-Lenovo``
would become ``赵卫国 - Lenovo``, changing how a person is shown), so it is not used.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from urllib.parse import urlsplit

from recapdesk.model.validation import github_id_problem
from recapdesk.render.wechat.dom import BLOCK_ELEMENTS, Element, Text

_CJK = (
    "\u2e80-\u2eff\u2f00-\u2fdf\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3100-\u312f"
    "\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
_LATIN = r"A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
# Every place between a CJK character and a Latin letter or digit, in either order.
_GAP = re.compile(f"(?<=[{_CJK}])(?=[{_LATIN}])|(?<=[{_LATIN}])(?=[{_CJK}])")
# Literal tokens inside running text: URLs and @github-ids. A URL runs to the next space.
_LITERAL = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*://\S+|www\.[^\s]+|@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}"
)
_LITERAL_ELEMENTS = frozenset({"code", "pre", "kbd", "samp", "tt", "script", "style"})
_BREAKS = BLOCK_ELEMENTS | {"br", "img"}


# A text node of a run, its depth in the tree, and whether the whole node is literal (code, a
# GitHub-profile link). A tuple, not a class: a large article has tens of thousands of them.
_Piece = tuple[Text, int, bool]


def _is_github_profile(href: str) -> bool:
    if "github.com" not in href.lower():  # spares urlsplit for every other link
        return False
    parts = urlsplit(href)
    segments = [s for s in parts.path.split("/") if s]
    return (
        (parts.hostname or "").lower() in ("github.com", "www.github.com")
        and len(segments) == 1
        and github_id_problem(segments[0]) is None
    )


def _literal_element(element: Element) -> bool:
    tag = element.tag
    if tag in _LITERAL_ELEMENTS:
        return True
    if tag == "a":
        href = element.attrs.get("href") or ""
        text = element.text().strip()
        return _is_github_profile(href) or bool(_LITERAL.fullmatch(text))
    return False


def _protection(pieces: list[_Piece]) -> list[int]:
    """For every character of the run, the id of the literal it belongs to (0: none)."""
    ids: list[int] = []
    next_id = 1
    for node, _depth, literal in pieces:
        if literal:
            ids += [next_id] * len(node.data)
            next_id += 1
            continue
        marks = [0] * len(node.data)
        for match in _LITERAL.finditer(node.data):
            marks[match.start() : match.end()] = [next_id] * (match.end() - match.start())
            next_id += 1
        ids += marks
    return ids


def _space_run(pieces: list[_Piece]) -> None:
    """Insert the spaces of one run of inline text (the text between two block boundaries)."""
    text = pieces[0][0].data if len(pieces) == 1 else "".join([p[0].data for p in pieces])
    if _GAP.search(text) is None:
        return  # most runs: one search, no list
    gaps = [match.start() for match in _GAP.finditer(text)]
    ids = _protection(pieces)
    starts: list[int] = []  # where each piece begins in ``text``
    total = 0
    for node, _depth, _literal in pieces:
        starts.append(total)
        total += len(node.data)
    inserts: dict[int, list[int]] = {}
    for gap in gaps:
        if ids[gap - 1] and ids[gap - 1] == ids[gap]:
            continue  # inside one URL, id or code span
        p1 = bisect_right(starts, gap - 1) - 1
        p2 = bisect_right(starts, gap) - 1
        if p1 == p2:
            inserts.setdefault(p1, []).append(gap - starts[p1])
            continue
        # Across nodes: into the one outside the inline element that ends or starts here
        # (``中文 <b>Go</b>``, not ``中文<b> Go</b>``), never into a literal.
        (first, first_depth, first_literal), (_, second_depth, second_literal) = (
            pieces[p1],
            pieces[p2],
        )
        into_second = (first_literal or first_depth > second_depth) and not second_literal
        if into_second:
            inserts.setdefault(p2, []).append(0)
        elif not first_literal:
            inserts.setdefault(p1, []).append(len(first.data))
    for index, offsets in inserts.items():
        node = pieces[index][0]
        data = node.data
        for offset in sorted(set(offsets), reverse=True):
            data = data[:offset] + " " + data[offset:]
        node.data = data


def _runs(root: Element) -> list[list[_Piece]]:
    """The runs of inline text under ``root``: the text between two block boundaries."""
    runs: list[list[_Piece]] = [[]]
    _collect_runs(root, 1, _literal_element(root), runs)
    return [run for run in runs if run]


def _collect_runs(element: Element, depth: int, literal: bool, runs: list[list[_Piece]]) -> None:
    # Plain recursion, as dom.Element.iter: a stack of tuples cost a third more. The last run
    # of ``runs`` is the one being filled; a block (or a break) ends it, before and after.
    for child in element.children:
        if isinstance(child, Text):
            if child.data:
                runs[-1].append((child, depth, literal))
            continue
        inner = literal or _literal_element(child)
        if child.tag in _BREAKS:
            if runs[-1]:
                runs.append([])
            _collect_runs(child, depth + 1, inner, runs)
            if runs[-1]:
                runs.append([])
        else:
            _collect_runs(child, depth + 1, inner, runs)


def space_tree(root: Element) -> None:
    """Apply the spacing rule to every text node under ``root``."""
    for pieces in _runs(root):
        _space_run(pieces)


def space_text(text: str) -> str:
    """The spacing rule on plain text (URLs and @ids inside it are left alone)."""
    node = Text(text)
    _space_run([(node, 0, False)])
    return node.data
