"""Text cleaning: what no file format or renderer can carry is removed, nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recapdesk.model.text import clean_line, clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("nul\x00bell\x07esc\x1bdel\x7f", "nulbellescdel"),
        ("c1\x85\x9f", "c1"),
        ("lone\ud800surrogate\udfff", "lonesurrogate"),
        (
            "kept: \u00a0\u3000\u200b\ufeff😀 <b>*x*</b>",
            "kept: \u00a0\u3000\u200b\ufeff😀 <b>*x*</b>",
        ),
        ("", ""),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
    assert clean_line(raw) == clean


@given(st.text(st.characters(exclude_categories=())))
def test_cleaning_is_idempotent_and_leaves_encodable_text(value: str) -> None:
    once = clean_text(value)
    assert clean_text(once) == once
    once.encode("utf-8")
    assert "\r" not in once
    assert not any(_uncarriable(ch) for ch in once)


def _uncarriable(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 and ch not in "\t\n") or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF
