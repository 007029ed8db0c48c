"""The plan editor's details: undo/redo keeps rows, lead ≠ co-operating agency, the issue
checklist follows what is typed, Tab reaches every field of a task."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from nbhr_desktop.core.plans.views import live_tasks
from nbhr_desktop.storage.models import Plan, PlanTask
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner


@pytest.fixture
def editor(qtbot, workspace):
    from nbhr_desktop.ui.plans.screen import PlansScreen
    context = UiContext(workspace, OperationRunner())
    screen = PlansScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen._ready_sent, timeout=5000)
    screen.ui.yearSpin.setValue(2024)
    screen.ui.newButton.click()
    editor = screen.editor
    qtbot.waitUntil(lambda: editor.tasks.current() is not None
                    and editor.tasks._choices_loaded, timeout=10_000)
    editor.ui.tabs.setCurrentIndex(2)
    yield editor
    context.operations.wait(10_000)


def settle(qtbot, editor, condition=lambda: True):
    def done():
        editor.context.operations.wait(50)
        return condition()
    qtbot.waitUntil(done, timeout=8000)


def rows(editor) -> list[str]:
    return [t.uuid for t in editor.view.tasks]


def db_tasks(workspace) -> list[PlanTask]:
    with workspace.db.session() as session:
        plan = session.scalars(select(Plan)).one()
        return [(t.uuid, t.lead_agency.uuid if t.lead_agency else None,
                 sorted(a.uuid for a in t.cooperators)) for t in live_tasks(plan)]


def test_redo_puts_an_added_task_back_in_its_row(qtbot, editor):
    editor.ui.tasksTable.selectRow(1)
    before = rows(editor)
    editor.ui.addTaskButton.click()  # inserted after the selected row: row 2
    settle(qtbot, editor, lambda: len(rows(editor)) == len(before) + 1)
    added = rows(editor)[2]
    assert added not in before
    editor.undo()
    settle(qtbot, editor, lambda: rows(editor) == before)
    editor.redo()
    settle(qtbot, editor, lambda: len(rows(editor)) == len(before) + 1)
    assert rows(editor)[2] == added and editor.tasks.task_uuid == added

    # A deleted task comes back in its row too.
    editor.ui.tasksTable.selectRow(4)
    settle(qtbot, editor, lambda: editor.tasks.task_uuid == rows(editor)[4])
    order = rows(editor)
    editor.ui.removeTaskButton.click()
    settle(qtbot, editor, lambda: len(rows(editor)) == len(order) - 1)
    editor.undo()
    settle(qtbot, editor, lambda: rows(editor) == order)


def test_lead_agency_is_not_also_co_operating(qtbot, editor, workspace):
    listing = editor.ui.cooperatorsList
    task_row = rows(editor).index(editor.tasks.task_uuid)
    lead_before = db_tasks(workspace)[task_row][1]
    other = next(listing.item(i) for i in range(listing.count())
                 if listing.item(i).data(Qt.UserRole) != lead_before)
    agency = other.data(Qt.UserRole)
    other.setCheckState(Qt.Checked)  # co-operating first…
    settle(qtbot, editor, lambda: agency in db_tasks(workspace)[task_row][2])
    editor.tasks.lead.set_current_key(agency)  # …then chosen as the lead
    editor.tasks.lead.keyChanged.emit(agency)
    settle(qtbot, editor, lambda: db_tasks(workspace)[task_row][1] == agency
           and not other.flags() & Qt.ItemIsEnabled)
    assert agency not in db_tasks(workspace)[task_row][2]  # printed in one column only
    assert other.checkState() == Qt.Unchecked
    editor.undo()  # one undo brings both back
    settle(qtbot, editor, lambda: db_tasks(workspace)[task_row][1] == lead_before
           and bool(other.flags() & Qt.ItemIsEnabled))
    assert agency in db_tasks(workspace)[task_row][2]
    assert other.checkState() == Qt.Checked


def test_issue_checklist_follows_the_typed_date(qtbot, editor):
    dialog = editor.open_issue_dialog()
    problems = dialog.ui.problemsList

    def texts():
        return [problems.item(i).text() for i in range(problems.count())]
    settle(qtbot, editor, lambda: any("sau khi kỳ kế hoạch" in t for t in texts()))
    assert any("người ký" in t for t in texts())
    date = dialog.ui.dateEdit
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "05/01/2024")  # typed, not yet left
    settle(qtbot, editor, lambda: bool(texts()) and not any("sau khi kỳ kế hoạch" in t
                                                      for t in texts()))
    assert any("người ký" in t for t in texts())  # what is still missing stays
    date.selectAll()
    qtbot.keyClicks(date, "05/01/2025")
    settle(qtbot, editor, lambda: any("sau khi kỳ kế hoạch" in t for t in texts()))
    dialog.reject()


def test_tab_reaches_the_usual_form(qtbot, editor):
    ui = editor.ui
    window = editor.window()
    window.activateWindow()
    ui.budgetSpin.setFocus()
    qtbot.waitUntil(ui.budgetSpin.hasFocus, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    form = editor.tasks.form
    assert QApplication.focusWidget() in (form, form.lineEdit())  # "Hình thức thường dùng"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is ui.noteEdit
    ui.taskTitleEdit.setFocus()
    qtbot.keyClick(ui.taskTitleEdit, Qt.Key_Tab)  # leaves the title, adds no tab to it
    lead = editor.tasks.lead
    assert QApplication.focusWidget() in (lead, lead.lineEdit())
    assert "\t" not in ui.taskTitleEdit.toPlainText()
