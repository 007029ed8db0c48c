"""First run: choose the unit this installation serves, its role and the officer.

The unit list comes from ``core.setup.unit_choices`` (which seeds the shipped catalogue
first), then ``core.setup.initialise`` does the real work: both on the worker thread. The dialog
closes with ``Accepted`` only once the installation exists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from nbhr_desktop.base.text import fold
from nbhr_desktop.core.setup import initialise, unit_choices
from nbhr_desktop.core.units.ref import UnitRef
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.resources import resource
from nbhr_desktop.storage.models import Role, UnitLevel
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.operations import OperationRunner, show_error
from nbhr_desktop.ui.widgets.catalogue_combo import CatalogueCombo


class FirstRunDialog(QDialog):
    unitsLoaded = Signal()

    def __init__(self, workspace: Workspace, operations: OperationRunner, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.operations = operations
        self._units: list[UnitRef] = []
        self._rows: list[UnitRef] = []
        self.ui = load_form("first_run.ui", self)
        # 138 units: typing any part of a name, accents optional, finds one ("phat diem").
        combo = CatalogueCombo(self.ui, placeholder=self.tr("Gõ tên hoặc mã đơn vị…"))
        combo.setMinimumWidth(self.ui.unitCombo.minimumWidth())
        self.ui.layout().replaceWidget(self.ui.unitCombo, combo)  # searches nested layouts
        self.ui.unitCombo.hide()
        self.ui.unitCombo.deleteLater()
        self.ui.unitCombo = combo
        self.ui.unitLabel.setBuddy(combo)
        self.setWindowTitle(self.tr("Khởi tạo NBHR Desktop"))
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self.ui.locationLabel.setText(self.tr("Dữ liệu được lưu tại: {0}").format(
            workspace.location.describe()))
        self.ui.districtRadio.toggled.connect(self._fill_units)
        self.ui.unitCombo.keyChanged.connect(
            lambda key: self._ok_button().setEnabled(key is not None))
        self.ui.buttonBox.accepted.connect(self._start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._ok_button().setText(self.tr("Bắt đầu"))
        # "Thoát", not "Hủy": leaving here closes the app (and takes away the empty database).
        self.ui.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Thoát"))
        self.layout().setContentsMargins(12, 12, 12, 12)
        self.resize(600, self.sizeHint().height())
        self._ok_button().setEnabled(False)
        self.ui.unitCombo.setPlaceholderText(self.tr("Đang tải danh sách đơn vị…"))
        operations.run(lambda progress: unit_choices(workspace),
                       on_success=self._units_loaded, parent=self, show_progress=False)

    def _ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.Ok)

    def role(self) -> str:
        return Role.DISTRICT if self.ui.districtRadio.isChecked() else Role.PROVINCE

    def _units_loaded(self, units) -> None:
        self._units = units
        self._fill_units()
        self.unitsLoaded.emit()

    def _fill_units(self) -> None:
        provincial = self.role() == Role.PROVINCE
        today = dt.date.today()
        # Units in force today first (the communes and wards since 01/07/2025); ended ones
        # (the districts) stay choosable for an office that closes its old records, marked
        # with their end date.
        rows = sorted((u for u in self._units if (u.level == UnitLevel.PROVINCE) == provincial),
                      key=lambda u: (not _valid_on(u, today), fold(u.name)))
        self._rows = rows
        combo = self.ui.unitCombo
        combo.set_items([(u.uuid, self._label(u, today)) for u in rows])
        # The province is the only choice of its role; among 138 units the officer types.
        combo.set_current_key(rows[0].uuid if len(rows) == 1 else None)
        self._ok_button().setEnabled(combo.current_key() is not None)

    def _label(self, unit: UnitRef, today: dt.date) -> str:
        if unit.level == UnitLevel.PROVINCE:
            return unit.name
        if unit.valid_to is not None and unit.valid_to < today:
            return self.tr("{0} – {1} (đến {2})").format(unit.name, unit.code,
                                                         unit.valid_to.strftime("%d/%m/%Y"))
        return f"{unit.name} – {unit.code}"

    def select_unit(self, code: str) -> bool:
        """Choose the unit with this code (the one in force first)."""
        found = next((u for u in self._rows if u.code == code), None)
        if found is not None:
            self.ui.unitCombo.set_current_key(found.uuid)
            self._ok_button().setEnabled(True)
        return found is not None

    def _start(self) -> None:
        code = self.ui.unitCombo.current_key()  # the unit's UUID: codes repeat over time
        if not code:
            return
        officer = " ".join(self.ui.officerEdit.text().split())
        role = self.role()
        self._ok_button().setEnabled(False)
        self.operations.run(
            lambda progress: initialise(self.workspace, code, role, officer),
            on_success=lambda _info: self.accept(),
            on_failure=self._failed,
            label=self.tr("Đang khởi tạo dữ liệu…"), parent=self,
        )

    def _failed(self, error: Exception) -> None:
        self._ok_button().setEnabled(True)
        show_error(self, error)

    def keyPressEvent(self, event) -> None:
        # Enter in the name field should not start before the unit list has loaded.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not self._ok_button().isEnabled():
            return
        super().keyPressEvent(event)


def _valid_on(unit: UnitRef, day: dt.date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= day) and (
        unit.valid_to is None or day <= unit.valid_to)
