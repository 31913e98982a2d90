"""Render the application icon from its SVG source into the PNG sizes and the Windows .ico.

The outputs are committed (the window, the .deb's icon folders and the Windows build read them),
so run this only after changing ``resources/icons/quarantine-desk.svg``:

    .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "quarantine-desk.svg"
#: The sizes of the hicolor icon theme the desktops look in, and of the .ico.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"quarantine-desk-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon drawn at ``size`` pixels square, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon holding each PNG as it is (PNG entries: Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, png in images.items():
        png_path(size).write_bytes(png)
    (ICONS / "quarantine-desk.ico").write_bytes(ico(images))
    print(f"make_icons: {len(images)} PNGs and quarantine-desk.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
