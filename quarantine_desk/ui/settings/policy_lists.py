"""The draft's lists of named codes — test kinds and symptoms (DESIGN.md §12): one row each,
with the code the file and the database store and the Chinese and English names people read.

Codes are typed through a validator, so a code the file format refuses cannot be typed; the
categories' combos follow a renamed or removed test kind through :attr:`NamedList.renamed`
and :attr:`NamedList.removed`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.policy import Named
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.settings.common import label

#: What a code may be (the file format's ``code``): lower-case letters, digits and _.
CODE_PATTERN = QRegularExpression(r"[a-z][a-z0-9_]{0,39}")
#: The longest name the file format takes.
MAX_NAME = 100
#: Rows shown before the list scrolls.
ROWS_SHOWN = 5
_CODE, _ZH, _EN = range(3)
_Index = QModelIndex | QPersistentModelIndex


def code_validator(parent: QWidget) -> QRegularExpressionValidator:
    """Refuses, as it is typed, anything the file format would refuse as a code."""
    return QRegularExpressionValidator(CODE_PATTERN, parent)


class _Delegate(QStyledItemDelegate):
    """Cell editors that take only what the file takes: a code in the first column, a name of
    at most 100 characters in the others."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setMaxLength(MAX_NAME)
        if index.column() == _CODE:
            editor.setValidator(code_validator(editor))
        return editor


def heading_with_buttons(title: str, parent: QWidget, *buttons: QPushButton) -> QHBoxLayout:
    """A list's section heading with its Add and Remove buttons at the right."""
    top = QHBoxLayout()
    top.addWidget(label(title, parent, "section", wrap=False), 1, Qt.AlignmentFlag.AlignBottom)
    for button in buttons:
        top.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
    return top


class RowsTable(QTableWidget):
    """Rows a draft lists: Delete removes the selected one and Insert adds one, without a
    question (Reset or Start from brings a removed row back); a note stands in for an empty
    list."""

    delete_pressed = Signal()
    insert_pressed = Signal()

    def __init__(self, columns: int, empty_text: str, parent: QWidget) -> None:
        super().__init__(0, columns, parent)
        self.empty_text = empty_text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        elif not editing and event.key() == Qt.Key.Key_Insert:
            self.insert_pressed.emit()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.rowCount():
            return
        painter = QPainter(self.viewport())
        painter.setPen(theme.qcolor(theme.MUTED_TEXT))
        painter.drawText(self.viewport().rect().adjusted(12, 8, -12, -8),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self.empty_text)
        painter.end()


class NamedList(QWidget):
    """A heading, the editable rows (code, Chinese, English) and buttons to add and remove."""

    changed = Signal()
    #: A row's code was changed from the first to the second.
    renamed = Signal(str, str)
    #: These codes are no longer in the list.
    removed = Signal(list)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None, *,
                 most: int | None = None) -> None:
        super().__init__(parent)
        self._most = most
        self.table = RowsTable(3, empty_text, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Chinese"), self.tr("English")])
        self.table.setItemDelegate(_Delegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(_CODE, 120)
        self.table.setColumnWidth(_ZH, 130)
        self.table.setFixedHeight(header.sizeHint().height() + ROWS_SHOWN * 28
                                  + 2 * self.table.frameWidth())
        self.table.setToolTip(self.tr("Type to change a cell; Insert adds a row, Delete "
                                      "removes the selected one"))
        self.table.itemChanged.connect(self._item_changed)
        self.table.delete_pressed.connect(self.remove_selected)
        self.table.insert_pressed.connect(self.add_row)

        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        top = heading_with_buttons(title, self, self.add_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.table)
        self._match_buttons()

    # -- contents -----------------------------------------------------------------------------

    def set_items(self, items: tuple[Named, ...] | list[Named]) -> None:
        """Show ``items`` (announcing no change: the caller loads a whole draft)."""
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for item in items:
                self._append(item)
        finally:
            self.table.blockSignals(False)
        self._match_buttons()
        self.table.viewport().update()

    def items(self) -> list[Named]:
        """Every row as typed (trimmed), in order."""
        return [Named(self._text(row, _CODE), self._text(row, _ZH), self._text(row, _EN))
                for row in range(self.table.rowCount())]

    def coded(self) -> list[Named]:
        """The rows that have a code: what the combos of the draft may offer."""
        seen: set[str] = set()
        found = []
        for item in self.items():
            if item.code and item.code not in seen:
                seen.add(item.code)
                found.append(item)
        return found

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return " ".join(item.text().split()) if item is not None else ""

    def _append(self, item: Named) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((item.code, item.zh, item.en)):
            cell = QTableWidgetItem(text)
            if column == _CODE:
                cell.setData(Qt.ItemDataRole.UserRole, text)  # the code before an edit
            self.table.setItem(row, column, cell)
        return row

    # -- editing ------------------------------------------------------------------------------

    def add_row(self) -> None:
        """A new empty row, its code cell open for typing."""
        if self._most is not None and self.table.rowCount() >= self._most:
            return
        self.table.blockSignals(True)
        row = self._append(Named("", "", ""))
        self.table.blockSignals(False)
        self._match_buttons()
        self.table.setFocus()
        self.table.setCurrentCell(row, _CODE)
        self.table.editItem(self.table.item(row, _CODE))
        self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected row at once; Reset or Start from brings it back."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        code = self._text(row, _CODE)
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._match_buttons()
        if code and code not in {item.code for item in self.items()}:
            self.removed.emit([code])
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == _CODE:
            before = str(item.data(Qt.ItemDataRole.UserRole) or "")
            after = " ".join(item.text().split())
            if before != after:
                self.table.blockSignals(True)
                item.setData(Qt.ItemDataRole.UserRole, after)
                self.table.blockSignals(False)
                others = {i.code for n, i in enumerate(self.items()) if n != item.row()}
                if before and before not in others:
                    if after:
                        self.renamed.emit(before, after)
                    else:
                        self.removed.emit([before])
        self.changed.emit()

    def _match_buttons(self) -> None:
        full = self._most is not None and self.table.rowCount() >= self._most
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(
            self.tr("The list takes at most {n} rows").format(n=self._most) if full
            else self.tr("Add a row (Insert in the list)"))
        self.remove_button.setEnabled(self.table.rowCount() > 0)
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete in the list)"))
