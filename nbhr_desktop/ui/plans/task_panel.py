"""The task table (the plan's Phụ lục) and the selected task's fields and targets.

Lead and co-operating agencies come from the unit's agency catalogue, the usual form from
the forms catalogue (``CatalogueCombo``: type "tap huan" to find "Tập huấn, bồi dưỡng").
Timing is one field made of a kind ("Quý", "Tháng", "Cả năm", a date range or text) and
its value; the dates are derived by ``core.plans.timing``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
)

from nbhr_desktop.core.plans import tasks
from nbhr_desktop.core.plans.timing import make_timing
from nbhr_desktop.core.plans.views import PlanView, TaskView
from nbhr_desktop.core.vnformat import money
from nbhr_desktop.storage.models import TargetMeasure, TimingKind
from nbhr_desktop.ui.forms import apply_tab_order
from nbhr_desktop.ui.plans.bindings import (
    Binding,
    checked_date,
    number_binding,
    text_binding,
    to_qdate,
)
from nbhr_desktop.ui.plans.commands import AddCommand, DeleteCommand, EditCommand, MoveCommand
from nbhr_desktop.ui.widgets import CatalogueCombo, Column, RowTableModel

CTX = "Plans"
# Literal strings call translate() with the context written out: lupdate cannot see
# through _tr(), which is left for strings marked with QT_TRANSLATE_NOOP.
translate = QCoreApplication.translate
TASK_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Plans", "STT"), lambda t: t.number, align_right=True),
    Column(QT_TRANSLATE_NOOP("Plans", "Nội dung nhiệm vụ"), lambda t: t.title, stretch=True),
    Column(QT_TRANSLATE_NOOP("Plans", "Cơ quan chủ trì"), lambda t: t.lead_agency_name),
    Column(QT_TRANSLATE_NOOP("Plans", "Thời gian"), lambda t: t.timing_label),
    Column(QT_TRANSLATE_NOOP("Plans", "Kinh phí (đồng)"), lambda t: money(t.budget, unit=""),
           align_right=True),
    Column(QT_TRANSLATE_NOOP("Plans", "Chỉ tiêu"), lambda t: len(t.targets), align_right=True),
]
TASK_FIELDS = ("title", "lead_agency", "cooperators", "product", "budget", "note", "form",
               "timing_kind", "timing_start", "timing_end", "timing_text")
MEASURES = {
    TargetMeasure.ACTIVITIES: QT_TRANSLATE_NOOP("Plans", "Số hoạt động"),
    TargetMeasure.ATTENDANCES: QT_TRANSLATE_NOOP("Plans", "Lượt người tham dự"),
    TargetMeasure.PRODUCTS: QT_TRANSLATE_NOOP("Plans", "Số sản phẩm"),
    TargetMeasure.BROADCAST_MINUTES: QT_TRANSLATE_NOOP("Plans", "Số phút phát sóng"),
    TargetMeasure.MANUAL: QT_TRANSLATE_NOOP("Plans", "Nhập tay"),
}
TARGET_FIELDS = ("indicator", "quantity", "unit")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


NEW_TASK_TITLE = "Nhiệm vụ mới"  # plan text, printed: Vietnamese in any interface language


class TaskPanel:
    """Owned by the ``PlanEditor``; uses its widgets, bindings and undo stack."""

    def __init__(self, editor):
        self.editor = editor
        self.ui = editor.ui
        self.task_uuid: str | None = None
        self.view: PlanView | None = None
        self._choices_loaded = False
        # A task just added shows its placeholder title selected, so that what the officer
        # types replaces it instead of running on in front of "Nhiệm vụ mới".
        self._new_title_pending = False
        self.model = RowTableModel(TASK_COLUMNS, context=CTX)
        self.ui.tasksTable.setModel(self.model)
        header = self.ui.tasksTable.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.ui.tasksTable.verticalHeader().hide()
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.ui.budgetSpin.setLocale(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
        self.ui.budgetSpin.setGroupSeparatorShown(True)  # 10.000.000, as money is written
        self.ui.tasksTable.selectionModel().currentRowChanged.connect(self._task_selected)
        self.lead = self._combo(self.ui.leadHost, translate("Plans", "Chọn cơ quan chủ trì…"))
        self.form = self._combo(self.ui.formHost, translate("Plans", "Chọn hình thức…"))
        self._fill_timing_kinds()
        # An empty date's calendar opens in the plan's year (the end: after the start).
        self.ui.timingStartEdit.reference = editor.plan_year_start
        self.ui.timingEndEdit.reference = lambda: (self.ui.timingStartEdit.value()
                                                   or editor.plan_year_start())
        self._bind()
        self._setup_targets()
        self._tab_order()
        self.ui.addTaskButton.clicked.connect(self.add_task)
        self.ui.removeTaskButton.clicked.connect(self.remove_task)
        self.ui.upTaskButton.clicked.connect(lambda: self.move_task(-1))
        self.ui.downTaskButton.clicked.connect(lambda: self.move_task(1))

    @staticmethod
    def _combo(host, placeholder: str) -> CatalogueCombo:
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        combo = CatalogueCombo(host, placeholder=placeholder, allow_empty=True)
        layout.addWidget(combo)
        host.setFocusProxy(combo)  # the label's buddy is the host
        return combo

    def _tab_order(self) -> None:
        """Tab walks the form in reading order (its <tabstops>), the pickers made here
        included."""
        self.ui.taskTitleEdit.setTabChangesFocus(True)  # a title holds no tab characters
        apply_tab_order(self.ui)

    def _fill_timing_kinds(self) -> None:
        kinds = [(TimingKind.YEAR, translate("Plans", "Cả năm")),
                 (TimingKind.QUARTER, translate("Plans", "Quý")),
                 (TimingKind.MONTH, translate("Plans", "Tháng")),
                 (TimingKind.RANGE, translate("Plans", "Từ ngày … đến ngày")),
                 (TimingKind.TEXT, translate("Plans", "Ghi bằng chữ"))]
        for value, name in kinds:
            self.ui.timingKindCombo.addItem(name, str(value))
        self.ui.timingKindCombo.currentIndexChanged.connect(self._timing_widgets)

    # -- bindings ---------------------------------------------------------------------
    def _bind(self) -> None:
        ui, editor, task = self.ui, self.editor, (lambda: self.task_uuid)
        editor.bind(text_binding(ui.taskTitleEdit, "task", "title",
                                 translate("Plans", "nội dung nhiệm vụ")),
                    task)
        editor.bind(text_binding(ui.productEdit, "task", "product",
                                 translate("Plans", "sản phẩm")), task)
        editor.bind(text_binding(ui.noteEdit, "task", "note", translate("Plans", "ghi chú")), task)
        editor.bind(number_binding(ui.budgetSpin, "task", "budget",
                                   translate("Plans", "kinh phí")), task)
        # The lead agency is never also a co-operating one: choosing it as lead takes it off
        # the co-operating list in the same (undoable) edit.
        editor.bind(Binding(self.lead, "task", ("lead_agency", "cooperators"), self._read_lead,
                            self._write_lead, translate("Plans", "cơ quan chủ trì"),
                            immediate=True), task,
                    signal=self.lead.keyChanged)
        editor.bind(self._key_binding(self.form, "form", translate("Plans", "hình thức")), task,
                    signal=self.form.keyChanged)
        editor.bind(Binding(ui.cooperatorsList, "task", ("cooperators",), self._read_cooperators,
                            self._write_cooperators, translate("Plans", "cơ quan phối hợp"),
                            immediate=True),
                    task, signal=ui.cooperatorsList.itemChanged)
        timing = Binding(ui.timingHost, "task", TASK_FIELDS[7:], self._read_timing,
                         self._write_timing, translate("Plans", "thời gian thực hiện"))
        editor.bind(timing, task, signal=ui.timingKindCombo.currentIndexChanged)
        for signal in (ui.timingValueSpin.valueChanged, ui.timingStartEdit.dateChanged,
                       ui.timingEndEdit.dateChanged, ui.timingTextEdit.textEdited):
            signal.connect(lambda *_: editor._changed(timing))
        for widget in (ui.timingValueSpin, ui.timingStartEdit, ui.timingEndEdit,
                       ui.timingTextEdit):
            widget.installEventFilter(editor._flusher)

    @staticmethod
    def _key_binding(combo: CatalogueCombo, name: str, label: str) -> Binding:
        return Binding(combo, "task", (name,), lambda: {name: combo.current_key()},
                       lambda values: combo.set_current_key(values.get(name)), label,
                       immediate=True)

    def _read_lead(self) -> dict[str, Any]:
        return {"lead_agency": self.lead.current_key(), **self._read_cooperators()}

    def _write_lead(self, values: dict[str, Any]) -> None:
        self.lead.set_current_key(values.get("lead_agency"))
        self._write_cooperators(values)

    def _read_cooperators(self) -> dict[str, Any]:
        listing, lead = self.ui.cooperatorsList, self.lead.current_key()
        return {"cooperators": [listing.item(i).data(Qt.UserRole) for i in range(listing.count())
                                if listing.item(i).checkState() == Qt.Checked
                                and listing.item(i).data(Qt.UserRole) != lead]}

    def _write_cooperators(self, values: dict[str, Any]) -> None:
        chosen = set(values.get("cooperators") or [])
        listing, lead = self.ui.cooperatorsList, self.lead.current_key()
        listing.blockSignals(True)
        for i in range(listing.count()):
            item = listing.item(i)
            is_lead = item.data(Qt.UserRole) == lead and lead is not None
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen and not is_lead
                               else Qt.Unchecked)
            flags = item.flags() | Qt.ItemIsEnabled
            item.setFlags(flags & ~Qt.ItemIsEnabled if is_lead else flags)
            item.setToolTip(translate("Plans", "Cơ quan chủ trì nhiệm vụ") if is_lead else "")
        listing.blockSignals(False)

    def _year(self) -> int:
        return self.view.summary.year if self.view else 2025

    def _read_timing(self) -> dict[str, Any]:
        ui = self.ui
        label = translate("Plans", "thời gian thực hiện")
        timing = make_timing(ui.timingKindCombo.currentData(), self._year(),
                             value=ui.timingValueSpin.value(),
                             start=checked_date(ui.timingStartEdit, label),
                             end=checked_date(ui.timingEndEdit, label),
                             text=ui.timingTextEdit.text())
        return {"timing_kind": timing.kind, "timing_start": timing.start,
                "timing_end": timing.end, "timing_text": timing.text}

    def _write_timing(self, values: dict[str, Any]) -> None:
        ui = self.ui
        kind = values.get("timing_kind") or TimingKind.YEAR
        start, end = values.get("timing_start"), values.get("timing_end")
        for widget in (ui.timingKindCombo, ui.timingValueSpin, ui.timingStartEdit,
                       ui.timingEndEdit, ui.timingTextEdit):
            widget.blockSignals(True)
        ui.timingKindCombo.setCurrentIndex(max(ui.timingKindCombo.findData(str(kind)), 0))
        if start is not None and kind == TimingKind.QUARTER:
            ui.timingValueSpin.setValue((start.month - 1) // 3 + 1)
        elif start is not None and kind == TimingKind.MONTH:
            ui.timingValueSpin.setValue(start.month)
        ui.timingStartEdit.setDate(to_qdate(start))
        ui.timingEndEdit.setDate(to_qdate(end))
        ui.timingTextEdit.setText(values.get("timing_text") or "")
        for widget in (ui.timingKindCombo, ui.timingValueSpin, ui.timingStartEdit,
                       ui.timingEndEdit, ui.timingTextEdit):
            widget.blockSignals(False)
        self._timing_widgets()

    def _timing_widgets(self) -> None:
        ui, kind = self.ui, self.ui.timingKindCombo.currentData()
        ui.timingValueSpin.setVisible(kind in (TimingKind.QUARTER, TimingKind.MONTH))
        ui.timingValueSpin.setMaximum(4 if kind == TimingKind.QUARTER else 12)
        ui.timingValueSpin.setPrefix(translate("Plans", "Quý ") if kind == TimingKind.QUARTER
                                     else translate("Plans", "Tháng "))
        ui.timingStartEdit.setVisible(kind == TimingKind.RANGE)
        ui.timingEndEdit.setVisible(kind == TimingKind.RANGE)
        ui.timingTextEdit.setVisible(kind == TimingKind.TEXT)

    # -- showing ------------------------------------------------------------------------
    def remember(self, view: PlanView, known: dict) -> None:
        for t in view.tasks:
            values = {"title": t.title, "lead_agency": t.lead_agency_uuid,
                      "cooperators": list(t.cooperator_uuids), "product": t.product,
                      "budget": t.budget, "note": t.note, "form": t.form_uuid,
                      "timing_kind": t.timing_kind, "timing_start": t.timing_start,
                      "timing_end": t.timing_end, "timing_text": t.timing_text}
            known.update({("task", t.uuid, k): v for k, v in values.items()})
            for g in t.targets:
                known.update({("target", g.uuid, "indicator"): g.indicator,
                              ("target", g.uuid, "quantity"): g.quantity,
                              ("target", g.uuid, "unit"): g.unit,
                              ("target", g.uuid, "measure"): g.measure})

    def show(self, view: PlanView) -> None:
        self.view = view
        wanted = self.task_uuid
        select = self.editor._select_after
        if select and select[0] in ("task", "target"):
            wanted = select[1]() if select[0] == "task" else wanted
        self.model.set_rows(view.tasks)
        rows = [t.uuid for t in view.tasks]
        row = rows.index(wanted) if wanted in rows else (0 if rows else -1)
        self.task_uuid = rows[row] if row >= 0 else None
        if row >= 0:
            self.ui.tasksTable.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.ClearAndSelect
                | QItemSelectionModel.Rows)
        total = sum(t.budget for t in view.tasks)
        self.ui.totalLabel.setText(translate("Plans", "{0} nhiệm vụ – tổng kinh phí {1}").format(
            len(view.tasks), money(total)))
        editable = not view.read_only
        for button in (self.ui.addTaskButton, self.ui.removeTaskButton, self.ui.upTaskButton,
                       self.ui.downTaskButton, self.ui.addTargetButton,
                       self.ui.removeTargetButton):
            button.setEnabled(editable)
        self._show_task()

    def _show_task(self) -> None:
        self.editor._show_bindings("task")
        task = self.current()
        self._show_targets(task)
        if self._new_title_pending and task is not None and task.title == NEW_TASK_TITLE:
            self._new_title_pending = False
            self.ui.taskTitleEdit.setFocus(Qt.OtherFocusReason)
            self.ui.taskTitleEdit.selectAll()

    def current(self) -> TaskView | None:
        if self.view is None:
            return None
        return next((t for t in self.view.tasks if t.uuid == self.task_uuid), None)

    def load_choices(self) -> None:
        """Agencies and forms for the combos, read on the worker thread once per editor."""
        if self._choices_loaded:
            return
        plans = self.editor.plans
        self.editor.context.operations.run(lambda _progress: plans.task_choices(),
                                           on_success=self._set_choices,
                                           parent=self.editor, show_progress=False)

    def _set_choices(self, choices) -> None:
        agencies, forms = choices
        self.editor._loading = True
        try:
            self.lead.set_items([(a.uuid, a.name, a.detail) for a in agencies])
            self.form.set_items([(f.uuid, f.name) for f in forms])
            listing = self.ui.cooperatorsList
            listing.blockSignals(True)
            listing.clear()
            for agency in agencies:
                item = QListWidgetItem(agency.name)
                item.setData(Qt.UserRole, agency.uuid)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Unchecked)
                listing.addItem(item)
            listing.blockSignals(False)
            self._choices_loaded = True
            if self.view is not None:
                self._show_task()
        finally:
            self.editor._loading = False

    def _task_selected(self, current, _previous) -> None:
        if self.editor._loading:
            return
        self.editor.flush_pending()
        task = self.model.row_at(current) if current.isValid() else None
        self.task_uuid = task.uuid if task else None
        self.editor._loading = True
        try:
            self._show_task()
        finally:
            self.editor._loading = False

    # -- task structure -----------------------------------------------------------------
    def add_task(self) -> None:
        editor, plan_uuid = self.editor, self.editor.plan_uuid
        index = self.ui.tasksTable.currentIndex().row() + 1
        editor.flush_pending()
        self._new_title_pending = True
        editor.undo_stack.push(AddCommand(editor, "task", lambda s, inst: tasks.add_task(
            s, plan_uuid, inst, index=index, title=NEW_TASK_TITLE),
            translate("Plans", "Thêm nhiệm vụ")))

    def remove_task(self) -> None:
        if self.task_uuid:
            self.editor.flush_pending()
            self.editor.undo_stack.push(DeleteCommand(self.editor, "task", self.task_uuid,
                                                      translate("Plans", "Xóa nhiệm vụ")))

    def move_task(self, step: int) -> None:
        index = self.ui.tasksTable.currentIndex().row()
        if self.task_uuid and 0 <= index + step < self.model.rowCount():
            self.editor.flush_pending()
            self.editor.undo_stack.push(MoveCommand(self.editor, "task", self.task_uuid, index,
                                                    index + step,
                                                    translate("Plans", "Chuyển nhiệm vụ")))

    # -- targets ------------------------------------------------------------------------
    def _setup_targets(self) -> None:
        table = self.ui.targetsTable
        table.setHorizontalHeaderLabels([translate("Plans", "Chỉ tiêu"),
                                         translate("Plans", "Số lượng"),
                                         translate("Plans", "Đơn vị tính"),
                                         translate("Plans", "Cách tính kết quả")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        table.verticalHeader().hide()
        table.setMinimumHeight(120)
        table.itemChanged.connect(self._target_edited)
        self.ui.addTargetButton.clicked.connect(self.add_target)
        self.ui.removeTargetButton.clicked.connect(self.remove_target)

    def _show_targets(self, task: TaskView | None) -> None:
        table = self.ui.targetsTable
        table.blockSignals(True)
        targets = task.targets if task else ()
        table.setRowCount(len(targets))
        editable = bool(self.view) and not self.view.read_only
        for row, target in enumerate(targets):
            for column, value in enumerate((target.indicator, str(target.quantity), target.unit)):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, target.uuid)
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                table.setItem(row, column, item)
            combo = QComboBox()
            for value, name in MEASURES.items():
                combo.addItem(_tr(name), str(value))
            combo.setCurrentIndex(max(combo.findData(target.measure), 0))
            combo.setEnabled(editable)
            uuid = target.uuid
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, u=uuid: self._target_change(u, "measure", c.currentData()))
            table.setCellWidget(row, 3, combo)
        table.blockSignals(False)

    def _target_edited(self, item: QTableWidgetItem) -> None:
        name = TARGET_FIELDS[item.column()] if item.column() < 3 else None
        if name is None:
            return
        value: Any = item.text().strip()
        if name == "quantity":
            try:
                value = int(value.replace(".", "").replace(" ", ""))
            except ValueError:
                self.ui.readOnlyLabel.setText(
                    translate("Plans", "Số lượng chỉ tiêu phải là số nguyên."))
                self._show_targets(self.current())
                return
        self._target_change(item.data(Qt.UserRole), name, value)

    def _target_change(self, uuid: str, name: str, value: Any) -> None:
        old = self.editor.known("target", uuid, name)
        if old == value:
            return
        self.editor.undo_stack.push(EditCommand(self.editor, "target", uuid, {name: value},
                                                {name: old}, translate("Plans", "Sửa chỉ tiêu")))

    def add_target(self) -> None:
        task = self.current()
        if task is None:
            return
        # A new target's name and unit are plan text, printed in the annex: Vietnamese.
        unit = "hoạt động"
        task_uuid = task.uuid
        self.editor.undo_stack.push(AddCommand(self.editor, "target", lambda s, inst:
                                               tasks.add_target(s, task_uuid, inst,
                                                                indicator="Chỉ tiêu mới",
                                                                quantity=1, unit=unit),
                                               translate("Plans", "Thêm chỉ tiêu")))

    def remove_target(self) -> None:
        row = self.ui.targetsTable.currentRow()
        task = self.current()
        if task is None or not 0 <= row < len(task.targets):
            return
        self.editor.undo_stack.push(DeleteCommand(self.editor, "target", task.targets[row].uuid,
                                                  translate("Plans", "Xóa chỉ tiêu")))
