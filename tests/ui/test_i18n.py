"""The window's texts: translated, then filled in one pass."""

from __future__ import annotations

from recapdesk.ui.i18n import fill, translate


def test_parts_are_filled_once_and_kept_as_they_are() -> None:
    template = translate("", "“%1”: %2")
    assert fill(template, "a%2.recap.toml", "3 rows") == "“a%2.recap.toml”: 3 rows"


def test_parts_are_shown_as_text() -> None:
    assert fill("%1 of %2", 3, 10) == "3 of 10"


def test_a_text_without_parts_is_untouched() -> None:
    assert fill("100%1 sure") == "100%1 sure"
