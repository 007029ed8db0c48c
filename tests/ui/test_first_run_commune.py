"""First run for a commune: typed without accents, found, and initialised."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.ui.first_run import FirstRunDialog
from nbhr_desktop.ui.operations import OperationRunner


def test_typing_a_commune_without_accents_starts_it(qtbot, location):
    workspace = Workspace.open(location)
    runner = OperationRunner()
    try:
        dialog = FirstRunDialog(workspace, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        combo = dialog.ui.unitCombo
        qtbot.waitUntil(lambda: combo.count() > 0, timeout=10_000)
        combo.setFocus()
        qtbot.keyClicks(combo.lineEdit(), "phat diem")
        qtbot.keyClick(combo.completer().popup(), Qt.Key_Return)
        assert combo.currentText() == "Xã Phát Diệm – 14620"
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.Ok)
        assert ok.isEnabled()
        with qtbot.waitSignal(dialog.finished, timeout=10_000):
            ok.click()
        assert dialog.result() == QDialog.Accepted
        info = workspace.installation_info(refresh=True)
        assert (info.unit_code, info.unit_name, info.unit_level) == ("14620", "Xã Phát Diệm",
                                                                      "commune")
    finally:
        runner.wait()
        workspace.close()
