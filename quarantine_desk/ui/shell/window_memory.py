"""Where the window was: size, position, maximised state and the panels' splitters, kept
between runs in a small settings file of this computer's user (not in the site's database:
two desks sharing one database have different screens).

The file is ``window.ini`` in the user config folder, or the file ``$QUARANTINE_DESK_SETTINGS``
names; tests give their own path so they never touch the real one.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

SETTINGS_ENV = "QUARANTINE_DESK_SETTINGS"
#: Below this available screen size the first window opens maximised.
ROOMY = QSize(1440, 900)
#: How much of a roomy screen the first window takes.
FIRST_SHARE = 0.85


def settings_file() -> Path:
    """``$QUARANTINE_DESK_SETTINGS`` when set, else ``window.ini`` in the user config folder."""
    chosen = os.environ.get(SETTINGS_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir("quarantine-desk", appauthor=False)) / "window.ini"


def available_geometry(window: QWidget) -> QRect:
    """The part of the window's screen (else the primary screen) that windows may use."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def is_reachable(frame: QRect) -> bool:
    """Whether the top middle of ``frame`` (where its title bar is) lies on some screen, so
    the person can see and drag the window."""
    point = QPoint(frame.center().x(), frame.top() + 10)
    return any(screen.availableGeometry().contains(point)
               for screen in QGuiApplication.screens())


def fit_to_screen(window: QMainWindow, available: QRect) -> None:
    """The first window: maximised on a screen smaller than :data:`ROOMY`, else most of the
    screen, centred. The normal size is set in both cases, for when it is un-maximised."""
    window.setMinimumSize(window.minimumSize().boundedTo(available.size()))
    size = QSize(round(available.width() * FIRST_SHARE), round(available.height() * FIRST_SHARE))
    size = size.expandedTo(window.minimumSize()).boundedTo(available.size())
    frame = QRect(QPoint(0, 0), size)
    frame.moveCenter(available.center())
    window.setGeometry(frame)
    state = window.windowState() & ~Qt.WindowState.WindowMaximized
    if available.width() < ROOMY.width() or available.height() < ROOMY.height():
        state |= Qt.WindowState.WindowMaximized
    window.setWindowState(state)


class WindowMemory:
    """Reads and writes the window's remembered geometry and splitter states."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow) -> bool:
        """Put ``window`` where it was last closed; False when nothing usable is remembered
        (nothing saved, or the place is off every screen now, e.g. a second monitor gone)."""
        saved = self._settings.value("window/geometry")
        if not isinstance(saved, QByteArray) or saved.isEmpty():
            return False
        if not window.restoreGeometry(saved):
            return False
        return window.isMaximized() or is_reachable(window.frameGeometry())

    def save(self, window: QMainWindow) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.sync()

    def restore_splitters(self, key: str, panel: QWidget) -> None:
        """Give the splitters of panel ``key`` the sizes they had (in the order the panel
        builds them, which is the same each run)."""
        for position, splitter in enumerate(panel.findChildren(QSplitter)):
            state = self._settings.value(f"splitters/{key}/{position}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def save_splitters(self, key: str, panel: QWidget) -> None:
        for position, splitter in enumerate(panel.findChildren(QSplitter)):
            self._settings.setValue(f"splitters/{key}/{position}", splitter.saveState())
        self._settings.sync()
