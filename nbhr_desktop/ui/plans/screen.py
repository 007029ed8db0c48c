"""Kế hoạch: the unit's plans (year, number, status, last change) and the plan editor.

New plans come from the province's template or from copying an earlier plan to the chosen
year. Reads and writes go through ``core.plans`` on the worker thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QLineEdit, QMessageBox, QStackedLayout, QWidget

from nbhr_desktop.base.text import fold
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.plans.plan_service import PlanService
from nbhr_desktop.core.vnformat import money, short_date
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.plans.editor import PlanEditor
from nbhr_desktop.ui.shortcuts import bind
from nbhr_desktop.ui.widgets.row_table import SORT_ROLE, Column, RowTableModel

CTX = "Plans"
# Literal strings call translate() with the context written out: lupdate cannot see
# through _tr(), which is left for strings marked with QT_TRANSLATE_NOOP.
translate = QCoreApplication.translate
SUBJECT_COLUMN = 5
SUBJECT_MIN_WIDTH = 220
STATUS = {"draft": QT_TRANSLATE_NOOP("Plans", "Dự thảo"),
          "issued": QT_TRANSLATE_NOOP("Plans", "Đã ban hành"),
          "superseded": QT_TRANSLATE_NOOP("Plans", "Đã được thay thế")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _period(p) -> str:
    if (p.period_start, p.period_end) == (dt.date(p.year, 1, 1), dt.date(p.year, 12, 31)):
        return str(p.year)
    return f"{p.period_start.year}–{p.period_end.year}" if (
        p.period_start.year != p.period_end.year) else f"{p.year} ({short_date(p.period_start)}"\
        f" – {short_date(p.period_end)})"


def _number(p) -> str:
    text = p.number_line.split(":", 1)[-1].strip()
    return text if not text.startswith("/") else translate("Plans", "(chưa có số)") + text


def _local(stamp: dt.datetime) -> str:
    return stamp.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Plans", "Năm / kỳ"), _period, sort_key=lambda p: p.year,
           tooltip=_period),
    Column(QT_TRANSLATE_NOOP("Plans", "Số, ký hiệu"), lambda p: _number(p)),
    Column(QT_TRANSLATE_NOOP("Plans", "Ngày ban hành"), lambda p: short_date(p.issued_date),
           sort_key=lambda p: p.issued_date.isoformat() if p.issued_date else ""),
    Column(QT_TRANSLATE_NOOP("Plans", "Trạng thái"), lambda p: _tr(STATUS.get(p.status, p.status))),
    Column(QT_TRANSLATE_NOOP("Plans", "Lần"), lambda p: p.revision, align_right=True),
    Column(QT_TRANSLATE_NOOP("Plans", "Trích yếu"), lambda p: p.subject, stretch=True,
           tooltip=lambda p: p.subject),
    Column(QT_TRANSLATE_NOOP("Plans", "Nhiệm vụ"), lambda p: p.task_count, align_right=True),
    Column(QT_TRANSLATE_NOOP("Plans", "Kinh phí"), lambda p: money(p.budget_total),
           align_right=True, sort_key=lambda p: p.budget_total),
    Column(QT_TRANSLATE_NOOP("Plans", "Sửa lần cuối"), lambda p: _local(p.changed_at),
           sort_key=lambda p: p.changed_at.isoformat()),
]


UNIT_COLUMN = Column(QT_TRANSLATE_NOOP("Plans", "Đơn vị"), lambda p: p.unit_name,
                     sort_key=lambda p: p.unit_name)


class _Search(QSortFilterProxyModel):
    """Keeps the plans whose unit, year or subject hold every typed word (accents optional)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.words = fold(text).split()
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self.words:
            return True
        plan = self.sourceModel().row_at(self.sourceModel().index(row, 0, parent))
        haystack = fold(f"{plan.unit_name} {plan.year} {plan.subject} {plan.number_line}")
        return all(word in haystack for word in self.words)


class PlansScreen(QWidget):
    # Plans, and the agencies and unit names their tasks show.
    watches = (Change.PLANS | Change.CATALOGUES | Change.UNITS)
    ready = Signal()

    def __init__(self, context: UiContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.plans = PlanService(context.workspace)
        self._ready_sent = False
        info = context.workspace.installation_info()
        # The province sees every unit's plans (read-only, printed as the unit printed them).
        self.province = info.role == "province"
        self.own_unit_name = info.unit_name
        # At the province: who, and the figures it asked for (tasks, budget) before the
        # subject, which reads alike for every unit.
        self.columns = ([UNIT_COLUMN, *(COLUMNS[i] for i in (0, 1, 2, 3, 6, 7, 5))]
                        if self.province else COLUMNS)
        self.subject_column = self.columns.index(COLUMNS[SUBJECT_COLUMN])
        self.stack = QStackedLayout(self)
        self.list_page = QWidget(self)
        self.ui = load_form("plan_list.ui", self.list_page)
        self.editor = PlanEditor(context, self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.editor)
        self.model = RowTableModel(self.columns, context=CTX)
        self.proxy = _Search(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.plansTable.setModel(self.proxy)
        header = self.ui.plansTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        self.ui.plansTable.setWordWrap(False)  # one line per plan; the subject on hover
        self.ui.plansTable.viewport().installEventFilter(self)
        self.ui.plansTable.verticalHeader().hide()
        year_column = self.columns.index(COLUMNS[0])
        self.ui.plansTable.sortByColumn(year_column, Qt.DescendingOrder)  # newest year first
        # Until the work year is known: this year, or for a unit that has ended (a district)
        # its last whole year.
        self.ui.yearSpin.setValue(context.workspace.installation_info().default_year())
        self._year_known = False
        self.ui.yearSpin.valueChanged.connect(self._year_chosen)
        self.ui.newButton.clicked.connect(self.create_from_template)
        self.ui.copyButton.clicked.connect(self.copy_selected)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        bind(self.list_page, "plans.new", self.ui.newButton)
        bind(self.list_page, "plans.open", self.ui.openButton)
        self.ui.plansTable.doubleClicked.connect(lambda _i: self.open_selected())
        self.ui.plansTable.selectionModel().selectionChanged.connect(self._buttons)
        self.editor.backRequested.connect(self.show_list)
        if self.province:
            self._province_list()
        self.refresh()

    def _province_list(self) -> None:
        self.ui.hintLabel.setText(self.tr(
            "Kế hoạch của tỉnh và kế hoạch các đơn vị đã gửi lên (gói dữ liệu): kế hoạch của "
            "đơn vị chỉ xem và in, đúng như đơn vị đã in. Tạo, sao chép, xóa áp dụng cho kế "
            "hoạch của tỉnh."))
        self.search = QLineEdit(self.ui)
        self.search.setObjectName("planSearch")
        self.search.setPlaceholderText(self.tr("Tìm đơn vị, năm, trích yếu…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        # A row of its own: the actions row already fills a 1024-pixel window.
        layout = self.ui.layout()
        layout.insertWidget(layout.indexOf(self.ui.hintLabel) + 1, self.search)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.plansTable.viewport() and event.type() == QEvent.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents; the subject takes the rest, never less than
        a readable width (the table scrolls sideways on a narrow screen instead)."""
        table = self.ui.plansTable
        subject = self.subject_column
        for column in range(self.model.columnCount()):
            if column != subject:
                table.resizeColumnToContents(column)
                if self.province:  # 285 plans: one long period or number widens a column
                    widest = 175 if column == 0 else 118
                    table.setColumnWidth(column, min(table.columnWidth(column), widest))
        others = sum(table.columnWidth(c) for c in range(self.model.columnCount())
                     if c != subject)
        table.setColumnWidth(subject, max(SUBJECT_MIN_WIDTH, table.viewport().width() - others))

    # -- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        plans, work_year, province = self.plans, self.context.work_year, self.province

        def work(_progress):
            # After a hand-over, the district's plans follow (read-only, as issued).
            return plans.list_plans(every_unit=province), work_year.resolve()
        self.context.operations.run(work, on_success=self._show_plans, parent=self,
                                    show_progress=False)

    def _year_chosen(self, year: int) -> None:
        self.context.work_year.choose(year)

    def _show_plans(self, result) -> None:
        plans, year = result
        if not self._year_known:  # the year with data (or chosen last), not always this year
            self._year_known = True
            self.ui.yearSpin.blockSignals(True)
            self.ui.yearSpin.setValue(year)
            self.ui.yearSpin.blockSignals(False)
        selected = self.selected()
        self.model.set_rows(plans)
        self._fit_columns()
        self.ui.emptyLabel.setVisible(not plans)
        rows = [p.uuid for p in plans]
        if plans:  # keep the selection, or select the newest plan
            row = rows.index(selected.uuid) if selected and selected.uuid in rows else 0
            self.ui.plansTable.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._buttons()
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def selected(self):
        index = self.ui.plansTable.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index))

    def _buttons(self, *_args) -> None:
        plan = self.selected()
        own = plan is not None and (not self.province or plan.unit_name == self.own_unit_name)
        self.ui.openButton.setEnabled(plan is not None)
        self.ui.copyButton.setEnabled(own)
        self.ui.deleteButton.setEnabled(own and plan.status == "draft")

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()

    # -- actions ----------------------------------------------------------------------
    def _write(self, work, label: str) -> None:
        self.context.operations.run(lambda _progress: work(), on_success=self.open_plan,
                                    parent=self, changes=Change.PLANS, label=label)

    def create_from_template(self) -> None:
        year, plans = self.ui.yearSpin.value(), self.plans
        self._write(lambda: plans.create_from_template(year),
                    self.tr("Đang tạo kế hoạch từ mẫu"))

    def copy_selected(self) -> None:
        plan, year, plans = self.selected(), self.ui.yearSpin.value(), self.plans
        if plan is None:
            return
        self._write(lambda: plans.copy(plan.uuid, year), self.tr("Đang sao chép kế hoạch"))

    def open_selected(self) -> None:
        plan = self.selected()
        if plan is not None:
            self.open_plan(plan.uuid)

    def open_plan(self, uuid: str) -> None:
        self.stack.setCurrentWidget(self.editor)
        self.editor.open_plan(uuid)

    def delete_selected(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa dự thảo"), self.tr(
            "Xóa dự thảo kế hoạch năm {0}? Dự thảo đã xóa không hiện trong danh sách nữa.")
            .format(plan.year))
        if answer != QMessageBox.Yes:
            return
        plans = self.plans
        self.context.operations.run(lambda _progress: plans.delete(plan.uuid),
                                    on_success=lambda _r: self.refresh(), parent=self,
                                    changes=Change.PLANS, label=self.tr("Đang xóa"))
