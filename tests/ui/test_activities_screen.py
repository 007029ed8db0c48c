"""The activities screen with a window: keyboard entry, validation, duplicates, delete and
undo, bulk edit. Data: the small log of tests/helpers/activity_fixtures.py."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nbhr_desktop.core.activities.service import ActivityService
from nbhr_desktop.storage.models import Activity
from nbhr_desktop.ui.activities.screen import ActivitiesScreen
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner

from activity_fixtures import build_log


@pytest.fixture
def log(workspace):
    return build_log(workspace)


@pytest.fixture
def screen(qtbot, workspace, log):
    runner = OperationRunner()
    widget = ActivitiesScreen(UiContext(workspace, runner))
    runner.changed.connect(lambda _what: widget.refresh())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    with qtbot.waitSignal(widget.ready, timeout=5000):
        pass
    yield widget
    runner.wait()


def wait_idle(qtbot, screen):
    """Until the worker is done, its results are delivered and the table reloaded."""
    screen.context.operations.wait(5000)
    qtbot.wait(50)  # results come back as queued signals
    qtbot.waitUntil(lambda: not screen.model.is_busy(), timeout=5000)
    screen.context.operations.wait(5000)
    qtbot.wait(20)


def current_dialog(screen):
    dialogs = [w for w in QApplication.topLevelWidgets()
               if w.isVisible() and w.__class__.__name__ == "ActivityDialog"]
    return dialogs[-1] if dialogs else None


def test_first_page_footer_and_search(qtbot, screen):
    assert screen.model.rowCount() == 6
    assert "6 hoạt động" in screen.ui.footerLabel.text()
    assert "29.500.000 đ" in screen.ui.footerLabel.text()
    qtbot.keyClicks(screen.ui.searchEdit, "tap huan")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=3000)
    qtbot.waitUntil(lambda: "2 hoạt động" in screen.ui.footerLabel.text(), timeout=3000)


def test_entry_by_keyboard_with_defaults(qtbot, screen, workspace, log):
    qtbot.keyClick(screen.ui.tableView, Qt.Key_N, Qt.ControlModifier)
    dialog = current_dialog(screen)
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.titleEdit.hasFocus, timeout=3000)
    # Huyện Kim Sơn ended on 30/06/2025: a new entry starts on its last day, not today.
    assert dialog.ui.startDateEdit.date().toPython() == min(dt.date.today(),
                                                            dt.date(2025, 6, 30))
    # ASCII: QTest types no accents
    qtbot.keyClicks(dialog.ui.titleEdit, "Tuyen truyen luu dong ve quyen tre em")
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key_Tab)  # → start date
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)  # → end date
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)  # → form picker
    assert QApplication.focusWidget() in (dialog.form_combo, dialog.form_combo.lineEdit())
    dialog.form_combo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.form_combo.lineEdit(), "luu dong")
    # The type-ahead list is open; Enter takes its (single) entry, as a user would.
    qtbot.keyClick(dialog.form_combo.completer().popup(), Qt.Key_Return)
    assert dialog.form_combo.current_key() == log.forms["luu_dong"]
    dialog.ui.totalSpin.setFocus()
    dialog.ui.totalSpin.selectAll()
    qtbot.keyClicks(dialog.ui.totalSpin, "150")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.ui.totalSpin, Qt.Key_Return)  # Enter saves
    wait_idle(qtbot, screen)
    with workspace.db.session() as s:
        row = s.query(Activity).filter_by(title="Tuyen truyen luu dong ve quyen tre em").one()
        assert row.participants_total == 150 and row.form_id == log.forms["luu_dong"]
        # The defaults came from the last activity entered here (commune of "x1").
        assert row.commune_id == log.communes["Ân Hòa"]
    assert screen.model.rowCount() == 7


def _check(qtbot, dialog) -> None:
    """Press Save and wait for the check's answer (it reads the database on the worker)."""
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        dialog.try_save()


def test_validation_messages_stay_in_the_dialog(qtbot, screen):
    dialog = screen.new_activity()
    dialog.ui.titleEdit.setText("Hội nghị")
    dialog.ui.totalSpin.setValue(10)
    dialog.ui.womenSpin.setValue(12)
    dialog.ui.costSpin.setValue(-1000)
    _check(qtbot, dialog)
    text = dialog.ui.messagesLabel.text()
    assert "lớn hơn tổng số lượt người tham dự" in text and "không được là số âm" in text
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.ui.womenSpin.styleSheet()
    dialog.ui.womenSpin.setValue(5)
    dialog.ui.costSpin.setValue(0)
    dialog.ui.titleEdit.setText("")
    _check(qtbot, dialog)
    assert "Chưa nhập tên hoạt động" in dialog.ui.messagesLabel.text()
    assert dialog.focusWidget() is dialog.ui.titleEdit
    dialog.reject()


def test_duplicate_is_pointed_out_before_saving(qtbot, screen, workspace, log):
    screen.select_rows([screen.model.row_of_id(log.activities["t1"])])
    with qtbot.waitSignal(screen.dialogOpened, timeout=5000) as opened:
        screen.duplicate_selected()  # same date, form, commune and title
    dialog = opened.args[0]
    assert dialog.ui.titleEdit.text() == "Tập huấn Công ước CEDAW cho cán bộ"
    _check(qtbot, dialog)
    assert "Có thể trùng" in dialog.ui.messagesLabel.text()
    assert dialog.save_button.text() == "Vẫn lưu" and dialog.saved_id is None
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.try_save()  # confirmed
    wait_idle(qtbot, screen)
    with workspace.db.session() as s:
        assert s.query(Activity).filter_by(title="Tập huấn Công ước CEDAW cho cán bộ").count() == 2


def test_delete_and_undo(qtbot, screen, workspace, log):
    rows = [screen.model.row_of_id(log.activities[k]) for k in ("t1", "r1")]
    screen.select_rows(rows)
    screen.ui.tableView.setFocus()
    qtbot.keyClick(screen.ui.tableView, Qt.Key_Delete)
    wait_idle(qtbot, screen)
    assert screen.model.rowCount() == 4
    assert screen.ui.undoFrame.isVisible() and "Đã xóa 2" in screen.ui.undoLabel.text()
    with workspace.db.session() as s:
        assert s.get(Activity, log.activities["t1"]).deleted
    qtbot.mouseClick(screen.ui.undoButton, Qt.LeftButton)
    wait_idle(qtbot, screen)
    assert screen.model.rowCount() == 6
    with workspace.db.session() as s:
        assert not s.get(Activity, log.activities["t1"]).deleted


def test_bulk_edit_sets_the_task(qtbot, screen, workspace, log):
    ids = [log.activities["x1"], log.activities["r2"]]
    screen.select_rows(sorted(screen.model.row_of_id(i) for i in ids))
    assert sorted(screen.selected_ids()) == sorted(ids)
    dialog = screen.bulk_edit()
    dialog.rows["task_id"][1].set_current_key(log.tasks["training"])
    dialog.rows["task_id"][0].setChecked(True)
    dialog.accept()
    wait_idle(qtbot, screen)
    with workspace.db.session() as s:
        assert {s.get(Activity, i).task_id for i in ids} == {log.tasks["training"]}
    assert "Đã sửa 2" in screen.ui.statusLabel.text()


def test_presets_and_progress_panel(qtbot, screen, log):
    screen.filters.combos["commune_ids"].set_current_key(log.communes["Kim Chính"])
    screen._filters_changed()
    wait_idle(qtbot, screen)
    assert screen.model.rowCount() == 2
    screen.save_preset("Kim Chính")
    screen.filters.clear()
    wait_idle(qtbot, screen)
    assert screen.model.rowCount() == 6
    combo = screen.ui.presetCombo
    combo.setCurrentIndex(combo.findData("Kim Chính"))
    combo.activated.emit(combo.currentIndex())
    wait_idle(qtbot, screen)
    assert screen.model.rowCount() == 2
    screen.ui.progressToggle.setChecked(True)
    qtbot.waitUntil(lambda: screen.ui.progressTree.topLevelItemCount() == 2, timeout=5000)
    training = screen.ui.progressTree.topLevelItem(0)
    assert training.child(0).text(1) == "3/4 lớp, 75,0%"


def test_evidence_attached_on_save(qtbot, screen, workspace, log, tmp_path):
    from nbhr_desktop.core.activities.evidence import evidence_path, file_sha256
    scan = tmp_path / "Danh sách dự.pdf"
    scan.write_bytes(b"%PDF-1.4 attendance list")
    screen.select_rows([screen.model.row_of_id(log.activities["t2"])])
    with qtbot.waitSignal(screen.dialogOpened, timeout=5000) as opened:
        screen.edit_selected()
    dialog = opened.args[0]
    dialog.add_files([scan, tmp_path / "missing.png"])  # what a drop hands over
    assert dialog.ui.evidenceList.count() == 1
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.try_save()
    wait_idle(qtbot, screen)
    _data, files = ActivityService(workspace).load(log.activities["t2"])
    assert [f.file_name for f in files] == ["Danh sách dự.pdf"]
    assert evidence_path(workspace.location, file_sha256(scan)).exists()


def test_the_x_on_a_filter_stops_filtering(qtbot, screen, log):
    """× shows "Mọi xã" and the list shows every commune's activities again, at once."""
    from PySide6.QtWidgets import QToolButton
    combo = screen.filters.combos["commune_ids"]
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "kim chinh")
    qtbot.keyClick(combo.lineEdit(), Qt.Key_Return)
    wait_idle(qtbot, screen)
    assert combo.current_key() == log.communes["Kim Chính"]
    assert screen.model.rowCount() == 2
    clear = next(b for b in combo.lineEdit().findChildren(QToolButton) if b.isVisible())
    qtbot.mouseClick(clear, Qt.LeftButton)
    assert combo.currentText() == "" and combo.lineEdit().placeholderText() == "Mọi xã"
    wait_idle(qtbot, screen)
    assert combo.current_key() is None and screen.model.rowCount() == 6
    assert combo.lineEdit().hasFocus()  # still there: nothing else had to be clicked


def test_a_corrected_field_loses_its_red_at_once(qtbot, screen):
    from nbhr_desktop.ui.activities.dialog import ERROR_STYLE
    dialog = screen.new_activity()
    ui = dialog.ui
    ui.titleEdit.clear()
    ui.totalSpin.setValue(5)
    ui.womenSpin.setValue(9)  # more women than participants
    _check(qtbot, dialog)
    assert ui.titleEdit.styleSheet() == ERROR_STYLE and ui.womenSpin.styleSheet() == ERROR_STYLE
    messages = ui.messagesLabel.text()
    qtbot.keyClicks(ui.titleEdit, "Tap huan")
    assert ui.titleEdit.styleSheet() == "" and ui.titleEdit.toolTip() == ""
    assert ui.messagesLabel.text() != messages and "✖" in ui.messagesLabel.text()
    assert ui.womenSpin.styleSheet() == ERROR_STYLE  # not corrected yet: still marked
    ui.womenSpin.setValue(3)
    assert ui.womenSpin.styleSheet() == "" and "✖" not in ui.messagesLabel.text()
    assert dialog.isVisible()
    dialog.reject()
