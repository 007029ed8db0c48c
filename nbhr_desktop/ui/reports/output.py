"""The report on paper and in files: print preview, printing, PDF and workbook exports.

Exports ask for a file name (the usual one, in the folder used last), ask before replacing
a file, and end with the file's name and folder on screen, its path on the clipboard
(ready to attach to an e-mail) and a "Mở thư mục" button. The file appears only once it is
complete: it is written in a scratch folder beside the target and then moved in place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nbhr_desktop.base.errors import UserError, os_reason
from nbhr_desktop.core.reports.periods import report_file_name
from nbhr_desktop.core.settings import SettingsStore
from nbhr_desktop.exports.report_files import export_report_file
from nbhr_desktop.ui import file_dialogs
from nbhr_desktop.ui.printing import qtpdf_available, show_preview, show_print_dialog

CTX = "ReportsScreen"
FILTERS = {"pdf": QT_TRANSLATE_NOOP("ReportsScreen", "Tệp PDF (*.pdf)"),
           "xlsx": QT_TRANSLATE_NOOP("ReportsScreen", "Sổ Excel (*.xlsx)")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _render_pdf(screen, on_success) -> None:
    """The report's PDF in a scratch folder, on the worker thread; ``on_success(path)``."""
    report_id, period, workspace = screen.view.report.id, screen.view.period, \
        screen.context.workspace
    screen.save()  # queued first on the single worker: the PDF shows what was typed

    def work(progress):
        scratch = Path(tempfile.mkdtemp(prefix="nbhr-"))
        return export_report_file(workspace, report_id, period, scratch, "pdf", progress)
    screen.context.operations.run(work, on_success=on_success, parent=screen,
                                  label=_tr("Đang tạo PDF báo cáo…"))


def preview(screen) -> None:
    if screen.view is None or not qtpdf_available(screen):
        return

    def show(path: Path) -> None:
        screen.preview_dialog = show_preview(screen, path, _tr("Xem trước báo cáo"),
                                             scratch=path.parent)
    _render_pdf(screen, show)


def print_report(screen) -> None:
    if screen.view is None or not qtpdf_available(screen):
        return

    def show(path: Path) -> None:
        screen.print_dialog = show_print_dialog(screen, path, _tr("In báo cáo"),
                                                scratch=path.parent)
    _render_pdf(screen, show)


def ask_target(screen, kind: str) -> Path | None:
    """The file to write: the usual name in the folder used last, as the officer decides."""
    store = SettingsStore(screen.context.workspace.location.data_dir)
    settings = store.load()
    folder = Path(settings.last_export_dir or Path.home())
    if not folder.is_dir():
        folder = Path.home()
    name = report_file_name(screen.context.workspace.installation_info().unit_short_name,
                            screen.view.period, f".{kind}")
    title = _tr("Lưu báo cáo PDF") if kind == "pdf" else _tr("Lưu bảng tính Excel")
    target = file_dialogs.save_file(screen, title, folder / name, _tr(FILTERS[kind]), f".{kind}")
    if target is not None:
        settings.last_export_dir = str(target.parent)
        store.save(settings)
    return target


def write_to(workspace, report_id: int, period, target: Path, kind: str, progress) -> Path:
    """Export into a scratch folder beside ``target``, then move the finished file there."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".nbhr-", dir=target.parent))
    except OSError as error:
        raise UserError(_tr("Không ghi được vào thư mục {0}: {1}. Hãy chọn thư mục khác.")
                        .format(target.parent, os_reason(error))) from error
    try:
        made = export_report_file(workspace, report_id, period, scratch, kind, progress)
        try:
            os.replace(made, target)
        except OSError as error:  # open in Excel or a PDF viewer, usually
            raise UserError(_tr("Không thay được tệp {0}: {1}. Nếu tệp đang mở trong chương "
                                "trình khác, hãy đóng lại rồi xuất lần nữa.")
                            .format(target, os_reason(error))) from error
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def export(screen, kind: str, target: Path | None = None) -> None:
    """Export the PDF (``"pdf"``) or workbook (``"xlsx"``) to ``target`` (asked if None)."""
    if screen.view is None:
        return
    target = target or ask_target(screen, kind)
    if target is None:
        return
    screen.save()
    report_id, period, workspace = screen.view.report.id, screen.view.period, \
        screen.context.workspace
    label = _tr("Đang xuất báo cáo PDF…") if kind == "pdf" else _tr("Đang xuất bảng tính Excel…")
    screen.context.operations.run(
        lambda progress: write_to(workspace, report_id, period, target, kind, progress),
        on_success=screen.show_exported, parent=screen, label=label, cancellable=True)
