"""The Plans screen driven like an officer: template, edit a task, undo, issue, print."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select

from nbhr_desktop.core.plans.views import live_tasks
from nbhr_desktop.storage.models import Plan
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner


@pytest.fixture
def screen(qtbot, workspace):
    from nbhr_desktop.ui.plans.screen import PlansScreen
    context = UiContext(workspace, OperationRunner())
    widget = PlansScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget._ready_sent, timeout=5000)
    yield widget
    context.operations.wait(5000)


def settle(qtbot, screen, condition=lambda: True, timeout=5000):
    def done():
        screen.context.operations.wait(50)
        return condition()
    qtbot.waitUntil(done, timeout=timeout)


def db_plan(workspace, uuid):
    with workspace.db.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == uuid)).one()
        tasks = live_tasks(plan)
        return plan.status, plan.number, [(t.title, t.budget) for t in tasks], plan.signer_name


def test_create_edit_undo_issue(qtbot, screen, workspace, tmp_path):
    screen.ui.yearSpin.setValue(2025)
    screen.ui.newButton.click()
    editor = screen.editor
    settle(qtbot, screen, lambda: editor.view is not None and editor.tasks.current() is not None)
    assert screen.stack.currentWidget() is editor
    uuid = editor.plan_uuid
    first_title = db_plan(workspace, uuid)[2][0][0]

    # Edit the selected task's title by typing; the debounce saves it.
    editor.ui.tabs.setCurrentIndex(2)
    editor.ui.taskTitleEdit.setFocus()
    editor.ui.taskTitleEdit.selectAll()
    # QTest types ASCII only: Vietnamese arrives as an input method would insert it.
    editor.ui.taskTitleEdit.insertPlainText("Hội nghị triển khai ")
    editor.ui.taskTitleEdit.insertPlainText("Kế hoạch")
    settle(qtbot, screen, lambda: db_plan(workspace, uuid)[2][0][0]
           == "Hội nghị triển khai Kế hoạch", timeout=4000)
    assert editor.undo_stack.count() == 1  # one field, one merged command
    editor.ui.budgetSpin.setValue(12_500_000)
    editor.flush_pending()
    settle(qtbot, screen, lambda: db_plan(workspace, uuid)[2][0][1] == 12_500_000)

    editor.undo()
    settle(qtbot, screen, lambda: db_plan(workspace, uuid)[2][0][1] == 10_000_000)
    editor.undo()
    settle(qtbot, screen, lambda: db_plan(workspace, uuid)[2][0][0] == first_title)
    settle(qtbot, screen, lambda: editor.ui.taskTitleEdit.toPlainText() == first_title)
    editor.redo()
    settle(qtbot, screen, lambda: db_plan(workspace, uuid)[2][0][0]
           == "Hội nghị triển khai Kế hoạch")

    # Remove a task and undo the removal.
    count = len(db_plan(workspace, uuid)[2])
    editor.ui.removeTaskButton.click()
    settle(qtbot, screen, lambda: len(db_plan(workspace, uuid)[2]) == count - 1)
    editor.undo()
    settle(qtbot, screen, lambda: len(db_plan(workspace, uuid)[2]) == count)

    # Issuing without a signer lists the problem and keeps the draft.
    dialog = editor.open_issue_dialog()
    dialog.ui.numberSpin.setValue(15)
    dialog.ui.dateEdit.setDate(QDate(2025, 1, 5))
    dialog.accept()
    settle(qtbot, screen, lambda: dialog.ui.buttons.isEnabled())
    problems = [dialog.ui.problemsList.item(i).text()
                for i in range(dialog.ui.problemsList.count())]
    assert "Chưa có họ tên người ký." in problems
    assert db_plan(workspace, uuid)[0] == "draft"
    dialog.reject()

    editor.ui.tabs.setCurrentIndex(0)
    editor.ui.signerNameEdit.setFocus()
    editor.ui.signerNameEdit.insert("Nguyễn Văn An")
    editor.ui.subjectEdit.setFocus()  # leaving the field saves it at once
    settle(qtbot, screen, lambda: db_plan(workspace, uuid)[3] == "Nguyễn Văn An")

    dialog = editor.open_issue_dialog()
    dialog.ui.numberSpin.setValue(15)
    dialog.ui.dateEdit.setDate(QDate(2025, 1, 5))
    dialog.accept()
    settle(qtbot, screen, lambda: db_plan(workspace, uuid)[0] == "issued")
    settle(qtbot, screen, lambda: editor.view.read_only)
    assert db_plan(workspace, uuid)[1] == 15
    assert not editor.ui.taskTitleEdit.isEnabled()
    assert not editor.ui.issueButton.isEnabled() and editor.ui.revisionButton.isEnabled()

    # A new revision opens as a draft; the issued plan stays.
    editor.ui.revisionButton.click()
    settle(qtbot, screen, lambda: editor.plan_uuid != uuid and editor.view is not None
           and editor.view.summary.uuid == editor.plan_uuid)
    assert editor.view.summary.revision == 2 and not editor.view.read_only
    assert db_plan(workspace, uuid)[0] == "issued"
    editor.grab().save(str(tmp_path / "editor.png"))

    screen.show_list()
    settle(qtbot, screen, lambda: screen.model.rowCount() == 2)


def test_closing_saves_pending_typing(qtbot, screen, workspace):
    screen.ui.yearSpin.setValue(2026)
    screen.ui.newButton.click()
    editor = screen.editor
    settle(qtbot, screen, lambda: editor.view is not None)
    editor.ui.signerNameEdit.setFocus()
    editor.ui.signerNameEdit.insert("Trần Thị Bình")
    uuid = editor.plan_uuid
    editor.close()  # before the debounce fires
    screen.context.operations.wait(5000)
    assert db_plan(workspace, uuid)[3] == "Trần Thị Bình"
    assert dt.date.today()  # the clock is not part of this test


def test_printing_draws_every_pdf_page(qtbot, tmp_path, workspace):
    from PySide6.QtPrintSupport import QPrinter

    from nbhr_desktop.core.plans.template import create_plan_from_template
    from nbhr_desktop.documents.plan_pdf import write_plan_pdf
    from nbhr_desktop.storage.models import AdminUnit
    from nbhr_desktop.ui.printing import make_printer, paint_pdf
    info = workspace.installation_info()
    source = tmp_path / "plan.pdf"
    with workspace.db.session() as session:
        plan = create_plan_from_template(session, session.get(AdminUnit, info.unit_id), 2025,
                                         info.installation_uuid)
        write_plan_pdf(session, plan, str(source))
    printer = make_printer()
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    import pypdf
    pages = len(pypdf.PdfReader(str(source)).pages)
    assert paint_pdf(source, printer) == pages
    printed = pypdf.PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == pages


def test_closing_the_window_saves_typing(qtbot, workspace):
    from PySide6.QtWidgets import QMainWindow

    from nbhr_desktop.ui.plans.screen import PlansScreen
    context = UiContext(workspace, OperationRunner())
    window = QMainWindow()
    qtbot.addWidget(window)
    screen = PlansScreen(context)
    window.setCentralWidget(screen)
    window.show()
    qtbot.waitUntil(lambda: screen._ready_sent, timeout=5000)
    screen.ui.newButton.click()
    settle(qtbot, screen, lambda: screen.editor.view is not None)
    screen.editor.ui.placeEdit.insert("Kim Sơn")
    uuid = screen.editor.plan_uuid
    window.close()
    context.operations.wait(5000)
    qtbot.wait(100)  # deliver the write's result while the widgets still exist
    with workspace.db.session() as session:
        assert session.scalars(select(Plan.place).where(Plan.uuid == uuid)).one() == "Kim Sơn"
