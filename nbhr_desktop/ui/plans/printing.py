"""Printing the plan: preview, print, save as PDF and open in the system's PDF viewer.

The PDF is the document (``documents.plan_pdf``): preview and printing draw its pages
(rendered by QtPdf) so paper matches the file exactly, landscape annex pages included.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nbhr_desktop.core.plans import service
from nbhr_desktop.documents.plan_pdf import default_file_name, write_plan_pdf

try:  # QtPdf ships with PySide6 Addons; without it preview and printing say so.
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = None

RENDER_DPI = 200


def _render(editor, target: Path | None, on_success) -> None:
    """Write the plan's PDF on the worker thread; ``on_success(path, file_name)``."""
    db, plan_uuid, draft = editor.context.workspace.db, editor.plan_uuid, editor.as_draft()

    def work(_progress):
        with db.session() as session:
            plan = service.get_plan(session, plan_uuid)
            name = default_file_name(session, plan, as_draft=draft)
            path = target or Path(tempfile.mkdtemp(prefix="nbhr-")) / name
            write_plan_pdf(session, plan, str(path), as_draft=draft)
        return path, name
    editor.flush_pending()
    editor.context.operations.run(work, on_success=lambda r: on_success(*r), parent=editor,
                                  label=editor.tr("Đang tạo PDF kế hoạch"))


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


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setFullPage(True)  # the PDF carries the Decree 30 margins itself
    printer.setPageSize(QPageSize(QPageSize.A4))
    return printer


def _need_qtpdf(editor) -> bool:
    if QPdfDocument is None:
        QMessageBox.information(editor, editor.tr("Không xem trước được"), editor.tr(
            "Máy chưa có thành phần QtPdf. Hãy dùng \"Mở PDF\" để in từ trình xem PDF."))
        return False
    return True


def preview(editor) -> None:
    if not _need_qtpdf(editor):
        return

    def show(path: Path, _name: str) -> None:
        dialog = QPrintPreviewDialog(_printer(), editor)
        dialog.setWindowTitle(editor.tr("Xem trước khi in"))
        dialog.paintRequested.connect(lambda printer: paint_pdf(path, printer))
        editor.preview_dialog = dialog  # tests and screenshots reach it here
        dialog.open()
    _render(editor, None, show)


def print_plan(editor) -> None:
    if not _need_qtpdf(editor):
        return

    def show(path: Path, _name: str) -> None:
        printer = _printer()
        dialog = QPrintDialog(printer, editor)
        if dialog.exec() == QPrintDialog.Accepted:
            paint_pdf(path, printer)
    _render(editor, None, show)


def export_pdf(editor) -> None:
    db, plan_uuid, draft = editor.context.workspace.db, editor.plan_uuid, editor.as_draft()

    def name_of(_progress):
        with db.session() as session:
            return default_file_name(session, service.get_plan(session, plan_uuid),
                                     as_draft=draft)

    def ask(name: str) -> None:
        folder = Path.home() / "Documents"
        chosen, _filter = QFileDialog.getSaveFileName(
            editor, editor.tr("Lưu kế hoạch thành PDF"),
            str((folder if folder.is_dir() else Path.home()) / name),
            editor.tr("Tệp PDF (*.pdf)"))
        if chosen:
            target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
            _render(editor, target, lambda p, _n: editor.ui.readOnlyLabel.setText(
                editor.tr("Đã lưu {0}").format(p)))
    editor.flush_pending()
    editor.context.operations.run(name_of, on_success=ask, parent=editor, show_progress=False)


def open_pdf(editor) -> None:
    def show(path: Path, _name: str) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(editor, editor.tr("Không mở được PDF"), editor.tr(
                "Máy chưa có trình xem PDF. Tệp đã được tạo tại: {0}").format(path))
    _render(editor, None, show)
