"""Báo cáo screen: choose a period, see figures, edit the narrative, export, submit, flags."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.core.reports.service import find_report
from nbhr_desktop.storage.models import Activity
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.reports.screen import ReportsScreen

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
    assert ui.totalsTable.item(0, 2).text() == "6"  # from 1 January (lũy kế)
    assert ui.totalsTable.item(0, 3).text() == "2"  # the same quarter of 2023
    assert ui.totalsTable.item(0, 4).text() == "+3"
    assert ui.totalsTable.item(2, 0).text().strip() == "Trong đó: lượt nữ"  # no number
    assert ui.totalsTable.item(6, 1).text() == "57.950.000"
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData("tasks"))
    assert ui.groupTable.item(0, 0).text().startswith("Tập huấn cho cán bộ thông tin cơ sở")
    assert ui.groupTable.item(1, 1).text() == "4 lớp"
    assert ui.groupTable.item(1, 2).text() == "2"  # 2 trainings this quarter…
    assert ui.groupTable.item(1, 3).text() == "3"  # …3 of 4 since 1 January
    assert ui.groupTable.item(1, 4).text() == "75,0%"
    assert ui.groupTable.item(1, 5).text() == "Chưa đạt"  # the year's last quarter judges
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


def test_export_puts_path_on_clipboard_and_offers_the_folder(qtbot, screen, tmp_path,
                                                            monkeypatch, exporters_used):
    exporters = exporters_used  # the window goes through the one export route
    opened = []
    screen.open_folder = opened.append
    assert not screen.ui.openFolderButton.isVisible()
    for kind in ("pdf", "xlsx"):
        target = tmp_path / "gửi tỉnh" / f"Báo cáo quý IV.{kind}"
        with qtbot.waitSignal(screen.exported, timeout=30000) as signal:
            screen.export(kind, target)
        path = Path(signal.args[0])
        assert path == target and path.stat().st_size > 3000
        assert QGuiApplication.clipboard().text() == str(path)
        assert path.name in screen.ui.savedLabel.text()
        assert str(path.parent) in screen.ui.savedLabel.text()  # the folder is named too
        assert sorted(p.name for p in path.parent.iterdir()) == sorted(
            f"Báo cáo quý IV.{k}" for k in ("pdf", "xlsx")[:("pdf", "xlsx").index(kind) + 1])
    assert exporters == ["report-pdf", "report-workbook"]
    assert opened == []  # nothing opens by itself…
    assert screen.ui.openFolderButton.isVisible()
    screen.ui.openFolderButton.click()  # …the officer may ask
    assert opened == [tmp_path / "gửi tỉnh"]


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


def test_cutoff_choice_and_the_excluded_notice(qtbot, screen, workspace):
    ui = screen.ui
    screen.basisCombo.setCurrentIndex(screen.basisCombo.findData("cutoff"))
    qtbot.waitUntil(lambda: screen.view.period.key == "2024-Q4-ND09" and not screen.loading,
                    timeout=10000)
    assert "14/12/2024" in ui.periodLabel.text()
    assert "Nghị định số 09/2019" in ui.periodLabel.toolTip()
    screen.set_period("quarter", 2024, 4)
    qtbot.waitUntil(lambda: screen.view.period.key == "2024-Q4" and not screen.loading,
                    timeout=10000)
    # The report dated 20/11/2024: what was done after it is not counted, and the officer
    # is told so on the screen.
    ui.issuedCheck.setChecked(True)
    ui.issuedDate.setDate(QDate(2024, 11, 20))
    screen.save()
    qtbot.waitUntil(lambda: "Đã lưu" in ui.savedLabel.text(), timeout=10000)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.view.figures.excluded == 2 and not screen.loading,
                    timeout=10000)
    assert "Không tính 2 hoạt động có ngày sau ngày báo cáo (20/11/2024)" in \
        ui.periodLabel.text()
    assert ui.totalsTable.item(0, 1).text() == "3"


class Modals:
    """Answers the modal dialogs that open one after another (file dialog, question…)."""

    def __init__(self, qtbot, *handlers):
        from PySide6.QtCore import QTimer
        self.handlers = list(handlers)
        self.seen = []
        self.timer = QTimer(interval=50)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self):
        from PySide6.QtWidgets import QApplication
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or modal in self.seen[-1:]:
            return
        self.seen.append(modal)
        if self.handlers:
            self.handlers.pop(0)(modal)
        if not self.handlers:
            self.timer.stop()


def _accept_file_dialog(expected_name, into=None):
    def handle(dialog):
        from PySide6.QtWidgets import QFileDialog, QLineEdit
        assert isinstance(dialog, QFileDialog)
        assert dialog.testOption(QFileDialog.DontUseNativeDialog)  # Qt's, in Vietnamese
        line = dialog.findChild(QLineEdit, "fileNameEdit")
        assert line.text() == expected_name  # the usual name is offered
        if into is not None:
            line.setText(into)
        dialog.accept()
    return handle


def _answer(button_text):
    def handle(box):
        from PySide6.QtWidgets import QMessageBox
        assert isinstance(box, QMessageBox)
        assert "đã có tệp" in box.text() and box.text().count("\n") >= 1
        handle.text = box.text()
        box.button(QMessageBox.Yes if button_text == "yes" else QMessageBox.No).click()
    return handle


def test_export_asks_a_file_name_and_before_replacing(qtbot, screen, workspace, tmp_path):
    from nbhr_desktop.core.settings import SettingsStore
    store = SettingsStore(workspace.location.data_dir)
    settings = store.load()
    folder = tmp_path / "xuất"
    folder.mkdir()
    settings.last_export_dir = str(folder)
    store.save(settings)
    usual = "BC-QCN-KimSon-2024-Q4.pdf"

    # First time: the usual name in the folder used last.
    modals = Modals(qtbot, _accept_file_dialog(usual))
    with qtbot.waitSignal(screen.exported, timeout=30000) as signal:
        screen.ui.pdfButton.click()
    assert Path(signal.args[0]) == folder / usual
    first = (folder / usual).read_bytes()

    # Again: the file exists, so the officer is asked; "Không" goes back to the dialog,
    # where another name is typed.
    no = _answer("no")
    modals = Modals(qtbot, _accept_file_dialog(usual), no,
                    _accept_file_dialog(usual, into="ban-2.pdf"))
    with qtbot.waitSignal(screen.exported, timeout=30000) as signal:
        screen.ui.pdfButton.click()
    assert str(folder) in no.text and usual in no.text  # names the file and the folder
    assert Path(signal.args[0]) == folder / "ban-2.pdf"
    assert (folder / usual).read_bytes() == first  # untouched

    # "Có" replaces it; no scratch folder is left behind.
    modals = Modals(qtbot, _accept_file_dialog(usual), _answer("yes"))
    with qtbot.waitSignal(screen.exported, timeout=30000):
        screen.ui.pdfButton.click()
    assert sorted(p.name for p in folder.iterdir()) == sorted([usual, "ban-2.pdf"])
    assert modals.seen and not modals.handlers
