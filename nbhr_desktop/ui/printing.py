"""Printing a finished PDF document (plan, report): preview, print dialog, paper.

The PDF is the document: preview and printing draw its pages (rendered by QtPdf) so paper
matches the file exactly, landscape annex pages included.

Qt's print dialogs keep only a pointer to the ``QPrinter`` they are given. A printer made
for the call and dropped by Python is freed while the dialog still paints with it (the
preview crashed in libQt6PrintSupport that way), so each dialog below owns its printer and
the temporary folder holding the PDF for as long as it exists.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from nbhr_desktop.ui.widgets.sizing import fit_to_screen

try:  # QtPdf ships with PySide6 Addons; without it preview and printing say so.
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = None

RENDER_DPI = 200


def make_printer() -> QPrinter:
    """A4 at the printer's full resolution; the PDF carries the Decree 30 margins itself."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.A4))
    return printer


def paint_pdf(path: Path, printer: QPrinter) -> int:
    """Draw every page of the PDF on A4 sheets; landscape pages are turned to fit."""
    document = QPdfDocument(None)
    document.load(str(path))
    painter = QPainter()
    count = document.pageCount()
    for index in range(count):
        if index == 0:
            if not painter.begin(printer):
                return 0
        else:
            printer.newPage()
        points = document.pagePointSize(index)
        pixels = QSize(int(points.width() / 72 * RENDER_DPI),
                       int(points.height() / 72 * RENDER_DPI))
        image = document.render(index, pixels)
        sheet = printer.pageLayout().fullRectPixels(printer.resolution())
        painter.save()
        box = QSizeF(sheet.size())
        if points.width() > points.height():
            # A landscape annex page lies turned on the A4 sheet, as a printer prints it.
            painter.translate(sheet.width(), 0)
            painter.rotate(90)
            box = box.transposed()
        size = QSizeF(image.size()).scaled(box, Qt.KeepAspectRatio)
        painter.drawImage(QRectF(QPointF(0, 0), size), image)
        painter.restore()
    if count:
        painter.end()
    document.close()
    return count


def qtpdf_available(parent: QWidget) -> bool:
    if QPdfDocument is None:
        QMessageBox.information(
            parent, QCoreApplication.translate("Printing", "Không xem trước được"),
            QCoreApplication.translate("Printing", "Máy chưa có thành phần QtPdf. Hãy dùng "
                                       "\"Mở PDF\" để in từ trình xem PDF."))
        return False
    return True


class _OwnsDocument:
    """Keeps the printer and the PDF's temporary folder as long as the dialog lives."""

    def _keep(self, printer: QPrinter, pdf: Path, scratch: Path | None) -> None:
        self.printer_kept = printer
        self.pdf = pdf
        self._scratch = scratch
        self.pages_painted = 0
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.destroyed.connect(lambda *_: _remove(scratch))

    def paint(self, printer: QPrinter) -> None:
        self.pages_painted = paint_pdf(self.pdf, printer)


def _remove(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


class PreviewDialog(_OwnsDocument, QPrintPreviewDialog):
    def __init__(self, pdf: Path, title: str, parent: QWidget, *, scratch: Path | None = None,
                 printer: QPrinter | None = None):
        printer = printer or make_printer()
        QPrintPreviewDialog.__init__(self, printer, parent)
        self._keep(printer, pdf, scratch)
        self.setWindowTitle(title)
        self.paintRequested.connect(self.paint)
        fit_to_screen(self, QSize(1000, 1100))

    def preview_widget(self) -> QPrintPreviewWidget:
        return self.findChild(QPrintPreviewWidget)


class PrintDialog(_OwnsDocument, QPrintDialog):
    def __init__(self, pdf: Path, title: str, parent: QWidget, *, scratch: Path | None = None,
                 printer: QPrinter | None = None):
        printer = printer or make_printer()
        if printer.outputFormat() == QPrinter.PdfFormat and not printer.outputFileName():
            # No printer on this machine: "In ra tệp (PDF)" offers the document's own name
            # in Documents, not Qt's "print.pdf" in the home folder.
            folder = Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
                          or Path.home())
            printer.setOutputFileName(str(folder / pdf.name))
        QPrintDialog.__init__(self, printer, parent)
        self._keep(printer, pdf, scratch)
        self.setWindowTitle(title)
        self.setMinMax(1, 9999)
        # ``finished``: QPrintDialog's own ``accepted`` carries the printer and open() here
        # is QDialog's, as the PySide binding of QPrintDialog only offers open(receiver, slot).
        self.finished.connect(lambda result: result == QDialog.Accepted
                              and self.paint(self.printer_kept))

    def open(self) -> None:
        QDialog.open(self)


def show_preview(parent: QWidget, pdf: Path, title: str, *,
                 scratch: Path | None = None) -> PreviewDialog:
    dialog = PreviewDialog(pdf, title, parent, scratch=scratch)
    dialog.open()
    return dialog


def show_print_dialog(parent: QWidget, pdf: Path, title: str, *,
                      scratch: Path | None = None) -> PrintDialog:
    dialog = PrintDialog(pdf, title, parent, scratch=scratch)
    dialog.open()
    return dialog
