"""Settings › Rooms: the site's rooms; adding ranges of them, changing one's kind, beds and
note, taking one out of service and back. Every write goes through ``services.rooms`` with the
rules and audit of ``quarantine-desk rooms add``; the list reloads on the change it announces."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import RoomKind, RoomState
from quarantine_desk.services import rooms as room_service
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.records import RoomRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import dialog_buttons, error_label
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import TableModel
from quarantine_desk.ui.rooms.labels import kind_label, state_label
from quarantine_desk.ui.settings.common import (
    Row,
    card,
    label,
    primary_row,
    row_columns,
    table_view,
)

ADD_FORM_WIDTH = 400
#: The floor field's value meaning "the number's hundreds", as ``rooms add`` without --floor.
FLOOR_FROM_NUMBER = -1
MAX_FLOOR = 200


def _kind_box(parent: QWidget, current: str = RoomKind.SINGLE.value) -> QComboBox:
    box = QComboBox(parent)
    for kind in RoomKind:
        box.addItem(kind_label(kind.value), kind.value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _beds_box(parent: QWidget, value: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1, room_service.MAX_CAPACITY)
    box.setValue(value)
    return box


class RoomDialog(QDialog):
    """A room's kind, beds and note. ``save`` runs the service; a refusal (fewer beds than the
    guests in the room) is shown here and the dialog stays open with what was typed."""

    def __init__(self, room: RoomRecord, save: Callable[[RoomKind, int, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Room {number}").format(number=room.number))
        self.kind = _kind_box(self, room.kind)
        self.capacity = _beds_box(self, room.capacity)
        self.note = QLineEdit(room.note, self)
        self.note.setPlaceholderText(self.tr("shown on the room's tile"))
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Beds"), self.capacity)
        form.addRow(self.tr("&Note"), self.note)
        buttons, self.save_button, _ = dialog_buttons(self, self.tr("Save"), self.attempt)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Floor {floor} · {state}").format(
            floor=room.floor, state=state_label(room.state)), self, "muted"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        theme.fit_to_width(self, 380)

    def attempt(self) -> None:
        try:
            self._save(RoomKind(self.kind.currentData()), self.capacity.value(),
                       self.note.text())
        except ServiceError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


class RetireDialog(QDialog):
    """Why a room goes out of service: kept as its note and shown on its tile."""

    def __init__(self, room: RoomRecord, save: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Take room {number} out of service").format(
            number=room.number))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. heating broken, used as a store room"))
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Why"), self.reason)
        buttons, self.save_button, _ = dialog_buttons(self, self.tr("Take out of service"),
                                                      self.attempt)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("No one can be checked in to room {number} until it is "
                                       "back in service.").format(number=room.number),
                               self, "muted"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        theme.fit_to_width(self, 420)

    def attempt(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self._refuse(self.tr("Say why the room is out of service; its tile shows it."))
            return
        try:
            self._save(reason)
        except ServiceError as error:
            self._refuse(str(error))
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.reason.setFocus()


class RoomsTab(QWidget):
    """The rooms in a table beside the form that adds a range of them."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        #: The dialog opened from the list, while it is open (tests fill it in).
        self.dialog: QDialog | None = None
        self._select_after: tuple[str, ...] = ()  # rooms to select once the list reloads

        list_card, list_box = card(self, self.tr("Rooms of the site"))
        self.model: TableModel[Row] = TableModel(row_columns([
            self.tr("Room"), self.tr("Floor"), self.tr("Kind"), self.tr("Beds"),
            self.tr("State"), self.tr("Note")]), list_card)
        self.table = table_view(self.model, list_card)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.summary = label("", list_card, "muted")
        self.selection_note = label("", list_card, "muted")
        self.edit_button = QPushButton(self.tr("&Edit…"), list_card)
        self.edit_button.clicked.connect(self.edit)
        self.service_button = QPushButton(self.tr("Take &out of service…"), list_card)
        self.service_button.clicked.connect(self.toggle_service)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.service_button)
        buttons.addStretch(1)
        list_box.addWidget(self.summary)
        list_box.addWidget(self.table, 1)
        list_box.addWidget(self.selection_note)
        list_box.addLayout(buttons)

        add_card, add_box = card(self, self.tr("Add rooms"))
        add_card.setFixedWidth(ADD_FORM_WIDTH)
        add_box.addWidget(label(self.tr("Type room numbers and ranges, separated by commas. "
                                        "The floor is the number's hundreds unless you choose "
                                        "one."), add_card, "muted"))
        self.numbers = QLineEdit(add_card)
        self.numbers.setPlaceholderText(self.tr("e.g. 301-320, 401"))
        self.kind = _kind_box(add_card)
        self.capacity = _beds_box(add_card, room_service.default_capacity(RoomKind.SINGLE))
        self.floor = QSpinBox(add_card)
        self.floor.setRange(FLOOR_FROM_NUMBER, MAX_FLOOR)
        self.floor.setSpecialValueText(self.tr("from the number"))
        self.floor.setValue(FLOOR_FROM_NUMBER)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Room &numbers"), self.numbers)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Beds each"), self.capacity)
        form.addRow(self.tr("F&loor"), self.floor)
        add_box.addLayout(form)
        self.preview = label("", add_card, "muted")
        add_box.addWidget(self.preview)
        self.add_button, add_row = primary_row(self.tr("&Add the rooms"), add_card, self.add)
        add_box.addLayout(add_row)
        add_box.addStretch(1)
        self.numbers.textChanged.connect(lambda _text: self._preview())
        self.numbers.returnPressed.connect(self.add)
        self.kind.currentIndexChanged.connect(lambda _index: self._kind_chosen())
        self.floor.valueChanged.connect(lambda _value: self._preview())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.MARGIN)
        layout.addWidget(list_card, 1)
        layout.addWidget(add_card)
        self._preview()
        self._selection()

    # -- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        wanted = self._select_after or tuple(room.number for room in self.selected_rooms())
        self._select_after = ()
        with self._host.context.read() as session:
            records = room_service.room_records(session)
        self.model.set_rows([self._row(room) for room in records])
        self.table.resizeColumnsToContents()
        self._select(wanted)
        floors = len({room.floor for room in records})
        out = sum(room.state == RoomState.OUT_OF_SERVICE.value for room in records)
        summary = self.tr("{n} rooms on {floors} floor(s), {beds} beds").format(
            n=len(records), floors=floors, beds=sum(room.capacity for room in records))
        if out:
            summary += self.tr(" · {n} out of service").format(n=out)
        self.summary.setText(summary if records else self.tr(
            "No rooms yet: add the site's rooms with the form on the right."))
        self._preview()
        self._selection()

    def _row(self, room: RoomRecord) -> Row:
        return Row(cells=[room.number, str(room.floor), kind_label(room.kind),
                          str(room.capacity), state_label(room.state), room.note],
                   payload=room, muted=room.state == RoomState.OUT_OF_SERVICE.value)

    def _select(self, numbers: tuple[str, ...]) -> None:
        """Select the rooms named (the ones just added, or those selected before a reload)."""
        wanted = set(numbers)
        selection = QItemSelection()
        first = None
        for n, row in enumerate(self.model.rows()):
            if row.payload.number in wanted:
                selection.select(self.model.index(n, 0),
                                 self.model.index(n, self.model.columnCount() - 1))
                first = n if first is None else first
        self.table.selectionModel().select(selection,
                                           QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            self.table.scrollTo(self.model.index(first, 0),
                                QAbstractItemView.ScrollHint.PositionAtTop)

    def selected_rooms(self) -> list[RoomRecord]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(n).payload for n in rows]

    def _one_selected(self) -> RoomRecord | None:
        chosen = self.selected_rooms()
        return chosen[0] if len(chosen) == 1 else None

    def _selection(self) -> None:
        room = self._one_selected()
        out = room is not None and room.state == RoomState.OUT_OF_SERVICE.value
        occupied = room is not None and room.state == RoomState.OCCUPIED.value
        self.edit_button.setEnabled(room is not None)
        self.service_button.setText(self.tr("&Back in service") if out
                                    else self.tr("Take &out of service…"))
        self.service_button.setEnabled(room is not None and not occupied)
        if room is None:
            note = self.tr("Select one room to change its kind, beds or note, or to take it "
                           "out of service.") if self.model.rowCount() else ""
        elif occupied:
            note = self.tr("Room {number} has guests in it: move them to another room or "
                           "release them before taking it out of service.").format(
                number=room.number)
        else:
            note = ""
        self.selection_note.setText(note)
        self.selection_note.setVisible(bool(note))

    # -- adding -----------------------------------------------------------------------------

    def _kind_chosen(self) -> None:
        """A new kind brings its usual beds (the person may still change them)."""
        self.capacity.setValue(room_service.default_capacity(RoomKind(self.kind.currentData())))

    def _chosen_floor(self) -> int | None:
        return None if self.floor.value() == FLOOR_FROM_NUMBER else self.floor.value()

    def _preview(self) -> None:
        """Say what the add button will do, or why it cannot (a bad spec, rooms that exist)."""
        text = self.numbers.text()
        plan = None
        try:
            with self._host.context.read() as session:
                plan = room_service.plan_rooms(session, [text], floor=self._chosen_floor())
        except ServiceError as error:
            self._show_preview(str(error), "error")
            return
        if not plan.numbers:
            self._show_preview(self.tr("Nothing to add yet: type rooms like 301-320, 401."),
                               "muted", ready=False)
        elif plan.clashes:
            self._show_preview(self.tr("Already on the site or named twice: {rooms}").format(
                rooms=", ".join(plan.clashes)), "error")
        else:
            self._show_preview(self._plan_text(plan), "muted", ready=True)

    def _plan_text(self, plan: room_service.RoomPlan) -> str:
        floors = ", ".join(str(floor) for floor in plan.floors)
        if len(plan.numbers) == 1:
            return self.tr("Adds room {number} on floor {floor}.").format(
                number=plan.numbers[0], floor=floors)
        text = (self.tr("Adds {n} rooms on floor {floors}: {first} … {last}.")
                if len(plan.floors) == 1 else
                self.tr("Adds {n} rooms on floors {floors}: {first} … {last}."))
        return text.format(n=len(plan.numbers), floors=floors, first=plan.numbers[0],
                           last=plan.numbers[-1])

    def _show_preview(self, text: str, kind: str, *, ready: bool = False) -> None:
        self.preview.setText(text)
        theme.mark(self.preview, kind)
        self.add_button.setEnabled(ready)

    def add(self) -> None:
        """Add the rooms typed; the list selects them once it reloads."""
        kind = RoomKind(self.kind.currentData())
        capacity = self.capacity.value()
        floor = self._chosen_floor()
        text = self.numbers.text()
        added = self._host.perform(
            lambda s: room_service.add_rooms(s, self._host.context.actor, [text], kind=kind,
                                             capacity=capacity, floor=floor))
        if added is None:
            self._preview()  # the refusal is in the message bar; the preview says it too
            return
        self._select_after = tuple(room.number for room in added)
        first, last = added[0].number, added[-1].number
        self._host.context.report(
            (self.tr("Room {first} is added.") if len(added) == 1 else
             self.tr("{n} rooms are added: {first} … {last}.")).format(
                n=len(added), first=first, last=last), MessageLevel.INFO)
        self.numbers.clear()
        self.numbers.setFocus()

    def has_unsaved_input(self) -> bool:
        """Room numbers typed but not added yet."""
        return bool(self.numbers.text().strip())

    # -- one room ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def _write(self, change: Callable[..., RoomRecord]) -> RoomRecord:
        """Run one rooms service in one transaction; a refusal goes back to the dialog."""
        with self._host.context.write() as session:
            return change(session, self._host.context.actor)

    def edit(self) -> None:
        room = self._one_selected()
        if room is None:
            return

        def save(kind: RoomKind, capacity: int, note: str) -> None:
            self._write(lambda s, actor: room_service.edit_room(
                s, actor, room.number, kind=kind, capacity=capacity, note=note,
                version=room.version))
            self._done(self.tr("Room {number} is saved.").format(number=room.number))

        self._open(RoomDialog(room, save, self))

    def toggle_service(self) -> None:
        room = self._one_selected()
        if room is None:
            return
        if room.state == RoomState.OUT_OF_SERVICE.value:
            self._host.perform(
                lambda s: room_service.set_state(s, self._host.context.actor, room.number,
                                                 RoomState.AVAILABLE),
                done=self.tr("Room {number} is back in service.").format(number=room.number))
            return

        def save(reason: str) -> None:
            self._write(lambda s, actor: room_service.set_state(
                s, actor, room.number, RoomState.OUT_OF_SERVICE, note=reason))
            self._done(self.tr("Room {number} is out of service.").format(number=room.number))

        self._open(RetireDialog(room, save, self))

    def _done(self, text: str) -> None:
        self._host.context.report(text, MessageLevel.INFO)
