"""The floor plan of the Rooms panel: every room as a tile, painted by one widget.

A site may have 2,000 rooms; a widget with a layout per tile would make each refresh crawl.
The board instead keeps the tiles as data, lays them out as arithmetic (one band per floor,
tiles flowing left to right) and paints only the tiles in view. Keyboard first: arrows move
between tiles, Home/End and Page Up/Down jump, Enter or the menu key asks for the tile's
actions, Esc clears outlined rooms; a click selects, a double click or right click asks for the
actions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from quarantine_desk.domain.enums import RoomState
from quarantine_desk.services.board import Badge, Occupant, RoomTile
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.rooms.labels import (
    badge_colors,
    badge_mark,
    badge_name,
    category_label,
    kind_label,
    state_label,
)

MARGIN = 14
GAP = 8
PAD = 7
HEADER_GAP = 6
FLOOR_GAP = 14
CHIP_HEIGHT = 17
CHIP_GAP = 3
RADIUS = 6.0


@dataclass(frozen=True)
class _Row:
    """One line of tiles on screen: its top edge and the tiles in it (``first`` to ``end``)."""

    top: int
    first: int
    end: int


@dataclass(frozen=True)
class _Header:
    rect: QRect
    title: str
    detail: str


class RoomBoardView(QAbstractScrollArea):
    """Paints the tiles it is given; says which tile is current and when actions are wanted."""

    #: The current tile changed (``RoomTile`` or ``None``).
    current_changed = Signal(object)
    #: The person asked for the actions of a tile: (``RoomTile``, global position for a menu).
    actions_requested = Signal(object, QPoint)
    #: The outlined rooms changed (``frozenset`` of room numbers).
    marks_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomBoard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Room board"))
        self._tiles: list[RoomTile] = []
        self._xs: list[int] = []  # left edge of each tile; its top is its row's
        self._tile_width = 0
        self._rows: list[_Row] = []
        self._row_tops: list[int] = []
        self._row_of: list[int] = []
        self._headers: list[_Header] = []
        self._content_height = 0
        self._current = -1
        self._empty_text = ""
        self._marked: frozenset[str] = frozenset()
        self._measure()

    # -- data -------------------------------------------------------------------------------

    def set_tiles(self, tiles: list[RoomTile]) -> None:
        """Show ``tiles`` (in floor order), keeping the current room when it is still shown."""
        current = self.current_tile()
        self._tiles = sorted(tiles, key=lambda t: t.floor)  # stable: room order within a floor
        self._relayout()
        index = -1
        if current is not None:
            index = next((i for i, t in enumerate(self._tiles) if t.room_id == current.room_id),
                         -1)
        if index < 0 and self._tiles:
            index = 0
        self._current = index
        self.viewport().update()
        self._announce()

    def tiles(self) -> list[RoomTile]:
        return list(self._tiles)

    def set_empty_text(self, text: str) -> None:
        """What the board says when it has no tile to show."""
        self._empty_text = text
        self.viewport().update()

    def mark_rooms(self, numbers: frozenset[str]) -> None:
        """Outline these rooms (a positive's neighbours) until cleared with Esc or an empty set."""
        self._marked = frozenset(numbers)
        self.viewport().update()
        self.marks_changed.emit(self._marked)

    def marked_rooms(self) -> frozenset[str]:
        return self._marked

    def current_tile(self) -> RoomTile | None:
        return self._tiles[self._current] if 0 <= self._current < len(self._tiles) else None

    def select_room(self, room_id: int) -> bool:
        """Make the room's tile current and scroll it into view; False if it is not shown."""
        for index, tile in enumerate(self._tiles):
            if tile.room_id == room_id:
                self._set_current(index)
                return True
        return False

    def tile_rect(self, room_id: int) -> QRect | None:
        """Where the room's tile is in the viewport now (for tests and menus)."""
        for index, tile in enumerate(self._tiles):
            if tile.room_id == room_id:
                return self._rect(index).translated(0, -self.verticalScrollBar().value())
        return None

    def request_actions(self) -> None:
        """Ask for the current tile's actions, the menu opening just below the tile."""
        tile = self.current_tile()
        if tile is None:
            return
        rect = self._rect(self._current).translated(0, -self.verticalScrollBar().value())
        self.actions_requested.emit(tile, self.viewport().mapToGlobal(rect.bottomLeft()))

    # -- geometry ---------------------------------------------------------------------------

    def _measure(self) -> None:
        """Tile size from the fonts, so a larger font never clips a name; and everything the
        painter needs per tile (metrics, pens, brushes, chip widths, words) made once here."""
        base = self.font()
        self._normal = QFont(base)
        self._bold = QFont(base)
        self._bold.setBold(True)
        self._small = QFont(base)
        self._small.setPointSizeF(theme.SMALL_POINT_SIZE)
        self._chip_font = QFont(self._small)
        self._chip_font.setBold(True)
        self._header_font = QFont(base)
        self._header_font.setPointSizeF(theme.SUBTITLE_POINT_SIZE - 1)
        self._header_font.setBold(True)
        self._fm_bold, self._fm, self._fm_small, self._fm_chip, self._fm_header = (
            QFontMetrics(f) for f in (self._bold, base, self._small, self._chip_font,
                                      self._header_font))
        self._line_bold = self._fm_bold.height()
        self._line = self._fm.height()
        self._header_height = self._fm_header.height() + 10
        self._day_words = self.tr("day {n} of {m}")
        self._days_words = self.tr("day {first}–{last} of {m}")
        width = self._fm_bold.horizontalAdvance("8888") + self._fm_small.horizontalAdvance(
            self._day_words.format(n=14, m=14)) + 3 * PAD
        self._tile_size = QSize(max(150, width, self._fm.horizontalAdvance("国" * 8) + 2 * PAD),
                                2 * PAD + self._line_bold + 2 * self._line + CHIP_HEIGHT + 6)
        self._looks = {state.value: _StateLook.of(state) for state in RoomState}
        self._chips = {badge: _Chip.of(badge, self._fm_chip) for badge in Badge}
        self._muted = theme.qcolor(theme.MUTED_TEXT)
        self._mark_pen = QPen(theme.qcolor(theme.POSITIVE), 3, Qt.PenStyle.DashLine)
        self._state_words = {state.value: state_label(state) for state in RoomState}

    def tile_size(self) -> QSize:
        return QSize(self._tile_size)

    def _relayout(self) -> None:
        width = self.viewport().width()
        tw, th = self._tile_size.width(), self._tile_size.height()
        columns = max(1, (width - 2 * MARGIN + GAP) // (tw + GAP))
        # Share the row's spare width among the tiles so the right edge lines up.
        tw = max(tw, (width - 2 * MARGIN - (columns - 1) * GAP) // columns)
        by_floor: dict[int, list[int]] = defaultdict(list)
        for index, tile in enumerate(self._tiles):
            by_floor[tile.floor].append(index)
        self._tile_width = tw
        self._xs = [0] * len(self._tiles)
        self._row_of = [0] * len(self._tiles)
        self._rows, self._headers = [], []
        y = MARGIN
        for floor in sorted(by_floor):
            indices = by_floor[floor]
            self._headers.append(_Header(QRect(MARGIN, y, max(width - 2 * MARGIN, tw),
                                               self._header_height),
                                         self.tr("Floor {floor}").format(floor=floor),
                                         self._floor_detail([self._tiles[i] for i in indices])))
            y += self._header_height + HEADER_GAP
            for start in range(0, len(indices), columns):
                line = indices[start:start + columns]
                self._rows.append(_Row(y, line[0], line[-1] + 1))
                row = len(self._rows) - 1
                for column, index in enumerate(line):
                    self._xs[index] = MARGIN + column * (tw + GAP)
                    self._row_of[index] = row
                y += th + GAP
            y += FLOOR_GAP
        self._row_tops = [row.top for row in self._rows]
        self._content_height = y + MARGIN - FLOOR_GAP
        self._update_scrollbar()

    def _floor_detail(self, tiles: list[RoomTile]) -> str:
        states = Counter(t.state for t in tiles)
        guests = sum(len(t.occupants) for t in tiles)
        parts = [self.tr("Rooms {n}").format(n=len(tiles)),
                 self.tr("Guests {n}").format(n=guests)]
        parts += [f"{state_label(state)} {states[state.value]}" for state in RoomState
                  if states[state.value]]
        return "  ·  ".join(parts)

    def _update_scrollbar(self) -> None:
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        bar.setRange(0, max(0, self._content_height - height))
        bar.setPageStep(height)
        bar.setSingleStep(self._tile_size.height() // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._relayout()
        if self._current >= 0:
            self._ensure_visible(self._current)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._measure()
            self._relayout()
            self.viewport().update()

    def _rect(self, index: int) -> QRect:
        """Where tile ``index`` is on the board (made when asked: 2,000 rectangles made on
        every refresh would cost more than the arithmetic)."""
        return QRect(self._xs[index], self._rows[self._row_of[index]].top, self._tile_width,
                     self._tile_size.height())

    def _index_at(self, pos: QPoint) -> int:
        """The tile under a viewport position, or -1."""
        point = pos + QPoint(0, self.verticalScrollBar().value())
        row = bisect_left(self._row_tops, point.y() + 1) - 1
        if row < 0:
            return -1
        found = self._rows[row]
        for index in range(found.first, found.end):
            if self._rect(index).contains(point):
                return index
        return -1

    def _ensure_visible(self, index: int) -> None:
        rect = self._rect(index)
        bar = self.verticalScrollBar()
        top, height = bar.value(), self.viewport().height()
        if rect.top() - GAP < top:
            bar.setValue(rect.top() - GAP - (self._header_height + HEADER_GAP
                                             if self._is_first_row(index) else 0))
        elif rect.bottom() + GAP > top + height:
            bar.setValue(rect.bottom() + GAP - height)

    def _is_first_row(self, index: int) -> bool:
        row = self._row_of[index]
        return row == 0 or self._tiles[self._rows[row - 1].first].floor != self._tiles[index].floor

    # -- selection and keys -----------------------------------------------------------------

    def _set_current(self, index: int) -> None:
        if not self._tiles:
            return
        index = max(0, min(index, len(self._tiles) - 1))
        changed = index != self._current
        self._current = index
        self._ensure_visible(index)
        self.viewport().update()
        if changed:
            self._announce()

    def _announce(self) -> None:
        tile = self.current_tile()
        self.setAccessibleDescription(self._describe(tile) if tile else "")
        self.current_changed.emit(tile)

    def _vertical(self, rows: int) -> int:
        """The tile ``rows`` lines below (negative: above) the current one, same column."""
        if self._current < 0:
            return 0
        target = max(0, min(self._row_of[self._current] + rows, len(self._rows) - 1))
        row = self._rows[target]
        x = self._xs[self._current]
        return min(range(row.first, row.end), key=lambda i: abs(self._xs[i] - x))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        page = max(1, self.viewport().height() // (self._tile_size.height() + GAP))
        moves = {
            Qt.Key.Key_Right: lambda: self._current + 1,
            Qt.Key.Key_Left: lambda: self._current - 1,
            Qt.Key.Key_Down: lambda: self._vertical(1),
            Qt.Key.Key_Up: lambda: self._vertical(-1),
            Qt.Key.Key_PageDown: lambda: self._vertical(page),
            Qt.Key.Key_PageUp: lambda: self._vertical(-page),
            Qt.Key.Key_Home: lambda: 0,
            Qt.Key.Key_End: lambda: len(self._tiles) - 1,
        }
        if key in moves and self._tiles:
            self._set_current(moves[key]())
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Menu):
            self.request_actions()
            event.accept()
        elif key == Qt.Key.Key_Escape and self._marked:
            self.mark_rooms(frozenset())
            event.accept()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        index = self._index_at(event.position().toPoint())
        if index >= 0:
            self._set_current(index)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        index = self._index_at(event.position().toPoint())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._set_current(index)
            self.actions_requested.emit(self._tiles[index], event.globalPosition().toPoint())
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.request_actions()
            return
        index = self._index_at(event.pos())
        if index >= 0:
            self._set_current(index)
            self.actions_requested.emit(self._tiles[index], event.globalPos())

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._index_at(event.pos())
            if index < 0:
                QToolTip.hideText()
                event.ignore()
                return True
            rect = self._rect(index).translated(0, -self.verticalScrollBar().value())
            QToolTip.showText(event.globalPos(), self._tooltip(self._tiles[index]),
                              self.viewport(), rect)
            return True
        return super().viewportEvent(event)

    # -- words ------------------------------------------------------------------------------

    def _day_text(self, occupants: tuple[Occupant, ...]) -> str:
        days = sorted({o.day for o in occupants})
        if len(days) == 1:
            return self._day_words.format(n=days[0], m=occupants[0].of)
        return self._days_words.format(first=days[0], last=days[-1], m=occupants[0].of)

    def _describe(self, tile: RoomTile) -> str:
        """One line for screen readers: room, state, who is in it."""
        parts = [self.tr("Room {number}").format(number=tile.number), state_label(tile.state)]
        for occupant in tile.occupants:
            parts.append(f"{occupant.name}, "
                         + self.tr("day {n} of {m}").format(n=occupant.day, m=occupant.of))
            parts += [badge_name(b) for b in occupant.badges]
        return "; ".join(parts)

    def _tooltip(self, tile: RoomTile) -> str:
        lines = [f"<b>{escape(self.tr('Room {number}').format(number=tile.number))}</b> — "
                 f"{escape(state_label(tile.state))}",
                 escape(self.tr("{kind} room for {n}").format(kind=kind_label(tile.kind),
                                                              n=tile.capacity))]
        if tile.note:
            lines.append(f"<i>{escape(tile.note)}</i>")
        for occupant in tile.occupants:
            detail = [category_label(occupant.category),
                      self.tr("day {n} of {m}").format(n=occupant.day, m=occupant.of),
                      self.tr("release {date}").format(date=occupant.planned_release.isoformat())]
            if occupant.batch:
                detail.append(self.tr("batch {batch}").format(batch=occupant.batch))
            lines.append(f"<br><b>{escape(occupant.name)}</b> · {escape(' · '.join(detail))}")
            for badge in occupant.badges:
                why = badge_name(badge)
                if badge is Badge.KEY_PERSON and occupant.key_reasons:
                    why += ": " + "; ".join(occupant.key_reasons)
                if badge is Badge.FEVER and occupant.max_celsius_48h is not None:
                    why += " " + self.tr("(highest {t} °C in 48 h)").format(
                        t=f"{occupant.max_celsius_48h:.1f}")
                fill, _ = badge_colors(badge)
                lines.append(f"<span style='color:{fill}'>■</span> {escape(why)}")
        return "<br>".join(lines)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(event.rect(), theme.qcolor(theme.SURFACE))
        if not self._tiles:
            painter.setPen(theme.qcolor(theme.MUTED_TEXT))
            painter.drawText(self.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            return
        offset = self.verticalScrollBar().value()
        exposed = event.rect().translated(0, offset)
        painter.translate(0, -offset)
        for header in self._headers:
            if header.rect.intersects(exposed):
                self._paint_header(painter, header)
        first = max(0, bisect_left(self._row_tops, exposed.top() - self._tile_size.height()))
        for row in self._rows[first:]:
            if row.top > exposed.bottom():
                break
            for index in range(row.first, row.end):
                if self._rect(index).intersects(exposed):
                    self._paint_tile(painter, index)

    def _paint_header(self, painter: QPainter, header: _Header) -> None:
        rect = header.rect
        painter.setFont(self._header_font)
        painter.setPen(theme.qcolor(theme.TEXT))
        title_width = self._fm_header.horizontalAdvance(header.title)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         header.title)
        painter.setFont(self._small)
        painter.setPen(self._muted)
        detail_rect = rect.adjusted(title_width + 14, 0, 0, 0)
        detail = self._fm_small.elidedText(header.detail, Qt.TextElideMode.ElideRight,
                                           detail_rect.width())
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         detail)
        painter.setPen(QPen(theme.qcolor(theme.BORDER), 1))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())

    def _paint_tile(self, painter: QPainter, index: int) -> None:
        tile, rect = self._tiles[index], self._rect(index)
        look = self._looks[tile.state]
        shape = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(look.edge)
        painter.setBrush(look.fill)
        painter.drawRoundedRect(shape, RADIUS, RADIUS)
        if tile.number in self._marked:
            painter.setPen(self._mark_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(shape.adjusted(2, 2, -2, -2), RADIUS - 1, RADIUS - 1)
        if index == self._current:
            focused = self.hasFocus()
            painter.setPen(QPen(theme.qcolor(theme.FOCUS if focused else theme.ACCENT),
                                3 if focused else 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(shape.adjusted(1, 1, -1, -1), RADIUS, RADIUS)

        inner = rect.adjusted(PAD, PAD - 1, -PAD, -PAD)
        left, middle = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter
        top = QRect(inner.left(), inner.top(), inner.width(), self._line_bold)
        painter.setFont(self._bold)
        painter.setPen(look.text)
        painter.drawText(top, left | middle, tile.number)
        painter.setFont(self._small)
        if tile.occupants:
            room = top.width() - self._fm_bold.horizontalAdvance(tile.number) - 8
            day = self._fm_small.elidedText(self._day_text(tile.occupants),
                                            Qt.TextElideMode.ElideRight, room)
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | middle, day)
        elif tile.capacity > 1:
            painter.setPen(self._muted)
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | middle,
                             self.tr("for {n}").format(n=tile.capacity))
        y = top.bottom() + 3
        for line, font, metrics, colour in self._body_lines(tile, look.text):
            painter.setFont(font)
            painter.setPen(colour)
            box = QRect(inner.left(), y, inner.width(), metrics.height())
            painter.drawText(box, left | middle, metrics.elidedText(
                line, Qt.TextElideMode.ElideRight, inner.width()))
            y += metrics.height()
        self._paint_badges(painter, tile.badges, inner)

    def _body_lines(self, tile: RoomTile,
                    text: QColor) -> list[tuple[str, QFont, QFontMetrics, QColor]]:
        """The two lines under the room number: names, or the state and the note."""
        if tile.occupants:
            names = [o.name for o in tile.occupants]
            if len(names) > 2:
                names = [names[0], self.tr("{name} +{more}").format(name=names[1],
                                                                    more=len(names) - 2)]
            return [(name, self._normal, self._fm, text) for name in names]
        lines = [(self._state_words[tile.state], self._normal, self._fm, text)]
        if tile.note:
            lines.append((tile.note, self._small, self._fm_small, self._muted))
        return lines

    def _paint_badges(self, painter: QPainter, badges: tuple[Badge, ...], inner: QRect) -> None:
        painter.setFont(self._chip_font)
        x = inner.left()
        top = inner.bottom() - CHIP_HEIGHT + 1
        for badge in badges:
            chip = self._chips[badge]
            box = QRectF(x, top, chip.width, CHIP_HEIGHT)
            painter.setPen(chip.edge)
            painter.setBrush(chip.fill)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.setPen(chip.ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, chip.mark)
            x += chip.width + CHIP_GAP


@dataclass(frozen=True)
class _StateLook:
    """The pen, brush and text colour of a tile in one state, made once."""

    edge: QPen
    fill: QBrush
    text: QColor

    @classmethod
    def of(cls, state: RoomState) -> _StateLook:
        colors = theme.room_colors(state)
        return cls(QPen(theme.qcolor(colors.edge), 1), QBrush(theme.qcolor(colors.fill)),
                   theme.qcolor(colors.text))


@dataclass(frozen=True)
class _Chip:
    """A badge's chip, made once: its mark, width and colours. A pale chip (dark mark) gets an
    outline so it stands out on a pale tile."""

    mark: str
    width: int
    edge: QPen
    fill: QBrush
    ink: QColor

    @classmethod
    def of(cls, badge: Badge, metrics: QFontMetrics) -> _Chip:
        mark = badge_mark(badge)
        fill, ink = badge_colors(badge)
        ink_colour = theme.qcolor(ink)
        edge = QPen(ink_colour, 1) if ink_colour.lightness() < 128 else QPen(Qt.PenStyle.NoPen)
        return cls(mark, max(CHIP_HEIGHT + 2, metrics.horizontalAdvance(mark) + 10), edge,
                   QBrush(theme.qcolor(fill)), ink_colour)
