"""No database work on the GUI thread: every screen reads and writes through the operation
runner's worker, so a slow query or a busy SQLite lock never freezes the window.

A pool listener notes every connection taken from the engine on the Qt main thread, while a
walk opens every screen the way an officer would: the dashboard, the activity log with its
entry form (a title typed, Save pressed: the duplicate check), editing and duplicating an
entry, the plans with the editor and its issue dialog, the reports, the exchange, the
catalogues, the settings (saved), and at the province the submissions. Opening the data
before the window is the start-up's (``app.run_blocking``: on the worker as well).
"""

from __future__ import annotations

import threading
import traceback

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from sqlalchemy import event

from nbhr_desktop.app import run_blocking
from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.main_window import MainWindow
from nbhr_desktop.ui.operations import OperationRunner


class GuiThreadCheckouts:
    """Where a connection was taken from the pool on the GUI thread (the stack, to fix it)."""

    def __init__(self, engine):
        self.engine = engine
        self.found: list[str] = []
        self.worker = 0
        event.listen(engine, "checkout", self._checkout)

    def _checkout(self, _dbapi_connection, _record, _proxy) -> None:
        if threading.current_thread() is threading.main_thread():
            self.found.append("".join(traceback.format_stack(limit=40)[:-1]))
        else:
            self.worker += 1

    def remove(self) -> None:
        event.remove(self.engine, "checkout", self._checkout)


def _start(qtbot, location: Location):
    """What ``app._start`` does: open the data on the worker, then build the window."""
    runner = OperationRunner()
    workspace = run_blocking(runner, lambda: Workspace.open(location))
    assert run_blocking(runner, workspace.is_initialised)
    log = GuiThreadCheckouts(workspace.db.engine)
    window = MainWindow(UiContext(workspace, runner), remember_state=False)
    qtbot.addWidget(window)
    window.show()
    return workspace, runner, window, log


def _idle(qtbot, runner) -> None:
    runner.wait(20_000)
    qtbot.wait(30)  # the results' slots run on the GUI thread
    runner.wait(20_000)
    QApplication.processEvents()


def _show(qtbot, window, key: str):
    screen = window.show_screen(key)
    ready = {"done": bool(getattr(screen, "is_ready", False)
                          or getattr(screen, "_ready_sent", False))}
    screen.ready.connect(lambda: ready.__setitem__("done", True))
    qtbot.waitUntil(lambda: ready["done"], timeout=30_000)
    _idle(qtbot, window.context.operations)
    return screen


@pytest.fixture
def district(tmp_path) -> Location:
    location = Location.resolve(data_dir=tmp_path / "district")
    with Workspace.open(location) as workspace:
        initialise(workspace, "Kim Sơn", officer_name="Nguyễn Thị Hoa")
        generate_demo_data(workspace, activities=40, seed=3, year=2024)
    return location


@pytest.fixture
def province(tmp_path) -> Location:
    location = Location.resolve(data_dir=tmp_path / "province")
    with Workspace.open(location) as workspace:
        initialise(workspace, "Ninh Bình", role="province", officer_name="Phạm Thu Hà")
    return location


def test_no_screen_touches_the_database_on_the_gui_thread(qtbot, district):
    workspace, runner, window, log = _start(qtbot, district)
    try:
        _show(qtbot, window, "dashboard")

        activities = _show(qtbot, window, "activities")
        dialog = activities.new_activity()
        qtbot.keyClicks(dialog.ui.titleEdit, "Tap huan Cong uoc CEDAW")  # QTest types ASCII
        with qtbot.waitSignal(dialog.checked, timeout=10_000):
            dialog.try_save()  # the check: a query and a difflib scan of the day's titles
        _idle(qtbot, runner)
        if isValid(dialog) and dialog.isVisible():  # saved and closed, or waiting
            dialog.reject()
        activities.select_rows([0])
        with qtbot.waitSignal(activities.dialogOpened, timeout=10_000) as opened:
            activities.edit_selected()
        opened.args[0].reject()
        with qtbot.waitSignal(activities.dialogOpened, timeout=10_000) as opened:
            activities.duplicate_selected()
        opened.args[0].reject()
        activities.ui.progressToggle.setChecked(True)  # the plan's task progress
        _idle(qtbot, runner)

        plans = _show(qtbot, window, "plans")
        assert plans.selected() is not None, "the demo data has a plan to open"
        with qtbot.waitSignal(plans.editor.loaded, timeout=10_000):
            plans.open_selected()
        _idle(qtbot, runner)
        issue = plans.editor.open_issue_dialog()
        _idle(qtbot, runner)
        issue.reject()
        plans.editor.backRequested.emit()
        _idle(qtbot, runner)

        _show(qtbot, window, "reports")
        _show(qtbot, window, "exchange")
        _show(qtbot, window, "catalogues")
        settings = _show(qtbot, window, "settings")
        settings.save()
        _idle(qtbot, runner)
        _show(qtbot, window, "dashboard")  # refreshed after the writes above
    finally:
        _idle(qtbot, runner)
        log.remove()
        window.close()
        workspace.close()
    assert log.worker > 0  # the listener does see the screens' queries
    assert log.found == [], "database work on the GUI thread:\n\n" + "\n\n".join(log.found)


def test_the_province_screens_stay_off_the_gui_thread(qtbot, province):
    workspace, runner, window, log = _start(qtbot, province)
    try:
        _show(qtbot, window, "dashboard")
        submissions = _show(qtbot, window, "submissions")
        qtbot.waitUntil(lambda: submissions.data is not None, timeout=10_000)
        _show(qtbot, window, "plans")
        _show(qtbot, window, "activities")
    finally:
        _idle(qtbot, runner)
        log.remove()
        window.close()
        workspace.close()
    assert log.worker > 0
    assert log.found == [], "database work on the GUI thread:\n\n" + "\n\n".join(log.found)
