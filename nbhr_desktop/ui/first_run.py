"""First run: choose the unit this installation serves, its role and the officer.

The dialog seeds the shipped catalogue (on the worker thread) so the unit list is there,
then ``core.setup.initialise`` does the real work, also on the worker thread. The dialog
closes with ``Accepted`` only once the installation exists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from nbhr_desktop.core.setup import initialise, seed_catalogues
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.resources import resource
from nbhr_desktop.storage.models import AdminUnit, Role, UnitLevel
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.operations import OperationRunner, show_error


def load_unit_choices(workspace: Workspace) -> list[tuple[str, str, str, dt.date | None]]:
    """(code, name, level, valid_to) of province and district-level units, after seeding."""
    with workspace.db.session() as session:
        seed_catalogues(session)
        units = session.scalars(select(AdminUnit).where(
            AdminUnit.deleted.is_(False),
            AdminUnit.level.in_([UnitLevel.PROVINCE, UnitLevel.DISTRICT])))
        return [(u.code, u.name, u.level, u.valid_to) for u in units]


class FirstRunDialog(QDialog):
    unitsLoaded = Signal()

    def __init__(self, workspace: Workspace, operations: OperationRunner, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.operations = operations
        self._units: list[tuple[str, str, str, dt.date | None]] = []
        self.ui = load_form("first_run.ui", self)
        self.setWindowTitle(self.tr("Khởi tạo NBHR Desktop"))
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self.ui.locationLabel.setText(self.tr("Dữ liệu được lưu tại: {0}").format(
            workspace.location.describe()))
        self.ui.districtRadio.toggled.connect(self._fill_units)
        self.ui.buttonBox.accepted.connect(self._start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._ok_button().setText(self.tr("Bắt đầu"))
        # "Thoát", not "Hủy": leaving here closes the app (and takes away the empty database).
        self.ui.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Thoát"))
        self.layout().setContentsMargins(12, 12, 12, 12)
        self.resize(600, self.sizeHint().height())
        self._ok_button().setEnabled(False)
        self.ui.unitCombo.setPlaceholderText(self.tr("Đang tải danh sách đơn vị…"))
        operations.run(lambda progress: load_unit_choices(workspace),
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
        level = UnitLevel.DISTRICT if self.role() == Role.DISTRICT else UnitLevel.PROVINCE
        today = dt.date.today()
        # Units still in force first; ended ones stay choosable for an office that closes
        # its old records, marked with their end date.
        rows = sorted((u for u in self._units if u[2] == level),
                      key=lambda u: (u[3] is not None and u[3] < today, u[1]))
        combo = self.ui.unitCombo
        combo.clear()
        for code, name, _level, valid_to in rows:
            text = name if valid_to is None else self.tr("{0} (đến {1})").format(
                name, valid_to.strftime("%d/%m/%Y"))
            combo.addItem(text, code)
        combo.setCurrentIndex(0 if rows else -1)
        self._ok_button().setEnabled(bool(rows))

    def select_unit(self, code: str) -> bool:
        index = self.ui.unitCombo.findData(code)
        if index >= 0:
            self.ui.unitCombo.setCurrentIndex(index)
        return index >= 0

    def _start(self) -> None:
        code = self.ui.unitCombo.currentData()
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
