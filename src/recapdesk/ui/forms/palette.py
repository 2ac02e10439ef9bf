"""Colours that must read well in the system's light and dark palettes.

recapdesk draws with the palette everywhere; the one colour of its own is the red that marks a
problem (a malformed GitHub id or URL, a refused value). A fixed light-pink field background
would leave a dark palette's light text unreadable, and a fixed dark red text would sink into a
dark background: so the marks are a red border with a faint red tint over the palette's own
base (the text keeps the palette's colour), and problem text is a red picked for the palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

PROBLEM_RED_ON_LIGHT = "#c5221f"  # 5.9:1 on white
PROBLEM_RED_ON_DARK = "#ff8a80"  # 6:1 on a dark grey window
PROBLEM_BORDER = "#d93025"  # visible on both; a border carries no text
PROBLEM_TINT = "rgba(217, 48, 37, 0.16)"  # over the palette's base: text stays readable


def is_dark(palette: QPalette | None = None) -> bool:
    """True when ``palette`` (default: the app's) has light text on a dark window."""
    palette = palette or QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return text.lightnessF() > window.lightnessF()


def problem_color(palette: QPalette | None = None) -> QColor:
    """The colour of problem text (a reason under a field) in ``palette``."""
    return QColor(PROBLEM_RED_ON_DARK if is_dark(palette) else PROBLEM_RED_ON_LIGHT)


def problem_text_style(palette: QPalette | None = None) -> str:
    """A style sheet for a label that states a problem."""
    return f"color: {problem_color(palette).name()};"


def invalid_field_style() -> str:
    """A style sheet for a field whose value has a problem: readable in any palette."""
    return f"border: 1px solid {PROBLEM_BORDER}; background: {PROBLEM_TINT};"


def problem_cell_background(palette: QPalette | None = None) -> QColor:
    """The background of a table cell whose value has a problem: the palette's base, tinted."""
    palette = palette or QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    red = QColor(PROBLEM_BORDER)
    share = 0.16
    return QColor(
        round(base.red() * (1 - share) + red.red() * share),
        round(base.green() * (1 - share) + red.green() * share),
        round(base.blue() * (1 - share) + red.blue() * share),
    )
