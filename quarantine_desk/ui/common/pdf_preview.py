"""Showing and printing the PDFs the documents layer writes: handover forms, release lists.

Qt's own PDF module is not part of PySide6-Essentials, so pages are rasterised with PDFium
(``pypdfium2``, a small self-contained wheel): one page at a time for the preview, at the
printer's resolution (capped) for printing. The PDF itself stays what is saved and handed on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.ui.common import theme

POINTS_PER_INCH = 72.0
#: Printing above this resolution only makes the job larger, not the forms sharper.
MAX_PRINT_DPI = 300
#: Rendering resolution of a preview page at zoom 1 ("fit width" overrides it).
SCREEN_DPI = 96
ZOOM_STEP = 1.25


class PdfPages:
    """The pages of one or more PDF documents in a row, each page labelled by its document."""

    def __init__(self, documents: Sequence[bytes], labels: Sequence[str]) -> None:
        if len(documents) != len(labels):
            raise ValueError("one label per document")
        self._documents = [pdfium.PdfDocument(data) for data in documents]
        self._index: list[tuple[int, int]] = [
            (number, page) for number, document in enumerate(self._documents)
            for page in range(len(document))
        ]
        self._labels = list(labels)

    def __len__(self) -> int:
        return len(self._index)

    def label(self, page: int) -> str:
        return self._labels[self._index[page][0]]

    def size_points(self, page: int) -> tuple[float, float]:
        number, index = self._index[page]
        pdf_page = self._documents[number][index]
        try:
            width, height = pdf_page.get_size()
        finally:
            pdf_page.close()
        return width, height

    def render(self, page: int, dpi: float) -> QImage:
        """Page ``page`` (from 0) as an image at ``dpi`` dots per inch, white background."""
        number, index = self._index[page]
        pdf_page = self._documents[number][index]
        try:
            bitmap = pdf_page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,
                                     prefer_bgrx=True)
            try:
                image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height,
                               bitmap.stride, QImage.Format.Format_RGBX8888).copy()
            finally:
                bitmap.close()
        finally:
            pdf_page.close()
        return image

    def close(self) -> None:
        for document in self._documents:
            document.close()
        self._documents = []
        self._index = []


def print_pages(pages: PdfPages, printer: QPrinter) -> None:
    """Print every page onto ``printer``, each scaled to fit the printable area, centred."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(printer.outputFileName() or printer.printerName())
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for page in range(len(pages)):
            if page:
                printer.newPage()
            image = pages.render(page, dpi)
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            area.moveTo(0, 0)
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(area.left() + (area.width() - width) / 2,
                            area.top() + (area.height() - height) / 2, width, height)
            painter.drawImage(target, image)
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """One page at a time, fitted to the window's width; PgUp/PgDn turn pages and the buttons
    given as ``actions`` (label, callback) save or print what is shown."""

    def __init__(self, title: str, pages: PdfPages,
                 actions: Sequence[tuple[str, Callable[[], None]]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pages = pages
        self.page = 0
        self._zoom: float | None = None  # None: fit the width

        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.position = QLabel(self)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        zoom_out = QPushButton("−", self)
        zoom_out.setToolTip(self.tr("Smaller (Ctrl+-)"))
        zoom_out.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        zoom_in = QPushButton("+", self)
        zoom_in.setToolTip(self.tr("Larger (Ctrl++)"))
        zoom_in.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        fit = QPushButton(self.tr("Fit width"), self)
        fit.setToolTip(self.tr("Fit the page to the window's width (Ctrl+0)"))
        fit.clicked.connect(self.fit_width)
        for sequence, slot in (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.show_page(self.page - 1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.show_page(self.page + 1)),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (QKeySequence("Ctrl+0"), self.fit_width),
        ):
            QShortcut(QKeySequence(sequence), self, slot)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.position, 1)
        for button in (zoom_out, zoom_in, fit):
            bar.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for label, callback in actions:
            button = QPushButton(label, self)
            button.clicked.connect(callback)
            bottom.addWidget(button)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(theme.SPACING)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self.resize(900, 1000)
        self.show_page(0)

    def show_page(self, page: int) -> None:
        """Show page ``page`` (from 0); out-of-range requests stay on the current page."""
        if not 0 <= page < len(self.pages):
            return
        self.page = page
        self.position.setText(self.tr("Page {page} of {count} — {label}").format(
            page=page + 1, count=len(self.pages), label=self.pages.label(page)))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < len(self.pages) - 1)
        self._render()

    def zoom_by(self, factor: float) -> None:
        self._zoom = max(0.25, min(4.0, self._current_zoom() * factor))
        self._render()

    def fit_width(self) -> None:
        self._zoom = None
        self._render()

    def _current_zoom(self) -> float:
        if self._zoom is not None:
            return self._zoom
        width_points, _ = self.pages.size_points(self.page)
        available = max(self.scroll.viewport().width() - 24, 200)
        return available / (width_points / POINTS_PER_INCH * SCREEN_DPI)

    def _render(self) -> None:
        if not len(self.pages):  # closed
            return
        ratio = self.devicePixelRatioF()
        image = self.pages.render(self.page, SCREEN_DPI * self._current_zoom() * ratio)
        image.setDevicePixelRatio(ratio)
        self.image.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._zoom is None:
            self._render()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.pages.close()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)
