"""Editing several activities at once (``forms/activity_bulk_dialog.ui``): set the plan
task, form, commune, funding source or lead agency, or add a theme or audience, on every
selected activity. Only the ticked lines change; choosing a value ticks its line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from nbhr_desktop.core.activities.lookups import Lookups
from nbhr_desktop.core.activities.service import BulkChange
from nbhr_desktop.ui.activities.dialog import host_combo
from nbhr_desktop.ui.forms import apply_tab_order, load_form


class BulkEditDialog(QDialog):
    def __init__(self, lookups: Lookups, count: int, parent=None):
        super().__init__(parent)
        self.ui = load_form("activity_bulk_dialog.ui", self)
        self.setWindowTitle(self.tr("Sửa nhiều hoạt động"))
        self.resize(600, 320)
        ui = self.ui
        ui.introLabel.setText(self.tr("Áp dụng cho {0} hoạt động đang chọn.").format(count))
        ch = lookups.choices
        self.rows = {
            "task_id": (ui.taskCheck, host_combo(ui.taskHost, self.tr("Không gắn nhiệm vụ"),
                                                 ch["tasks"], with_detail=True)),
            "form_id": (ui.formCheck, host_combo(ui.formHost, "", ch["forms"])),
            "commune_id": (ui.communeCheck, host_combo(ui.communeHost, "", ch["communes"])),
            "funding_id": (ui.fundingCheck, host_combo(ui.fundingHost, "", ch["funding"])),
            "lead_agency_id": (ui.agencyCheck, host_combo(ui.agencyHost, "", ch["agencies"])),
        }
        self.theme = (ui.themeCheck, host_combo(ui.themeHost, "", ch["themes"]))
        self.audience = (ui.audienceCheck, host_combo(ui.audienceHost, "", ch["audiences"]))
        apply_tab_order(ui)  # the pickers take their placeholders' places
        for check, combo in [*self.rows.values(), self.theme, self.audience]:
            combo.keyChanged.connect(lambda _key, c=check: c.setChecked(True))
        ui.buttonBox.button(QDialogButtonBox.Ok).setText(self.tr("Áp dụng"))
        ui.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def change(self) -> BulkChange:
        values = {name: combo.current_key() for name, (check, combo) in self.rows.items()
                  if check.isChecked()}
        change = BulkChange(values)
        for (check, combo), target in ((self.theme, change.add_theme_ids),
                                       (self.audience, change.add_audience_ids)):
            if check.isChecked() and combo.current_key() is not None:
                target.append(combo.current_key())
        return change

    def is_empty(self) -> bool:
        change = self.change()
        return not (change.values or change.add_theme_ids or change.add_audience_ids)
