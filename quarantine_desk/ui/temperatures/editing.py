"""Typing temperatures into the rounds sheet: the table view and the temperature editor.

A digit typed anywhere on a row opens the row's temperature editor with that digit; Enter
hands the text to the sheet, which saves it through the service and either closes the editor
and moves on, or refuses and leaves the editor open on the same cell with the reason. Leaving
the cell (a click elsewhere, an arrow key, Tab, another panel) hands the text over too
(``left``): a valid value is saved, anything else keeps its editor open. Only Esc drops what
was typed. The editor is left alone while the window is inactive or disabled (a dialog, another
program, the idle lock), so it is there as it was when the person comes back.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from quarantine_desk.ui.common import theme
from quarantine_desk.ui.temperatures.model import Column

Index = QModelIndex | QPersistentModelIndex

#: Keys that start a temperature (a comma is accepted as the decimal mark of some keyboards).
_STARTS = frozenset("0123456789.,")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Focus lost to another window (a dialog, another program): the cell was not left.
_AWAY = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


class TemperatureDelegate(QStyledItemDelegate):
    """The temperature cell's editor (one at a time). Enter emits ``submitted``; leaving the
    cell emits ``left``; the sheet saves or calls :meth:`hold`, which keeps the editor open
    with its reason until it is saved, corrected or dropped with Esc."""

    submitted = Signal(QLineEdit, str)
    left = Signal(QLineEdit, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor: QLineEdit | None = None
        self._index = QPersistentModelIndex()
        self._held = False

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("temperatureEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setMaxLength(10)
        self._editor, self._index, self._held = editor, QPersistentModelIndex(index), False
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        if editor is self._editor:
            self._editor, self._index, self._held = None, QPersistentModelIndex(), False
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        """Leave the editor as typed: the view calls this again whenever the sheet reloads."""

    def setModelData(self, editor: QWidget, model: object,  # noqa: N802 - Qt API
                     index: Index) -> None:
        """The view commits when the cell is left: the sheet saves (see ``left``)."""
        if isinstance(editor, QLineEdit) and editor is self.editor():
            self.left.emit(editor, editor.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not isinstance(watched, QLineEdit):
            return super().eventFilter(watched, event)
        if watched is not self.editor():
            return False  # dropped by the view with the rows it stood on
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _ENTER):
            self.submitted.emit(watched, watched.text())
            return True
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) and (
                event.reason() in _AWAY or not watched.isEnabled()
                or not watched.isActiveWindow()):
            return False  # not left: the window went to the background, or it is locked
        return super().eventFilter(watched, event)

    # -- the open editor --------------------------------------------------------------------

    def editor(self) -> QLineEdit | None:
        """The open temperature editor, if any (a reset of the rows drops it without a word to
        this delegate, so its cell is checked)."""
        if self._editor is not None and not self._index.isValid():
            self._editor, self._index, self._held = None, QPersistentModelIndex(), False
        return self._editor

    def editor_row(self) -> int:
        """The row the open editor belongs to (-1: none)."""
        return self._index.row() if self.editor() is not None else -1

    def is_held(self, editor: QWidget) -> bool:
        """Whether ``editor`` holds a value the sheet could not save as it left the cell."""
        return self._held and editor is self.editor()

    def hold(self, editor: QLineEdit, reason: str) -> None:
        """Keep the editor open after leaving the cell, outlined in red with the reason."""
        self._held = editor is self._editor
        self._outline(editor, reason)

    @staticmethod
    def _outline(editor: QLineEdit, reason: str) -> None:
        editor.setStyleSheet(f"QLineEdit {{ border: 2px solid {theme.ERROR}; }}")
        editor.setToolTip(reason)

    def refuse(self, editor: QLineEdit, reason: str) -> None:
        """Keep the editor open, outlined in red with the reason, its text selected."""
        self.hold(editor, reason)
        editor.selectAll()
        editor.setFocus()

    def finish(self, editor: QLineEdit) -> None:
        """Close the editor after a save (or an empty Enter)."""
        self._held = False
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def discard(self, editor: QLineEdit) -> None:
        """Close the editor and drop what it holds (as Esc does)."""
        self._held = False
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)


class RoundsView(QTableView):
    """The sheet's table: digits open the temperature editor, Enter on a row skips it."""

    #: Enter pressed on a row while no editor is open: move on without saving.
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the sheet; arrows and Enter move in it
        self.verticalHeader().hide()
        self.setWordWrap(False)

    def temperature_index(self, row: int) -> QModelIndex:
        model = self.model()
        return model.index(row, Column.TEMPERATURE) if model is not None else QModelIndex()

    def closeEditor(self, editor: QWidget,  # noqa: N802 - Qt API
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Keep an editor whose value could not be saved as the cell was left (only Esc, a
        save or a discard closes it)."""
        delegate = self.itemDelegateForColumn(Column.TEMPERATURE)
        if (isinstance(delegate, TemperatureDelegate) and delegate.is_held(editor)
                and hint != QAbstractItemDelegate.EndEditHint.RevertModelCache):
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if self.state() != QAbstractItemView.State.EditingState and index.isValid() and plain:
            if event.text() in _STARTS and event.text():
                target = index.siblingAtColumn(Column.TEMPERATURE)
                if target.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(target)
                    # "Any key" is not an edit trigger (letters must not open the editor), so
                    # open it explicitly and hand it the digit, as Qt does for that trigger.
                    if self.edit(target, QAbstractItemView.EditTrigger.AllEditTriggers, event):
                        editor = self.indexWidget(target)
                        if editor is not None:
                            QCoreApplication.sendEvent(editor, event)
                    return
            if event.key() in _ENTER:
                self.skip_requested.emit()
                return
        super().keyPressEvent(event)
