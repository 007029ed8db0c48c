"""Dates an officer can type: after a click or a Tab, without separators, cleared, or
picked on a calendar that opens near the date that matters (not on January 2000)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton, QVBoxLayout, QWidget
from sqlalchemy import select

from nbhr_desktop.storage.models import Activity, PlanTask, TimingKind
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.widgets.date_field import NO_DATE, DateField, parse_date

from activity_fixtures import build_log


@pytest.mark.parametrize("text, day", [
    ("05/03/2024", dt.date(2024, 3, 5)), ("5/3/2024", dt.date(2024, 3, 5)),
    ("05032024", dt.date(2024, 3, 5)), ("050324", dt.date(2024, 3, 5)),
    ("5.3.24", dt.date(2024, 3, 5)), ("5-3-2024", dt.date(2024, 3, 5)),
    (" 5 / 3 ", dt.date(2023, 3, 5)), ("0503", dt.date(2023, 3, 5)),
])
def test_typed_forms_of_a_date(text, day):
    assert parse_date(text, default_year=2023) == day


@pytest.mark.parametrize("text", ["31/02/2024", "—0052024", "5/13/2024", "abc", "123"])
def test_what_is_not_a_date_is_said_plainly(text):
    with pytest.raises(ValueError) as error:
        parse_date(text, default_year=2024)
    assert text.strip() in str(error.value) and "ngày" in str(error.value).lower()


@pytest.fixture
def field(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.addWidget(QLineEdit(host))  # somewhere for the focus to go
    field = DateField(host)
    layout.addWidget(field)
    qtbot.addWidget(host)  # pytest-qt keeps only a weak reference
    host.show()
    yield field
    host.close()


def test_typing_after_a_click_into_an_empty_field(qtbot, field):
    assert field.value() is None and field.date() == NO_DATE and field.text() == ""
    changes = []
    field.dateChanged.connect(changes.append)
    qtbot.mouseClick(field, Qt.LeftButton, pos=QPoint(30, 5))
    qtbot.keyClicks(field, "0505202")
    assert field.text() == "0505202" and field.value() is None  # nothing else mixed in
    qtbot.keyClicks(field, "4")  # typed in full: it counts at once
    assert field.value() == dt.date(2024, 5, 5) and field.text() == "05/05/2024"
    qtbot.keyClick(field, Qt.Key_Return)
    assert [d.toPython() for d in changes] == [dt.date(2024, 5, 5)]
    field.set_value(None)
    qtbot.keyClicks(field, "5/5/24")  # a short year waits for Enter or leaving
    assert field.value() is None
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.value() == dt.date(2024, 5, 5)


def test_a_set_date_can_be_cleared(qtbot, field):
    field.set_value(dt.date(2024, 5, 5))
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key_Delete)
    qtbot.keyClick(field, Qt.Key_Tab)  # leaving does not bring it back
    assert field.value() is None and field.text() == ""
    field.set_value(dt.date(2024, 5, 5))
    clear = next(b for b in field.findChildren(QToolButton) if b.isVisible()
                 and b.defaultAction() and b.defaultAction() is not field.calendar_action)
    clear.click()  # the ×
    assert field.value() is None


def test_wrong_text_is_kept_and_marked_until_corrected(qtbot, field):
    field.set_value(dt.date(2024, 5, 5))
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "31022024")
    qtbot.keyClick(field, Qt.Key_Return)
    assert "không có trong lịch" in field.error()
    assert field.text() == "31022024" and "#c0392b" in field.styleSheet()
    assert field.value() == dt.date(2024, 5, 5)  # the last good date, not a guess
    qtbot.keyClick(field, Qt.Key_Backspace)
    assert field.error() == "" and field.styleSheet() == ""  # red goes once corrected


def test_calendar_opens_on_the_reference_not_on_2000(qtbot, field):
    field.reference = lambda: dt.date(2024, 9, 15)
    field.show_calendar()
    calendar = field._popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 9)
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert field.value() == dt.date(2024, 9, 18) and not field._popup.isVisible()
    field.show_calendar()  # with a date, it opens on that date
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 9)


# -- in the activity dialog --------------------------------------------------------------

@pytest.fixture
def dialog(qtbot, workspace):
    from nbhr_desktop.ui.activities.screen import ActivitiesScreen
    build_log(workspace)
    runner = OperationRunner()
    screen = ActivitiesScreen(UiContext(workspace, runner))
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.ready, timeout=5000):
        pass
    dialog = screen.new_activity()
    qtbot.waitExposed(dialog)
    yield dialog
    runner.wait()


def test_end_date_typed_into_the_empty_field_is_saved(qtbot, dialog, workspace):
    ui = dialog.ui
    ui.titleEdit.setText("Hoi nghi tuyen truyen")
    ui.startDateEdit.set_value(dt.date(2024, 5, 2))
    qtbot.mouseClick(ui.endDateEdit, Qt.LeftButton)
    qtbot.keyClicks(ui.endDateEdit, "03052024")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(ui.endDateEdit, Qt.Key_Return)  # Enter saves the dialog…
    with workspace.db.session() as session:  # …with the end date typed
        activity = session.get(Activity, saved.args[0])
        assert (activity.start_date, activity.end_date) == (dt.date(2024, 5, 2),
                                                            dt.date(2024, 5, 3))


def test_a_wrong_end_date_stops_saving_with_a_word(qtbot, dialog, workspace):
    ui = dialog.ui
    ui.titleEdit.setText("Hoi nghi tuyen truyen")
    ui.startDateEdit.set_value(dt.date(2024, 5, 2))
    qtbot.mouseClick(ui.endDateEdit, Qt.LeftButton)
    qtbot.keyClicks(ui.endDateEdit, "0052024")
    qtbot.keyClick(ui.endDateEdit, Qt.Key_Return)
    assert dialog.isVisible() and "Ngày kết thúc" in ui.messagesLabel.text()
    assert QApplication.focusWidget() is ui.endDateEdit
    with workspace.db.session() as session:
        assert session.scalars(select(Activity).where(
            Activity.title == "Hoi nghi tuyen truyen")).first() is None


def test_an_end_date_can_be_taken_away_again(qtbot, dialog):
    ui = dialog.ui
    ui.startDateEdit.set_value(dt.date(2024, 5, 2))
    ui.endDateEdit.set_value(dt.date(2024, 5, 4))
    ui.endDateEdit.setFocus()
    ui.endDateEdit.selectAll()
    qtbot.keyClick(ui.endDateEdit, Qt.Key_Backspace)
    qtbot.keyClick(ui.endDateEdit, Qt.Key_Tab)
    assert dialog.collect().end_date is None
    ui.endDateEdit.show_calendar()  # an empty end date's calendar opens at the start
    calendar = ui.endDateEdit._popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 5)


# -- in the plan's task editor ------------------------------------------------------------

def test_task_dates_typed_after_a_click_are_saved(qtbot, workspace):
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
    qtbot.waitUntil(lambda: editor.tasks.current() is not None, timeout=10_000)
    editor.ui.tabs.setCurrentIndex(2)
    ui = editor.ui
    ui.timingKindCombo.setCurrentIndex(ui.timingKindCombo.findData(str(TimingKind.RANGE)))
    qtbot.waitUntil(lambda: ui.timingStartEdit.isVisible(), timeout=5000)
    task_uuid = editor.tasks.task_uuid
    for edit, text in ((ui.timingStartEdit, "01032024"), (ui.timingEndEdit, "15/4/2024")):
        edit.selectAll()
        qtbot.mouseClick(edit, Qt.LeftButton)
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(ui.taskTitleEdit, Qt.LeftButton)  # leave by a click, not by Tab

    def saved():
        context.operations.wait(100)
        with workspace.db.session() as session:
            task = session.scalars(select(PlanTask).where(PlanTask.uuid == task_uuid)).one()
            return (task.timing_start, task.timing_end) == (dt.date(2024, 3, 1),
                                                            dt.date(2024, 4, 15))
    qtbot.waitUntil(saved, timeout=5000)
    context.operations.wait(5000)
