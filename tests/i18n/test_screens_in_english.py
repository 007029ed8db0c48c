"""With language "en" the real screens speak English; with "vi" Vietnamese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from nbhr_desktop.app import install_translators
from nbhr_desktop.base.i18n import install_language
from nbhr_desktop.core.activities.service import ActivityInput
from nbhr_desktop.core.activities.validation import validate
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.main_window import MainWindow
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.settings.screen import SettingsScreen


@pytest.fixture
def speak(qapp):
    installed = []
    before = QLocale()

    def install(language):
        installed.extend(install_translators(qapp, language))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)  # other tests must not inherit our locale
    install_language("vi")


@pytest.fixture
def context(workspace, qapp):
    runner = OperationRunner()
    yield UiContext(workspace, runner)
    runner.wait()


def _problems():
    return [p.message for p in validate(ActivityInput(title=""))]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_main_window_settings_and_a_core_error(qtbot, context, speak, language):
    speak(language)
    window = MainWindow(context, remember_state=False)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    settings = SettingsScreen(context)
    qtbot.addWidget(settings)
    qtbot.waitUntil(lambda: settings.is_ready, timeout=10_000)
    if language == "en":
        assert "&File" in menus and "&Help" in menus
        assert settings.ui.saveButton.text().replace("&", "") == "Save settings"
        assert "No activity name entered." in " ".join(_problems())
        assert "No start date entered." in _problems()
    else:
        assert "&Tệp" in menus
        assert settings.ui.saveButton.text().replace("&", "").startswith("Lưu")
        assert "Chưa nhập ngày bắt đầu." in _problems()
