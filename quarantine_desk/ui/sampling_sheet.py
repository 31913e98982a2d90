"""The collection sheet from the window: saved where the person chooses, or handed to the
system's PDF viewer to print (Qt's PDF module is not part of PySide6-Essentials, so the viewer
does the printing and the printer choice)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from quarantine_desk.documents.collection_sheet import (
    collection_sheet_data,
    write_collection_sheet,
)
from quarantine_desk.ui.panels.base import PanelContext
from quarantine_desk.ui.sampling_common import now


def file_name(on: date) -> str:
    """The suggested file name: the sheet of which day, readable in a folder listing."""
    return QCoreApplication.translate("Sampling", "collection-sheet-{date}.pdf").format(
        date=on.isoformat())


def write_sheet(context: PanelContext, on: date, path: Path) -> Path:
    """Gather the day's list through the services and write the sheet to ``path``."""
    with context.read() as session:
        data = collection_sheet_data(session, on, now=now())
    return write_collection_sheet(path, data)


def print_folder() -> Path:
    """Where sheets handed to the viewer are kept: the temporary folder, one file per day."""
    folder = Path(tempfile.gettempdir()) / "quarantine-desk"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_in_viewer(path: Path) -> bool:
    """Open ``path`` in the system's PDF viewer; False when the system has none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
