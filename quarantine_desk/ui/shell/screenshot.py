"""Pictures of the window for documentation and for checking the look without a display."""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QWidget

from quarantine_desk.ui.shell.main_window import MainWindow

LOAD_TIMEOUT_SECONDS = 10.0
MIN_SIZE = QSize(640, 480)


class ScreenshotFailed(Exception):
    """The picture could not be made; the message says why in one line."""


def parse_size(text: str) -> QSize:
    """``"1366x768"`` as a size; raises :class:`ScreenshotFailed` for anything else."""
    match = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if match is None:
        raise ScreenshotFailed(
            QCoreApplication.translate(
                "screenshot", "size '{text}' is not WIDTHxHEIGHT in pixels, e.g. 1366x768"
            ).format(text=text)
        )
    size = QSize(int(match.group(1)), int(match.group(2)))
    if size.width() < MIN_SIZE.width() or size.height() < MIN_SIZE.height():
        raise ScreenshotFailed(
            QCoreApplication.translate(
                "screenshot", "size '{text}' is smaller than {w}x{h}"
            ).format(text=text, w=MIN_SIZE.width(), h=MIN_SIZE.height())
        )
    return size


def settle(milliseconds: int = 200) -> None:
    """Run the event loop for a moment so queued work (layouts, deferred loads, repaints)
    happens, as it would on screen."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save_widget(widget: QWidget, path: Path) -> None:
    """Render ``widget`` as it is on screen into a PNG file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path), "PNG"):
        raise ScreenshotFailed(
            QCoreApplication.translate("screenshot", "cannot write the picture to {path}")
            .format(path=path)
        )


def save_window(window: MainWindow, key: str, size: QSize, path: Path) -> None:
    """Show ``window`` at ``size`` on panel ``key``, wait until it has loaded, save a PNG."""
    window.resize(size)
    window.show()
    panel = window.show_panel(key)
    if panel is None:
        raise ScreenshotFailed(
            QCoreApplication.translate(
                "screenshot", "{user} may not open the {panel} panel"
            ).format(user=window.actor.username, panel=key)
        )
    deadline = time.monotonic() + LOAD_TIMEOUT_SECONDS
    settle()
    while panel.is_loading():
        if time.monotonic() > deadline:
            raise ScreenshotFailed(
                QCoreApplication.translate(
                    "screenshot", "the {panel} panel was still loading after {s} seconds"
                ).format(panel=key, s=int(LOAD_TIMEOUT_SECONDS))
            )
        settle(50)
    settle()
    save_widget(window, path)


def save_dialog(dialog: QWidget, path: Path) -> None:
    """Show a dialog without waiting for an answer and save it as a PNG."""
    dialog.show()
    settle()
    save_widget(dialog, path)
    dialog.close()
