"""Numbers as organizers type them: ``1,234``, ``1.2万``, ``3千``, ``三百``, ``一千二百``.

A figure typed into a number's value is read here. The forms accepted are the ones whose
meaning is clear: digits with thousands commas or a decimal point (full-width too), digits
with one Chinese unit after them (``1.2万`` = 12000), and Chinese numerals written with their
units (``三百``, ``一千零五``, ``两万``). Anything else (``96位``, ``约三百``, ``一二三``) is
not a number here: the caller keeps it as typed text and the checks say so.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from recapdesk.i18n import QT_TRANSLATE_NOOP

Number = int | float

NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Validation",
    "not a number (write it as 1234, 1,234, 1.2万 or 一千二百); the article shows it as not"
    " known yet",
)

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_DIGITS.update({"七": 7, "八": 8, "九": 9})
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "亿": 10**8}
_UNIT_SUFFIX = {**_SMALL_UNITS, **_BIG_UNITS, "万亿": 10**12}
_ARABIC = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(十|百|千|万亿|万|亿)?")
_CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")


def parse_number(text: str) -> Number | None:
    """The number ``text`` stands for, or None when it is not one (or is empty)."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    plain = _plain_python(text)
    if plain is not None:
        return plain
    arabic = _ARABIC.fullmatch(text)
    if arabic:
        sign, whole, fraction, unit = arabic.groups()
        value = Decimal(sign + whole.replace(",", "") + (fraction or ""))
        return _tidy(value * _UNIT_SUFFIX[unit] if unit else value)
    if _CHINESE.fullmatch(text):
        chinese = _chinese(text)
        return None if chinese is None else _tidy(Decimal(chinese))
    return None


def _plain_python(text: str) -> Number | None:
    # What a number cell always took: "96", "-3", "2.5", "1e3"; never nan or inf.
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _tidy(value: Decimal) -> Number | None:
    """A whole number as an int (the article prints 12000, not 12000.0)."""
    try:
        if value == value.to_integral_value():
            return int(value)
    except InvalidOperation:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _chinese(text: str) -> int | None:
    """``一千二百`` -> 1200; None for digits without units (``一二三``) or a lone unit out
    of place (``百千``)."""
    total = 0  # the part before the last 亿
    wan = 0  # the part before the last 万, within the current 亿
    section = 0  # below 万
    digit: int | None = None
    for char in text:
        if char in _DIGITS:
            if digit not in (None, 0) and _DIGITS[char] != 0:
                return None  # two digits in a row: 一二三 is a code, not a count
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            unit = _SMALL_UNITS[char]
            if section % (unit * 10) >= unit:
                return None  # 一百二百: a unit twice
            # 十 alone is ten: "十二" = 12
            section += (1 if digit is None and unit == 10 else digit or 0) * unit
            if digit == 0 or (digit is None and unit != 10):
                return None  # 百 without a digit
            digit = None
        elif char == "万":
            wan = (section + (digit or 0)) * 10**4
            if wan == 0:
                return None
            section, digit = 0, None
        else:  # 亿
            total = (total + wan + section + (digit or 0)) * 10**8
            if total == 0:
                return None
            wan, section, digit = 0, 0, None
    return total + wan + section + (digit or 0)
