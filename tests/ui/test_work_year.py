"""Dashboard, plans and reports open on the latest year that has data, or on the year the
officer chose last (remembered in settings.json), not on the calendar's year."""

from __future__ import annotations

import datetime as dt

import pytest

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.settings import SettingsStore
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner

YEAR = 2024  # a district's data: it stops in 2025 while the calendar goes on


@pytest.fixture
def data(workspace):
    generate_demo_data(workspace, activities=30, seed=2, year=YEAR)
    return workspace


def _screen(qtbot, workspace, name):
    from nbhr_desktop.ui.dashboard.screen import DashboardScreen
    from nbhr_desktop.ui.plans.screen import PlansScreen
    from nbhr_desktop.ui.reports.screen import ReportsScreen
    kind = {"dashboard": DashboardScreen, "plans": PlansScreen, "reports": ReportsScreen}[name]
    runner = OperationRunner()
    screen = kind(UiContext(workspace, runner))
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.ready, timeout=10_000):
        screen.show()
    runner.wait(10_000)
    qtbot.wait(20)
    return screen


def test_screens_open_on_the_year_with_data(qtbot, data):
    assert dt.date.today().year != YEAR
    dashboard = _screen(qtbot, data, "dashboard")
    assert dashboard.ui.yearSpin.value() == YEAR
    assert dashboard.data.figures.totals.activities == 30
    plans = _screen(qtbot, data, "plans")
    assert plans.ui.yearSpin.value() == YEAR
    reports = _screen(qtbot, data, "reports")
    assert reports.view.period.key == f"{YEAR}-Q4"  # the last quarter of a year gone by
    assert reports.view.figures.totals.activities > 0


def test_the_last_choice_is_remembered(qtbot, data):
    dashboard = _screen(qtbot, data, "dashboard")
    dashboard.ui.yearSpin.setValue(YEAR - 1)  # the officer looks at the year before
    assert SettingsStore(data.location.data_dir).load().work_year == YEAR - 1
    again = _screen(qtbot, data, "dashboard")  # as the next start would
    assert again.ui.yearSpin.value() == YEAR - 1
    reports = _screen(qtbot, data, "reports")
    assert reports.view.period.key == f"{YEAR - 1}-Q4"


def test_without_data_this_year(qtbot, workspace):
    dashboard = _screen(qtbot, workspace, "dashboard")
    assert dashboard.ui.yearSpin.value() == dt.date.today().year
