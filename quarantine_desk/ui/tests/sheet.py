"""The collection sheet from the window: saved where the person chooses, or printed on the
printer picked in the system's print dialog (pages rasterised by PDFium, as the Releases panel
prints its forms)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from quarantine_desk.documents.collection_sheet import write_collection_sheet
from quarantine_desk.services.collection_sheet import collection_sheet_data
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.common.pdf_preview import PdfPages
from quarantine_desk.ui.tests.common import now


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sampling", text)


def file_name(on: date) -> str:
    """The suggested file name: the sheet of which day, readable in a folder listing."""
    return _tr("collection-sheet-{date}.pdf").format(date=on.isoformat())


def write_sheet(context: PanelContext, on: date, path: Path) -> Path:
    """Gather the day's list through the services and write the sheet to ``path``."""
    with context.read() as session:
        data = collection_sheet_data(session, on, now=now())
    return write_collection_sheet(path, data)


def sheet_pages(context: PanelContext, on: date) -> PdfPages:
    """The sheet of ``on`` as it is now, ready to print (the caller closes the pages)."""
    with tempfile.TemporaryDirectory() as folder:
        pdf = write_sheet(context, on, Path(folder) / "sheet.pdf").read_bytes()
    return PdfPages([pdf], [_tr("Collection sheet {date}").format(date=on.isoformat())])


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The printer the person picks in the system's print dialog, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print the collection sheet"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer
