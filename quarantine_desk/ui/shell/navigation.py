"""The navigation column: one entry per panel, with its keyboard shortcut shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from quarantine_desk.ui.common import theme
from quarantine_desk.ui.shell.registry import PanelSpec

_KEY_ROLE = Qt.ItemDataRole.UserRole
_SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1


class _ShortcutDelegate(QStyledItemDelegate):
    """Draws the entry as usual, then its shortcut right-aligned in a quiet colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        hint = index.data(_SHORTCUT_ROLE)
        if not hint:
            return
        painter.save()
        font = QFont(option.font)
        font.setPointSizeF(theme.SMALL_POINT_SIZE)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(theme.qcolor(theme.MUTED_TEXT))
        painter.drawText(option.rect.adjusted(0, 0, -18, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, hint)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 70, max(size.height(), 38))


class NavigationList(QListWidget):
    """Emits ``panel_requested(key)`` when the person picks an entry."""

    panel_requested = Signal(str)

    def __init__(self, entries: Sequence[tuple[PanelSpec, str]],
                 parent: QWidget | None = None) -> None:
        """``entries``: each panel with its shortcut text ("" for none)."""
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setItemDelegate(_ShortcutDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_entries(entries)
        self.currentItemChanged.connect(self._on_current_changed)

    def set_entries(self, entries: Sequence[tuple[PanelSpec, str]]) -> None:
        """List ``entries`` instead of the current ones (another person, another role),
        without announcing any of them."""
        self.blockSignals(True)
        self.clear()
        for spec, shortcut in entries:
            item = QListWidgetItem(spec.translated_title(), self)
            item.setData(_KEY_ROLE, spec.key)
            item.setData(_SHORTCUT_ROLE, shortcut)
            item.setToolTip(spec.translated_summary())
        self.blockSignals(False)

    def keys(self) -> list[str]:
        return [self.item(row).data(_KEY_ROLE) for row in range(self.count())]

    def select(self, key: str) -> None:
        """Highlight ``key`` without announcing it again."""
        for row in range(self.count()):
            if self.item(row).data(_KEY_ROLE) == key:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def _on_current_changed(self, current: QListWidgetItem | None,
                            _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.panel_requested.emit(current.data(_KEY_ROLE))
