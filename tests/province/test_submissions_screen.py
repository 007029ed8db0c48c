"""The province's "Nộp báo cáo" screen: what the officer sees for a period, the due date set
per period, the reminder filter and the workbook (the same file as ``submissions --out``)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.sync.imports import import_file
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.main_window import MainWindow
from nbhr_desktop.ui.operations import OperationRunner


@pytest.fixture
def province(sent_files, tmp_path):
    ws = Workspace.open(Location.resolve(data_dir=tmp_path / "province"))
    initialise(ws, "Ninh Bình", role="province", officer_name="Phạm Thu Hà")
    for path in sent_files.files:
        import_file(ws, path)
    yield ws
    ws.close()


@pytest.fixture
def screen(qtbot, province):
    runner = OperationRunner()
    window = MainWindow(UiContext(province, runner), remember_state=False)
    qtbot.addWidget(window)
    shown = window.show_screen("submissions")
    qtbot.waitUntil(lambda: shown.data is not None)
    yield shown
    runner.wait()


def _choose_year(qtbot, screen, year: int) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData("year"))
    screen.year.setValue(year)
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.period.key == str(year))


def _table(screen) -> list[list[str]]:
    proxy = screen.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def test_the_officer_sees_who_sent_and_who_to_remind(qtbot, screen, sent_files):
    _choose_year(qtbot, screen, 2024)
    rows = {row[0]: row for row in _table(screen)}
    # The eight district-level units of 2024, by code; the four that sent, with their files.
    assert list(rows) == ["369", "370", "372", "373", "374", "375", "376", "377"]
    for unit in sent_files.districts:
        _code, name, status, received, activities, _last, key, file = rows[unit.code]
        assert (name, status) == (unit.name, "Gửi muộn")  # sent in 2026 for 2024
        assert received.startswith(dt.date.today().strftime("%d/%m/%Y"))
        assert activities == str(unit.figures["2024"].totals.activities)
        assert file == unit.file.name
        assert bool(key) == (unit.file.suffix == ".nbhr")  # a workbook carries no key
    assert [row[2] for code, row in rows.items() if code in ("369", "370", "374", "375")] == [
        "Chưa gửi"] * 4
    colours = {screen.proxy.index(r, 0).data(): screen.proxy.index(r, 2).data(Qt.ForegroundRole)
               for r in range(screen.proxy.rowCount())}
    assert colours["369"].color().name() == "#b03020"  # to phone: red
    assert colours["376"].color().name() == "#9a6700"  # late: amber
    assert "Đã gửi <b>4/8</b> đơn vị (gửi muộn 4); chưa gửi <b>4</b>" in screen.summary.text()
    assert screen.due_label.text() == "Hạn gửi năm 2024:"
    assert screen.due_edit.value() == dt.date(2024, 12, 19)  # Decree 09 cut-off + 5 days
    assert not screen.reset_due.isEnabled()
    # The reminder list: only the units still missing.
    screen.only_missing.setChecked(True)
    assert [row[0] for row in _table(screen)] == ["369", "370", "374", "375"]


def _choose_quarter(qtbot, screen, year: int, part: int) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData("quarter"))
    screen.year.setValue(year)
    screen.part.setCurrentIndex(part - 1)
    key = f"{year}-Q{part}"
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.period.key == key)


def test_due_date_set_per_period_judges_again(qtbot, screen, sent_files):
    commune = sent_files.commune.code
    _choose_quarter(qtbot, screen, 2026, 2)
    assert screen.due_edit.value() == dt.date(2026, 6, 19)
    status = {row[0]: row[2] for row in _table(screen)}
    assert len(status) == 129 and status[commune] == "Gửi muộn"  # its package: 29/11/2026
    screen.due_edit.set_value(dt.date(2026, 12, 1))
    screen.set_due.click()
    qtbot.waitUntil(lambda: screen.reset_due.isEnabled())
    assert screen.due_edit.value() == dt.date(2026, 12, 1)
    assert {row[0]: row[2] for row in _table(screen)}[commune] == "Đã gửi"
    assert "gửi muộn 0" in screen.summary.text()
    # Another period keeps its default.
    _choose_quarter(qtbot, screen, 2026, 1)
    assert screen.due_edit.value() == dt.date(2026, 3, 19)
    # Back to the default for the second quarter: late again.
    _choose_quarter(qtbot, screen, 2026, 2)
    assert screen.due_edit.value() == dt.date(2026, 12, 1)
    screen.reset_due.click()
    qtbot.waitUntil(lambda: not screen.reset_due.isEnabled())
    assert screen.due_edit.value() == dt.date(2026, 6, 19)
    assert {row[0]: row[2] for row in _table(screen)}[commune] == "Gửi muộn"


def test_export_writes_the_same_workbook_as_the_command(qtbot, screen, tmp_path,
                                                        monkeypatch, exporters_used):
    exporters = exporters_used  # the window goes through the one export route
    _choose_year(qtbot, screen, 2024)
    target = tmp_path / "tinh-hinh.xlsx"
    screen.export_workbook(target)
    qtbot.waitUntil(target.exists)
    assert exporters == ["submissions"]
    sheet = load_workbook(target, read_only=True).active
    codes = [row[1] for row in sheet.iter_rows(min_row=5, values_only=True) if row[1]]
    # The units to phone first, then those that sent.
    assert codes[:4] == ["369", "370", "374", "375"] and sorted(codes[4:]) == [
        "372", "373", "376", "377"]


def test_only_the_province_has_the_screen(qtbot, workspace):
    runner = OperationRunner()
    window = MainWindow(UiContext(workspace, runner), remember_state=False)
    qtbot.addWidget(window)
    assert not window.has_screen("submissions")
    with pytest.raises(KeyError):
        window.show_screen("submissions")
    runner.wait()
