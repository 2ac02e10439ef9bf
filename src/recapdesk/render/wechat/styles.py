"""Inline CSS for the WeChat post-processing: a style attribute's declarations as a dict and
back, and the margin and padding shorthands spread into their four sides and put back.
"""

from __future__ import annotations

from functools import lru_cache


def split_declarations(text: str) -> list[str]:
    """``a: b; c: url(x;y)`` -> ``["a: b", "c: url(x;y)"]``: semicolons inside quotes or
    parentheses do not end a declaration."""
    if "(" not in text and '"' not in text and "'" not in text:
        return [part.strip() for part in text.split(";") if part.strip()]
    parts: list[str] = []
    depth, quote, start = 0, "", 0
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char == ";" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def parse_style(text: str) -> dict[str, str]:
    declarations: dict[str, str] = {}
    for part in split_declarations(text):
        name, colon, value = part.partition(":")
        if colon and name.strip() and value.strip():
            declarations[name.strip().lower()] = value.strip()
    return declarations


@lru_cache(maxsize=4096)
def parsed_style(text: str) -> tuple[tuple[str, str], ...]:
    # After inlining, thousands of elements share a few dozen style attributes (every cell of
    # a table, every item of a list), and the passes read them again and again.
    return tuple(parse_style(text).items())


def expand_box(declarations: dict[str, str], name: str) -> dict[str, str]:
    """``margin: 1em 0`` -> ``margin-top: 1em; margin-right: 0; ...`` (same for padding), in
    the shorthand's place, so one side can be read or changed."""
    value = declarations.get(name)
    if value is None:
        return dict(declarations)
    parts = value.split()
    if not 1 <= len(parts) <= 4 or any("(" in part for part in parts):
        return dict(declarations)
    top = parts[0]
    right = parts[1] if len(parts) > 1 else top
    bottom = parts[2] if len(parts) > 2 else top
    left = parts[3] if len(parts) > 3 else right
    expanded: dict[str, str] = {}
    for key, item in declarations.items():
        if key == name:
            for side, side_value in zip(
                ("top", "right", "bottom", "left"), (top, right, bottom, left), strict=True
            ):
                expanded[f"{name}-{side}"] = side_value
        else:
            expanded[key] = item
    return expanded


def compact_box(declarations: dict[str, str], name: str) -> dict[str, str]:
    """The reverse of :func:`expand_box` when all four sides are there: one shorthand."""
    sides = [f"{name}-{side}" for side in ("top", "right", "bottom", "left")]
    if not all(side in declarations for side in sides):
        return dict(declarations)
    top, right, bottom, left = (declarations[side] for side in sides)
    values = [top, right, bottom, left]
    if left == right:
        values = [top, right, bottom] if top != bottom else [top, right]
        if top == bottom and top == right:
            values = [top]
    compacted: dict[str, str] = {}
    for key, value in declarations.items():
        if key == sides[0]:
            compacted[name] = " ".join(values)
        elif key not in sides:
            compacted[key] = value
    return compacted


def format_style(declarations: dict[str, str]) -> str:
    return "; ".join(f"{name}: {value}" for name, value in declarations.items()) + ";"
