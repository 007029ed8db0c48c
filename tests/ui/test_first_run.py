"""The first-run dialog: seeds the catalogue, lists units per role, creates the installation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.ui.first_run import FirstRunDialog
from nbhr_desktop.ui.operations import OperationRunner


@pytest.fixture
def fresh(location, qapp):
    workspace = Workspace.open(location)
    runner = OperationRunner()
    yield workspace, runner
    runner.wait()
    workspace.close()


def _dialog(qtbot, fresh) -> FirstRunDialog:
    workspace, runner = fresh
    dialog = FirstRunDialog(workspace, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.unitCombo.count() > 0, timeout=10_000)
    return dialog


def _texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_lists_district_units_then_province(qtbot, fresh):
    dialog = _dialog(qtbot, fresh)
    names = _texts(dialog.ui.unitCombo)
    assert len(names) == 9
    assert any(n.startswith("Huyện Kim Sơn") for n in names)
    assert "Tỉnh Ninh Bình" not in names
    dialog.ui.provinceRadio.setChecked(True)
    assert _texts(dialog.ui.unitCombo) == ["Tỉnh Ninh Bình"]


def test_start_initialises_the_workspace(qtbot, fresh):
    workspace, runner = fresh
    assert not workspace.is_initialised()
    dialog = _dialog(qtbot, fresh)
    assert dialog.select_unit("376")
    dialog.ui.officerEdit.setText("  Lê   Văn Nam ")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.ui.buttonBox.button(QDialogButtonBox.Ok).click()
    assert dialog.result() == QDialog.Accepted
    info = workspace.installation_info(refresh=True)
    assert (info.unit_code, info.role, info.officer_name) == ("376", "district", "Lê Văn Nam")


def test_province_role(qtbot, fresh):
    workspace, _runner = fresh
    dialog = _dialog(qtbot, fresh)
    dialog.ui.provinceRadio.setChecked(True)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.ui.buttonBox.button(QDialogButtonBox.Ok).click()
    info = workspace.installation_info(refresh=True)
    assert (info.unit_name, info.role) == ("Tỉnh Ninh Bình", "province")


def test_thoat_leaves_no_empty_database(qtbot, qapp, tmp_path, monkeypatch):
    """The whole start as the officer meets it: window opens, "Thoát", nothing left."""
    from PySide6.QtCore import QEventLoop, QLocale

    from nbhr_desktop import app as app_module
    from nbhr_desktop.cli import build_parser

    installed = []
    real_install = app_module.install_translators

    def install(application, language):
        installed.extend(real_install(application, language))
        return installed
    monkeypatch.setattr(app_module, "install_translators", install)

    def quit_at_once(dialog):
        if dialog.ui.unitCombo.count() == 0:  # the officer sees the list, then leaves
            loop = QEventLoop()
            dialog.unitsLoaded.connect(loop.quit)
            loop.exec()
        button = dialog.ui.buttonBox.button(QDialogButtonBox.Cancel)
        assert button.text() == "Thoát"
        button.click()
        return dialog.result()
    monkeypatch.setattr(FirstRunDialog, "exec", quit_at_once)
    folder = tmp_path / "NBHRDesktop"
    args = build_parser().parse_args(["--data-dir", str(folder)])
    locale = QLocale()
    try:
        assert app_module.run_gui(args) == 0
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert not folder.exists()
