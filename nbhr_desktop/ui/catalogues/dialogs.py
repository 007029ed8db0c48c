"""Add/edit dialogs of the Danh mục screen (layouts in ``forms/catalogue_*_dialog.ui``).

A dialog only gathers input. Saving goes through the screen's ``submit`` callback (the
service on the worker thread); the dialog closes when the save succeeded and stays open
with the Vietnamese message when it did not, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from nbhr_desktop.core.catalogues import (
    ALLOWED_PARENT_LEVELS,
    KINDS_BY_LEVEL,
    AgencyInput,
    AgencyRow,
    ItemInput,
    ItemRow,
    UnitInput,
    UnitRow,
)
from nbhr_desktop.storage.models import AgencyKind, UnitLevel
from nbhr_desktop.ui.forms import load_form

Submit = Callable[[object, Callable[[], None], Callable[[], None]], None]


def level_title(level: str) -> str:
    titles = {UnitLevel.PROVINCE: QT_TRANSLATE_NOOP("Catalogues", "Cấp tỉnh"),
              UnitLevel.DISTRICT: QT_TRANSLATE_NOOP("Catalogues", "Cấp huyện"),
              UnitLevel.COMMUNE: QT_TRANSLATE_NOOP("Catalogues", "Cấp xã")}
    return QCoreApplication.translate("Catalogues", titles.get(level, level))


def agency_kind_title(kind: str) -> str:
    titles = {AgencyKind.OFFICE: QT_TRANSLATE_NOOP("Catalogues", "Phòng, ban, trung tâm"),
              AgencyKind.MASS_ORGANISATION: QT_TRANSLATE_NOOP("Catalogues", "Mặt trận, đoàn thể"),
              AgencyKind.COMMUNE: QT_TRANSLATE_NOOP("Catalogues", "UBND xã, phường, thị trấn"),
              AgencyKind.OTHER: QT_TRANSLATE_NOOP("Catalogues", "Khác")}
    return QCoreApplication.translate("Catalogues", titles.get(kind, kind))


def owner_note(owner_code: str, own_code: str) -> str:
    if not owner_code or owner_code == own_code:
        return ""
    return QCoreApplication.translate(
        "Catalogues", "Mục này do đơn vị mã {0} quản lý. Bạn vẫn sửa được trên máy này; khi "
        "nhận tệp mới của đơn vị đó, phần mềm sẽ báo nếu hai bên cùng sửa.").format(owner_code)


class _EditDialog(QDialog):
    form_name = ""

    def __init__(self, title: str, submit: Submit, parent=None):
        super().__init__(parent)
        self.ui = load_form(self.form_name, self)
        self.layout().setContentsMargins(12, 12, 12, 12)
        self.setMinimumWidth(540)
        self.setWindowTitle(title)
        self._submit = submit
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.Save).setText(self.tr("Lưu"))
        self.ui.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))

    def values(self):
        raise NotImplementedError

    def accept(self) -> None:
        save = self.ui.buttonBox.button(QDialogButtonBox.Save)
        save.setEnabled(False)
        self._submit(self.values(), lambda: super(_EditDialog, self).accept(),
                     lambda: save.setEnabled(True))


def _qdate(day: dt.date | None) -> QDate:
    day = day or dt.date.today()
    return QDate(day.year, day.month, day.day)


class UnitDialog(_EditDialog):
    form_name = "catalogue_unit_dialog.ui"

    def __init__(self, units: list[UnitRow], submit: Submit, *, row: UnitRow | None = None,
                 default_parent_id: int | None = None, own_code: str = "", parent=None):
        title = self.tr("Sửa đơn vị hành chính") if row else self.tr("Thêm đơn vị hành chính")
        super().__init__(title, submit, parent)
        self._units = [u for u in units if row is None or u.id != row.id]
        ui = self.ui
        for level in (UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.PROVINCE):
            ui.levelCombo.addItem(level_title(level), str(level))
        for check, date in ((ui.fromCheck, ui.fromDate), (ui.toCheck, ui.toDate)):
            check.toggled.connect(date.setEnabled)
            date.setDate(_qdate(None))
        ui.levelCombo.currentIndexChanged.connect(self._level_changed)
        ui.successorCombo.addItem(self.tr("(không có)"), None)
        for unit in self._units:
            ui.successorCombo.addItem(unit.name, unit.id)
        ui.ownerLabel.setText(owner_note(row.owner_unit_code, own_code) if row else "")
        if row is None:
            ui.levelCombo.setCurrentIndex(0)
            self._level_changed()
            self._select(ui.parentCombo, default_parent_id)
            ui.fromCheck.setChecked(True)
            return
        ui.levelCombo.setCurrentIndex(max(ui.levelCombo.findData(row.level), 0))
        self._level_changed()
        ui.kindCombo.setCurrentText(row.kind)
        ui.codeEdit.setText(row.code)
        ui.shortNameEdit.setText(row.short_name)
        ui.nameEdit.setText(row.name)
        ui.placeNameEdit.setText(row.place_name)
        self._select(ui.parentCombo, row.parent_id)
        self._select(ui.successorCombo, row.successor_id)
        for check, date, day in ((ui.fromCheck, ui.fromDate, row.valid_from),
                                 (ui.toCheck, ui.toDate, row.valid_to)):
            check.setChecked(day is not None)
            date.setDate(_qdate(day))
        ui.noteEdit.setPlainText(row.note)

    @staticmethod
    def _select(combo, key) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _level_changed(self) -> None:
        level = self.ui.levelCombo.currentData()
        kind = self.ui.kindCombo.currentText()
        self.ui.kindCombo.clear()
        self.ui.kindCombo.addItems(list(KINDS_BY_LEVEL.get(level, ())))
        if kind in KINDS_BY_LEVEL.get(level, ()):
            self.ui.kindCombo.setCurrentText(kind)
        parent_id = self.ui.parentCombo.currentData()
        self.ui.parentCombo.clear()
        allowed = ALLOWED_PARENT_LEVELS.get(level, ())
        if not allowed:
            self.ui.parentCombo.addItem(self.tr("(không có)"), None)
        for unit in self._units:
            if unit.level in allowed:
                self.ui.parentCombo.addItem(unit.name, unit.id)
        self._select(self.ui.parentCombo, parent_id)

    def values(self) -> UnitInput:
        ui = self.ui

        def day(check, date) -> dt.date | None:
            return date.date().toPython() if check.isChecked() else None

        return UnitInput(
            code=ui.codeEdit.text(), short_name=ui.shortNameEdit.text(),
            kind=ui.kindCombo.currentText(), level=ui.levelCombo.currentData(),
            parent_id=ui.parentCombo.currentData(), name=ui.nameEdit.text(),
            place_name=ui.placeNameEdit.text(), valid_from=day(ui.fromCheck, ui.fromDate),
            valid_to=day(ui.toCheck, ui.toDate), successor_id=ui.successorCombo.currentData(),
            note=ui.noteEdit.toPlainText(),
        )


class AgencyDialog(_EditDialog):
    form_name = "catalogue_agency_dialog.ui"

    def __init__(self, submit: Submit, *, row: AgencyRow | None = None, own_code: str = "",
                 parent=None):
        super().__init__(self.tr("Sửa cơ quan") if row else self.tr("Thêm cơ quan"), submit,
                         parent)
        for kind in AgencyKind:
            self.ui.kindCombo.addItem(agency_kind_title(kind), str(kind))
        if row is not None:
            self.ui.nameEdit.setText(row.name)
            self.ui.shortCodeEdit.setText(row.short_code)
            self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(row.kind), 0))
            self.ui.ownerLabel.setText(owner_note(row.owner_unit_code, own_code))

    def values(self) -> AgencyInput:
        return AgencyInput(name=self.ui.nameEdit.text(), short_code=self.ui.shortCodeEdit.text(),
                           kind=self.ui.kindCombo.currentData())


class ItemDialog(_EditDialog):
    form_name = "catalogue_item_dialog.ui"

    def __init__(self, title: str, submit: Submit, *, row: ItemRow | None = None,
                 with_product_unit: bool = False, own_code: str = "", parent=None):
        super().__init__(title, submit, parent)
        self.ui.productUnitEdit.setVisible(with_product_unit)
        self.ui.productUnitEditLabel.setVisible(with_product_unit)
        if row is not None:
            self.ui.nameEdit.setText(row.name)
            self.ui.productUnitEdit.setText(row.product_unit)
            self.ui.ownerLabel.setText(owner_note(row.owner_unit_code, own_code))

    def values(self) -> ItemInput:
        return ItemInput(name=self.ui.nameEdit.text(), product_unit=self.ui.productUnitEdit.text())
