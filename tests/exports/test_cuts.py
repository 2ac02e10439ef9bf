"""Where a long image is cut (Qt-free): never inside a line, in gaps, parts within the limit."""

from __future__ import annotations

import pytest

from recapdesk.exports.cuts import cut_points, parts


def lines(count: int, height: float = 40, gap: float = 16) -> list[tuple[float, float]]:
    return [(i * (height + gap), i * (height + gap) + height) for i in range(count)]


def test_a_page_within_the_limit_is_one_part() -> None:
    assert cut_points(900, 1000, lines(10)) == []
    assert parts(900, []) == [(0, 900)]


@pytest.mark.parametrize("max_height", [300, 517, 1000, 2048])
def test_cuts_fall_between_lines_and_parts_stay_within_the_limit(max_height: int) -> None:
    boxes = lines(200)
    height = int(boxes[-1][1]) + 20
    cuts = cut_points(height, max_height, boxes)
    assert cuts, "a page taller than the limit is cut"
    for cut in cuts:
        assert not any(top - 1 < cut < bottom + 1 for top, bottom in boxes), cut
    for top, bottom in parts(height, cuts):
        assert 0 < bottom - top <= max_height


def test_a_gap_outside_tables_and_quotes_is_preferred() -> None:
    # Lines every 56 px; a table from 0 to 700 whose rows (the lines) could be cut between.
    boxes = lines(30)
    table = [(0.0, 700.0)]
    cuts = cut_points(1680, 1000, boxes, soft=table)
    assert cuts and cuts[0] > 700


def test_a_table_is_cut_between_rows_when_nothing_else_fits() -> None:
    rows = [(float(i * 50), float(i * 50 + 50)) for i in range(40)]  # rows touching each other
    text = [(top + 12, bottom - 12) for top, bottom in rows]  # a line of text in each row
    cuts = cut_points(2000, 520, text, hard=rows, soft=[(0.0, 2000.0)])
    assert len(cuts) >= 3
    assert all(cut % 50 == 0 for cut in cuts), cuts


def test_a_picture_taller_than_a_part_is_cut_at_the_limit() -> None:
    assert cut_points(3000, 1000, [], hard=[(0.0, 3000.0)]) == [1000, 2000]


def test_the_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        cut_points(100, 0, [])
