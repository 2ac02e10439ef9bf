"""Crop the Cover: the part of the cover picture WeChat shows, 2.35:1.

The picture is shown scaled to fit, with a 2.35:1 frame over it: drag inside the frame to move
it, drag a corner to resize it (the ratio is kept), or use the keyboard (arrows move it, + and
- resize it). Below, the crop as it is sent, cut from the picture by the publish core's own
rule (publish/cover.py ``fit_crop``), so what the preview shows is what WeChat receives.
OK gives ``[x, y, w, h]`` in the picture's pixels (as shown: EXIF rotation applied, as the
publish core does with Pillow).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recapdesk.publish.cover import RATIO, Crop, centred_crop, fit_crop, height_for
from recapdesk.ui.i18n import fill

HANDLE = 10  # pixels around a corner of the frame that grab it
PREVIEW_SIZE = QSize(352, 150)  # 2.35:1, as WeChat's feed shows the cover
MIN_WIDTH = 24  # pixels of the picture: a crop narrower than this is not a cover


def read_image(path: str) -> QImage:
    """The picture at ``path`` as it is shown (EXIF rotation applied); null when unreadable."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    return reader.read()


class CropFrame(QWidget):
    """The picture and the 2.35:1 frame the user moves and resizes."""

    changed = Signal()

    def __init__(
        self, image: QImage, crop: Sequence[int] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coverCropFrame")
        self.setAccessibleName(self.tr("Cover crop frame"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(480, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.image = image
        self._pixmap = QPixmap.fromImage(image)
        self.crop = fit_crop(image.width(), image.height(), crop)
        self._grab: str = ""  # "move", or the corner dragged: "tl", "tr", "bl", "br"
        self._start = QPointF()
        self._start_crop = self.crop

    # -- geometry: picture pixels <-> widget pixels ----------------------------------------

    def _scale(self) -> float:
        return min(self.width() / self.image.width(), self.height() / self.image.height())

    def _origin(self) -> QPointF:
        scale = self._scale()
        return QPointF(
            (self.width() - self.image.width() * scale) / 2,
            (self.height() - self.image.height() * scale) / 2,
        )

    def frame_rect(self) -> QRectF:
        """The frame in the widget's pixels."""
        scale, origin = self._scale(), self._origin()
        x, y, w, h = self.crop
        return QRectF(origin.x() + x * scale, origin.y() + y * scale, w * scale, h * scale)

    def set_crop(self, crop: Crop) -> None:
        crop = fit_crop(self.image.width(), self.image.height(), crop)
        if crop != self.crop:
            self.crop = crop
            self.update()
            self.changed.emit()

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale, origin = self._scale(), self._origin()
        picture = QRectF(origin, QSize(self.image.width(), self.image.height()) * scale)
        painter.drawPixmap(picture, self._pixmap, QRectF(self._pixmap.rect()))
        frame = self.frame_rect()
        shade = QColor(0, 0, 0, 140)
        # Outside the frame: what WeChat does not show.
        left, right, top, bottom = picture.left(), picture.right(), picture.top(), picture.bottom()
        for band in (
            QRectF(left, top, picture.width(), frame.top() - top),
            QRectF(left, frame.bottom(), picture.width(), bottom - frame.bottom()),
            QRectF(left, frame.top(), frame.left() - left, frame.height()),
            QRectF(frame.right(), frame.top(), right - frame.right(), frame.height()),
        ):
            painter.fillRect(band, shade)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawRect(frame)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DashLine))
            painter.drawRect(frame.adjusted(-3, -3, 3, 3))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255))
        for corner in self._corners(frame).values():
            painter.drawRect(QRectF(corner.x() - 4, corner.y() - 4, 8, 8))
        painter.end()

    @staticmethod
    def _corners(frame: QRectF) -> dict[str, QPointF]:
        return {
            "tl": frame.topLeft(),
            "tr": frame.topRight(),
            "bl": frame.bottomLeft(),
            "br": frame.bottomRight(),
        }

    # -- the mouse -----------------------------------------------------------------------

    def _grab_at(self, pos: QPointF) -> str:
        frame = self.frame_rect()
        for name, corner in self._corners(frame).items():
            if abs(pos.x() - corner.x()) <= HANDLE and abs(pos.y() - corner.y()) <= HANDLE:
                return name
        return "move" if frame.contains(pos) else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._grab = self._grab_at(event.position())
        self._start = event.position()
        self._start_crop = self.crop

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self._grab:
            cursor = {
                "tl": Qt.CursorShape.SizeFDiagCursor,
                "br": Qt.CursorShape.SizeFDiagCursor,
                "tr": Qt.CursorShape.SizeBDiagCursor,
                "bl": Qt.CursorShape.SizeBDiagCursor,
                "move": Qt.CursorShape.SizeAllCursor,
            }.get(self._grab_at(event.position()), Qt.CursorShape.ArrowCursor)
            self.setCursor(cursor)
            return
        scale = self._scale()
        dx = (event.position().x() - self._start.x()) / scale
        dy = (event.position().y() - self._start.y()) / scale
        x, y, w, h = self._start_crop
        if self._grab == "move":
            self._move_to(round(x + dx), round(y + dy), w, h)
        else:
            self._resize_from(self._grab, dx, dy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._grab = ""

    def _move_to(self, x: int, y: int, w: int, h: int) -> None:
        width, height = self.image.width(), self.image.height()
        x = min(max(0, x), width - w)
        y = min(max(0, y), height - h)
        self.set_crop((x, y, w, h))

    def _resize_from(self, corner: str, dx: float, dy: float) -> None:
        """Resize with the corner opposite ``corner`` held where it is, the ratio kept."""
        x, y, w, h = self._start_crop
        width, height = self.image.width(), self.image.height()
        left, top = corner[1] == "l", corner[0] == "t"
        # The held corner, and how far the frame can grow from it inside the picture.
        anchor_x = x + w if left else x
        anchor_y = y + h if top else y
        room_x = anchor_x if left else width - anchor_x
        room_y = anchor_y if top else height - anchor_y
        grow_x = -dx if left else dx
        grow_y = -dy if top else dy
        wanted = max(w + grow_x, (h + grow_y) * RATIO)
        new_w = int(min(max(wanted, min(MIN_WIDTH, width)), room_x, room_y * RATIO))
        new_w = max(1, new_w)
        new_h = min(height_for(new_w), room_y if room_y else 1)
        new_x = anchor_x - new_w if left else anchor_x
        new_y = anchor_y - new_h if top else anchor_y
        self.set_crop((new_x, new_y, new_w, new_h))

    # -- the keyboard --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        x, y, w, h = self.crop
        step = max(1, self.image.width() // 100)
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            step *= 10
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            mx, my = moves[key]
            self._move_to(x + mx, y + my, w, h)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            grow = step * 2 if key != Qt.Key.Key_Minus else -step * 2
            new_w = max(min(MIN_WIDTH, self.image.width()), w + grow)
            # Resized about its centre (fit_crop keeps the centre and clamps).
            self.set_crop((x + (w - new_w) // 2, y, new_w, height_for(new_w)))
        else:
            super().keyPressEvent(event)


class CoverCropDialog(QDialog):
    def __init__(
        self, image: QImage, crop: Sequence[int] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coverCropDialog")
        self.setWindowTitle(self.tr("Crop the Cover"))
        self.image = image
        explain = QLabel(
            self.tr(
                "WeChat shows the cover at 2.35:1. Drag the frame to move it and a corner to "
                "resize it; the arrow keys move it, + and − resize it. Without a crop of your "
                "own, the centre of the picture is used."
            ),
            self,
        )
        explain.setObjectName("coverCropExplanation")
        explain.setWordWrap(True)
        self.frame = CropFrame(image, crop, self)
        self.preview = QLabel(self)
        self.preview.setObjectName("coverCropPreview")
        self.preview.setAccessibleName(self.tr("The cover as it is sent"))
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_label = QLabel(self)
        self.size_label.setObjectName("coverCropSize")
        centre = QPushButton(self.tr("&Centre"), self)
        centre.setObjectName("coverCropCentre")
        centre.setToolTip(self.tr("The largest 2.35:1 part in the middle of the picture"))
        centre.clicked.connect(self.centre)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(centre, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.frame, 1)
        layout.addWidget(QLabel(self.tr("Sent to WeChat:"), self))
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.size_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(buttons)
        self.frame.changed.connect(self._show_crop)
        self._show_crop()
        self.frame.setFocus()

    @property
    def crop(self) -> list[int]:
        """The crop chosen: ``[x, y, w, h]`` in the picture's pixels."""
        return list(self.frame.crop)

    def sent_image(self) -> QImage:
        """The crop of the picture, full size: what the publish core uploads."""
        x, y, w, h = self.frame.crop
        return self.image.copy(QRect(QPoint(x, y), QSize(w, h)))

    def centre(self) -> None:
        self.frame.set_crop(centred_crop(self.image.width(), self.image.height()))

    def _show_crop(self) -> None:
        sent = self.sent_image()
        self.preview.setPixmap(
            QPixmap.fromImage(sent).scaled(
                PREVIEW_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.size_label.setText(
            fill(self.tr("%1 × %2 pixels of the picture"), sent.width(), sent.height())
        )
