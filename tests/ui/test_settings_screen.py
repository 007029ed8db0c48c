"""The Cài đặt screen: saving settings and the officer, backups now, restore from a backup."""

from __future__ import annotations

import json

import pytest

from nbhr_desktop.core.catalogues import AgencyInput, CatalogueService
from nbhr_desktop.storage import backup
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.settings.screen import SettingsScreen, human_size


@pytest.fixture
def screen(qtbot, workspace):
    runner = OperationRunner()
    widget = SettingsScreen(UiContext(workspace, runner))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.is_ready, timeout=10_000)
    yield widget
    runner.wait()


def test_shows_unit_officer_and_data_location(screen, workspace):
    ui = screen.ui
    assert ui.unitValue.text() == "Huyện Kim Sơn"
    assert ui.officerEdit.text() == "Nguyễn Thị Hoa"
    assert ui.databaseValue.text() == workspace.location.describe()
    assert ui.sizeValue.text().endswith(("KB", "MB"))


def test_save_writes_settings_file_and_officer(qtbot, screen, workspace):
    ui = screen.ui
    ui.officerEdit.setText("Phạm  Thu Trang")
    ui.signerNameEdit.setText("Trần Văn Bình")
    ui.signerTitleEdit.setText("Phó Chủ tịch")
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.saveButton.click()
    qtbot.waitUntil(lambda: ui.savedLabel.text().startswith("Đã lưu"), timeout=10_000)
    assert "mở lại" in ui.savedLabel.text()  # a new language needs a restart
    saved = json.loads((workspace.location.data_dir / "settings.json").read_text("utf-8"))
    assert saved["signer_name"] == "Trần Văn Bình" and saved["language"] == "en"
    assert workspace.installation_info(refresh=True).officer_name == "Phạm Thu Trang"


def test_backup_now_then_restore_it(qtbot, screen, workspace):
    screen.backup_now()
    qtbot.waitUntil(lambda: screen.backups.rowCount() == 1, timeout=10_000)
    made = screen.backups.rows()[0]
    assert made.reason == "manual" and made.path.exists()

    service = CatalogueService(workspace)
    service.save_agency(AgencyInput(name="Ban Dân tộc"))
    assert any(a.name == "Ban Dân tộc" for a in service.list_agencies())

    screen.restore(made.path, confirmed=True)
    qtbot.waitUntil(lambda: screen.ui.savedLabel.text().startswith("Đã khôi phục"),
                    timeout=20_000)
    assert not any(a.name == "Ban Dân tộc" for a in service.list_agencies())
    # What was replaced was kept first.
    qtbot.waitUntil(lambda: any(b.reason == "before-restore" for b in screen.backups.rows()),
                    timeout=10_000)
    assert backup.list_backups(workspace.location, "before-restore")


def test_human_size():
    assert human_size(500) == "1 KB"
    assert human_size(3 * 1024 * 1024 + 200_000) == "3,2 MB"
    assert human_size(None) == "không xác định"
