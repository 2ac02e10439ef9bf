"""Render the app icon (recapdesk.svg of the resources) into the files each platform wants.

    python packaging/make_icons.py OUTDIR [--ico FILE] [--icns FILE]

OUTDIR receives the freedesktop layout (``hicolor/NxN/apps/ID.png`` in the standard sizes and
``hicolor/scalable/apps/ID.svg``); ``--ico`` writes a Windows icon and ``--icns`` a macOS icon,
both holding PNG images. Qt's SVG renderer draws every size, so only the SVG is kept in git.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_rules import APP_ID, ICON_SIZES, RESOURCES, ROOT  # found through the path set up above

SVG = ROOT / RESOURCES / "icons" / "recapdesk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types that hold PNG data, by pixel size.
ICNS_TYPES: tuple[tuple[int, bytes], ...] = (
    (16, b"icp4"),
    (32, b"icp5"),
    (64, b"icp6"),
    (128, b"ic07"),
    (256, b"ic08"),
    (512, b"ic09"),
    (1024, b"ic10"),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]  # kept alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; 6.11 takes str
    buffer.close()
    return bytes(data.data())


def write_hicolor(svg: Path, out: Path) -> list[Path]:
    """``out/hicolor/NxN/apps/APP_ID.png`` for every standard size, and the scalable SVG."""
    written = []
    for size in ICON_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(svg, size))
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def ico_bytes(svg: Path) -> bytes:
    """A Windows .ico holding one PNG per size (the format since Windows Vista)."""
    images = [render_png(svg, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, png in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(images)


def icns_bytes(svg: Path) -> bytes:
    """A macOS .icns holding PNG images from 16 to 1024 pixels."""
    body = b""
    for size, kind in ICNS_TYPES:
        png = render_png(svg, size)
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="where the hicolor/ icon folders go")
    parser.add_argument("--svg", type=Path, default=SVG, help="the source image")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    args = parser.parse_args(argv)
    written = write_hicolor(args.svg, args.outdir)
    if args.ico:
        args.ico.write_bytes(ico_bytes(args.svg))
        written.append(args.ico)
    if args.icns:
        args.icns.write_bytes(icns_bytes(args.svg))
        written.append(args.icns)
    print(f"{len(written)} icon files written from {args.svg.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
