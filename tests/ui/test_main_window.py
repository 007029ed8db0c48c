"""The main window: navigation, lazy screens, refresh on change, status bar, remembered state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from nbhr_desktop.core.changes import Change
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.main_window import MainWindow
from nbhr_desktop.ui.operations import OperationRunner


@pytest.fixture
def context(workspace, qapp):
    runner = OperationRunner()
    yield UiContext(workspace, runner)
    runner.wait()


@pytest.fixture
def isolated_qsettings(tmp_path, qapp):
    """QSettings in a temporary folder, so tests never touch the user's window state."""
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("NBHRTest")
    QCoreApplication.setApplicationName("MainWindowTest")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def _window(qtbot, context, **kwargs) -> MainWindow:
    window = MainWindow(context, remember_state=kwargs.pop("remember_state", False))
    qtbot.addWidget(window)
    return window


def test_navigation_and_status_bar(qtbot, context, workspace):
    window = _window(qtbot, context)
    nav = window.ui.navigationList
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Tổng quan", "Kế hoạch", "Hoạt động", "Báo cáo", "Trao đổi dữ liệu", "Danh mục", "Cài đặt"]
    assert all(not nav.item(i).icon().isNull() for i in range(nav.count()))
    status = window._unit_label.text()
    assert "Huyện Kim Sơn" in status and "Nguyễn Thị Hoa" in status
    assert workspace.location.describe() in window._location_label.text()
    assert "Huyện Kim Sơn" in window.windowTitle()


def test_screens_are_built_lazily_on_first_visit(qtbot, context):
    window = _window(qtbot, context)
    assert window.screen("catalogues") is None
    nav = window.ui.navigationList
    nav.setCurrentRow([s.key for s in window.specs].index("catalogues"))
    screen = window.screen("catalogues")
    assert type(screen).__name__ == "CataloguesScreen"
    assert window.ui.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.is_ready, timeout=10_000)
    assert window.screen("settings") is None
    assert window.show_screen("catalogues") is screen  # built once


def _two_screens_counting_refreshes(qtbot, context):
    """The catalogues screen built, then the settings screen shown; both note refreshes."""
    window = _window(qtbot, context)
    calls = []
    for name in ("catalogues", "settings"):
        screen = window.show_screen(name)
        screen.refresh = lambda name=name: calls.append(name)
    return window, calls


def test_refresh_visible_now_and_hidden_when_shown(qtbot, context):
    window, calls = _two_screens_counting_refreshes(qtbot, context)
    context.operations.changed.emit(Change.CATALOGUES)
    assert calls == []  # the settings screen shown does not show catalogues
    window.show_screen("catalogues")
    assert calls == ["catalogues"]  # stale: refreshed when shown again
    window.show_screen("catalogues")
    assert calls == ["catalogues"]  # not stale any more


def test_a_screen_ignores_changes_it_does_not_show(qtbot, context):
    window, calls = _two_screens_counting_refreshes(qtbot, context)
    context.operations.changed.emit(Change.SETTINGS)
    assert calls == ["settings"]
    window.show_screen("catalogues")
    assert calls == ["settings"]  # the signer's name is nothing the catalogues show
    context.operations.changed.emit(Change.PLANS | Change.CATALOGUES)
    assert calls == ["settings", "catalogues"]
    context.operations.changed.emit(Change.EVERYTHING)  # a restore
    window.show_screen("settings")
    assert calls == ["settings", "catalogues", "catalogues", "settings"]


def test_geometry_and_last_screen_remembered(qtbot, context, isolated_qsettings):
    window = _window(qtbot, context, remember_state=True)
    window.resize(700, 500)  # the offscreen screen is 800×600
    window.show_screen("settings")
    window.close()
    again = _window(qtbot, context, remember_state=True)
    assert again.last_screen_key() == "settings"
    assert (again.width(), again.height()) == (700, 500)


def test_keyboard_shortcuts_switch_screens(qtbot, context):
    window = _window(qtbot, context)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    # Shortcuts work from wherever the focus is, e.g. the navigation list.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_7, Qt.ControlModifier)
    assert window.current_key() == "settings"
    assert type(window.screen("settings")).__name__ == "SettingsScreen"


def test_ctrl_f_finds_the_search_box_of_the_screen_shown(qtbot, context):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = _window(qtbot, context)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for key in ("activities", "catalogues"):
        screen = window.show_screen(key)
        window.ui.navigationList.setFocus()  # the sidebar has the focus
        qtbot.keyClick(window.ui.navigationList, Qt.Key_F, Qt.ControlModifier)
        assert window.current_key() == key  # the same screen…
        focus = QApplication.focusWidget()
        assert focus is not None and focus.objectName() == "searchEdit"  # …its search box
        assert screen.isAncestorOf(focus)
    window.show_screen("dashboard")  # a screen without a search box: nothing moves
    window.ui.navigationList.setFocus()
    qtbot.keyClick(window.ui.navigationList, Qt.Key_F, Qt.ControlModifier)
    assert window.current_key() == "dashboard"
    context.operations.wait()
