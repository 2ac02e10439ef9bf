"""Whether the article's primary colour can be read: WCAG contrast in WeChat's two modes.

The themes write the primary colour as text on the page (headings, links, bold, the [n]
markers) and, in cloud-native, as the background of white table headings: either way what
matters is the contrast between that colour and the page. A colour the user picks is checked
against both pages WeChat shows an article on:

- light mode, white: WCAG AA's 4.5:1 for normal text (links and bold are body-sized);
- dark mode, WeChat's background of about #191919: 3:1, WCAG AA's figure for large text and
  graphics. Not 4.5:1, because no colour reaches 4.5:1 on both white and #191919 (the best,
  at a relative luminance of about 0.20, has 4.2:1 on each): asking for it would flag every
  colour, the themes' own included. 3:1 still flags what really disappears on the dark page,
  such as navy (1.1:1) or near-black. (WeChat lightens some dark text in dark mode on its
own; a colour that needs that help is still worth a warning.)
"""

from __future__ import annotations

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.render.themes import HEX_COLOR, hex_to_rgb

LIGHT_BACKGROUND = "#ffffff"
DARK_BACKGROUND = "#191919"
LIGHT_MINIMUM = 4.5
DARK_MINIMUM = 3.0
COLOR_FIELD = "article.primary_color"
CONTEXT = "Compliance"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG 2's relative luminance of ``#rrggbb``: 0 for black, 1 for white."""
    r, g, b = (_channel(v) for v in hex_to_rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _ratio(value: float) -> str:
    # Rounded down: 4.47 must not read as a passing "4.5".
    return f"{int(value * 10) / 10:.1f}"


def color_contrast_problems(color: str) -> list[tuple[str, Message]]:
    """(rule, what is wrong) for each mode in which ``color`` is too faint to read."""
    if not HEX_COLOR.fullmatch(color):
        return []
    problems = []
    light = contrast_ratio(color, LIGHT_BACKGROUND)
    if light < LIGHT_MINIMUM:
        template = QT_TRANSLATE_NOOP(
            "Compliance",
            "the primary colour has a contrast of %1:1 on white (light mode);"
            " headings and links need at least %2:1 (WCAG AA)",
        )
        problems.append(
            ("contrast-light", Message(CONTEXT, template, (_ratio(light), f"{LIGHT_MINIMUM:g}")))
        )
    dark = contrast_ratio(color, DARK_BACKGROUND)
    if dark < DARK_MINIMUM:
        template = QT_TRANSLATE_NOOP(
            "Compliance",
            "the primary colour has a contrast of %1:1 on WeChat's dark background;"
            " headings and links need at least %2:1 there",
        )
        problems.append(
            ("contrast-dark", Message(CONTEXT, template, (_ratio(dark), f"{DARK_MINIMUM:g}")))
        )
    return problems
