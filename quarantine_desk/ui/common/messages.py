"""The message bar in the page header: refusals and confirmations without modal boxes.

A refusal from a service (one line: what, where, how to fix) stays until dismissed or the
person moves to another panel; a confirmation fades after a few seconds. The bar keeps its
place when empty, so a message coming or going never moves the page under the mouse.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

INFO_SECONDS = 6
#: Lines of text the bar shows; a longer message is cut there, whole in the tooltip.
MAX_LINES = 2


class MessageLevel(StrEnum):
    """ERROR is drawn red; INFO (a confirmation) green, never like an error."""

    ERROR = "error"
    INFO = "info"


class MessageBar(QFrame):
    """One message at a time, coloured by level, with a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * MAX_LINES + 14)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.setProperty("level", MessageLevel.INFO.value)
        self.hide()

    @property
    def text(self) -> str:
        """The message shown, or "" when the bar is hidden."""
        return self._label.text()

    @property
    def level(self) -> MessageLevel:
        return MessageLevel(self.property("level"))

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self._timer.stop()
        self.setProperty("level", level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._label.setText(text)
        self.setToolTip(text)
        self.show()
        if level is MessageLevel.INFO:
            self._timer.start(INFO_SECONDS * 1000)

    def clear(self) -> None:
        self._timer.stop()
        self._label.clear()
        self.setToolTip("")
        self.hide()
