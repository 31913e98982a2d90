"""Typing temperatures into the rounds sheet: the table view and the temperature editor.

A digit typed anywhere on a row opens the row's temperature editor with that digit; Enter
hands the text to the sheet, which saves it through the service and either closes the editor
and moves on, or refuses and leaves the editor open on the same cell with the reason.
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
from PySide6.QtGui import QKeyEvent
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


class TemperatureDelegate(QStyledItemDelegate):
    """The temperature cell's editor. Saving happens only on Enter (``submitted``): a value
    half typed when the nurse clicks elsewhere is dropped, never saved as it stands."""

    submitted = Signal(QLineEdit, str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("temperatureEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setMaxLength(10)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        """Leave the editor as typed: the view calls this again whenever the sheet reloads."""

    def setModelData(self, editor: QWidget, model: object,  # noqa: N802 - Qt API
                     index: Index) -> None:
        """Nothing is written here; see ``submitted``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER):
            self.submitted.emit(watched, watched.text())
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def refuse(editor: QLineEdit, reason: str) -> None:
        """Keep the editor open, outlined in red with the reason, its text selected."""
        editor.setStyleSheet(f"QLineEdit {{ border: 2px solid {theme.ERROR}; }}")
        editor.setToolTip(reason)
        editor.selectAll()
        editor.setFocus()

    def finish(self, editor: QLineEdit) -> None:
        """Close the editor after a save (or an empty Enter)."""
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


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
