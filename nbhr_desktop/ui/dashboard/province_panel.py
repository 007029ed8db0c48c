"""The dashboard's side panel at the province: the units that have not sent their data for
the period, every unit's figures, and the province's own overdue tasks, as three tabs.

Filled from ``core.province.dashboard.ProvinceDashboard`` (plain data, read on the worker
thread); the panel only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
)

from nbhr_desktop.core.province.submissions import LATE, MISSING, status_label
from nbhr_desktop.core.vnformat import money, number, short_date

MISSING_COLOUR = QColor("#b03020")
LATE_COLOUR = QColor("#9a6700")


class ProvincePanel(QObject):
    """Turns the dashboard's overdue panel into tabs; ``fill`` shows a period's data."""

    def __init__(self, ui, parent=None):
        super().__init__(parent)
        self.ui = ui
        ui.overdueHeading.hide()
        self.tabs = QTabWidget(ui.overduePanel)
        self.tabs.setDocumentMode(True)
        self.missing = QListWidget(self.tabs)
        self.missing.setAlternatingRowColors(True)
        self.missing.setWordWrap(True)
        self.units = QTableWidget(0, 3, self.tabs)
        self.units.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Hoạt động"),
                                              self.tr("Tình hình")])
        self.units.verticalHeader().hide()
        self.units.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.units.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.units.setAlternatingRowColors(True)
        self.units.setWordWrap(False)
        header = self.units.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        layout = ui.overdueLayout
        layout.removeWidget(ui.overdueList)
        self.tabs.addTab(self.missing, "")
        self.tabs.addTab(self.units, self.tr("Đơn vị"))
        self.tabs.addTab(ui.overdueList, self.tr("Quá hạn"))
        self.tabs.setTabToolTip(2, self.tr("Nhiệm vụ quá hạn trong kế hoạch của tỉnh"))
        layout.insertWidget(0, self.tabs, 1)
        ui.overduePanel.setMinimumWidth(210)

    def fill(self, data) -> None:
        sent = data.submissions
        missing = sent.missing
        self.tabs.setTabText(0, self.tr("Chưa gửi ({0})").format(len(missing)))
        self.tabs.setTabToolTip(0, self.tr("Đơn vị chưa gửi số liệu {0}; hạn gửi {1}").format(
            sent.period.label, short_date(sent.due.due_date)))
        self.missing.clear()
        head = QListWidgetItem(self.tr("{0} (hạn gửi {1}): {2}/{3} đơn vị chưa gửi").format(
            sent.period.title_label, short_date(sent.due.due_date), len(missing),
            len(sent.rows)), self.missing)
        head.setFlags(Qt.ItemIsEnabled)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        for row in missing:
            last = (self.tr("gói gần nhất {0}").format(short_date(row.last_package_at.date()))
                    if row.last_package_at else self.tr("chưa gửi gói nào"))
            item = QListWidgetItem(f"{row.unit.name} ({row.unit.code})\n{last}", self.missing)
            item.setForeground(QBrush(MISSING_COLOUR if sent.due_passed else QColor("#555")))
            item.setToolTip(self.tr("Phần kỳ phải gửi: {0} - {1}").format(
                short_date(row.span[0]), short_date(row.span[1])))
        if not missing:
            QListWidgetItem(self.tr("Mọi đơn vị đã gửi số liệu."), self.missing)
        self._fill_units(data, sent)

    def _fill_units(self, data, sent) -> None:
        table = self.units
        table.setRowCount(len(data.lines))
        due_passed = sent.due_passed
        for row, line in enumerate(data.lines):
            name = QTableWidgetItem(line.name)
            t = line.totals
            name.setToolTip(self.tr("{0}: {1} hoạt động, {2} lượt người tham dự, {3} sản phẩm, "
                                    "kinh phí {4}; nhiệm vụ đạt {5}").format(
                line.name, number(t.activities), number(t.attendances), number(t.products),
                money(t.cost), line.tasks_text))
            count = QTableWidgetItem(number(t.activities))
            count.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
            count.setData(Qt.UserRole, t.activities)
            status = QTableWidgetItem("" if line.own else status_label(line.status, due_passed))
            if line.status == MISSING and due_passed:
                status.setForeground(QBrush(MISSING_COLOUR))
            elif line.status == LATE:
                status.setForeground(QBrush(LATE_COLOUR))
            for column, item in enumerate((name, count, status)):
                table.setItem(row, column, item)
