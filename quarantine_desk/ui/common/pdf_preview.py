"""Showing and printing the PDFs the documents layer writes: handover forms, release lists.

Qt's own PDF module is not part of PySide6-Essentials, so pages are rasterised with PDFium
(``pypdfium2``, a small self-contained wheel): one page at a time for the preview, at the
printer's resolution (capped) for printing. The PDF itself stays what is saved and handed on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
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
    QSizePolicy,
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
#: Room left around a preview page in its window (margins, frame, scroll bar), in pixels.
PAGE_CHROME = QSize(80, 110)
#: The window's title bar and frame, which the screen's available height must also hold.
WINDOW_FRAME = 40
#: Fitted to its screen, the preview stays this much smaller, to show what is behind it.
SCREEN_MARGIN = 24


class Fit(Enum):
    """How a preview page follows the window: across its width, or whole in it."""

    WIDTH = "width"
    PAGE = "page"


def fitted_size(page: QSize, available: QRect) -> QSize:
    """The window for a page of ``page`` pixels at zoom 1: as large as the page needs, never
    larger than the ``available`` screen (its frame included)."""
    width = min(page.width() + PAGE_CHROME.width(), available.width() - SCREEN_MARGIN)
    height = min(page.height() + PAGE_CHROME.height(),
                 available.height() - WINDOW_FRAME - SCREEN_MARGIN)
    return QSize(width, height)


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
    """One page at a time, fitted to the window's width (or whole); PgUp/PgDn turn pages and
    the buttons given as ``actions`` (label, callback) save or print what is shown.

    It opens as large as its screen allows and centred on it, never taller than the screen:
    a page at the width of a small preview is too small to check a name on."""

    def __init__(self, title: str, pages: PdfPages,
                 actions: Sequence[tuple[str, Callable[[], None]]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pages = pages
        self.page = 0
        self._zoom = 1.0
        self._fit: Fit | None = Fit.WIDTH  # None: the zoom chosen with + and −

        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.position = QLabel(self)
        # A long document label is cut (whole in the tooltip) rather than widen the window.
        self.position.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        whole = QPushButton(self.tr("Whole page"), self)
        whole.setToolTip(self.tr("Show the whole page in the window (Ctrl+9)"))
        whole.clicked.connect(self.fit_page)
        for sequence, slot in (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.show_page(self.page - 1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.show_page(self.page + 1)),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (QKeySequence("Ctrl+0"), self.fit_width),
            (QKeySequence("Ctrl+9"), self.fit_page),
        ):
            QShortcut(QKeySequence(sequence), self, slot)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.position, 1)
        for button in (zoom_out, zoom_in, fit, whole):
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
        self.fit_to_screen()
        self.show_page(0)

    def fit_to_screen(self) -> None:
        """Size the window to the first page at its natural size, within the available area
        of the screen it opens on (the parent's), and centre it there."""
        screen = (self.parentWidget().screen() if self.parentWidget() is not None
                  else QGuiApplication.primaryScreen())
        available = screen.availableGeometry()
        self.resize(fitted_size(self._page_pixels(), available))
        self.move(available.left() + max((available.width() - self.width()) // 2, 0),
                  available.top() + max((available.height() - self.height() - WINDOW_FRAME)
                                        // 2, 0))
        self.layout().activate()  # the page is fitted to the scroll area's size from now on

    def show_page(self, page: int) -> None:
        """Show page ``page`` (from 0); out-of-range requests stay on the current page."""
        if not 0 <= page < len(self.pages):
            return
        self.page = page
        self.position.setText(self.tr("Page {page} of {count} — {label}").format(
            page=page + 1, count=len(self.pages), label=self.pages.label(page)))
        self.position.setToolTip(self.position.text())
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < len(self.pages) - 1)
        self._render()

    def zoom_by(self, factor: float) -> None:
        self._zoom = max(0.25, min(4.0, self._current_zoom() * factor))
        self._fit = None
        self._render()

    def fit_width(self) -> None:
        self._fit = Fit.WIDTH
        self._render()

    def fit_page(self) -> None:
        self._fit = Fit.PAGE
        self._render()

    @property
    def fit(self) -> Fit | None:
        return self._fit

    def _page_pixels(self) -> QSize:
        """The current page's size at zoom 1, in pixels."""
        if not len(self.pages):
            return QSize(1, 1)
        width, height = self.pages.size_points(self.page)
        scale = SCREEN_DPI / POINTS_PER_INCH
        return QSize(round(width * scale), round(height * scale))

    def _current_zoom(self) -> float:
        """The zoom chosen, or the one that fits the page to the scroll area (its size without
        scroll bars; fitting the width leaves room for the vertical one)."""
        if self._fit is None:
            return self._zoom
        page = self._page_pixels()
        room = self.scroll.maximumViewportSize()
        width = room.width() - 16
        if self._fit is Fit.WIDTH:
            width -= self.scroll.verticalScrollBar().sizeHint().width()
            return max(width, 200) / page.width()
        return max(min(width / page.width(), (room.height() - 16) / page.height()), 0.1)

    def _render(self) -> None:
        if not len(self.pages):  # closed
            return
        ratio = self.devicePixelRatioF()
        image = self.pages.render(self.page, SCREEN_DPI * self._current_zoom() * ratio)
        image.setDevicePixelRatio(ratio)
        self.image.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._fit is not None:
            self._render()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.pages.close()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)
