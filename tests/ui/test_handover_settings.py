"""Hand-over from the settings screen: offered only when the unit has ended, then the
window serves the chosen successor commune."""

from __future__ import annotations

import pytest

from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.settings.screen import SettingsScreen


def _screen(qtbot, workspace):
    runner = OperationRunner()
    widget = SettingsScreen(UiContext(workspace, runner))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.is_ready, timeout=10_000)
    return widget, runner


def test_district_hands_over_from_settings(qtbot, workspace, tmp_path):
    screen, runner = _screen(qtbot, workspace)
    ui = screen.ui
    assert ui.handoverGroup.isVisibleTo(screen)
    options = [ui.handoverCombo.itemText(i) for i in range(ui.handoverCombo.count())]
    assert options[0] == "14638 Xã Kim Sơn" and len(options) == 8
    assert "30/06/2025" in ui.handoverHint.text()
    ui.handoverCombo.setCurrentIndex(options.index("14620 Xã Phát Diệm"))
    with qtbot.waitSignal(screen.handover.done, timeout=15_000) as done:
        screen.handover.hand_over(tmp_path / "bangiao.nbhr", confirmed=True)
    assert done.args[0].new_unit_code == "14620"
    assert (tmp_path / "bangiao.nbhr").is_file()
    info = workspace.installation_info(refresh=True)
    assert (info.unit_code, info.unit_name) == ("14620", "Xã Phát Diệm")
    qtbot.waitUntil(lambda: ui.unitValue.text() == "Xã Phát Diệm", timeout=10_000)
    assert not ui.handoverGroup.isVisibleTo(screen)  # a commune in force has nothing to hand over
    assert "Xã Phát Diệm" in ui.savedLabel.text()
    runner.wait()


@pytest.mark.parametrize("fixture", ["commune_workspace"])
def test_nothing_to_hand_over_while_the_unit_exists(qtbot, request, fixture):
    screen, runner = _screen(qtbot, request.getfixturevalue(fixture))
    assert not screen.ui.handoverGroup.isVisibleTo(screen)
    runner.wait()
