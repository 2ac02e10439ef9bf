"""SVG pictures drawn as PNG: the WeChat editor drops an SVG data: URI (Qt-free).

Why CairoSVG (with the system's libcairo2) and not resvg-py or QtSvg:
- QtSvg would load Qt into the headless render and the CLI, which the design forbids;
- CairoSVG is maintained by the WeasyPrint team for over a decade and, since 2.7, safe for
  untrusted files by default: no XML entities (defusedxml) and no external resource fetched
  except data: URLs, so a hostile project's SVG cannot pull in ``/home/.../private.jpg`` or a
  URL. Its one cost is the cairo library: scripts/install-system-deps.sh installs libcairo2
  (present on every desktop Linux with GTK); a Windows or macOS build must bundle cairo.
- resvg-py ships a self-contained Rust wheel and renders more of SVG, but it is a one-person
  binding, and resvg loads images an SVG names by file path, which a hostile file could use.
The library is imported on first use: only a project with an SVG pays for loading it.
"""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any, cast

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.render.pictures.result import Limits, PictureProblem, say

MAX_HEIGHT = 16_000
"""A drawing taller than this at column width is no article picture (and would take hundreds
of megabytes to draw)."""

_UNREADABLE = QT_TRANSLATE_NOOP("Pictures", "this SVG cannot be drawn: %1")
_NO_SIZE = QT_TRANSLATE_NOOP("Pictures", "this SVG has no width and height or viewBox")
_TOO_TALL = QT_TRANSLATE_NOOP("Pictures", "this SVG is too tall to draw (%1 px at %2 px wide)")
_NO_CAIRO = QT_TRANSLATE_NOOP(
    "Pictures", "SVG pictures need the cairo library, which is not installed: %1"
)


def _natural_size(tree: Any) -> tuple[float, float]:
    """The SVG's own width and height in pixels, as CairoSVG itself computes them (units,
    viewBox) for a surface of 96 dpi; percentages of no parent count as unknown (0)."""
    from cairosvg.helpers import node_format

    viewport = SimpleNamespace(dpi=96, font_size=16.0, context_width=None, context_height=None)
    width, height, _viewbox = node_format(viewport, tree)
    return float(width or 0), float(height or 0)


def rasterize_svg(data: bytes, source: str, limits: Limits) -> bytes | PictureProblem:
    """The SVG ``data`` drawn as PNG on white, at ``limits.svg_scale`` times its own size and
    at most ``limits.max_width`` wide; a :class:`PictureProblem` when it cannot be drawn."""
    try:
        import cairosvg
        from cairosvg.parser import Tree
    except OSError as error:  # cairocffi found no libcairo
        return PictureProblem(source, say(_NO_CAIRO, str(error)))
    try:
        tree = Tree(bytestring=data)  # unsafe=False: no entities, no external files
        width, height = _natural_size(tree)
        if not (math.isfinite(width) and math.isfinite(height)) or width <= 0 or height <= 0:
            return PictureProblem(source, say(_NO_SIZE))
        out_width = max(1, round(min(limits.max_width, width * limits.svg_scale)))
        out_height = max(1, round(height * out_width / width))
        if out_height > MAX_HEIGHT:
            return PictureProblem(source, say(_TOO_TALL, str(out_height), str(out_width)))
        # On white: a transparent drawing of dark lines would vanish on WeChat's dark mode.
        png = cairosvg.svg2png(
            bytestring=data,
            output_width=out_width,
            output_height=out_height,
            background_color="white",
        )
    except Exception as error:  # any failure of a hostile file is that file's problem
        return PictureProblem(source, say(_UNREADABLE, type(error).__name__))
    return cast(bytes, png)
