"""The one place the window's colours, sizes and stylesheet are defined.

A light, calm theme for long shifts: soft backgrounds, one accent colour, strong colour kept for
what needs attention (fever, positive results). Panels take their colours from here, never from
literals of their own, so the room board, badges and charts agree with each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from quarantine_desk import RESOURCES_DIR
from quarantine_desk.domain.enums import RoomState

# Base of the window.
WINDOW = "#f3f5f7"
SURFACE = "#ffffff"
SIDEBAR = "#e9edf1"
BORDER = "#d5dbe1"
TEXT = "#1f2a35"
MUTED_TEXT = "#5f6c7a"
ACCENT = "#1f6aa5"
ACCENT_HOVER = "#185a8d"
ACCENT_SOFT = "#dbe8f4"
SELECTION = "#cfe1f2"
FOCUS = "#4a90d9"

# Messages to the user.
ERROR = "#b3261e"
ERROR_SOFT = "#fbe9e7"
WARNING = "#9a6700"
WARNING_SOFT = "#fff4d6"
SUCCESS = "#2e7d32"
SUCCESS_SOFT = "#e6f4e7"

# What needs attention on a tile, in a table or on a chart.
FEVER = "#d32f2f"
POSITIVE = "#8e24aa"
KEY_PERSON = "#e07b00"
DUE_FOR_RELEASE = "#2e7d32"
MISSING = "#f9e3b4"

#: Point sizes: body text sits at 10.5 pt, readable all night without being large.
FONT_POINT_SIZE = 10.5
TITLE_POINT_SIZE = 16
SUBTITLE_POINT_SIZE = 12
SMALL_POINT_SIZE = 9.5

#: Spacing in pixels, used for layout margins so every panel breathes the same way.
SPACING = 8
MARGIN = 16


@dataclass(frozen=True)
class StateColors:
    """How a room in one state is drawn: tile fill, tile edge and text on the tile."""

    fill: str
    edge: str
    text: str


ROOM_STATES: dict[RoomState, StateColors] = {
    RoomState.AVAILABLE: StateColors(fill="#e5f4ea", edge="#3d9a5f", text="#1d5533"),
    RoomState.RESERVED: StateColors(fill="#fff4d6", edge="#c99a06", text="#5e4700"),
    RoomState.OCCUPIED: StateColors(fill="#e4edf8", edge="#3b71b5", text="#1b3c63"),
    RoomState.AWAITING_DISINFECTION: StateColors(fill="#dff3f2", edge="#25928f",
                                                 text="#145653"),
    RoomState.OUT_OF_SERVICE: StateColors(fill="#eceff1", edge="#8d9ba5", text="#44525c"),
}


def qcolor(value: str) -> QColor:
    """A ``QColor`` for one of the colours above."""
    return QColor(value)


def room_colors(state: RoomState | str) -> StateColors:
    """The colours of a room state, given as the enum or its stored code."""
    return ROOM_STATES[RoomState(state)]


def mark(widget: QWidget, kind: str) -> None:
    """Give ``widget`` one of the stylesheet's kinds and re-apply its style.

    Kinds: ``title``, ``subtitle``, ``section`` (a heading inside a form), ``muted``,
    ``error``, ``success``, ``primary`` (buttons), ``card`` (frames drawn as a white surface).
    """
    widget.setProperty("kind", kind)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def fit_to_width(widget: QWidget, width: int) -> None:
    """Size a top-level ``widget`` to ``width`` and the height its content needs there.

    Qt sizes a new window from its size hint, which under-counts word-wrapped labels and
    squeezes the fields; resizing from the layout's height-for-width keeps everything whole.
    """
    layout = widget.layout()
    width = max(width, widget.minimumWidth())
    height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    widget.resize(width, max(height, widget.sizeHint().height()))


#: The arrows of combo boxes, date fields and spin boxes (file paths: Qt style sheets take no
#: Python resources).
DOWN_ARROW = (RESOURCES_DIR / "icons" / "down-arrow.svg").as_posix()
UP_ARROW = (RESOURCES_DIR / "icons" / "up-arrow.svg").as_posix()

STYLESHEET = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog {{ background: {WINDOW}; }}
QToolTip {{ background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER}; padding: 4px; }}

QLabel[kind="title"] {{ font-size: {TITLE_POINT_SIZE}pt; font-weight: bold; }}
QLabel[kind="subtitle"] {{ font-size: {SUBTITLE_POINT_SIZE}pt; font-weight: bold; }}
QLabel[kind="section"] {{ color: {ACCENT}; font-weight: bold; padding-top: 10px; }}
QLabel[kind="muted"] {{ color: {MUTED_TEXT}; }}
QLabel[kind="error"] {{ color: {ERROR}; }}
QLabel[kind="success"] {{ color: {SUCCESS}; }}
QFrame[kind="card"] {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
}}
QFrame[kind="card"] QLabel {{ background: transparent; }}

QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit, QDateTimeEdit,
QComboBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px;
    padding: 5px 7px; selection-background-color: {SELECTION}; selection-color: {TEXT};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QDateTimeEdit:focus, QComboBox:focus {{
    border: 1px solid {FOCUS};
}}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled, QDoubleSpinBox:disabled,
QDateEdit:disabled, QDateTimeEdit:disabled {{ background: {WINDOW}; color: {MUTED_TEXT}; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none;
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{
    image: url("{DOWN_ARROW}"); width: 10px; height: 6px;
}}
QSpinBox::up-button, QDoubleSpinBox::up-button,
QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-origin: border; width: 18px; border: none; background: transparent;
}}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{
    image: url("{UP_ARROW}"); width: 10px; height: 6px;
}}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{
    image: url("{DOWN_ARROW}"); width: 10px; height: 6px;
}}

QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px;
    padding: 6px 16px; min-height: 20px;
}}
QPushButton:hover {{ background: {ACCENT_SOFT}; }}
QPushButton:focus {{ border: 1px solid {FOCUS}; }}
QPushButton:disabled {{ color: {MUTED_TEXT}; background: {WINDOW}; }}
QPushButton[kind="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: bold;
}}
QPushButton[kind="primary"]:hover {{ background: {ACCENT_HOVER}; }}
QPushButton[kind="primary"]:focus {{ border: 2px solid {ACCENT_HOVER}; }}
QPushButton[kind="primary"]:disabled {{
    background: {ACCENT_SOFT}; color: {MUTED_TEXT}; border: 1px solid {BORDER};
    font-weight: normal;
}}

QGroupBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px;
    margin-top: 14px; padding: 10px 8px 8px 8px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {MUTED_TEXT};
    font-weight: bold;
}}

QTableView, QTreeView, QListView {{
    background: {SURFACE}; border: 1px solid {BORDER}; gridline-color: {BORDER};
    selection-background-color: {SELECTION}; selection-color: {TEXT};
    alternate-background-color: #f7f9fb;
}}
QHeaderView::section {{
    background: {SIDEBAR}; color: {TEXT}; border: none; border-right: 1px solid {BORDER};
    border-bottom: 1px solid {BORDER}; padding: 5px 8px; font-weight: bold;
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{
    background: {SIDEBAR}; border: 1px solid {BORDER}; padding: 6px 14px; margin-right: 2px;
    border-top-left-radius: 4px; border-top-right-radius: 4px;
}}
QTabBar::tab:selected {{ background: {SURFACE}; border-bottom-color: {SURFACE}; }}

QFrame#sidebar {{ background: {SIDEBAR}; border-right: 1px solid {BORDER}; }}
QFrame#sidebar QLabel {{ background: transparent; }}
QListWidget#navigation {{
    background: transparent; border: none; outline: none;
}}
QListWidget#navigation::item {{
    padding: 9px 12px; margin: 1px 8px; border-radius: 6px; color: {TEXT};
}}
QListWidget#navigation::item:hover {{ background: #dde4ea; }}
QListWidget#navigation::item:selected {{
    background: {SURFACE}; color: {ACCENT}; font-weight: bold;
    border-left: 3px solid {ACCENT};
}}

QFrame#pageHeader {{ background: {WINDOW}; border-bottom: 1px solid {BORDER}; }}
QFrame#messageBar[level="error"] {{
    background: {ERROR_SOFT}; border: 1px solid {ERROR}; border-radius: 6px;
}}
QFrame#messageBar[level="info"] {{
    background: {SUCCESS_SOFT}; border: 1px solid {SUCCESS}; border-radius: 6px;
}}
QFrame#messageBar QLabel {{ background: transparent; }}
QFrame#messageBar QToolButton {{ border: none; background: transparent; padding: 2px 6px; }}

QWidget#lockOverlay {{ background: {WINDOW}; }}

QStatusBar {{ background: {SIDEBAR}; border-top: 1px solid {BORDER}; color: {MUTED_TEXT}; }}
QStatusBar QLabel {{ color: {MUTED_TEXT}; padding: 0 10px; }}
QStatusBar::item {{ border: none; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion style with the palette and stylesheet above, on every platform alike."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, qcolor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, qcolor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, qcolor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, qcolor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Text, qcolor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, qcolor(SURFACE))
    palette.setColor(QPalette.ColorRole.ButtonText, qcolor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, qcolor(SELECTION))
    palette.setColor(QPalette.ColorRole.HighlightedText, qcolor(TEXT))
    palette.setColor(QPalette.ColorRole.ToolTipBase, qcolor(SURFACE))
    palette.setColor(QPalette.ColorRole.ToolTipText, qcolor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, qcolor(MUTED_TEXT))
    palette.setColor(QPalette.ColorRole.Link, qcolor(ACCENT))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
