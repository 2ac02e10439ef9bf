"""recapdesk's own icons: one lookup, crisp at every scale, in the colours of the palette.

The toolbar icons are SVG line drawings in ``resources/icons/`` that draw in ``currentColor``.
:func:`icon` renders them on demand at the size and device pixel ratio asked for, with
``currentColor`` set to the palette's text colour for the button's state (disabled greyed),
read at paint time: in a dark palette the icons are light, and they follow a switch of the
system's colour scheme without being made again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from recapdesk.resources import resource


@cache
def _svg_text(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon_color(mode: QIcon.Mode, palette: QPalette | None = None) -> str:
    """The colour an icon is drawn in for ``mode``, from ``palette`` (default: the app's)."""
    palette = palette or QGuiApplication.palette()
    roles = QPalette.ColorRole
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, roles.ButtonText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(roles.HighlightedText).name()
    return palette.color(roles.ButtonText).name()


class PaletteSvgEngine(QIconEngine):
    """Draws one of recapdesk's SVG icons in the palette's colours, at any size."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        svg = _svg_text(self.name).replace("currentColor", icon_color(mode))
        return QSvgRenderer(QByteArray(svg.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return PaletteSvgEngine(self.name)

    def key(self) -> str:
        return "recapdesk-palette-svg"

    def iconName(self) -> str:  # noqa: N802 (Qt's name)
        return self.name


def icon(name: str) -> QIcon:
    """The bundled icon ``name`` (``resources/icons/<name>.svg``)."""
    if not resource("icons", f"{name}.svg").is_file():
        raise FileNotFoundError(f"no icon {name}.svg in recapdesk's resources")
    return QIcon(PaletteSvgEngine(name))
