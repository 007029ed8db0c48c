"""Print preview and printing with the dialogs really shown: a plan, a draft, a report.

The preview once crashed the app (segmentation fault) because the printer it painted on
was freed behind its back; these tests collect Python's garbage while the dialogs are open
and then paint and print, to a PDF file whose pages are counted.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from nbhr_desktop.storage.models import Plan
from nbhr_desktop.ui import printing
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner

from report_fixtures import build_report_data


def _pages(path: Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def pdf_printer(monkeypatch, tmp_path):
    """Printers made by the dialogs write to ``printed-N.pdf`` files in tmp_path."""
    made: list[Path] = []

    def make():
        printer = QPrinter(QPrinter.HighResolution)
        printer.setFullPage(True)
        printer.setOutputFormat(QPrinter.PdfFormat)
        made.append(tmp_path / f"printed-{len(made)}.pdf")
        printer.setOutputFileName(str(made[-1]))
        return printer
    monkeypatch.setattr(printing, "make_printer", make)
    return made


@pytest.fixture
def editor(qtbot, workspace):
    from nbhr_desktop.ui.plans.screen import PlansScreen
    context = UiContext(workspace, OperationRunner())
    screen = PlansScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen._ready_sent, timeout=5000)
    screen.ui.yearSpin.setValue(2024)
    screen.ui.newButton.click()
    qtbot.waitUntil(lambda: screen.editor.view is not None, timeout=10_000)
    yield screen.editor
    context.operations.wait(10_000)


def _wait_dialog(qtbot, owner, name):
    qtbot.waitUntil(lambda: getattr(owner, name, None) is not None
                    and getattr(owner, name).isVisible(), timeout=20_000)
    return getattr(owner, name)


def _check_preview_then_print(qtbot, owner, made):
    dialog = _wait_dialog(qtbot, owner, "preview_dialog")
    source_pages = _pages(dialog.pdf)
    first_page = pypdf.PdfReader(str(dialog.pdf)).pages[0].extract_text()
    gc.collect()  # what freed the printer before: nothing of Python's may hold it now
    qtbot.waitUntil(lambda: dialog.pages_painted == source_pages, timeout=20_000)
    widget = dialog.preview_widget()
    qtbot.waitUntil(lambda: widget.pageCount() == source_pages, timeout=20_000)
    dialog.grab()  # paint the pages on screen
    widget.print_()  # the preview's own "Print" path, on the dialog's printer
    assert _pages(made[-1]) == source_pages
    dialog.close()
    return source_pages, first_page


def _check_print_dialog(qtbot, owner, made, pages):
    dialog = _wait_dialog(qtbot, owner, "print_dialog")
    gc.collect()
    dialog.accept()
    qtbot.waitUntil(lambda: made[-1].exists() and _pages(made[-1]) == pages, timeout=20_000)
    assert dialog.pages_painted == pages


def test_plan_preview_and_print(qtbot, editor, pdf_printer):
    editor.ui.draftCheck.setChecked(False)
    editor.ui.previewButton.click()
    pages, first_page = _check_preview_then_print(qtbot, editor, pdf_printer)
    assert pages >= 3  # first page, body and the landscape annex at least
    assert "KẾ HOẠCH" in first_page and "DỰ THẢO" not in first_page
    editor.ui.printButton.click()
    _check_print_dialog(qtbot, editor, pdf_printer, pages)


def test_draft_preview_and_print(qtbot, editor, pdf_printer, workspace):
    editor.ui.draftCheck.setChecked(True)
    editor.ui.previewButton.click()
    pages, first_page = _check_preview_then_print(qtbot, editor, pdf_printer)
    assert "DỰ THẢO" in first_page
    editor.ui.printButton.click()
    _check_print_dialog(qtbot, editor, pdf_printer, pages)
    with workspace.db.session() as session:  # printing changes nothing
        assert session.scalars(select(Plan.status)).one() == "draft"


def test_plan_save_preview_and_print_go_through_the_registry(qtbot, editor, pdf_printer,
                                                            tmp_path, monkeypatch,
                                                            exporters_used):
    """"Lưu PDF" writes what ``export-plan-pdf`` writes, under the plan's usual name, and
    the preview and the printout are made by the same exporter."""
    from nbhr_desktop.ui import file_dialogs
    from nbhr_desktop.ui.plans import printing as plan_printing

    exporters, asked = exporters_used, []

    def save_file(_parent, _title, suggested, _filter, _suffix):
        asked.append(suggested.name)
        return tmp_path / "saved" / suggested.name
    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    editor.ui.draftCheck.setChecked(True)
    plan_printing.export_pdf(editor)
    qtbot.waitUntil(lambda: "Đã lưu" in editor.ui.readOnlyLabel.text(), timeout=20_000)
    assert asked == ["KH-QCN-2024-KimSon-DuThao.pdf"]
    assert (tmp_path / "saved" / asked[0]).stat().st_size > 10_000
    editor.ui.previewButton.click()
    _check_preview_then_print(qtbot, editor, pdf_printer)
    assert exporters == ["plan-pdf", "plan-pdf"]


def test_preview_leaves_no_temporary_pdf(qtbot, editor, pdf_printer):
    editor.ui.previewButton.click()
    dialog = _wait_dialog(qtbot, editor, "preview_dialog")
    folder = dialog.pdf.parent
    assert folder.is_dir()
    dialog.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)


@pytest.fixture
def reports(qtbot, workspace):
    from nbhr_desktop.ui.reports.screen import ReportsScreen
    build_report_data(workspace)
    runner = OperationRunner()
    widget = ReportsScreen(UiContext(workspace, runner))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitSignal(widget.ready, timeout=10_000):
        widget.show()
    widget.set_period("quarter", 2024, 4)
    qtbot.waitUntil(lambda: widget.view is not None and widget.view.period.key == "2024-Q4"
                    and not widget.loading, timeout=10_000)
    yield widget
    runner.wait(10_000)


def test_report_preview_and_print(qtbot, reports, pdf_printer):
    reports.ui.previewButton.click()
    pages, first_page = _check_preview_then_print(qtbot, reports, pdf_printer)
    assert pages >= 2 and "BÁO CÁO" in first_page
    reports.ui.printButton.click()
    _check_print_dialog(qtbot, reports, pdf_printer, pages)


def test_print_to_pdf_offers_the_documents_name(qtbot, tmp_path):
    """Without a printer, "In ra tệp (PDF)" proposes the plan's file name, not print.pdf."""
    from PySide6.QtWidgets import QWidget
    source = tmp_path / "KH-QCN-KimSon-2024.pdf"
    source.write_bytes(b"%PDF-1.4")
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = printing.PrintDialog(source, "In kế hoạch", owner)
    if dialog.printer_kept.outputFormat() != QPrinter.PdfFormat:
        pytest.skip("this machine has a printer")
    assert dialog.printer_kept.outputFileName().endswith("KH-QCN-KimSon-2024.pdf")
    dialog.close()
