"""A plan-and-report cycle by keyboard alone, in the main window: enter an activity, draft a
plan (add a task, undo, redo), import a package from another PC of the unit, make the
quarter's report. Every step is a key pressed on the focused widget (QTest): no mouse, no
method called to act. The file dialogs are answered through their seam
(``file_dialogs._run``), as a user would pick the file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, CatalogueItem, PlanTask
from nbhr_desktop.sync import trust
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.ui import file_dialogs
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.main_window import MainWindow
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.shortcuts import BY_NAME


def focused():
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def press(key, modifier=Qt.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def write(text: str) -> None:
    QTest.keyClicks(focused(), text)  # ASCII: QTest types no accents


def shortcut(name: str) -> None:
    """The first keys of a listed shortcut, as this platform binds them."""
    QTest.keySequence(focused(), BY_NAME[name].sequences()[0])


def alt(label: QLabel) -> None:
    """Alt + the letter underlined in the label (or button) text shown."""
    letter = re.search(r"&([^&])", label.text().replace("&&", "")).group(1).lower()
    press(Qt.Key(Qt.Key_A.value + ord(letter) - ord("a")), Qt.AltModifier)


def control(key) -> None:
    press(key, Qt.ControlModifier)


@pytest.fixture
def other_pc(tmp_path, workspace):
    """A second PC of Huyện Kim Sơn, known to this one, with one activity to send."""
    other = Workspace.open(Location.resolve(data_dir=tmp_path / "other"))
    initialise(other, "Kim Sơn", officer_name="Trần Văn Bình")
    for ws, peer in ((workspace, other), (other, workspace)):
        trust.register(ws, peer.installation_info().unit_code, trust.show_mine(peer).fingerprint)
    info = other.installation_info()
    with other.db.session() as s:
        form = s.scalars(select(CatalogueItem).where(CatalogueItem.code == "hoi_nghi")).one()
        act = Activity(unit_id=info.unit_id, start_date=dt.date(2024, 11, 5), form=form,
                       title="Hoi nghi tu may thu hai", owner_unit_code=info.unit_code,
                       version=0, participants_total=40)
        act.touch(info.installation_uuid)
        s.add(act)
    package = export_package(other, tmp_path / "may-2.nbhr").path
    other.close()
    return package


@pytest.fixture
def window(qtbot, workspace, monkeypatch):
    errors = []
    monkeypatch.setattr("nbhr_desktop.ui.operations.show_error",
                        lambda _parent, error, trace="": errors.append(f"{error}\n{trace}"))
    context = UiContext(workspace, OperationRunner())
    main = MainWindow(context, remember_state=False)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    main.errors = errors
    yield main
    context.operations.wait(30_000)
    assert errors == []


def settle(qtbot, window) -> None:
    for _ in range(3):
        window.context.operations.wait(30_000)
        qtbot.wait(30)


def go(qtbot, window, number: int, key: str):
    control(Qt.Key(Qt.Key_0.value + number))
    screen = window.screen(key)
    assert window.current_key() == key and screen.isAncestorOf(QApplication.focusWidget())
    settle(qtbot, window)
    return screen


def test_plan_and_report_cycle_by_keyboard(qtbot, window, workspace, other_pc, tmp_path,
                                           monkeypatch):
    chosen: list[Path] = []
    asked = []

    def pick(dialog):  # the officer picks the file the test names next
        asked.append(dialog.windowTitle())
        return [str(chosen.pop(0))]

    monkeypatch.setattr(file_dialogs, "_run", pick)
    titles = [spec.key for spec in window.specs]

    # 1. Hoạt động: Ctrl+N, type, Tab to the form picker, Alt to the attendance, Ctrl+S.
    activities = go(qtbot, window, titles.index("activities") + 1, "activities")
    shortcut("activities.new")
    qtbot.waitUntil(lambda: type(QApplication.focusWidget().window()).__name__
                    == "ActivityDialog", timeout=5000)
    dialog = QApplication.focusWidget().window()
    qtbot.waitUntil(dialog.ui.titleEdit.hasFocus, timeout=5000)
    write("Tuyen truyen luu dong ve quyen tre em")
    press(Qt.Key_Tab)  # start date: Kim Sơn's last day, 30/06/2025
    press(Qt.Key_Tab)  # end date
    press(Qt.Key_Tab)  # form picker
    assert focused() in (dialog.form_combo, dialog.form_combo.lineEdit())
    write("luu dong")
    press(Qt.Key_Return)  # the type-ahead list's one entry
    alt(dialog.ui.totalCaption)
    assert dialog.ui.totalSpin.hasFocus()
    control(Qt.Key_A)
    write("150")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        shortcut("activity.save")
    settle(qtbot, window)
    with workspace.db.session() as s:
        row = s.scalars(select(Activity).where(
            Activity.title == "Tuyen truyen luu dong ve quyen tre em")).one()
        assert row.participants_total == 150 and row.form.code == "luu_dong"
    # The dialog closed: the window manager gives the window back its focus (offscreen Qt
    # has none, so the test does what it would).
    window.activateWindow()
    qtbot.waitUntil(lambda: activities.isAncestorOf(QApplication.focusWidget()), timeout=5000)

    # 2. Kế hoạch: the year by its Alt+letter, Ctrl+N from the template, Ctrl+T a task,
    # its title typed, then undo and redo by the standard keys.
    plans = go(qtbot, window, titles.index("plans") + 1, "plans")
    alt(plans.ui.yearLabel)
    control(Qt.Key_A)
    write("2024")
    press(Qt.Key_Tab)
    settle(qtbot, window)
    shortcut("plans.new")
    editor = plans.editor
    qtbot.waitUntil(lambda: editor.view is not None and editor.isVisible(), timeout=10_000)
    settle(qtbot, window)
    before = len(editor.view.tasks)
    shortcut("plans.add_task")
    qtbot.waitUntil(lambda: len(editor.view.tasks) == before + 1, timeout=10_000)
    settle(qtbot, window)
    assert editor.ui.taskTitleEdit.hasFocus()
    # typed straight away: the placeholder title is selected, so the typing replaces it
    write("Tuyen truyen ve quyen tre em tren loa truyen thanh")
    press(Qt.Key_Backtab)  # out of the title: the edit is kept (and undoable)
    settle(qtbot, window)

    def task_titles() -> list[str]:
        with workspace.db.session() as s:
            return list(s.scalars(select(PlanTask.title)))

    new_title = "Tuyen truyen ve quyen tre em tren loa truyen thanh"
    assert new_title in task_titles() and "Nhiệm vụ mới" not in task_titles()
    shortcut("plans.undo")
    settle(qtbot, window)
    assert new_title not in task_titles() and "Nhiệm vụ mới" in task_titles()
    shortcut("plans.redo")
    settle(qtbot, window)
    assert new_title in task_titles()
    shortcut("plans.back")
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)

    # 3. Trao đổi dữ liệu: Ctrl+O picks the other PC's package, Ctrl+I imports it.
    exchange = go(qtbot, window, titles.index("exchange") + 1, "exchange")
    chosen.append(other_pc)
    with qtbot.waitSignal(exchange.previewed, timeout=20_000):
        shortcut("exchange.open")
    assert exchange.ui.applyButton.isEnabled()
    with qtbot.waitSignal(exchange.applied, timeout=20_000):
        shortcut("exchange.apply")
    with workspace.db.session() as s:
        assert s.scalars(select(Activity).where(
            Activity.title == "Hoi nghi tu may thu hai")).one().participants_total == 40

    # 4. Báo cáo: the period by Alt+letter and arrows, F5, the results typed, Ctrl+S, Ctrl+E.
    reports = go(qtbot, window, titles.index("reports") + 1, "reports")
    alt(reports.ui.kindCaption)
    assert reports.ui.kindCombo.hasFocus()
    kind = reports.ui.kindCombo
    while kind.currentData() != "quarter":
        press(Qt.Key_Down)
    press(Qt.Key_Tab)  # the quarter
    while reports.ui.partCombo.currentData() != 4:
        press(Qt.Key_Down)
    press(Qt.Key_Tab)  # the year
    control(Qt.Key_A)
    write("2024")
    shortcut("reports.refresh")
    qtbot.waitUntil(lambda: reports.view is not None and reports.view.period.key == "2024-Q4"
                    and not reports.loading, timeout=20_000)
    # The imported activity (5/11/2024); ours is dated 30/06/2025, the district's last day.
    assert reports.ui.totalsTable.item(0, 1).text() == "1"
    alt_tab = reports.ui.tabs.tabText(1)  # "Nội dung báo cáo"
    letter = re.search(r"&(.)", alt_tab).group(1).lower()
    press(Qt.Key(Qt.Key_A.value + ord(letter) - ord("a")), Qt.AltModifier)
    assert reports.ui.tabs.currentIndex() == 1
    press(Qt.Key_Tab)
    while not QApplication.focusWidget().inherits("QPlainTextEdit"):
        press(Qt.Key_Tab)
    control(Qt.Key_End)
    write(" Da hoan thanh.")
    shortcut("reports.save")
    qtbot.waitUntil(lambda: "Đã lưu" in reports.ui.savedLabel.text(), timeout=20_000)
    target = tmp_path / "bao-cao-quy-IV.pdf"
    chosen.append(target)
    with qtbot.waitSignal(reports.exported, timeout=60_000):
        shortcut("reports.pdf")
    assert target.stat().st_size > 3000 and target.read_bytes().startswith(b"%PDF")
    assert len(asked) == 2  # the two file dialogs, answered; nothing else was asked
