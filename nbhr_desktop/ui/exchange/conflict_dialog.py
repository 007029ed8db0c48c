"""The conflicts dialog: two versions side by side; choose per record or per field.

It only collects choices; the import applies them (``sync.apply``). A conflict left on
"Để sau" is not imported, so nothing is ever overwritten without the user's word.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
)

from nbhr_desktop.sync.conflicts import ConflictView, decisions_for
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.widgets.sizing import fit_to_screen

DIFF_BRUSH = QBrush(QColor("#fff2cc"))


class ConflictDialog(QDialog):
    def __init__(self, views: list[ConflictView], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giải quyết xung đột khi nhập"))
        fit_to_screen(self, QSize(1000, 620))
        self.views = views
        self.choices: dict[str, object] = {}
        self.ui = load_form("conflict_dialog.ui", self)
        ui = self.ui
        table = ui.fieldsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Trường"), self.tr("Bản của máy này"),
                                         self.tr("Bản trong tệp"), self.tr("Lấy bản trong tệp")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        for view in views:
            item = QListWidgetItem(self._label(view))
            item.setToolTip(view.reason)
            ui.conflictList.addItem(item)
        ui.conflictList.currentRowChanged.connect(self._show)
        for radio in (ui.undecidedRadio, ui.mineRadio, ui.theirsRadio, ui.fieldsRadio):
            radio.toggled.connect(self._record_choice)
        table.itemChanged.connect(self._field_toggled)
        ui.allMineButton.clicked.connect(lambda: self.choose_all("mine"))
        ui.allTheirsButton.clicked.connect(lambda: self.choose_all("theirs"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.Ok).setText(self.tr("Nhập với các lựa chọn này"))
        ui.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy nhập"))
        self._loading = False
        self._current: ConflictView | None = None
        if views:
            ui.conflictList.setCurrentRow(0)

    # -- showing one conflict ----------------------------------------------------------------
    @staticmethod
    def _label(view: ConflictView) -> str:
        return f"{view.table_label[:1].upper()}{view.table_label[1:]}: {view.title}"

    def _side_text(self, title: str, side) -> str:
        if side is None:
            missing = self.tr("(chưa có)")  # outside the f-string, where lupdate sees it
            return f"<b>{title}</b><br>{missing}"
        return (f"<b>{title}</b><br>{side.office}<br>"
                + self.tr("Cài đặt: {0}").format(side.installation) + "<br>"
                + self.tr("Sửa lúc: {0} · phiên bản {1}").format(side.changed_at, side.version))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.views):
            return
        view = self.views[row]
        self._current = view
        self._loading = True
        ui = self.ui
        ui.titleLabel.setText(f"<b>{self._label(view)}</b>")
        ui.reasonLabel.setText(view.reason)
        ui.mineLabel.setText(self._side_text(self.tr("Bản của máy này"), view.mine))
        ui.theirsLabel.setText(self._side_text(self.tr("Bản trong tệp"), view.theirs))
        ui.fieldsRadio.setEnabled(view.can_choose_fields)
        choice = self.choices.get(view.uuid)
        table = ui.fieldsTable
        table.setRowCount(len(view.rows))
        for index, field in enumerate(view.rows):
            cells = [QTableWidgetItem(field.label), QTableWidgetItem(field.mine),
                     QTableWidgetItem(field.theirs), QTableWidgetItem("")]
            for cell in cells[:3]:
                if field.differs:
                    cell.setBackground(DIFF_BRUSH)
            pick = cells[3]
            if field.differs and view.can_choose_fields:
                pick.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
                taken = isinstance(choice, dict) and choice.get(field.key) == "theirs"
                pick.setCheckState(Qt.Checked if taken else Qt.Unchecked)
            else:
                pick.setFlags(Qt.ItemIsEnabled)
            pick.setData(Qt.UserRole, field.key)
            for column, cell in enumerate(cells):
                table.setItem(index, column, cell)
        table.resizeRowsToContents()
        radio = {None: ui.undecidedRadio, "mine": ui.mineRadio, "theirs": ui.theirsRadio}
        (ui.fieldsRadio if isinstance(choice, dict) else radio[choice]).setChecked(True)
        self._loading = False
        self._update_list_item(row)

    # -- recording choices ---------------------------------------------------------------------
    def _record_choice(self, checked: bool) -> None:
        if self._loading or not checked or self._current is None:
            return
        ui = self.ui
        uuid = self._current.uuid
        if ui.mineRadio.isChecked():
            self.choices[uuid] = "mine"
        elif ui.theirsRadio.isChecked():
            self.choices[uuid] = "theirs"
        elif ui.fieldsRadio.isChecked():
            self.choices[uuid] = self._field_choice()
        else:
            self.choices.pop(uuid, None)
        self._update_list_item(ui.conflictList.currentRow())

    def _field_choice(self) -> dict[str, str]:
        table = self.ui.fieldsTable
        choice = {}
        for row in range(table.rowCount()):
            pick = table.item(row, 3)
            if pick is not None and pick.flags() & Qt.ItemIsUserCheckable:
                choice[pick.data(Qt.UserRole)] = (
                    "theirs" if pick.checkState() == Qt.Checked else "mine")
        return choice

    def _field_toggled(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 3 or self._current is None:
            return
        self._loading = True
        self.ui.fieldsRadio.setChecked(True)
        self._loading = False
        self.choices[self._current.uuid] = self._field_choice()
        self._update_list_item(self.ui.conflictList.currentRow())

    def choose_field(self, key: str, side: str) -> None:
        """Pick one field of the shown conflict (used by the table and by tests)."""
        table = self.ui.fieldsTable
        for row in range(table.rowCount()):
            pick = table.item(row, 3)
            if pick is not None and pick.data(Qt.UserRole) == key:
                pick.setCheckState(Qt.Checked if side == "theirs" else Qt.Unchecked)

    def choose_all(self, side: str) -> None:
        for view in self.views:
            self.choices[view.uuid] = side
        self._show(self.ui.conflictList.currentRow())
        for row in range(len(self.views)):
            self._update_list_item(row)

    def _update_list_item(self, row: int) -> None:
        item = self.ui.conflictList.item(row)
        if item is None:
            return
        view = self.views[row]
        choice = self.choices.get(view.uuid)
        mark = {None: "○", "mine": "◧", "theirs": "◨"}.get(choice if not isinstance(choice, dict)
                                                         else "fields", "◩")
        item.setText(f"{mark} {self._label(view)}")

    def decisions(self) -> dict[str, object]:
        return decisions_for(self.views, self.choices)
