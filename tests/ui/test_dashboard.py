"""Tổng quan on the small activity log: cards, charts, overdue tasks, PNG export."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.dashboard.screen import DashboardScreen
from nbhr_desktop.ui.operations import OperationRunner

from activity_fixtures import build_log


@pytest.fixture
def dashboard(qtbot, workspace):
    build_log(workspace)
    runner = OperationRunner()
    widget = DashboardScreen(UiContext(workspace, runner))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    with qtbot.waitSignal(widget.ready, timeout=10000):
        pass
    yield widget
    runner.wait()


def show_year(qtbot, dashboard, year):
    with qtbot.waitCallback(timeout=10000) as shown:
        dashboard.context.operations.changed.connect(lambda _w: None)
        original = dashboard._show

        def spy(result):
            original(result)
            if result[0] == dashboard.period():
                shown()
        dashboard._show = spy
        dashboard.set_year(year)
    dashboard._show = original


def test_year_figures_charts_and_overdue(qtbot, dashboard, tmp_path):
    show_year(qtbot, dashboard, 2024)
    ui = dashboard.ui
    assert ">5<" in ui.activitiesCard.text()  # five activities in 2024
    assert "180" in ui.attendancesCard.text()
    assert "44,4%" in ui.womenCard.text()  # 80 women of 180
    # short on the card (one line at 1024×768 even for a province's billions), exact on hover
    assert "26,5 triệu đ" in ui.budgetCard.text() and "dự toán 50 triệu đ" in ui.budgetCard.text()
    assert ui.budgetCard.toolTip() == "26.500.000 đ / dự toán 50.000.000 đ"
    assert ui.budgetBar.value() == 53
    data = dashboard.data
    assert [g.totals.activities for g in data.figures.by_month if g.totals.activities] == [
        1, 1, 1, 1, 1]
    # Both tasks ended in 2024 short of their targets (3 of 4 trainings, 50 of 100
    # minutes): overdue today.
    assert ui.overdueList.count() == 2
    assert "Tập huấn cán bộ thông tin cơ sở" in ui.overdueList.item(0).text()
    assert "3/4 lớp, 75,0%" in ui.overdueList.item(0).toolTip()
    month_chart = dashboard.charts["month"].chart
    assert month_chart.series()[0].barSets()[0].count() == 12
    assert month_chart.series()[0].barSets()[0].sum() == 5
    form_bars = dashboard.charts["form"].chart.series()[0].barSets()[0]
    assert form_bars.sum() == 5
    saved = dashboard.charts["form"].save_png(tmp_path / "theo-hinh-thuc")
    image = QImage(str(saved))
    assert saved.suffix == ".png" and not image.isNull() and image.width() > 200


def test_quarter_period(qtbot, dashboard):
    ui = dashboard.ui
    ui.yearSpin.blockSignals(True)
    ui.yearSpin.setValue(2024)
    ui.yearSpin.blockSignals(False)
    ui.quarterCombo.blockSignals(True)
    ui.quarterCombo.setCurrentIndex(1)  # Quý II
    ui.quarterCombo.blockSignals(False)
    with qtbot.waitCallback(timeout=10000) as shown:
        original = dashboard._show

        def spy(result):
            original(result)
            if result[0] == dashboard.period():
                shown()
        dashboard._show = spy
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("quarter"))
    assert dashboard.period().start.month == 4
    assert dashboard.data.figures.totals.activities == 2  # 10/04 and 20/05
