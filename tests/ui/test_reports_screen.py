"""Báo cáo screen: choose a period, see figures, edit the narrative, export, submit, flags."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.core.reports.service import find_report
from nbhr_desktop.storage.models import Activity
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.reports.screen import ReportsScreen

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from report_fixtures import build_report_data


@pytest.fixture
def screen(qtbot, workspace):
    build_report_data(workspace)
    runner = OperationRunner()
    widget = ReportsScreen(UiContext(workspace, runner))
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    with qtbot.waitSignal(widget.ready, timeout=10000):
        widget.show()
    widget.set_period("quarter", 2024, 4)
    qtbot.waitUntil(lambda: widget.view is not None and widget.view.period.key == "2024-Q4"
                    and not widget.loading, timeout=10000)
    yield widget
    runner.wait()


def test_period_figures_and_narrative(qtbot, screen, workspace):
    ui = screen.ui
    assert "Quý IV năm 2024" in ui.periodLabel.text()
    assert ui.totalsTable.item(0, 1).text() == "5"  # activities this quarter
    assert ui.totalsTable.item(0, 2).text() == "2"  # the same quarter of 2023
    assert ui.totalsTable.item(6, 1).text() == "57.950.000"
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData("tasks"))
    assert ui.groupTable.item(0, 0).text() == "Tập huấn cho cán bộ thông tin cơ sở"
    assert ui.groupTable.item(1, 3).text() == "2"  # 2 of 4 trainings
    assert "5 hoạt động" in ui.resultsEdit.toPlainText()  # pre-filled draft

    ui.resultsEdit.setPlainText("Kết quả do cán bộ viết lại.")
    qtbot.waitUntil(lambda: "Đã lưu" in ui.savedLabel.text(), timeout=10000)
    info = workspace.installation_info()
    with workspace.db.session() as s:
        report = find_report(s, info.unit_id, parse_period("2024-Q4"))
        assert report.narrative["results"] == "Kết quả do cán bộ viết lại."

    screen.set_period("half", 2024, 2)
    qtbot.waitUntil(lambda: screen.view.period.key == "2024-H2", timeout=10000)
    assert ui.totalsTable.item(0, 1).text() == "5"
    screen.set_period("quarter", 2024, 4)
    qtbot.waitUntil(lambda: screen.view.period.key == "2024-Q4", timeout=10000)
    assert ui.resultsEdit.toPlainText() == "Kết quả do cán bộ viết lại."


def test_export_puts_path_on_clipboard_and_opens_folder(qtbot, screen, tmp_path):
    opened = []
    screen.open_folder = opened.append
    for kind in ("pdf", "xlsx"):
        with qtbot.waitSignal(screen.exported, timeout=30000) as signal:
            screen.export(kind, tmp_path)
        path = Path(signal.args[0])
        assert path.name == f"BC-QCN-KimSon-2024-Q4.{kind}" and path.stat().st_size > 3000
        assert QGuiApplication.clipboard().text() == str(path)
    assert opened == [tmp_path, tmp_path]


def test_submit_locks_and_flags_later_changes(qtbot, screen, workspace):
    ui = screen.ui
    ui.signerNameEdit.setText("Trần Văn Bình")
    screen._changed()
    screen.submit(confirm=False)
    qtbot.waitUntil(lambda: screen.view.report.submitted, timeout=10000)
    assert ui.resultsEdit.isReadOnly() and ui.reopenButton.isEnabled()
    assert not ui.submitButton.isEnabled()
    assert "khóa" in ui.bannerLabel.text()
    with workspace.db.session() as s:
        activity = s.scalars(select(Activity).where(Activity.title.like("Tập huấn CEDAW%"))).one()
        activity.cost += 1_000
        activity.touch(workspace.installation_info().installation_uuid)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.view.out_of_date, timeout=10000)
    assert "Báo cáo đã cũ" in ui.bannerLabel.text()
    assert ui.flaggedList.count() == 1 and "Tập huấn CEDAW" in ui.flaggedList.item(0).text()
    screen.grab().save(str(Path(workspace.location.data_dir) / "reports-screen.png"))
