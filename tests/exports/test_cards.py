"""``export --to card``: a card per recognition group that fits its names, never clipped
(offscreen Chromium); who is on which card (Qt-free)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import ImageStat

from recapdesk.exports import ExportError
from recapdesk.exports.cards import (
    CARD_PAGE,
    MIN_FONT,
    SIZES,
    card_color,
    export_cards,
    lay_out_group,
    qr_data_uri,
)
from recapdesk.exports.groups import RecognitionGroup, recognition_groups
from recapdesk.exports.web import WebPage
from recapdesk.model import Privacy, Project
from tests.exports.conftest import image, many_honorees


def test_groups_show_names_or_github_ids_when_privacy_asks(example: Project) -> None:
    groups = {group.key: group for group in recognition_groups(example)}
    assert groups["honorees"].award == "Kubernetes源码之星"
    assert groups["honorees"].people == ("金润森",)  # the empty rows are left out
    assert groups["committee"].people == ("厉辉", "赵卫国", "金润森", "王文虎")
    for group in example.groups:
        group.privacy = Privacy.GITHUB
    groups = {group.key: group for group in recognition_groups(example)}
    assert groups["honorees"].people == ("gasxia",)
    assert "金润森" not in groups["committee"].people


def test_thirty_names_fit_one_card(example: Project, tmp_path: Path) -> None:
    project = many_honorees(example, 30)
    written = export_cards(project, tmp_path / "card.png", qr_url="https://example.org/recap")
    assert written == [tmp_path / "card-honorees.png", tmp_path / "card-committee.png"]
    card = image(written[0])
    assert card.size == SIZES["1080x1920"]
    # In the theme's colour: the corner is the primary colour.
    color = card_color(project).lstrip("#")
    assert card.getpixel((5, 5)) == tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))
    assert max(ImageStat.Stat(card.convert("L")).stddev) > 20  # names and QR code drawn


def test_the_page_reports_that_thirty_names_fit_legibly(example: Project) -> None:
    project = many_honorees(example, 30)
    group = recognition_groups(project)[0]
    width, height = SIZES["1080x1920"]
    base = {
        "program": "program",
        "qr": qr_data_uri("https://example.org"),
        "scan": "scan",
        "max": 64,
        "min": MIN_FONT,
    }
    with WebPage(width, height) as web:
        web.load(CARD_PAGE.format(width=width, height=height, color="#2b6cb0"))
        cards = lay_out_group(web, group, base)
        assert len(cards) == 1
        assert cards[0][1] >= 40  # well above the minimum: 30 names are no squeeze
        many = RecognitionGroup("honorees", "award", tuple(f"name-{i:03d}" for i in range(150)))
        cards = lay_out_group(web, many, base)
    assert len(cards) >= 2
    assert [name for run, _size in cards for name in run] == list(many.people)
    assert all(size >= MIN_FONT for _run, size in cards)


def test_more_names_than_fit_go_on_a_second_card(example: Project, tmp_path: Path) -> None:
    project = many_honorees(example, 120)
    written = export_cards(project, tmp_path / "card.png", size=SIZES["1080x1350"])
    honorees = [path for path in written if "honorees" in path.name]
    assert honorees == [tmp_path / f"card-honorees-{n}.png" for n in range(1, len(honorees) + 1)]
    assert len(honorees) >= 2
    assert all(image(path).size == (1080, 1350) for path in written)


def test_a_name_too_long_for_any_card_is_refused_not_clipped(
    example: Project, tmp_path: Path
) -> None:
    example.groups[0].people[0].name = "长" * 60  # no place to break, wider than the card
    with pytest.raises(ExportError, match="does not fit"):
        export_cards(example, tmp_path / "card.png")
    assert list(tmp_path.iterdir()) == []


def test_names_are_text_not_html(example: Project, tmp_path: Path) -> None:
    example.groups[0].people[0].name = "<img src=x onerror=alert(1)>"
    groups = recognition_groups(example)
    assert groups[0].people[0] == "<img src=x onerror=alert(1)>"
    assert export_cards(example, tmp_path / "card.png")  # laid out as text: it fits


def test_no_group_with_anyone_in_it(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no card"):
        export_cards(Project(), tmp_path / "card.png")
