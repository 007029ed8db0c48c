"""The Danh mục screen: tabs load, search without accents, add/edit through dialogs, deactivate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from nbhr_desktop.core.catalogue_seed import unit_rows
from nbhr_desktop.ui.catalogues import screen as screen_module
from nbhr_desktop.ui.catalogues.screen import CataloguesScreen
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner


@pytest.fixture
def screen(qtbot, workspace, monkeypatch):
    errors = []
    monkeypatch.setattr(screen_module, "show_error", lambda parent, error: errors.append(error))
    runner = OperationRunner()
    widget = CataloguesScreen(UiContext(workspace, runner))
    widget.errors = errors
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.ready, timeout=10_000):
        pass
    yield widget
    runner.wait()


def _names(tab) -> list[str]:
    proxy = tab.proxy
    column = 1
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_all_tabs_load(screen):
    titles = [screen.ui.tabs.tabText(i) for i in range(screen.ui.tabs.count())]
    assert titles == ["Đơn vị hành chính", "Cơ quan", "Hình thức", "Chủ đề", "Đối tượng",
                      "Nguồn kinh phí", "Căn cứ, nơi nhận"]
    # The province, 9 district-level units and every commune-level unit since 2023.
    assert screen.tabs["units"].model.rowCount() == len(unit_rows()) == 308
    assert "Phòng Văn hóa và Thông tin" in _names(screen.tabs["agencies"])
    assert "Tập huấn, bồi dưỡng" in _names(screen.tabs["form"])
    assert screen.tabs["form"].model.headerData(2, Qt.Horizontal) == "Đơn vị tính"


def test_search_ignores_accents(screen):
    units = screen.tabs["units"]
    units.ui.searchEdit.setText("kim son")
    assert _names(units) == ["Huyện Kim Sơn", "Xã Kim Sơn"]
    assert units.ui.countLabel.text() == "2 / 308 mục"
    units.ui.searchEdit.setText("Như Hoà")  # the older tone-mark placement finds "Hòa"
    assert _names(units) == ["Xã Như Hòa"]


def test_add_commune_through_dialog(qtbot, screen):
    dialog = screen.add("units")
    ui = dialog.ui
    assert ui.levelCombo.currentData() == "commune"
    assert ui.parentCombo.currentText() == "Huyện Kim Sơn"  # this district by default
    ui.codeEdit.setText("14999")
    ui.shortNameEdit.setText("Kim Chính")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        ui.buttonBox.button(QDialogButtonBox.Save).click()
    units = screen.tabs["units"]
    qtbot.waitUntil(lambda: units.model.rowCount() == 309, timeout=10_000)
    assert units.selected_row().name == "Xã Kim Chính"
    assert units.selected_row().parent_name == "Huyện Kim Sơn"


def test_invalid_input_keeps_dialog_open_with_message(qtbot, screen):
    dialog = screen.add("agencies")
    dialog.ui.nameEdit.setText("Phòng Tư pháp")  # already there
    save = dialog.ui.buttonBox.button(QDialogButtonBox.Save)
    save.click()
    qtbot.waitUntil(lambda: bool(screen.errors), timeout=10_000)
    assert "Đã có cơ quan" in screen.errors[0].problems["name"]
    assert dialog.isVisible() and save.isEnabled()


def test_edit_and_deactivate_catalogue_item(qtbot, screen):
    forms = screen.tabs["form"]
    assert forms.select_id(forms.model.rows()[0].id)
    dialog = screen.edit("form")
    assert dialog.ui.nameEdit.text() == "Tài liệu, ấn phẩm"
    dialog.ui.productUnitEdit.setText("cuốn")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttonBox.button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: forms.selected_row().product_unit == "cuốn", timeout=10_000)
    assert forms.ui.toggleButton.text() == "Ngừng dùng"
    forms.ui.toggleButton.click()
    qtbot.waitUntil(lambda: not forms.selected_row().active, timeout=10_000)
    assert forms.ui.toggleButton.text() == "Dùng lại"
    total = forms.proxy.rowCount()
    forms.ui.inactiveCheck.setChecked(False)
    assert forms.proxy.rowCount() == total - 1


def test_units_filter_by_level(screen):
    units = screen.tabs["units"]
    combo = units.ui.levelCombo
    combo.setCurrentIndex(combo.findData("province"))
    assert _names(units) == ["Tỉnh Ninh Bình"]
    combo.setCurrentIndex(combo.findData("district"))
    assert len(_names(units)) == 9
    assert not screen.tabs["form"].ui.levelCombo.isVisibleTo(screen.tabs["form"])


def test_texts_and_agencies_show_their_validity(screen):
    texts = screen.tabs["texts"]
    model = texts.model
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Loại", "Nội dung", "Cấp", "Hiệu lực từ", "Hiệu lực đến", "Trạng thái"]
    law = next(r for r in model.rows() if r.code == "luat_cqdp_72_2025")
    row = model.rows().index(law)
    assert model.index(row, 0).data() == "Căn cứ" and model.index(row, 3).data() == "01/07/2025"
    assert not texts.ui.addButton.isVisibleTo(texts)
    agencies = screen.tabs["agencies"].model
    police = next(r for r in agencies.rows() if r.short_code == "CA")
    assert agencies.index(agencies.rows().index(police), 5).data() == "28/02/2025"
