"""Where a long image may be cut into parts (Qt-free): never through a line of text, a
picture or a table row, and preferably not through a table, quote or code block at all.

The page reports the vertical extent of everything that must not be cut (``lines`` of text,
kept clear by a margin for their anti-aliased edges; ``hard``: pictures and table rows, whose
edges may be cut along, so a table can be cut between two touching rows) and of what had
better not be (``soft``: tables, quotes, code blocks, whose backgrounds and borders would be
split). A cut at ``y`` means one part ends at
row ``y - 1`` and the next starts at ``y``; ``y`` is allowed when no box strictly contains it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

Box = tuple[float, float]
"""A vertical extent, top and bottom, in device pixels from the top of the page."""

_MARGIN = 2
"""Device pixels kept clear on either side of a box: anti-aliased glyph edges reach past it."""


def _blocked(height: int, boxes: Sequence[Box], margin: int = 0) -> bytearray:
    """Rows strictly inside a box (grown by ``margin``): no cut there."""
    blocked = bytearray(height + 1)
    for top, bottom in boxes:
        start = max(0, math.floor(top) - margin + 1)
        end = min(height, math.ceil(bottom) + margin)
        if end > start:
            blocked[start:end] = b"\x01" * (end - start)
    return blocked


def _free_run_cut(blocked: bytearray, low: int, high: int, run: int) -> int | None:
    """The lowest-on-the-page ``y`` in ``[low, high]`` that is free, inside a free run of at
    least ``run`` rows, placed in the middle of that run where the run ends above ``high``."""
    y = high
    while y >= low:
        if blocked[y]:
            y -= 1
            continue
        end = y
        while y >= low and not blocked[y]:
            y -= 1
        start = y + 1
        if end - start + 1 >= run:
            # Whole run below ``high``: its middle; a run reaching ``high`` is cut at ``high``.
            after = end + 1
            return end if after > high else (start + end + 1) // 2
    return None


def _union(*masks: bytearray) -> bytearray:
    result = bytearray(len(masks[0]))
    for mask in masks:
        result = bytearray(a | b for a, b in zip(result, mask, strict=True))
    return result


def cut_points(
    height: int,
    max_height: int,
    lines: Sequence[Box],
    hard: Sequence[Box] = (),
    soft: Sequence[Box] = (),
) -> list[int]:
    """The rows where a page ``height`` pixels tall is cut into parts of at most
    ``max_height`` pixels each (empty: one part). Cuts are chosen in the lower half of each
    part: in a clear gap outside every box if there is one, else outside the hard boxes, else
    (a single picture taller than a part) at the limit itself."""
    if max_height <= 0:
        raise ValueError("max_height must be positive")
    hard_blocked = _union(_blocked(height, lines, _MARGIN), _blocked(height, hard))
    all_blocked = _union(hard_blocked, _blocked(height, soft))
    cuts: list[int] = []
    start = 0
    while height - start > max_height:
        limit = start + max_height
        low = start + max(1, max_height // 2)
        cut = (
            _free_run_cut(all_blocked, low, limit, 6)
            or _free_run_cut(hard_blocked, low, limit, 6)
            or _free_run_cut(hard_blocked, start + 1, limit, 1)
            or limit
        )
        cuts.append(cut)
        start = cut
    return cuts


def parts(height: int, cuts: Sequence[int]) -> list[tuple[int, int]]:
    """The ``(top, bottom)`` of each part, bottom exclusive."""
    edges = [0, *cuts, height]
    return list(itertools.pairwise(edges))
