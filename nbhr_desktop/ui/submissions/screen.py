"""Nộp báo cáo (the province): who has sent their data for a period, and who to remind.

Choose a period (it opens on the last quarter whose due date has passed); see one row per
unit that had to report (sent, late, not yet; when, which file and key code, its
activities, its last package); set the period's due date (sent down to every unit in the
next package to all units); export the list as a small workbook, or print the reminder list
of units still missing. The rows come from ``core.province.submissions`` on the worker
thread; the workbook and the printed list are written by the ``submissions`` exporter
(``exports.registry``), as ``submissions --out`` writes them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.province.service import SubmissionService
from nbhr_desktop.core.province.submissions import (
    MISSING,
    status_label,
)
from nbhr_desktop.core.reports.periods import (
    half,
    nine_months,
    quarter,
    whole_year,
)
from nbhr_desktop.core.vnformat import number, roman, short_date
from nbhr_desktop.exports import registry
from nbhr_desktop.ui import file_dialogs
from nbhr_desktop.ui.printing import qtpdf_available, show_print_dialog
from nbhr_desktop.ui.shortcuts import bind
from nbhr_desktop.ui.widgets.date_field import DateField
from nbhr_desktop.ui.widgets.row_table import SORT_ROLE, Column, RowTableModel

CTX = "Submissions"
# Who to phone stands out, in the dashboard panel's colours: not yet sent in red (grey
# while the due date is ahead), late in dark amber.
MISSING_COLOR, LATE_COLOR, NOT_DUE_COLOR = "#b03020", "#9a6700", "#555555"


def _local(moment) -> str:
    if moment is None:
        return ""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


class SubmissionsScreen(QWidget):
    # Who has sent what (the import history, due dates), with their activities.
    watches = (Change.SUBMISSIONS | Change.ACTIVITIES | Change.REPORTS | Change.UNITS)
    ready = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.service = SubmissionService(context.workspace)
        self.data = None
        self._ready_sent = False
        self._build()
        service = self.service
        # The last quarter whose due date has passed.
        context.operations.run(lambda _progress: service.opening_period(),
                               on_success=self._open_on, show_progress=False)

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + self.tr("Tình hình gửi số liệu") + "</h2>", self))
        top.addStretch(1)
        self.kind = QComboBox(self)
        for key, text in (("quarter", self.tr("Quý")), ("half", self.tr("6 tháng")),
                          ("nine", self.tr("9 tháng")), ("year", self.tr("Cả năm"))):
            self.kind.addItem(text, key)
        self.part = QComboBox(self)
        self.year = QSpinBox(self)
        self.year.setRange(2023, 2100)
        self.year.setPrefix(self.tr("Năm "))
        for widget in (QLabel(self.tr("Kỳ:"), self), self.kind, self.part, self.year):
            top.addWidget(widget)
        layout.addLayout(top)
        due = QHBoxLayout()
        self.due_label = QLabel(self)
        self.due_edit = DateField(self, optional=False)
        self.set_due = QPushButton(self.tr("Đặt hạn gửi"), self)
        self.set_due.setToolTip(self.tr("Hạn mới được gửi xuống mọi đơn vị trong gói "
                                        "\"gửi mọi đơn vị\" lần tới"))
        self.reset_due = QPushButton(self.tr("Hạn mặc định"), self)
        self.reset_due.setToolTip(self.tr("Mốc chốt số liệu của Nghị định 09/2019/NĐ-CP + 5 "
                                          "ngày"))
        for widget in (self.due_label, self.due_edit, self.set_due, self.reset_due):
            due.addWidget(widget)
        due.addStretch(1)
        layout.addLayout(due)
        actions = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.only_missing = QCheckBox(self.tr("Chỉ đơn vị chưa gửi"), self)
        self.export_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.print_button = QPushButton(self.tr("In danh sách nhắc…"), self)
        self.print_button.setToolTip(self.tr("Danh sách đơn vị chưa gửi, để gọi điện nhắc"))
        actions.addWidget(self.summary, 1)
        for widget in (self.only_missing, self.export_button, self.print_button):
            actions.addWidget(widget)
        layout.addLayout(actions)
        self.model = RowTableModel(self._columns(), context=CTX, parent=self)
        self.proxy = _Missing(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("submissionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)  # by code: the official lists' order
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.only_missing.toggled.connect(self.proxy.set_only_missing)
        self.set_due.clicked.connect(lambda: self._save_due(self.due_edit.value()))
        self.reset_due.clicked.connect(lambda: self._save_due(None))
        self.export_button.clicked.connect(self.export_workbook)
        self.print_button.clicked.connect(self.print_list)
        bind(self, "submissions.print", self.print_button)
        bind(self, "submissions.export", self.export_button)
        self._fill_parts("quarter")

    def _columns(self) -> list[Column]:
        def status(row):
            return status_label(row.status, self.data.due_passed if self.data else True)
        return [
            Column(QT_TRANSLATE_NOOP("Submissions", "Mã"), lambda r: r.unit.code),
            Column(QT_TRANSLATE_NOOP("Submissions", "Đơn vị"), lambda r: r.unit.name),
            Column(QT_TRANSLATE_NOOP("Submissions", "Tình hình"), status,
                   sort_key=lambda r: {MISSING: 0, "late": 1}.get(r.status, 2),
                   color=self._status_color),
            Column(QT_TRANSLATE_NOOP("Submissions", "Nhận lúc"), lambda r: _local(r.received_at),
                   sort_key=lambda r: r.received_at.isoformat() if r.received_at else ""),
            Column(QT_TRANSLATE_NOOP("Submissions", "Số hoạt động"),
                   lambda r: number(r.activities), align_right=True,
                   sort_key=lambda r: r.activities),
            Column(QT_TRANSLATE_NOOP("Submissions", "Gói gần nhất"),
                   lambda r: short_date(r.last_package_at.date()) if r.last_package_at else "",
                   sort_key=lambda r: r.last_package_at.isoformat() if r.last_package_at
                   else ""),
            Column(QT_TRANSLATE_NOOP("Submissions", "Mã khóa"), lambda r: r.fingerprint),
            Column(QT_TRANSLATE_NOOP("Submissions", "Tệp"), lambda r: r.file_name,
                   tooltip=lambda r: r.submission.file_name if r.submission else ""),
        ]

    def _status_color(self, row) -> str | None:
        if row.status == MISSING:
            return MISSING_COLOR if self.data is None or self.data.due_passed else NOT_DUE_COLOR
        return LATE_COLOR if row.status == "late" else None

    # -- the period ----------------------------------------------------------------------
    def _fill_parts(self, kind: str) -> None:
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "quarter":
            for q in (1, 2, 3, 4):
                self.part.addItem(self.tr("Quý {0}").format(roman(q)), q)
        elif kind == "half":
            self.part.addItem(self.tr("6 tháng đầu năm"), 1)
            self.part.addItem(self.tr("6 tháng cuối năm"), 2)
        self.part.setVisible(kind in ("quarter", "half"))
        self.part.blockSignals(False)

    def _kind_changed(self, _index: int) -> None:
        self._fill_parts(self.kind.currentData())
        self.refresh()

    def _open_on(self, period) -> None:
        for widget in (self.kind, self.part, self.year):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData("quarter"))
        self._fill_parts("quarter")
        self.part.setCurrentIndex(period.part - 1 if period.part else 0)
        self.year.setValue(period.year)
        for widget in (self.kind, self.part, self.year):
            widget.blockSignals(False)
        self.refresh()

    def period(self):
        kind, year, part = self.kind.currentData(), self.year.value(), self.part.currentData()
        if kind == "quarter":
            return quarter(year, part or 1)
        if kind == "half":
            return half(year, part or 1)
        if kind == "nine":
            return nine_months(year)
        return whole_year(year)

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        period, service = self.period(), self.service
        self.context.operations.run(lambda _progress: service.submissions(period),
                                    on_success=self._show, show_progress=False)

    def _show(self, data) -> None:
        if data.period != self.period():
            return  # another period was chosen meanwhile
        self.data = data
        self.model.set_rows(data.rows)
        self.table.resizeColumnsToContents()
        due = data.due
        self.due_label.setText(self.tr("Hạn gửi {0}:").format(data.period.label))
        how = (self.tr("do tỉnh đặt") if due.set_by_province else self.tr(
            "mặc định: mốc chốt số liệu Nghị định 09/2019/NĐ-CP + 5 ngày"))
        self.due_edit.setToolTip(how + (f"\n{due.note}" if due.note else ""))
        self.due_label.setToolTip(how)
        self.due_edit.set_value(due.due_date)
        self.reset_due.setEnabled(due.set_by_province)
        self.summary.setText(self.tr(
            "Đã gửi <b>{0}/{1}</b> đơn vị (gửi muộn {2}); chưa gửi <b>{3}</b>{4}.").format(
            len(data.rows) - len(data.missing), len(data.rows), data.count("late"),
            len(data.missing), "" if data.due_passed else self.tr(" (chưa đến hạn)")))
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def _save_due(self, day) -> None:
        period, service = self.period(), self.service
        self.context.operations.run(lambda _progress: service.set_deadline(period, day),
                                    on_success=lambda _r: self.refresh(), parent=self,
                                    changes=Change.SUBMISSIONS, label=self.tr("Đang lưu hạn gửi"))

    # -- files -----------------------------------------------------------------------------
    def _name(self, kind: str) -> str:
        return registry.default_name("submissions", self.context.workspace, kind,
                                     period=self.period())

    def export_workbook(self, target: Path | None = None) -> None:
        if self.data is None:
            return
        target = target or file_dialogs.save_file(
            self, self.tr("Lưu danh sách"), Path.home() / self._name("xlsx"),
            self.tr("Sổ Excel (*.xlsx)"), ".xlsx")
        if target is None:
            return
        workspace, period = self.context.workspace, self.period()
        self.context.operations.run(
            lambda progress: registry.export("submissions", workspace, target,
                                             progress=progress, period=period).path,
            on_success=lambda path: self.summary.setText(self.tr("Đã lưu {0}").format(path)),
            parent=self, label=self.tr("Đang xuất danh sách"))

    def print_list(self) -> None:
        if self.data is None or not qtpdf_available(self):
            return
        workspace, period = self.context.workspace, self.period()
        scratch = Path(tempfile.mkdtemp(prefix="nbhr-"))
        pdf = scratch / self._name("pdf")

        def show(path: Path) -> None:
            self.print_dialog = show_print_dialog(self, path, self.tr("In danh sách nhắc"),
                                                  scratch=scratch)
        self.context.operations.run(
            lambda progress: registry.export("submissions", workspace, pdf, progress=progress,
                                             period=period).path,
            on_success=show, parent=self, label=self.tr("Đang tạo danh sách"))


class _Missing(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_missing = False

    def set_only_missing(self, on: bool) -> None:
        self.only_missing = on
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self.only_missing:
            return True
        found = self.sourceModel().row_at(self.sourceModel().index(row, 0, parent))
        return found is not None and found.status == MISSING
