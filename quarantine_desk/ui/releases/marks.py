"""The ✓ / ✗ marks of the release criteria, painted rather than typed.

A painted disc with a tick or a cross reads the same on any desk PC (no font needs the glyph),
and the two differ in shape as well as colour, for staff who do not tell red from green.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from quarantine_desk.ui.common import theme

#: Diameter of a mark in a table cell, in pixels.
MARK_SIZE = 20
#: The item-data role holding a criterion's state: True (holds), False (fails) or None (none).
MARK_ROLE = Qt.ItemDataRole.UserRole + 1


def paint_mark(painter: QPainter, rect: QRectF, holds: bool) -> None:
    """Draw a green disc with a tick (``holds``) or a red disc with a cross into ``rect``."""
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.qcolor(theme.SUCCESS if holds else theme.ERROR))
    painter.drawEllipse(box)
    pen = QPen(theme.qcolor(theme.SURFACE), max(side * 0.13, 1.6))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y = box.left(), box.top()
    path = QPainterPath()
    if holds:
        path.moveTo(QPointF(x + side * 0.27, y + side * 0.52))
        path.lineTo(QPointF(x + side * 0.44, y + side * 0.69))
        path.lineTo(QPointF(x + side * 0.74, y + side * 0.34))
    else:
        path.moveTo(QPointF(x + side * 0.32, y + side * 0.32))
        path.lineTo(QPointF(x + side * 0.68, y + side * 0.68))
        path.moveTo(QPointF(x + side * 0.68, y + side * 0.32))
        path.lineTo(QPointF(x + side * 0.32, y + side * 0.68))
    painter.drawPath(path)
    painter.restore()


def mark_pixmap(holds: bool, size: int = MARK_SIZE, ratio: float = 1.0) -> QPixmap:
    """The mark as a pixmap of ``size`` logical pixels, sharp at device pixel ``ratio``."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mark(painter, QRectF(0.5, 0.5, size - 1, size - 1), holds)
    painter.end()
    return pixmap


class MarkDelegate(QStyledItemDelegate):
    """Paints the cell's :data:`MARK_ROLE` as a centred mark over the usual background."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        holds = index.data(MARK_ROLE)
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""  # the mark says it; the text stays for tooltips and copying
        widget: QWidget | None = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter,
                              widget)
        if holds is None:
            return
        cell = QRectF(option.rect)  # type: ignore[attr-defined]
        side = min(MARK_SIZE, cell.height() - 6)
        paint_mark(painter, QRectF(cell.center().x() - side / 2, cell.center().y() - side / 2,
                                   side, side), bool(holds))

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), MARK_SIZE + 16), max(hint.height(), MARK_SIZE + 8))
