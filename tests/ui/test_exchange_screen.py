"""Trao đổi dữ liệu: preview → apply, the conflict dialog's choices, export and history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, CatalogueItem
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.exchange import conflict_dialog
from nbhr_desktop.ui.exchange.screen import ExchangeScreen
from nbhr_desktop.ui.operations import OperationRunner

from sync_helpers import edit_activity


def _install(tmp_path, name, unit="Kim Sơn", role="district"):
    ws = Workspace.open(Location.resolve(data_dir=tmp_path / name))
    initialise(ws, unit, role=role)
    return ws


def _introduce(a, b):
    """The officers of two PCs of one unit register each other's key codes."""
    from nbhr_desktop.sync import trust

    for ws, other in ((a, b), (b, a)):
        trust.register(ws, other.installation_info().unit_code, trust.show_mine(other).fingerprint)


def _add(ws, title, cost=1_000):
    info = ws.installation_info()
    with ws.db.session() as s:
        form = s.scalars(select(CatalogueItem).where(CatalogueItem.code == "hoi_nghi")).one()
        act = Activity(unit_id=info.unit_id, start_date=dt.date(2025, 5, 1), title=title,
                       form=form, owner_unit_code=info.unit_code, version=0, cost=cost)
        act.touch(info.installation_uuid)
        s.add(act)
        s.flush()
        return act.uuid


def _titles(ws):
    with ws.db.session() as s:
        return {a.uuid: (a.title, a.cost) for a in s.scalars(select(Activity))}


@pytest.fixture
def make_screen(qtbot):
    runners = []

    def make(ws):
        runner = OperationRunner()
        runners.append(runner)
        screen = ExchangeScreen(UiContext(ws, runner))
        qtbot.addWidget(screen)
        qtbot.waitUntil(lambda: screen.is_ready, timeout=10_000)
        return screen

    yield make
    for runner in runners:
        runner.wait()


def test_preview_then_apply_a_district_package(qtbot, tmp_path, make_screen, monkeypatch):
    from nbhr_desktop.sync import trust

    district = _install(tmp_path, "district")
    province = _install(tmp_path, "province", "Tỉnh Ninh Bình", "province")
    _add(district, "Hội nghị triển khai kế hoạch")
    package = export_package(district, tmp_path / "kimson.nbhr").path
    screen_fingerprint = trust.show_mine(district).fingerprint
    screen = make_screen(province)
    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        screen.open_file(package)
    ui = screen.ui
    assert ui.newValue.text() == "15" and ui.conflictsValue.text() == "0"
    assert "Huyện Kim Sơn" in ui.notesLabel.text()
    # A first contact says so, with the key code to compare with the unit's report.
    assert "LẦN ĐẦU" in ui.trustLabel.text() and screen.source.fingerprint in ui.trustLabel.text()
    assert ui.applyButton.isEnabled()
    assert _titles(province) == {}  # a preview writes nothing
    asked = []
    monkeypatch.setattr(ExchangeScreen, "_confirm_unusual",
                        lambda self, source: asked.append(source.fingerprint) or "accept")
    with qtbot.waitSignal(screen.applied, timeout=10_000):
        ui.applyButton.click()
    assert asked == [screen_fingerprint]
    assert "Đã nhập: mới 15" in ui.resultLabel.text()
    assert [t for t, _c in _titles(province).values()] == ["Hội nghị triển khai kế hoạch"]
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1, timeout=10_000)
    assert screen.pins.rowCount() == 1
    screen.grab().save(str(tmp_path / "exchange.png"))
    district.close()
    province.close()


def test_conflict_dialog_choice_per_field(qtbot, tmp_path, make_screen, monkeypatch):
    pc1, pc2 = _install(tmp_path, "pc1"), _install(tmp_path, "pc2")
    _introduce(pc1, pc2)
    shared = _add(pc1, "Bản đầu", cost=100)
    import_file(pc2, export_package(pc1, tmp_path / "a.nbhr").path)
    edit_activity(pc1, shared, title="Tên của máy 1", cost=111)
    edit_activity(pc2, shared, title="Tên của máy 2", cost=222)
    theirs = export_package(pc2, tmp_path / "b.nbhr").path

    seen = {}

    def choose(dialog):
        seen["rows"] = [(r.label, r.mine, r.theirs) for r in dialog.views[0].rows if r.differs]
        seen["sides"] = (dialog.ui.mineLabel.text(), dialog.ui.theirsLabel.text())
        dialog.ui.fieldsRadio.setChecked(True)
        dialog.choose_field("title", "theirs")  # the other PC's title, this PC's cost
        return QDialog.Accepted

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", choose)
    screen = make_screen(pc1)
    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        screen.open_file(theirs)
    assert screen.ui.conflictsValue.text() == "1"
    with qtbot.waitSignal(screen.applied, timeout=10_000):
        screen.ui.applyButton.click()
    assert ("Tên", "Tên của máy 1", "Tên của máy 2") in seen["rows"]
    assert "máy này" in seen["sides"][0] and "Huyện Kim Sơn" in seen["sides"][1]
    assert _titles(pc1)[shared] == ("Tên của máy 2", 111)
    assert "xung đột đã giải quyết 1" in screen.ui.resultLabel.text()
    pc1.close()
    pc2.close()


def test_cancelled_conflict_dialog_imports_nothing(qtbot, tmp_path, make_screen, monkeypatch):
    pc1, pc2 = _install(tmp_path, "pc1"), _install(tmp_path, "pc2")
    _introduce(pc1, pc2)
    shared = _add(pc1, "Bản đầu")
    import_file(pc2, export_package(pc1, tmp_path / "a.nbhr").path)
    edit_activity(pc1, shared, title="Máy 1")
    edit_activity(pc2, shared, title="Máy 2")
    theirs = export_package(pc2, tmp_path / "b.nbhr").path
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", lambda d: QDialog.Rejected)
    screen = make_screen(pc1)
    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        screen.open_file(theirs)
    screen.ui.applyButton.click()
    screen.context.operations.wait()
    assert _titles(pc1)[shared][0] == "Máy 1"
    assert screen.ui.applyButton.isEnabled()  # the preview stays for another try
    pc1.close()
    pc2.close()


def test_export_package_and_entry_template_from_the_screen(qtbot, tmp_path, make_screen,
                                                           monkeypatch, exporters_used):
    exporters = exporters_used  # the window goes through the one export route
    district = _install(tmp_path, "district")
    _add(district, "Hoạt động để gửi")
    screen = make_screen(district)
    ui = screen.ui
    assert ui.recipientCombo.currentText() == "Tỉnh Ninh Bình"
    assert len(ui.keyLabel.text().split("-")) == 6
    ui.allRadio.setChecked(True)
    screen.export_to(tmp_path / "out.nbhr")
    qtbot.waitUntil(lambda: "Đã xuất" in ui.exportResultLabel.text(), timeout=10_000)
    assert (tmp_path / "out.nbhr").is_file()
    qtbot.waitUntil(lambda: "Lần gửi trước" in ui.lastExportLabel.text(), timeout=10_000)
    screen.export_template_to(tmp_path / "mau.xlsx")
    qtbot.waitUntil(lambda: "sổ nhập liệu" in ui.exportResultLabel.text(), timeout=10_000)
    assert (tmp_path / "mau.xlsx").is_file()
    assert exporters == ["package", "entry-template"]
    district.close()


def test_refused_file_shows_reason_and_history(qtbot, tmp_path, make_screen, monkeypatch):
    province = _install(tmp_path, "province", "Tỉnh Ninh Bình", "province")
    junk = tmp_path / "junk.nbhr"
    junk.write_bytes(b"garbage")
    shown = []
    monkeypatch.setattr("nbhr_desktop.ui.exchange.screen.show_error",
                        lambda parent, error, trace="": shown.append(error.message))
    screen = make_screen(province)
    screen.open_file(junk)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "hỏng" in shown[0] and "hỏng" in screen.ui.resultLabel.text()
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1, timeout=10_000)
    assert screen.history.rows()[0].outcome == "refused"
    province.close()


def test_dropping_a_file_opens_its_preview(qtbot, tmp_path, make_screen):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    district = _install(tmp_path, "district")
    province = _install(tmp_path, "province", "Tỉnh Ninh Bình", "province")
    _add(district, "Kéo thả")
    package = export_package(district, tmp_path / "drop.nbhr").path
    screen = make_screen(province)
    screen.ui.tabs.setCurrentWidget(screen.ui.historyTab)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        screen.dropEvent(event)
    assert screen.ui.tabs.currentWidget() is screen.ui.importTab
    assert screen.ui.newValue.text() == "15"
    district.close()
    province.close()


def test_other_key_asks_before_repinning(qtbot, tmp_path, make_screen, monkeypatch):
    district = _install(tmp_path, "district")
    impostor = _install(tmp_path, "impostor")  # another PC claiming Kim Sơn, another key
    province = _install(tmp_path, "province", "Tỉnh Ninh Bình", "province")
    _add(district, "Thật")
    _add(impostor, "Máy mới")
    import_file(province, export_package(district, tmp_path / "a.nbhr").path)
    other = export_package(impostor, tmp_path / "b.nbhr").path
    asked = []

    def ask(screen_self, error):
        asked.append(error.message)
        return "re-pinned" if len(asked) == 1 else None

    monkeypatch.setattr(ExchangeScreen, "_ask_repin", ask)
    screen = make_screen(province)
    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        screen.open_file(other)
    assert "CẢNH BÁO" in asked[0]
    assert "sẽ thay khóa cũ theo yêu cầu" in screen.ui.trustLabel.text()
    with qtbot.waitSignal(screen.applied, timeout=10_000):
        screen.ui.applyButton.click()
    qtbot.waitUntil(lambda: [p.how for p in screen.pins.rows()] == ["re-pinned"],
                    timeout=10_000)
    for ws in (district, impostor, province):
        ws.close()


def test_first_contact_can_be_refused_and_is_logged(qtbot, tmp_path, make_screen, monkeypatch):
    district = _install(tmp_path, "district")
    province = _install(tmp_path, "province", "Tỉnh Ninh Bình", "province")
    _add(district, "Chưa rõ ai gửi")
    package = export_package(district, tmp_path / "who.nbhr").path
    monkeypatch.setattr(ExchangeScreen, "_confirm_unusual", lambda self, source: "refuse")
    screen = make_screen(province)
    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        screen.open_file(package)
    screen.ui.applyButton.click()
    qtbot.waitUntil(lambda: "Đã từ chối" in screen.ui.resultLabel.text(), timeout=10_000)
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1, timeout=10_000)
    assert screen.history.rows()[0].outcome == "refused" and _titles(province) == {}
    assert screen.pins.rowCount() == 0 and not screen.ui.applyButton.isEnabled()
    district.close()
    province.close()


def test_another_pc_of_the_unit_is_introduced_only_when_asked(qtbot, tmp_path, make_screen,
                                                              monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    pc1, pc2 = _install(tmp_path, "pc1"), _install(tmp_path, "pc2")
    _add(pc2, "Từ máy 2")
    package = export_package(pc2, tmp_path / "pc2.nbhr").path
    buttons = []

    def answer(box):
        buttons.append([b.text() for b in box.buttons()])
        return QMessageBox.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    shown = []
    monkeypatch.setattr("nbhr_desktop.ui.exchange.screen.show_error",
                        lambda parent, error, trace="": shown.append(error.message))
    screen = make_screen(pc1)
    screen.open_file(package)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert any("Giới thiệu máy này" in text for text in buttons[0])
    assert not any("Ghim lại" in text for text in buttons[0])
    assert "chưa được giới thiệu" in shown[0] and _titles(pc1) == {}
    pc1.close()
    pc2.close()


def test_register_a_units_key_code_from_the_screen(qtbot, tmp_path, make_screen, monkeypatch):
    from nbhr_desktop.sync import trust
    from nbhr_desktop.ui.exchange.trust import KeyRegisterDialog

    district = _install(tmp_path, "district")
    province = _install(tmp_path, "province", "Tỉnh Ninh Bình", "province")
    code = trust.show_mine(district).fingerprint
    typed = []

    def fill_in(dialog):
        ui = dialog.ui
        ui.unitCombo.setCurrentIndex(ui.unitCombo.findData("376"))
        ui.codeEdit.setText("not a code")
        dialog.accept()  # refused in the dialog, with the reason
        typed.append(ui.errorLabel.text())
        ui.codeEdit.setText(code.lower())
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(KeyRegisterDialog, "exec", fill_in)
    screen = make_screen(province)
    screen.ui.registerKeyButton.click()
    qtbot.waitUntil(lambda: screen.pins.rowCount() == 1, timeout=10_000)
    assert "24 chữ số" in typed[0]
    [pin] = screen.pins.rows()
    assert (pin.unit_code, pin.fingerprint, pin.how) == ("376", code, "registered")
    assert "chưa nhận tệp" in pin.how_label
    _add(district, "Sau khi đăng ký")
    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        screen.open_file(export_package(district, tmp_path / "ks.nbhr").path)
    assert "khớp mã khóa đã đăng ký" in screen.ui.trustLabel.text()
    screen.grab().save(str(tmp_path / "registered.png"))
    district.close()
    province.close()
