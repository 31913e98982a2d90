"""The paper side of release day, for the Releases panel: handover forms and the release list,
previewed, printed or saved where the person chooses. Reading goes through the paperwork
gatherers, writing through the documents layer; this module only picks files and printers and
says what happened in the message bar."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from quarantine_desk.documents.handover import (
    render_handover,
    write_handover_folder,
)
from quarantine_desk.documents.handover_batch import write_handover_batch
from quarantine_desk.documents.release_list import write_release_list_pdf, write_release_list_xlsx
from quarantine_desk.domain.paper_records import HandoverData
from quarantine_desk.services import paperwork
from quarantine_desk.ui.common.busy import wait_cursor
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.common.pdf_preview import PdfPages, PdfPreviewDialog, print_pages


class ReleaseDocuments(QObject):
    """Preview, print and save the forms and lists of one panel; remembers the last folder."""

    def __init__(self, widget: QWidget, context: PanelContext,
                 clock: Callable[[], datetime]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._context = context
        self._clock = clock
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    # -- handover forms ---------------------------------------------------------------------

    def forms(self, stay_ids: Sequence[int]) -> list[HandoverData]:
        """The forms of ``stay_ids`` (drafts for stays not released yet), in that order."""
        with self._context.read() as session:
            return paperwork.handover_data_many(session, stay_ids, self._clock())

    def _drafts_note(self, forms: Sequence[HandoverData], drafts: bool) -> str:
        if not drafts:
            return ""
        return " " + self.tr("Not released yet, so marked as drafts without a serial "
                             "number: {names}.").format(
                                 names=", ".join(f.person.full_name for f in forms))

    @staticmethod
    def _form_pages(forms: Sequence[HandoverData]) -> PdfPages:
        return PdfPages([render_handover(f) for f in forms],
                        [f"{f.person.full_name} · {f.serial}" for f in forms])

    def preview_forms(self, forms: Sequence[HandoverData], on: date,
                      drafts: bool) -> PdfPreviewDialog:
        actions = [(self.tr("Print…"), lambda: self.print_forms(forms)),
                   (self.tr("Save as PDF…"), lambda: self.save_forms_combined(forms, on, drafts))]
        return self._open(PdfPreviewDialog(
            self.tr("Handover forms ({n})").format(n=len(forms)), self._form_pages(forms),
            actions, self._widget))

    def print_forms(self, forms: Sequence[HandoverData]) -> None:
        self._print(self._form_pages(forms))

    def save_forms_folder(self, forms: Sequence[HandoverData], drafts: bool) -> list[Path]:
        """One PDF per person, named by serial and name, into a folder the person picks."""
        folder = QFileDialog.getExistingDirectory(
            self._widget, self.tr("Folder for the handover forms"), self._folder)
        if not folder:
            return []
        self._folder = folder
        try:
            with wait_cursor():
                written = write_handover_folder(folder, forms)
        except (OSError, ValueError) as error:
            self._cannot_write(folder, error)
            return []
        self._context.report(self.tr("Saved {n} handover form(s) in {folder}.").format(
            n=len(written), folder=folder) + self._drafts_note(forms, drafts),
            MessageLevel.INFO)
        return written

    def save_forms_combined(self, forms: Sequence[HandoverData], on: date,
                            drafts: bool) -> Path | None:
        """Every form in one PDF, one page each, in a file the person picks."""
        name = self.tr("handover-forms-{date}.pdf").format(date=on.isoformat())
        path = self._ask_file(self.tr("Save the handover forms"), name,
                              self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return None
        try:
            with wait_cursor():
                write_handover_batch(path, forms)
        except OSError as error:
            self._cannot_write(str(path), error)
            return None
        self._context.report(self.tr("Saved {n} handover form(s) to {path}.").format(
            n=len(forms), path=path) + self._drafts_note(forms, drafts), MessageLevel.INFO)
        return path

    # -- release list -----------------------------------------------------------------------

    def _list_pages(self, on: date) -> PdfPages:
        with self._context.read() as session:
            data = paperwork.release_list_data(session, on, self._clock())
        with tempfile.TemporaryDirectory() as folder:
            pdf = write_release_list_pdf(Path(folder) / "release-list.pdf", data).read_bytes()
        return PdfPages([pdf], [self.tr("Release list {date}").format(date=on.isoformat())])

    def preview_list(self, on: date) -> PdfPreviewDialog:
        actions = [(self.tr("Print…"), lambda: self.print_list(on)),
                   (self.tr("Save as PDF…"), lambda: self.save_list(on, ".pdf"))]
        return self._open(PdfPreviewDialog(
            self.tr("Release list {date}").format(date=on.isoformat()), self._list_pages(on),
            actions, self._widget))

    def print_list(self, on: date) -> None:
        self._print(self._list_pages(on))

    def save_list(self, on: date, suffix: str) -> Path | None:
        """The release list of ``on`` as a signed PDF (``.pdf``) or a spreadsheet (``.xlsx``)."""
        file_filter = (self.tr("PDF files (*.pdf)") if suffix == ".pdf"
                       else self.tr("Excel workbooks (*.xlsx)"))
        path = self._ask_file(self.tr("Save the release list"),
                              self.tr("release-list-{date}").format(date=on.isoformat()) + suffix,
                              file_filter, suffix)
        if path is None:
            return None
        with self._context.read() as session:
            data = paperwork.release_list_data(session, on, self._clock())
        writer = write_release_list_pdf if suffix == ".pdf" else write_release_list_xlsx
        try:
            writer(path, data)
        except OSError as error:
            self._cannot_write(str(path), error)
            return None
        self._context.report(self.tr("Release list of {date} saved to {path}.").format(
            date=on.isoformat(), path=path), MessageLevel.INFO)
        return path

    # -- files and printers -----------------------------------------------------------------

    def _open(self, dialog: PdfPreviewDialog) -> PdfPreviewDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ask_file(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self._widget, title,
                                                str(Path(self._folder) / name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._folder = str(path.parent)
        return path

    def _cannot_write(self, where: str, error: Exception) -> None:
        self._context.report(self.tr("Could not write {path}: {error}. Choose another folder "
                                     "or close the file where it is open.").format(
                                         path=where, error=error), MessageLevel.ERROR)

    def choose_printer(self) -> QPrinter | None:
        """The printer the person picks in the system's print dialog, or None."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def _print(self, pages: PdfPages) -> None:
        try:
            printer = self.choose_printer()
            if printer is None:
                return
            try:
                print_pages(pages, printer)
            except OSError as error:
                self._context.report(self.tr("The printer {printer} did not accept the job: "
                                             "check that it is on and try again.").format(
                                                 printer=error), MessageLevel.ERROR)
                return
            self._context.report(self.tr("Sent {n} page(s) to the printer.").format(
                n=len(pages)), MessageLevel.INFO)
        finally:
            pages.close()
