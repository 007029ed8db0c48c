"""The report on paper and in files: print preview, printing, PDF and workbook exports.

Exports ask for a file name (the usual one, in the folder used last), ask before replacing
a file, and end with the file's name and folder on screen, its path on the clipboard
(ready to attach to an e-mail) and a "Mở thư mục" button. Every file, previews included, is
written by the ``report-pdf`` / ``report-workbook`` exporters (``exports.registry``), the
same as ``export-report-pdf`` and ``export-workbook``: it appears only once complete.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nbhr_desktop.core.settings import SettingsStore
from nbhr_desktop.exports import registry
from nbhr_desktop.ui import file_dialogs
from nbhr_desktop.ui.printing import qtpdf_available, show_preview, show_print_dialog

CTX = "ReportsScreen"
FILTERS = {"pdf": QT_TRANSLATE_NOOP("ReportsScreen", "Tệp PDF (*.pdf)"),
           "xlsx": QT_TRANSLATE_NOOP("ReportsScreen", "Sổ Excel (*.xlsx)")}
SAVE_TITLES = {"pdf": QT_TRANSLATE_NOOP("ReportsScreen", "Lưu báo cáo PDF"),
               "xlsx": QT_TRANSLATE_NOOP("ReportsScreen", "Lưu bảng tính Excel")}
EXPORTING = {"pdf": QT_TRANSLATE_NOOP("ReportsScreen", "Đang xuất báo cáo PDF…"),
             "xlsx": QT_TRANSLATE_NOOP("ReportsScreen", "Đang xuất bảng tính Excel…")}
RENDERING = QT_TRANSLATE_NOOP("ReportsScreen", "Đang tạo PDF báo cáo…")
PREVIEW_TITLE = QT_TRANSLATE_NOOP("ReportsScreen", "Xem trước báo cáo")
PRINT_TITLE = QT_TRANSLATE_NOOP("ReportsScreen", "In báo cáo")
EXPORTERS = {"pdf": "report-pdf", "xlsx": "report-workbook"}


def _tr(text: str) -> str:
    """Translated in the screen's context. Every text is marked QT_TRANSLATE_NOOP above:
    lupdate sees no literal handed to a helper (tests/i18n checks)."""
    return QCoreApplication.translate(CTX, text)


def _render_pdf(screen, on_success) -> None:
    """The report's PDF in a scratch folder, on the worker thread; ``on_success(path)``."""
    period, workspace = screen.view.period, screen.context.workspace
    screen.save()  # queued first on the single worker: the PDF shows what was typed

    def work(progress):
        scratch = Path(tempfile.mkdtemp(prefix="nbhr-"))
        target = scratch / registry.default_name("report-pdf", workspace, period=period)
        return registry.export("report-pdf", workspace, target, progress=progress,
                               period=period).path
    screen.context.operations.run(work, on_success=on_success, parent=screen,
                                  label=_tr(RENDERING))


def preview(screen) -> None:
    if screen.view is None or not qtpdf_available(screen):
        return

    def show(path: Path) -> None:
        screen.preview_dialog = show_preview(screen, path, _tr(PREVIEW_TITLE),
                                             scratch=path.parent)
    _render_pdf(screen, show)


def print_report(screen) -> None:
    if screen.view is None or not qtpdf_available(screen):
        return

    def show(path: Path) -> None:
        screen.print_dialog = show_print_dialog(screen, path, _tr(PRINT_TITLE),
                                                scratch=path.parent)
    _render_pdf(screen, show)


def ask_target(screen, kind: str) -> Path | None:
    """The file to write: the usual name in the folder used last, as the officer decides."""
    store = SettingsStore(screen.context.workspace.location.data_dir)
    settings = store.load()
    folder = Path(settings.last_export_dir or Path.home())
    if not folder.is_dir():
        folder = Path.home()
    name = registry.default_name(EXPORTERS[kind], screen.context.workspace, kind,
                                 period=screen.view.period)
    title = _tr(SAVE_TITLES[kind])
    target = file_dialogs.save_file(screen, title, folder / name, _tr(FILTERS[kind]), f".{kind}")
    if target is not None:
        settings.last_export_dir = str(target.parent)
        store.save(settings)
    return target


def export(screen, kind: str, target: Path | None = None) -> None:
    """Export the PDF (``"pdf"``) or workbook (``"xlsx"``) to ``target`` (asked if None)."""
    if screen.view is None:
        return
    target = target or ask_target(screen, kind)
    if target is None:
        return
    screen.save()
    period, workspace = screen.view.period, screen.context.workspace
    label = _tr(EXPORTING[kind])
    screen.context.operations.run(
        lambda progress: registry.export(EXPORTERS[kind], workspace, target, progress=progress,
                                         period=period).path,
        on_success=screen.show_exported, parent=screen, label=label, cancellable=True)
