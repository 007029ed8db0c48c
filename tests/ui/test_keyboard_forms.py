"""Every screen and dialog by keyboard, in Vietnamese and in English: a tab order in every
form that reads like the layout, Alt+letters that do not clash within a window, a buddy for
every label that stands before a field, and every shortcut bound from the one table
(``ui/shortcuts.py``) that the Help list shows."""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QMainWindow,
    QTabBar,
    QWidget,
)

from nbhr_desktop.app import install_translators
from nbhr_desktop.base.i18n import install_language
from nbhr_desktop.ui.activities.bulk_dialog import BulkEditDialog
from nbhr_desktop.ui.catalogues.dialogs import AgencyDialog, ItemDialog, UnitDialog
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.exchange.trust import KeyRegisterDialog
from nbhr_desktop.ui.first_run import FirstRunDialog
from nbhr_desktop.ui.main_window import MainWindow
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.plans.issue_dialog import IssueDialog
from nbhr_desktop.ui.shortcut_list import ShortcutListDialog, shortcut_rows
from nbhr_desktop.ui.shortcuts import BY_NAME, NAME_PROPERTY, SHORTCUTS

from activity_fixtures import build_log

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _tool():
    spec = importlib.util.spec_from_file_location("form_tab_order",
                                                  ROOT / "tools" / "form_tab_order.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.name)
def test_every_form_has_a_tab_order_in_reading_order(qapp, path):
    tool = _tool()
    written = tool.current_stops(path.read_text(encoding="utf-8"))
    assert written, f"{path.name} has no <tabstops> (run tools/form_tab_order.py)"
    assert written == tool.tab_stops(path), (
        f"{path.name}: the tab order does not follow the layout, or misses a field "
        "(run tools/form_tab_order.py)")


# -- mnemonics, buddies, shortcuts in the live windows -------------------------------------
def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _takes_input(widget: QWidget | None) -> bool:
    while widget is not None and widget.focusPolicy() == Qt.NoFocus and widget.focusProxy():
        widget = widget.focusProxy()
    return (widget is not None and not isinstance(widget, QAbstractButton | QTabBar)
            and bool(widget.focusPolicy() & Qt.TabFocus))


def _first_widget(item) -> QWidget | None:
    if item is None:
        return None
    if item.widget() is not None:
        return item.widget()
    layout = item.layout()
    if isinstance(layout, QGridLayout | QFormLayout):  # a row of fields: its first
        for index in range(layout.count()):
            found = _first_widget(layout.itemAt(index))
            if found is not None:
                return found
    return None


def field_after(layout: QLayout, index: int) -> QWidget | None:
    """The widget drawn right after item ``index``: the field of a form row, the next cell
    of a grid, the next item of a box."""
    if isinstance(layout, QFormLayout):
        row, role = layout.getItemPosition(index)
        if role != QFormLayout.LabelRole:
            return None
        return _first_widget(layout.itemAt(row, QFormLayout.FieldRole))
    if isinstance(layout, QGridLayout):
        row, column, _rows, columns = layout.getItemPosition(index)
        return _first_widget(layout.itemAtPosition(row, column + columns))
    following = layout.itemAt(index + 1)
    return following.widget() if following is not None else None


def audit(top: QWidget, where: str, seen: dict[str, int] | None = None) -> list[str]:
    """Problems a keyboard user meets in ``top`` as it shows now (``seen``: how many
    Alt+letters it has)."""
    problems = []
    owners: dict[str, list[str]] = defaultdict(list)

    def take(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is None:
            return
        if not ("a" <= letter <= "z" or letter.isdigit()):
            problems.append(f"{where}: '{text}' underlines '{letter}', no plain letter to type")
        owners[letter].append(what)

    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            take(action.text(), f"menu '{action.text()}'")
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel) and mnemonic(widget.text()):
            if widget.buddy() is None:
                problems.append(f"{where}: label '{widget.text()}' has an Alt+letter, no buddy")
            else:
                take(widget.text(), f"label '{widget.text()}'")
        elif isinstance(widget, QAbstractButton):
            take(widget.text(), f"button '{widget.text()}'")
        elif isinstance(widget, QGroupBox):
            take(widget.title(), f"group '{widget.title()}'")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                take(widget.tabText(index), f"tab '{widget.tabText(index)}'")
    if seen is not None:
        seen[where] = max(seen.get(where, 0), len(owners))
    for letter, what in owners.items():
        if len(what) > 1:
            problems.append(f"{where}: Alt+{letter.upper()} is {' and '.join(what)}")
    for layout in top.findChildren(QLayout):
        for index in range(layout.count()):
            label = layout.itemAt(index).widget()
            if not isinstance(label, QLabel) or label.buddy() is not None \
                    or label.window() is not top:
                continue
            if not label.isVisibleTo(top) or not label.text().strip() or label.wordWrap() \
                    or label.text().lstrip().startswith("<"):
                continue
            field = field_after(layout, index)
            if field is not None and field.isVisibleTo(top) and _takes_input(field):
                problems.append(f"{where}: label '{label.text()}' before "
                                f"{field.objectName() or type(field).__name__} has no buddy")
    return problems


def shortcut_names(top: QWidget, where: str, problems: list[str]) -> set[str]:
    for shortcut in top.findChildren(QShortcut):
        problems.append(f"{where}: QShortcut {shortcut.key().toString()} is not from the table "
                        "(use ui.shortcuts.bind)")
    names = set()
    for action in top.findChildren(QAction):
        if not action.shortcuts():
            continue
        name = action.property(NAME_PROPERTY)
        if name != "navigation" and name not in BY_NAME:
            problems.append(f"{where}: action '{action.text()}' "
                            f"({action.shortcut().toString()}) is not from the table")
        names.add(name)
    return names


def each_tab(top: QWidget):
    """Show every page of every tab widget in turn (what shows together is audited)."""
    from PySide6.QtWidgets import QTabWidget

    yield None
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{tabs.objectName()}[{index}]"
        tabs.setCurrentIndex(current)


@pytest.fixture(params=["vi", "en"])
def language(request, qapp):
    before = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    install_language("vi")


def _settle(qtbot, context) -> None:
    for _ in range(3):
        context.operations.wait(10_000)
        qtbot.wait(30)


def test_every_window_by_keyboard(qtbot, workspace, language, monkeypatch):
    build_log(workspace)
    errors = []
    monkeypatch.setattr("nbhr_desktop.ui.operations.show_error",
                        lambda _parent, error, trace="": errors.append(f"{error}\n{trace}"))
    context = UiContext(workspace, OperationRunner())
    window = MainWindow(context, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    bound: set[str] = set()
    checked = []
    seen: dict[str, int] = {}

    def check(top: QWidget, where: str) -> None:
        for page in each_tab(top):
            problems.extend(audit(top, f"{language} {where}" + (f" {page}" if page else ""),
                                  seen))
        bound.update(shortcut_names(top, f"{language} {where}", problems))
        checked.append(where)

    for spec in window.specs:
        screen = window.show_screen(spec.key)
        _settle(qtbot, context)
        check(window, spec.key)
        if spec.key == "plans":
            screen.ui.yearSpin.setValue(2024)  # the log's plan
            _settle(qtbot, context)
            screen.ui.plansTable.selectRow(0)
            screen.ui.openButton.click()
            qtbot.waitUntil(lambda s=screen: s.editor.view is not None or bool(errors),
                            timeout=10_000)
            assert errors == []
            _settle(qtbot, context)
            check(window, "plans editor")
            dialog = IssueDialog(screen.editor, screen.editor.view)
            qtbot.addWidget(dialog)
            dialog.show()
            check(dialog, "issue dialog")
            dialog.reject()
        if spec.key == "activities":
            screen.ui.filterToggle.setChecked(True)
            screen.ui.progressToggle.setChecked(True)
            _settle(qtbot, context)
            check(window, "activities with filters")
            dialog = screen.new_activity()
            qtbot.addWidget(dialog)
            check(dialog, "activity dialog")
            dialog.reject()
            bulk = BulkEditDialog(screen.model.lookups, 2, window)
            qtbot.addWidget(bulk)
            bulk.show()
            check(bulk, "bulk dialog")
            bulk.reject()
    dialogs = {
        "unit dialog": UnitDialog([], lambda *a: None),
        "agency dialog": AgencyDialog(lambda *a: None),
        "item dialog": ItemDialog("Thêm", lambda *a: None, with_product_unit=True),
        "key dialog": KeyRegisterDialog([("KS", "Huyện Kim Sơn")]),
        "first run": FirstRunDialog(workspace, context.operations),
        "shortcut list": ShortcutListDialog([s.title for s in window.specs]),
    }
    for where, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        _settle(qtbot, context)
        check(dialog, where)
    _settle(qtbot, context)
    assert errors == []
    assert problems == [], "\n".join(problems)
    # The windows do have their letters (the menus' two, and the forms').
    assert seen[f"{language} activity dialog"] >= 18
    assert seen[f"{language} exchange"] >= 10 and seen[f"{language} reports"] >= 10
    assert min(n for where, n in seen.items() if "shortcut list" not in where) >= 2
    # Every shortcut of the table is bound by its screen (the province's list aside: a
    # district has no "Nộp báo cáo" screen).
    unbound = {s.name for s in SHORTCUTS if not s.name.startswith("submissions.")} - bound
    assert unbound == set()
    assert "navigation" in bound


def test_help_lists_every_shortcut_from_the_table(qtbot, language):
    rows = [row for _group, group_rows in shortcut_rows(["A", "B"]) for row in group_rows]
    for spec in SHORTCUTS:
        assert (spec.text(), spec.translated_description()) in rows
        assert spec.text()  # a standard key this platform knows
    keys = [keys for keys, _what in rows]
    assert keys[:2] == ["Ctrl+1", "Ctrl+2"]
    if language == "en":
        assert ("Ctrl+F", "Go to the search box of the screen shown") in rows
    # Standard keys, not hard-coded strings, for the usual actions.
    assert "Ctrl+Z" in BY_NAME["plans.undo"].text().split(", ")
    assert "Ctrl+S" in BY_NAME["activity.save"].text().split(", ")
