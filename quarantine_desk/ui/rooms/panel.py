"""The Rooms panel (DESIGN.md §8): the floor plan, filters, legend, and the actions of a tile.

The board is read in one service call (``board.room_board``) and filtered here, so changing a
filter never waits for the database. Actions are offered only when the person's role allows
them; each runs one service in one transaction, and the change notification that follows
redraws the board, whichever panel or desk made the change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from quarantine_desk.domain.enums import RoomState
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import board, checkin, labtests, overview, rooms
from quarantine_desk.services.board import BADGES, Badge, Occupant, RoomTile
from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.rooms.board import RoomBoardView
from quarantine_desk.ui.rooms.dialogs import PickDialog, QuickCheckInDialog, WalkIn
from quarantine_desk.ui.rooms.labels import (
    badge_colors,
    badge_mark,
    badge_name,
    category_label,
    desk_now,
    kind_label,
    state_label,
)
from quarantine_desk.ui.shell.registry import find_spec

T = TypeVar("T")
SWATCH = QSize(16, 16)
_VACANT = (RoomState.AVAILABLE.value, RoomState.RESERVED.value)
#: Rooms named in the message about a positive's neighbours (the board outlines them all).
LISTED_ROOMS = 12


def _swatch(fill: str, edge: str, mark: str = "", ink: str = "") -> QPixmap:
    """A small square of a tile's colours, or a badge chip with its mark, for the legend."""
    pixmap = QPixmap(SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(theme.qcolor(edge), 1))
    painter.setBrush(theme.qcolor(fill))
    painter.drawRoundedRect(QRectF(0.5, 0.5, SWATCH.width() - 1, SWATCH.height() - 1), 3, 3)
    if mark:
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(theme.SMALL_POINT_SIZE - 1)
        painter.setFont(font)
        painter.setPen(theme.qcolor(ink))
        painter.drawText(QRectF(0, 0, SWATCH.width(), SWATCH.height()),
                         Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return pixmap


def _badge_swatch(badge: Badge) -> QPixmap:
    """The chip as the tiles draw it: a pale chip is outlined in its mark's colour."""
    fill, ink = badge_colors(badge)
    edge = ink if QColor(ink).lightness() < 128 else fill
    return _swatch(fill, edge, badge_mark(badge), ink)


class _LegendEntry(QWidget):
    """A swatch and its words ("Available 68")."""

    def __init__(self, pixmap: QPixmap, parent: QWidget) -> None:
        super().__init__(parent)
        icon = QLabel(self)
        icon.setPixmap(pixmap)
        self.label = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 10, 0)
        row.setSpacing(5)
        row.addWidget(icon)
        row.addWidget(self.label)


class RoomsPanel(Panel):
    """Every room as a tile by floor; filter by floor and state; act on the current tile."""

    topics = frozenset({Topic.ROOMS, Topic.STAYS, Topic.READINGS, Topic.TESTS, Topic.ALERTS,
                        Topic.POLICY})

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The clock the board's day numbers and fever window use (tests may fix it).
        self.clock: Callable[[], datetime] = desk_now
        self._all: list[RoomTile] = []
        self._site = board.board_summary([])
        #: The dialog opened from a tile, while it is open (tests fill it in).
        self.dialog: QDialog | None = None

        self.floor_filter = QComboBox(self)
        self.floor_filter.setMinimumContentsLength(10)
        self.state_filter = QComboBox(self)
        self.state_filter.addItem(self.tr("All states"), None)
        for state in RoomState:
            self.state_filter.addItem(state_label(state), state.value)
        floor_label = QLabel(self.tr("&Floor"), self)
        floor_label.setBuddy(self.floor_filter)
        state_label_widget = QLabel(self.tr("&State"), self)
        state_label_widget.setBuddy(self.state_filter)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.board = RoomBoardView(self)
        self.board.actions_requested.connect(self._open_menu)
        self.board.marks_changed.connect(lambda _marks: self._show_counts(self.board.tiles()))
        self.floor_filter.currentIndexChanged.connect(self._apply_filters)
        self.state_filter.currentIndexChanged.connect(self._apply_filters)

        self._state_entries: dict[str, _LegendEntry] = {}
        legend = QHBoxLayout()
        legend.setSpacing(4)
        legend.addWidget(self._caption(self.tr("Rooms on the site:")))
        for state in RoomState:
            colors = theme.room_colors(state)
            entry = _LegendEntry(_swatch(colors.fill, colors.edge), self)
            self._state_entries[state.value] = entry
            legend.addWidget(entry)
        legend.addStretch(1)
        badges = QHBoxLayout()
        badges.setSpacing(4)
        badges.addWidget(self._caption(self.tr("Badges:")))
        for badge in BADGES:
            entry = _LegendEntry(_badge_swatch(badge), self)
            entry.label.setText(badge_name(badge))
            badges.addWidget(entry)
        badges.addStretch(1)

        filters = QHBoxLayout()
        filters.setSpacing(theme.SPACING)
        filters.addWidget(floor_label)
        filters.addWidget(self.floor_filter)
        filters.addSpacing(10)
        filters.addWidget(state_label_widget)
        filters.addWidget(self.state_filter)
        filters.addSpacing(16)
        filters.addWidget(self.summary, 1)
        hint = QLabel(self.tr("Arrows move between rooms · Enter or right-click: actions"), self)
        theme.mark(hint, "muted")

        frame = QWidget(self)
        frame.setObjectName("roomBoardFrame")
        frame.setStyleSheet(f"QWidget#roomBoardFrame {{ border: 1px solid {theme.BORDER}; "
                            f"border-radius: 6px; background: {theme.SURFACE}; }}")
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(1, 1, 1, 1)
        inside.addWidget(self.board)
        self.board_frame = frame
        self.empty_state = self._empty_state()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.SPACING + 4, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addLayout(filters)
        layout.addLayout(legend)
        layout.addLayout(badges)
        layout.addWidget(frame, 1)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(hint)
        self.setTabOrder(self.floor_filter, self.state_filter)
        self.setTabOrder(self.state_filter, self.board)

    def _empty_state(self) -> QWidget:
        """What a site without rooms shows instead of the board: where rooms are added (a
        button to Settings › Rooms for a manager), or whom to ask."""
        box = QWidget(self)
        box.setObjectName("roomsEmptyState")
        box.setStyleSheet(f"QWidget#roomsEmptyState {{ border: 1px solid {theme.BORDER}; "
                          f"border-radius: 6px; background: {theme.SURFACE}; }}")
        heading = QLabel(self.tr("No rooms yet"), box)
        theme.mark(heading, "subtitle")
        text = QLabel(box)
        text.setWordWrap(True)
        theme.mark(text, "muted")
        #: Leads a manager to Settings › Rooms (hidden for other roles).
        self.add_rooms_button = QPushButton(self.tr("&Add rooms in Settings…"), box)
        theme.mark(self.add_rooms_button, "primary")
        self.add_rooms_button.clicked.connect(self.open_room_settings)
        settings = find_spec("settings")
        manager = settings is not None and settings.visible_to(self.context.actor)
        self.add_rooms_button.setVisible(manager)
        text.setText(
            self.tr("Add the site's rooms in Settings › Rooms: ranges like 301-320 with their "
                    "kind and beds. They appear here at once.") if manager else
            self.tr("Ask the point manager to add the site's rooms in Settings › Rooms."))
        self.empty_text = text
        inner = QVBoxLayout()
        inner.setSpacing(theme.SPACING + 4)
        inner.addWidget(heading)
        inner.addWidget(text)
        inner.addWidget(self.add_rooms_button, 0, Qt.AlignmentFlag.AlignLeft)
        column = QHBoxLayout()
        column.addStretch(1)
        column.addLayout(inner, 3)
        column.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addLayout(column)
        layout.addStretch(2)
        box.hide()
        return box

    def open_room_settings(self) -> None:
        """Settings › Rooms, where the manager adds rooms."""
        settings = self.navigate("settings")
        show_rooms = getattr(settings, "show_rooms", None)
        if callable(show_rooms):
            show_rooms()

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        theme.mark(label, "muted")
        label.setMinimumWidth(label.sizeHint().width())
        return label

    # -- loading and filtering --------------------------------------------------------------

    def refresh(self) -> None:
        now = self.clock()
        with self.context.read() as session:
            self._all = board.room_board(session, now.date(), now)
        self._site = board.board_summary(self._all)
        for state, entry in self._state_entries.items():
            entry.label.setText(f"{state_label(state)} {self._site[state]}")
        self._fill_floor_filter()
        self._apply_filters()

    def _fill_floor_filter(self) -> None:
        floors = sorted({t.floor for t in self._all})
        wanted = self.floor_filter.currentData()
        self.floor_filter.blockSignals(True)
        self.floor_filter.clear()
        self.floor_filter.addItem(self.tr("All floors"), None)
        for floor in floors:
            self.floor_filter.addItem(self.tr("Floor {floor}").format(floor=floor), floor)
        index = self.floor_filter.findData(wanted) if wanted is not None else 0
        self.floor_filter.setCurrentIndex(max(index, 0))
        self.floor_filter.blockSignals(False)

    def show_state(self, state: RoomState | None) -> None:
        """Show only rooms in ``state`` (all rooms for None): the Overview's cards lead here."""
        index = self.state_filter.findData(state.value if state else None)
        self.state_filter.setCurrentIndex(max(index, 0))

    def _apply_filters(self) -> None:
        floor = self.floor_filter.currentData()
        state = self.state_filter.currentData()
        shown = [t for t in self._all
                 if (floor is None or t.floor == floor) and (state is None or t.state == state)]
        self.board.set_empty_text(self.tr("No rooms match these filters."))
        self.board_frame.setVisible(bool(self._all))
        self.empty_state.setVisible(not self._all)
        self.board.set_tiles(shown)
        self._show_counts(shown)

    def _show_counts(self, shown: list[RoomTile]) -> None:
        here = board.board_summary(shown)
        parts = [self.tr("Rooms shown {n} of {total}").format(n=here["rooms_total"],
                                                              total=self._site["rooms_total"]),
                 self.tr("Guests {n}").format(n=here["guests"])]
        parts += [f"{badge_name(b)} {here[b.value]}" for b in BADGES if here[b.value]]
        if self.board.marked_rooms():
            parts.append(self.tr("neighbours outlined {n}").format(
                n=len(self.board.marked_rooms())))
        self.summary.setText("  ·  ".join(parts))

    # -- actions ----------------------------------------------------------------------------

    def actions_for(self, tile: RoomTile) -> list[QAction]:
        """The actions the person may take on ``tile`` (objectName says which, for tests)."""
        made: list[QAction] = []

        def add(name: str, text: str, slot: Callable[[], None]) -> None:
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False: slot())
            made.append(action)

        vacant = tile.state in _VACANT and not tile.occupants
        if vacant and self.context.can(Permission.CHECK_IN):
            add("checkInWalkIn", self.tr("Quick check-in of a walk-in…"),
                lambda: self.quick_check_in(tile))
            add("checkInExpected", self.tr("Check in an expected arrival…"),
                lambda: self.check_in_expected(tile))
        if self.context.can(Permission.MOVE):
            for occupant in tile.occupants:
                add(f"move:{occupant.stay_id}",
                    self.tr("Move {name} to another room…").format(name=occupant.name),
                    lambda o=occupant: self.move_guest(tile, o))
        if self.context.can(Permission.ROOMS):
            self._room_actions(tile, add)
        for occupant in tile.occupants:
            if Badge.POSITIVE in occupant.badges:
                add(f"neighbours:{occupant.stay_id}",
                    self.tr("Outline {name}'s neighbours").format(name=occupant.name),
                    lambda o=occupant: self.show_neighbours(o))
        if self.board.marked_rooms():
            add("clearMarks", self.tr("Clear the outlines (Esc)"),
                lambda: self.board.mark_rooms(frozenset()))
        for occupant in tile.occupants:
            add(f"record:{occupant.stay_id}",
                self.tr("Open {name}'s record").format(name=occupant.name),
                lambda o=occupant: self._open_in("guests", "open_stay", o.stay_id))
        if self.context.can(Permission.RELEASE):
            for occupant in tile.occupants:
                if Badge.DUE in occupant.badges:
                    add(f"release:{occupant.stay_id}",
                        self.tr("Release {name}… (Releases panel)").format(name=occupant.name),
                        lambda o=occupant: self._open_in("releases", "select_stays",
                                                         [o.stay_id]))
        return made

    def _room_actions(self, tile: RoomTile,
                      add: Callable[[str, str, Callable[[], None]], None]) -> None:
        state = RoomState(tile.state)
        number = tile.number
        if state is RoomState.AWAITING_DISINFECTION:
            add("disinfected", self.tr("Mark disinfected (room becomes available)"),
                lambda: self.perform(lambda s: rooms.mark_disinfected(
                    s, self.context.actor, number, now=self.clock()),
                    done=self.tr("Room {number} disinfected and available").format(
                        number=number)))
        if state is RoomState.AVAILABLE and not tile.occupants:
            add("reserve", self.tr("Reserve"),
                lambda: self._set_state(number, RoomState.RESERVED,
                                        self.tr("Room {number} reserved")))
        if state is RoomState.RESERVED:
            add("unreserve", self.tr("Release the reservation"),
                lambda: self._set_state(number, RoomState.AVAILABLE,
                                        self.tr("Room {number} is available again")))
        if state in (RoomState.AVAILABLE, RoomState.RESERVED,
                     RoomState.AWAITING_DISINFECTION) and not tile.occupants:
            add("outOfService", self.tr("Take out of service…"),
                lambda: self.take_out_of_service(tile))
        if state is RoomState.OUT_OF_SERVICE:
            add("backInService", self.tr("Back in service"),
                lambda: self._set_state(number, RoomState.AVAILABLE,
                                        self.tr("Room {number} is back in service")))

    def _open_menu(self, tile: RoomTile, where: QPoint) -> None:
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)  # after the chosen action has run
        title = menu.addAction(self.tr("Room {number} — {state}").format(
            number=tile.number, state=state_label(tile.state)))
        title.setEnabled(False)
        menu.addSeparator()
        actions = self.actions_for(tile)
        for action in actions:
            action.setParent(menu)
            menu.addAction(action)
        if not actions:
            menu.addAction(self.tr("Nothing to do here for your role")).setEnabled(False)
        menu.popup(where)

    def _open_in(self, key: str, method: str, *args: object) -> None:
        """Open another panel of the window this panel sits in and, when that panel offers
        ``method`` (the Guests panel's ``open_stay``, the Releases panel's ``select_stays``),
        point it at the guest."""
        show = getattr(self.window(), "show_panel", None)
        panel = show(key) if callable(show) else None
        point = getattr(panel, method, None)
        if callable(point):
            point(*args)

    def _write(self, action: Callable[[Session], T]) -> T:
        """Run a service in one transaction; refusals propagate to the dialog that asked."""
        with self.context.write() as session:
            return action(session)

    def _set_state(self, number: str, state: RoomState, done: str) -> None:
        self.perform(lambda s: rooms.set_state(s, self.context.actor, number, state,
                                               now=self.clock()),
                     done=done.format(number=number))

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.board.setFocus()

    def quick_check_in(self, tile: RoomTile) -> None:
        """The walk-in dialog for a vacant room."""
        def save(walk_in: WalkIn) -> None:
            self._write(lambda s: checkin.quick_check_in(
                s, self.context.actor, tile.number, walk_in.name, walk_in.id_number,
                walk_in.phone, walk_in.category, now=self.clock()))
            self.context.report(self.tr("{name} checked in to room {room}; complete the record "
                                        "in Guests").format(name=walk_in.name, room=tile.number),
                                MessageLevel.INFO)

        self._show_dialog(QuickCheckInDialog(tile.number, save, self))

    def check_in_expected(self, tile: RoomTile) -> None:
        """Pick someone announced by the command centre and admit them to this room."""
        with self.context.read() as session:
            expected = overview.expected_arrivals(session)
        choices = []
        for person in expected:
            when = person.expected_at.strftime("%m-%d %H:%M") if person.expected_at else ""
            parts = [person.name, person.id_number_masked, category_label(person.category),
                     person.batch, when, person.origin]
            choices.append(("  ·  ".join(p for p in parts if p), person))

        def save(person: overview.ExpectedArrival, _note: str) -> None:
            self._write(lambda s: checkin.admit_expected(s, self.context.actor, person.stay_id,
                                                         tile.number, now=self.clock()))
            self.context.report(self.tr("{name} checked in to room {room}").format(
                name=person.name, room=tile.number), MessageLevel.INFO)

        self._show_dialog(PickDialog(
            self.tr("Check in to room {room}").format(room=tile.number),
            self.tr("Who arrives in room {room}?").format(room=tile.number), choices, save,
            save_text=self.tr("Check in"),
            empty_text=self.tr("No one is expected: arrivals announced by the command centre "
                               "appear here."), parent=self))

    def move_guest(self, tile: RoomTile, occupant: Occupant) -> None:
        """Pick a free room for one guest of ``tile``."""
        free = [t for t in self._all
                if t.state == RoomState.AVAILABLE.value and not t.occupants]
        choices = [(self.tr("Room {number}  ·  floor {floor}  ·  {kind} for {n}").format(
                        number=t.number, floor=t.floor, kind=kind_label(t.kind), n=t.capacity),
                    t.number) for t in free]

        def save(number: str, reason: str) -> None:
            self._write(lambda s: checkin.move(s, self.context.actor, occupant.stay_id, number,
                                               reason=reason, now=self.clock()))
            self.context.report(self.tr("{name} moved from room {old} to room {new}").format(
                name=occupant.name, old=tile.number, new=number), MessageLevel.INFO)

        self._show_dialog(PickDialog(
            self.tr("Move {name}").format(name=occupant.name),
            self.tr("Move {name} from room {room} to:").format(name=occupant.name,
                                                                room=tile.number),
            choices, save, note_label=self.tr("&Reason (optional)"), save_text=self.tr("Move"),
            empty_text=self.tr("No room is free. Mark a room disinfected or bring one back into "
                               "service first."), parent=self))

    def show_neighbours(self, occupant: Occupant) -> None:
        """Outline the rooms of the guests a positive may have exposed (same room, nearby on
        the floor, same transfer batch); the Tests panel schedules their extra tests."""
        with self.context.read() as session:
            found = labtests.neighbours(session, occupant.stay_id)
        self.state_filter.setCurrentIndex(0)
        self.floor_filter.setCurrentIndex(0)
        self.board.mark_rooms(frozenset(n.room for n in found if n.room))
        if found:
            numbers = list(dict.fromkeys(n.room for n in found))
            rooms_text = ", ".join(numbers[:LISTED_ROOMS])
            if len(numbers) > LISTED_ROOMS:
                rooms_text += " " + self.tr("and {n} more").format(n=len(numbers) - LISTED_ROOMS)
            text = self.tr("Neighbours of {name} in rooms {rooms} (guests: {n}). The Tests "
                           "panel lists them for extra testing; Esc clears the outlines.").format(
                name=occupant.name, n=len(found), rooms=rooms_text)
        else:
            text = self.tr("{name} has no neighbours in quarantine.").format(name=occupant.name)
        self.context.report(text, MessageLevel.INFO)

    def take_out_of_service(self, tile: RoomTile) -> None:
        """Ask why (kept as the room's note), then take the room out of service."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Out of service"))
        dialog.setLabelText(self.tr("Why is room {number} out of service? (shown on its tile)")
                            .format(number=tile.number))
        dialog.textValueSelected.connect(lambda note: self.perform(
            lambda s: rooms.set_state(s, self.context.actor, tile.number,
                                      RoomState.OUT_OF_SERVICE, note=note.strip(),
                                      now=self.clock()),
            done=self.tr("Room {number} is out of service").format(number=tile.number)))
        self._show_dialog(dialog)
