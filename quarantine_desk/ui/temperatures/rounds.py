"""The rounds sheet: every guest housed in a date and slot, in room order, typed in one pass.

The slots of a date are the rounds of the policy in force on it (morning and afternoon for the
COVID-19 presets' 08:00 and 16:00); the symptoms offered are that policy's too.

Each temperature is saved the moment Enter is pressed or its cell is left (nothing waits for a
"save all"); a value the service refuses stays in its editor with the reason, and leaving the
sheet then asks whether to drop it. A fever turns the row red at once and the service opens
its alert. Typing over a reading offers its correction: voided with a reason, the new value
recorded, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.parsing import ParseError, parse_celsius
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import readings
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.readings import ReadingInfo, RoundRow, RoundsDay, Slot
from quarantine_desk.ui.alerts.dialogs import NoteDialog
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.temperatures.clock import slot_at, taken_at_for
from quarantine_desk.ui.temperatures.editing import RoundsView, TemperatureDelegate
from quarantine_desk.ui.temperatures.model import Column, RoundsModel
from quarantine_desk.ui.temperatures.symptoms import SymptomsDialog

#: Column widths in pixels (the symptoms column takes the rest).
_WIDTHS = {Column.ROOM: 72, Column.GUEST: 130, Column.LAST: 160, Column.TEMPERATURE: 120,
           Column.STATUS: 210}


class RoundsSheet(QWidget):
    """The sheet of one date and slot; ``rows_loaded`` tells the charts who is on it."""

    rows_loaded = Signal(list)

    def __init__(self, context: PanelContext, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.editable = context.can(Permission.READINGS)
        self.dialog: QWidget | None = None  # the symptoms or void dialog while it is open
        self._refused = False  # the message bar shows a refusal that a save should replace
        self._held_text = ""  # what the open editor held when it was last refused

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.slot = QComboBox(self)
        self.slot.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._offered: RoundsDay | None = None  # the rounds the slot field offers
        self.now_button = QPushButton(self.tr("Current &round"), self)
        self.now_button.setToolTip(self.tr("Today's sheet for the time of day now"))
        self.count = QLabel(self)
        self.count.setObjectName("missingCount")
        date_label = QLabel(self.tr("&Date"), self)
        date_label.setBuddy(self.date_edit)
        slot_label = QLabel(self.tr("S&lot"), self)
        slot_label.setBuddy(self.slot)
        bar = QHBoxLayout()
        bar.setSpacing(theme.SPACING)
        for widget in (date_label, self.date_edit, slot_label, self.slot, self.now_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)

        self.model = RoundsModel(self.editable, self)
        self.view = RoundsView(self)
        self.view.setModel(self.model)
        self.delegate = TemperatureDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.TEMPERATURE, self.delegate)
        header = self.view.horizontalHeader()
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.SYMPTOMS, QHeaderView.ResizeMode.Stretch)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(32)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("roundsNotice")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.setSpacing(theme.SPACING)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        self.setTabOrder(self.date_edit, self.slot)
        self.setTabOrder(self.slot, self.now_button)
        self.setTabOrder(self.now_button, self.view)

        self.symptoms_action = QAction(self.tr("Symptoms…"), self.view)
        self.symptoms_action.setShortcut(QKeySequence(Qt.Key.Key_S))
        self.void_action = QAction(self.tr("Void reading…"), self.view)
        self.void_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.symptoms_action, self.void_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setEnabled(self.editable)
            self.view.addAction(action)
        self.symptoms_action.triggered.connect(self.edit_symptoms)
        self.void_action.triggered.connect(self.void_current)
        if self.editable:
            self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.view.customContextMenuRequested.connect(self._context_menu)
            self.view.doubleClicked.connect(self._on_double_click)

        self.delegate.submitted.connect(self._on_submitted)
        self.delegate.left.connect(self._on_left)
        self.view.skip_requested.connect(self._skip)
        self.now_button.clicked.connect(self.go_to_now)
        self.go_to_now(load=False)
        self._shown = (self.on_date(), self.slot_code())  # the sheet on screen
        assert self._offered is not None
        self._shown_day: RoundsDay = self._offered  # the rounds and symptoms of its date
        self.date_edit.dateChanged.connect(lambda _: self._switch())
        self.slot.currentIndexChanged.connect(lambda _: self._switch())
        self._show_hint()

    # -- what is shown ----------------------------------------------------------------------

    def on_date(self) -> date:
        return self.date_edit.date().toPython()

    def slot_code(self) -> str:
        return str(self.slot.currentData())

    def shown_slot(self) -> Slot:
        """The slot of the sheet on screen."""
        return readings.find_slot(self._shown_day.slots, self._shown[1])

    def set_sheet(self, on: date, slot: str) -> None:
        """Show the sheet of ``on`` and ``slot`` (a slot code of that day's policy, "morning"
        or "afternoon" on a COVID-19 day, or its round time "14:00")."""
        self._show_choice(on, slot)
        self._switch()

    def _rounds_day(self, on: date) -> RoundsDay:
        with self.context.read() as session:
            return readings.rounds_day(session, on)

    def _show_choice(self, on: date, slot: str, day: RoundsDay | None = None) -> None:
        """Put ``on`` and ``slot`` in the date and slot fields without loading the sheet."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(on.year, on.month, on.day))
        self.date_edit.blockSignals(False)
        self._offer_slots(day or self._rounds_day(on), slot)

    def _offer_slots(self, day: RoundsDay, wanted: str | None = None) -> None:
        """Offer the slots of ``day`` and choose ``wanted`` (a code or round time), else the
        slot chosen so far, else the one that holds its round time (another version)."""
        before = self._offered.slots[self.slot.currentIndex()] \
            if self._offered is not None and self.slot.currentIndex() >= 0 else None
        self.slot.blockSignals(True)
        if self._offered is None or self._offered.slots != day.slots:
            self.slot.clear()
            for slot in day.slots:
                self.slot.addItem(self._slot_label(slot, len(day.slots)), slot.code)
        self._offered = day
        try:
            code = readings.find_slot(day.slots, wanted).code if wanted else None
        except ServiceError:
            code = None
        index = self.slot.findData(code or (before.code if before else None))
        if index < 0 and before is not None:
            index = next((n for n, slot in enumerate(day.slots)
                          if slot.holds(before.round_time)), 0)
        self.slot.setCurrentIndex(max(index, 0))
        self.slot.blockSignals(False)

    def _slot_label(self, slot: Slot, count: int) -> str:
        """How the slot field names a slot: by the part of the day on a day of two rounds,
        else by its round time, each with the time span its readings are filed under."""
        start, end = slot.span()
        if count == len(readings.SLOTS):
            if slot.code == readings.SLOTS[0]:
                return self.tr("Morning (before {time})").format(time=end)
            return self.tr("Afternoon (from {time})").format(time=start)
        return self.tr("Round {time} ({start}–{end})").format(
            time=slot.round_time.strftime("%H:%M"), start=start, end=end)

    def go_to_now(self, load: bool = True) -> None:
        moment = self.clock()
        day = self._rounds_day(moment.date())
        if load:
            self.set_sheet(moment.date(), slot_at(moment, day.slots))
            return
        self._show_choice(moment.date(), slot_at(moment, day.slots), day)

    def load(self) -> None:
        """Reload the sheet from the service, keeping the cursor on the same guest and a
        value being typed in its editor."""
        current = self.view.currentIndex()
        stay_id = self.model.row_at(current.row()).stay_id if current.isValid() else None
        column = current.column() if current.isValid() else Column.TEMPERATURE
        typing = self._typing()
        with self.context.read() as session:
            day = readings.rounds_day(session, self.on_date())  # a new version may be in force
            self._offer_slots(day)
            rows = readings.rounds_sheet(session, self.on_date(), self.slot_code())
        self._shown, self._shown_day = (self.on_date(), self.slot_code()), day
        self.model.set_rows(rows)
        if not self.view.currentIndex().isValid() and rows:
            row = self.model.row_of_stay(stay_id) if stay_id is not None else -1
            if row < 0:
                row = max(self.model.next_missing_row(len(rows) - 1), 0)
            self.view.setCurrentIndex(self.model.index(row, column))
        if typing is not None and self.delegate.editor() is None:  # other guests: reopened
            self._reopen(*typing)
        self._show_count()
        self.rows_loaded.emit(rows)

    def _typing(self) -> tuple[int, str, str, bool] | None:
        """(stay, text, reason, focused) of the value being typed, if any."""
        editor = self.delegate.editor()
        row = self.delegate.editor_row()
        if editor is None or row < 0 or not editor.text():
            return None
        reason = editor.toolTip() if self.delegate.is_held(editor) else ""
        return self.model.row_at(row).stay_id, editor.text(), reason, editor.hasFocus()

    def _reopen(self, stay_id: int, text: str, reason: str, focused: bool) -> None:
        """Open the editor of ``stay_id`` again with ``text`` (the rows changed under it)."""
        row = self.model.row_of_stay(stay_id)
        if row < 0:
            return
        index = self.view.temperature_index(row)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        editor = self.delegate.editor()
        if editor is None:
            return
        editor.setText(text)
        if reason:
            self.delegate.hold(editor, reason)
        if focused:
            editor.setFocus()

    def _switch(self) -> None:
        """Another date or slot: load it and put the cursor on its first guest to measure
        (once a value still typed is saved, or the person chose to drop it)."""
        if not self.may_leave():
            self._show_choice(*self._shown)
            return
        self.model.set_rows([])
        self.load()  # offers the new date's slots and makes it the sheet shown
        self._show_hint()
        self.view.setFocus()

    def _show_count(self) -> None:
        rooms, guests = self.model.missing()
        total = self.model.rowCount()
        if total == 0:
            text = self.tr("Nobody is housed in this slot")
        elif guests == 0:
            text = self.tr("All {total} guests measured").format(total=total)
        elif rooms == 1 and guests == 1:
            text = self.tr("1 room still to measure")
        elif rooms == guests:
            text = self.tr("{rooms} rooms still to measure").format(rooms=rooms)
        else:
            text = self.tr("{rooms} rooms ({guests} guests) still to measure").format(
                rooms=rooms, guests=guests)
        self.count.setText(text)
        colour = theme.MISSING if guests else theme.SUCCESS_SOFT
        self.count.setStyleSheet(f"QLabel#missingCount {{ background: {colour}; "
                                 "border-radius: 4px; padding: 4px 12px; font-weight: bold; }")

    def _show_hint(self) -> None:
        if self.editable:
            text = self.tr("Type the temperature and press Enter: it is saved at once and the "
                           "cursor moves on (leaving the cell saves it too). S ticks symptoms "
                           "first; type over a saved reading to correct it, or Delete to void "
                           "it, with a reason. Enter on an empty cell skips the room.")
        else:
            text = self.tr("Read only: temperatures are entered by medical staff.")
        self._notice(text, "muted")

    def _notice(self, text: str, kind: str) -> None:
        self.notice.setText(text)
        theme.mark(self.notice, kind)

    # -- typing temperatures ----------------------------------------------------------------

    def _on_submitted(self, editor: QLineEdit, text: str) -> None:
        """Enter: save (an empty cell skips the room, a measured one offers the correction)
        and move on to the next guest to measure."""
        row = self.delegate.editor_row()
        if row < 0:
            return
        if not text.strip():
            self.delegate.finish(editor)
            self._skip()
            return
        if not self.model.row_at(row).missing:
            self._offer_correction(editor, row, text)
            return
        if self._save(editor, row, text, leaving=False):
            self.delegate.finish(editor)
            self._after_save(row, self.model.row_at(row))

    def _on_left(self, editor: QLineEdit, text: str) -> None:
        """The cell was left with something typed: a valid value is saved where it stands;
        anything else stays in its editor with the reason (Esc drops it)."""
        row = self.delegate.editor_row()
        if row < 0 or not text.strip():
            return
        if self.delegate.is_held(editor) and text == self._held_text:
            self._hold_again(editor)  # refused already: nothing new to try
            return
        guest = self.model.row_at(row)
        if not guest.missing:
            self._hold(editor, text, self.tr(
                "Room {room} already has {old} °C: press Enter to correct it to {new} (you are "
                "asked for a reason), or Esc to leave it.").format(
                room=guest.room, old=f"{guest.reading.celsius:.1f}" if guest.reading else "",
                new=text.strip()))
            return
        if self._save(editor, row, text, leaving=True):
            self._show_saved(self.model.row_at(row), always=True)

    def _save(self, editor: QLineEdit, row: int, text: str, *, leaving: bool) -> bool:
        """Record what was typed for ``row``; on a refusal keep it in the editor with the
        reason (True when saved)."""
        guest = self.model.row_at(row)
        moment = self.clock()
        try:
            with self.context.write() as session:
                saved = readings.record_reading(  # on the sheet shown, whatever is chosen
                    session, self.context.actor, guest.stay_id, _typed(text),
                    taken_at=taken_at_for(self._shown[0], self.shown_slot(), moment),
                    symptoms=self.model.pending_symptoms(row), now=moment)
        except ServiceError as error:
            reason = self.tr("Not saved — room {room}, {name}: {reason}").format(
                room=guest.room, name=guest.guest_name, reason=error)
            self.context.report(reason, MessageLevel.ERROR)
            self._refused = True
            if leaving:
                self._hold(editor, text, reason)
            else:
                self.delegate.refuse(editor, reason)
                self._held_text = text
                self._notice(reason, "error")
            return False
        self.model.set_reading(row, ReadingInfo(id=saved.id, taken_at=saved.taken_at,
                                                celsius=saved.celsius, symptoms=saved.symptoms))
        return True

    def _hold(self, editor: QLineEdit, text: str, reason: str) -> None:
        """Keep a value that cannot be saved as it stands open in its editor, with why."""
        self.delegate.hold(editor, reason)
        self._held_text = text
        self._notice(reason, "error")
        self._hold_again(editor)

    def _hold_again(self, editor: QLineEdit) -> None:
        # Once the click or arrow key that left the cell is done, the cursor goes back to the
        # held editor if it stayed on the sheet; elsewhere the person went on purpose.
        QTimer.singleShot(0, lambda: self._return_to(editor))

    def _return_to(self, editor: QLineEdit) -> None:
        if not shiboken6.isValid(editor) or editor is not self.delegate.editor():
            return
        focus = QApplication.focusWidget()
        if focus is self.view or (focus is not None and self.view.isAncestorOf(focus)):
            self.view.setCurrentIndex(self.view.temperature_index(self.delegate.editor_row()))
            editor.setFocus()

    def _show_saved(self, guest: RoundRow, *, always: bool = False) -> None:
        """Say a reading was saved: a fever in red; a plain one only after a refusal or when
        it was saved by leaving the cell (``always``), the hint otherwise."""
        if guest.fever:
            text = self.tr("Fever: room {room}, {name}, {celsius} °C (from {threshold} °C). "
                           "A fever alert is open in Alerts.").format(
                room=guest.room, name=guest.guest_name,
                celsius=f"{guest.reading.celsius:.1f}" if guest.reading else "",
                threshold=f"{guest.fever_threshold:.1f}")
            self._notice(text, "error")
            self.context.report(text, MessageLevel.ERROR)
        else:
            self._show_hint()
            if self._refused or always:
                self.context.report(self.tr("Saved: room {room}, {celsius} °C").format(
                    room=guest.room, celsius=f"{guest.reading.celsius:.1f}"
                    if guest.reading else ""), MessageLevel.INFO)
        self._refused = False
        self._show_count()

    def _after_save(self, row: int, guest: RoundRow) -> None:
        self._show_saved(guest)
        following = self.model.next_missing_row(row)
        if following < 0:
            self.context.report(self.tr("Round complete: every guest on this sheet is "
                                        "measured."), MessageLevel.INFO)
            following = row
        self.view.setCurrentIndex(self.view.temperature_index(following))
        self.view.setFocus()

    def _skip(self) -> None:
        row = self.view.currentIndex().row()
        if row + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.view.temperature_index(row + 1))

    # -- symptoms and voiding ---------------------------------------------------------------

    def _on_double_click(self, index: object) -> None:
        if self.view.currentIndex().column() == Column.SYMPTOMS:
            self.edit_symptoms()

    def _context_menu(self, position: object) -> None:
        index = self.view.indexAt(position)  # type: ignore[arg-type]
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        guest = self.model.row_at(index.row())
        if guest.missing:
            menu.addAction(self.symptoms_action)
        else:
            menu.addAction(self.void_action)
        menu.exec(self.view.viewport().mapToGlobal(position))  # type: ignore[arg-type]

    def edit_symptoms(self) -> None:
        """Tick symptoms for the current guest before typing the temperature."""
        row = self.view.currentIndex().row()
        if row < 0 or not self.editable:
            return
        guest = self.model.row_at(row)
        if not guest.missing:
            self._notice(self.tr("Symptoms are saved with the reading: void it (Delete) and "
                                 "type it again to correct them."), "error")
            return
        dialog = SymptomsDialog(self.tr("room {room}, {name}").format(
            room=guest.room, name=guest.guest_name),
            [symptom.label() for symptom in self._shown_day.symptoms],
            self.model.pending_symptoms(row), self)
        dialog.accepted.connect(lambda: self._keep_symptoms(guest.stay_id, dialog.symptoms()))
        dialog.finished.connect(lambda _: self._dialog_closed())
        self.dialog = dialog
        dialog.open()

    def _keep_symptoms(self, stay_id: int, symptoms: list[str]) -> None:
        row = self.model.row_of_stay(stay_id)
        if row >= 0:
            self.model.set_pending_symptoms(row, symptoms)
            self.view.setCurrentIndex(self.view.temperature_index(row))

    def void_current(self) -> None:
        """Ask why, then void the current guest's reading so the right value can be typed."""
        row = self.view.currentIndex().row()
        if row < 0 or not self.editable:
            return
        guest = self.model.row_at(row)
        reading = guest.reading
        if reading is None:
            self._notice(self.tr("Room {room} has no reading in this slot to void.").format(
                room=guest.room), "error")
            return
        dialog = NoteDialog(
            self, title=self.tr("Void reading"),
            message=self.tr("Void {celsius} °C taken at {time} for room {room}, {name}? The "
                            "reading stays on record as voided; type the right value "
                            "afterwards.").format(celsius=f"{reading.celsius:.1f}",
                                                  time=reading.taken_at.strftime("%H:%M"),
                                                  room=guest.room, name=guest.guest_name),
            label=self.tr("&Reason (required)"), confirm=self.tr("Void reading"),
            placeholder=self.tr("e.g. typing error, measured again"))
        dialog.accepted.connect(lambda: self._void(guest.stay_id, reading.id, dialog.text()))
        dialog.finished.connect(lambda _: self._dialog_closed())
        self.dialog = dialog
        dialog.open()

    def _void(self, stay_id: int, reading_id: int, reason: str) -> None:
        try:
            with self.context.write() as session:
                readings.void_reading(session, self.context.actor, reading_id, reason,
                                      now=self.clock())
        except ServiceError as error:
            self._notice(str(error), "error")
            self.context.report(str(error), MessageLevel.ERROR)
            return
        row = self.model.row_of_stay(stay_id)
        if row >= 0:
            self.model.set_reading(row, None)
            self.view.setCurrentIndex(self.view.temperature_index(row))
        self._show_count()
        self._notice(self.tr("Reading voided: type the right value and press Enter."), "muted")

    def _dialog_closed(self) -> None:
        """Give the keyboard back to the sheet, or to the value still typed in it (the window
        is re-activated explicitly, as some window managers leave no window active once a
        dialog closes)."""
        self.dialog = None
        self.view.activateWindow()
        editor = self.delegate.editor()
        if editor is not None:
            editor.setFocus()
        else:
            self.view.setFocus()

    # -- correcting a measured temperature --------------------------------------------------

    def _offer_correction(self, editor: QLineEdit, row: int, text: str) -> None:
        """A value typed over the slot's reading: ask for the reason, then void the reading
        and record the new value in one go."""
        guest = self.model.row_at(row)
        reading = guest.reading
        assert reading is not None
        try:
            celsius = parse_celsius(_typed(text), guest.plausible)
        except ParseError as error:
            reason = self.tr("Not saved — room {room}, {name}: {reason}").format(
                room=guest.room, name=guest.guest_name, reason=error)
            self.delegate.refuse(editor, reason)
            self._held_text = text
            self._notice(reason, "error")
            return
        dialog = NoteDialog(
            self, title=self.tr("Correct reading — room {room}, {name}").format(
                room=guest.room, name=guest.guest_name),
            message=self.tr("Correct the reading of {old} °C at {time}? It is voided with your "
                            "reason and {new} is recorded.").format(
                old=f"{reading.celsius:.1f}", time=reading.taken_at.strftime("%H:%M"),
                new=f"{celsius:.1f}"),
            label=self.tr("&Reason (required)"), confirm=self.tr("Correct reading"),
            placeholder=self.tr("e.g. typing error, measured again"))
        dialog.accepted.connect(
            lambda: self._correct(guest.stay_id, reading.id, celsius, dialog.text()))
        dialog.finished.connect(lambda _: self._dialog_closed())
        self.dialog = dialog
        dialog.open()

    def _correct(self, stay_id: int, reading_id: int, celsius: float, reason: str) -> None:
        editor = self.delegate.editor()
        try:
            with self.context.write() as session:
                saved = readings.correct_reading(session, self.context.actor, reading_id,
                                                 celsius, reason, now=self.clock())
        except ServiceError as error:
            self._notice(str(error), "error")
            self.context.report(str(error), MessageLevel.ERROR)
            return
        if editor is not None:
            self.delegate.finish(editor)
        row = self.model.row_of_stay(stay_id)
        if row >= 0:
            self.model.set_reading(row, ReadingInfo(id=saved.id, taken_at=saved.taken_at,
                                                    celsius=saved.celsius,
                                                    symptoms=saved.symptoms))
            self._refused = True  # say what was saved
            self._after_save(row, self.model.row_at(row))

    # -- leaving the sheet ------------------------------------------------------------------

    def may_leave(self) -> bool:
        """Before the sheet goes away (another date, panel or person, or the window closes):
        a valid value still in its editor is saved; about anything else the person is asked
        whether to drop it or stay with it."""
        editor = self.delegate.editor()
        row = self.delegate.editor_row()
        if editor is None or row < 0:
            return True
        text = editor.text()
        guest = self.model.row_at(row)
        if not text.strip():
            self.delegate.discard(editor)
            return True
        retry = not (self.delegate.is_held(editor) and text == self._held_text)
        if guest.missing and retry and self._save(editor, row, text, leaving=False):
            self.delegate.finish(editor)
            self._show_saved(self.model.row_at(row), always=True)
            return True
        if self.ask_discard(
                self.tr("{value} typed for room {room}, {name} is not saved.").format(
                    value=text.strip(), room=guest.room, name=guest.guest_name),
                editor.toolTip()):
            self.delegate.discard(editor)
            self._show_hint()
            return True
        self.view.setCurrentIndex(self.view.temperature_index(row))
        editor.setFocus()
        return False

    def ask_discard(self, text: str, detail: str) -> bool:
        """Whether to drop a temperature that cannot be saved as typed (tests replace it)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Temperature not saved"), text,
                          QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(detail)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard


def _typed(text: str) -> str:
    """A typed temperature as the service reads it (a comma is some keyboards' decimal mark)."""
    return text.strip().replace(",", ".")
