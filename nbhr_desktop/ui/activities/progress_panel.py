"""The progress panel beside the activity table: each task of a plan with its targets
against the linked activities ("3/4 lớp, 75,0%"), overdue tasks in red.

Reads through ``core.activities.progress`` on the worker thread; the panel only shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem

from nbhr_desktop.core.activities.progress import share_text
from nbhr_desktop.core.activities.reading import ActivityReader
from nbhr_desktop.core.vnformat import money, short_date

OVERDUE = QColor("#b03020")
DONE = QColor("#1e7b34")


class ProgressPanel(QObject):
    """Drives the ``progressPanel`` widgets of ``forms/activities_screen.ui``."""

    def __init__(self, ui, context, parent=None):
        super().__init__(parent)
        self.ui = ui
        self.context = context
        self.reader = ActivityReader(context.workspace)
        self._plans_loaded = False
        header = ui.progressTree.header()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setStretchLastSection(False)
        ui.planCombo.currentIndexChanged.connect(self._plan_chosen)

    def show(self) -> None:
        self.reload(plans=not self._plans_loaded)

    def reload(self, *, plans: bool = True) -> None:
        reader, wanted = self.reader, self.ui.planCombo.currentData()
        self.context.operations.run(
            lambda _progress: reader.task_progress(wanted, with_plans=plans),
            on_success=self._show, show_progress=False)

    def _show(self, result) -> None:
        choices, plan_id, rows = result
        combo = self.ui.planCombo
        if choices is not None:
            self._plans_loaded = True
            combo.blockSignals(True)
            combo.clear()
            for choice in choices:
                combo.addItem(choice.label, choice.id)
            combo.setCurrentIndex(max(combo.findData(plan_id), 0))
            combo.blockSignals(False)
        self._fill(rows, has_plan=plan_id is not None)

    def _plan_chosen(self, _index: int) -> None:
        self.reload(plans=False)

    def _fill(self, rows, *, has_plan: bool) -> None:
        tree = self.ui.progressTree
        tree.clear()
        overdue = 0
        bold = QFont()
        bold.setBold(True)
        for task in rows:
            share = task.percent
            text = share_text(share) if share is not None else f"{task.figures.activities}"
            item = QTreeWidgetItem([f"{task.number}. {task.title}", text])
            item.setFont(0, bold)
            tip = [task.title]
            if task.timing_end:
                tip.append(self.tr("Thời hạn: {0}").format(short_date(task.timing_end)))
            if task.budget:
                tip.append(self.tr("Kinh phí: đã chi {0} / dự toán {1}").format(
                    money(task.spent), money(task.budget)))
            if task.overdue:
                overdue += 1
                tip.append(self.tr("Quá hạn: thời hạn đã qua mà chưa đạt chỉ tiêu."))
                for column in (0, 1):
                    item.setForeground(column, QBrush(OVERDUE))
                item.setText(1, text + " ⚠")
            elif task.complete:
                item.setForeground(1, QBrush(DONE))
            item.setToolTip(0, "\n".join(tip))
            for target in task.targets:
                child = QTreeWidgetItem([target.indicator, target.label()])
                if target.complete:
                    child.setForeground(1, QBrush(DONE))
                item.addChild(child)
            if not task.targets:
                item.addChild(QTreeWidgetItem([self.tr("Hoạt động đã gắn"), task.summary()]))
            tree.addTopLevelItem(item)
        tree.expandAll()
        if not has_plan:
            note = self.tr("Chưa có kế hoạch nào. Hãy lập kế hoạch ở màn hình Kế hoạch.")
        elif not rows:
            note = self.tr("Kế hoạch chưa có nhiệm vụ.")
        elif overdue:
            note = self.tr("{0} nhiệm vụ quá hạn (tô đỏ). Gắn hoạt động vào nhiệm vụ bằng "
                           "“Sửa nhiều…”.").format(overdue)
        else:
            note = self.tr("Không có nhiệm vụ quá hạn.")
        self.ui.progressNote.setText(note)
