"""Printing the plan: preview, print, save as PDF and open in the system's PDF viewer.

The PDF is the document, written by the ``plan-pdf`` exporter (``exports.registry``, the
same as ``export-plan-pdf``): preview and printing draw its pages (rendered by QtPdf) so
paper matches the file exactly, landscape annex pages included.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from nbhr_desktop.exports import registry
from nbhr_desktop.ui import file_dialogs
from nbhr_desktop.ui.printing import qtpdf_available, show_preview, show_print_dialog
from nbhr_desktop.ui.widgets.elided_label import breakable

# PlanEditor's context, written out so that lupdate files these strings where tr() finds them.
translate = QCoreApplication.translate


def _render(editor, target: Path | None, on_success) -> None:
    """Write the plan's PDF on the worker thread; ``on_success(path, file_name)``."""
    workspace, plan_uuid, draft = editor.context.workspace, editor.plan_uuid, editor.as_draft()

    def work(progress):
        if target is None:  # preview, print, open: a scratch copy under the usual name
            name = registry.default_name("plan-pdf", workspace, plan_uuid=plan_uuid,
                                         as_draft=draft)
            path = Path(tempfile.mkdtemp(prefix="nbhr-")) / name
        else:
            path = target
        written = registry.export("plan-pdf", workspace, path, progress=progress,
                                  plan_uuid=plan_uuid, as_draft=draft)
        return written.path, written.detail.name
    editor.flush_pending()
    editor.context.operations.run(work, on_success=lambda r: on_success(*r), parent=editor,
                                  label=translate("PlanEditor", "Đang tạo PDF kế hoạch"))


def preview(editor) -> None:
    if not qtpdf_available(editor):
        return

    def show(path: Path, _name: str) -> None:
        # Tests and the screenshot mode reach the dialog here.
        editor.preview_dialog = show_preview(
            editor, path, translate("PlanEditor", "Xem trước khi in"), scratch=path.parent)
    _render(editor, None, show)


def print_plan(editor) -> None:
    if not qtpdf_available(editor):
        return

    def show(path: Path, _name: str) -> None:
        editor.print_dialog = show_print_dialog(
            editor, path, translate("PlanEditor", "In kế hoạch"), scratch=path.parent)
    _render(editor, None, show)


def export_pdf(editor) -> None:
    workspace, plan_uuid, draft = editor.context.workspace, editor.plan_uuid, editor.as_draft()

    def name_of(_progress):
        return registry.default_name("plan-pdf", workspace, plan_uuid=plan_uuid, as_draft=draft)

    def ask(name: str) -> None:
        folder = Path.home() / "Documents"
        target = file_dialogs.save_file(
            editor, translate("PlanEditor", "Lưu kế hoạch thành PDF"),
            (folder if folder.is_dir() else Path.home()) / name,
            translate("PlanEditor", "Tệp PDF (*.pdf)"), ".pdf")
        if target is not None:
            _render(editor, target, lambda p, _n: editor.ui.readOnlyLabel.setText(
                translate("PlanEditor", "Đã lưu {0}").format(breakable(p))))
    editor.flush_pending()
    editor.context.operations.run(name_of, on_success=ask, parent=editor, show_progress=False)


def open_pdf(editor) -> None:
    def show(path: Path, _name: str) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                editor, translate("PlanEditor", "Không mở được PDF"),
                translate("PlanEditor", "Máy chưa có trình xem PDF. Tệp đã được tạo tại: {0}")
                .format(path))
    _render(editor, None, show)
