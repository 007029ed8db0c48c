"""The *Kế hoạch* sheet: the tasks and targets of the plans in effect, with this period's result,
the cumulative result from the year's start and the verdict (``core.reports.judging``).

One row per target (a task without targets gets one row), the task's columns repeated on
each, so that the filter on any column keeps whole, readable rows.
"""

from __future__ import annotations

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.figures import PeriodFigures
from nbhr_desktop.core.reports.judging import verdict_label
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.vnformat import roman, short_date
from nbhr_desktop.storage.models import Plan, PlanTask, TargetMeasure, TimingKind
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.print_setup import finish_sheet, prepare_sheet
from nbhr_desktop.workbooks.summary_sheet import subtitle
from nbhr_desktop.workbooks.typed_cells import TypedCells, title_rows

PLAN_COLUMNS: list[tuple[str, float]] = [
    ("STT", 5), ("Kế hoạch", 12), ("Nội dung nhiệm vụ", 32), ("Cơ quan chủ trì", 18),
    ("Cơ quan phối hợp", 18), ("Thời gian thực hiện", 11), ("Sản phẩm", 16),
    ("Kinh phí dự kiến (đồng)", 14), ("Chỉ tiêu", 24), ("Số lượng", 8), ("Đơn vị tính", 10),
    ("Cách tính kết quả", 12), ("Kết quả trong kỳ", 9), ("Lũy kế từ đầu năm", 9),
    ("Tỷ lệ đạt", 8), ("Đánh giá", 11),
]
WIDTH = dict(PLAN_COLUMNS)
WRAPPED_WIDTHS = [WIDTH[name] for name in ("Nội dung nhiệm vụ", "Chỉ tiêu", "Sản phẩm",
                                           "Cơ quan chủ trì", "Cơ quan phối hợp")]
HEADER_ROW = 4


def measure_label(measure: str) -> str:
    return {
        TargetMeasure.ACTIVITIES: _("Số hoạt động"),
        TargetMeasure.ATTENDANCES: _("Lượt người"),
        TargetMeasure.PRODUCTS: _("Số sản phẩm"),
        TargetMeasure.BROADCAST_MINUTES: _("Phút phát sóng"),
        TargetMeasure.MANUAL: _("Nhập trực tiếp"),
    }.get(measure, measure)


def timing_label(task: PlanTask) -> str:
    if task.timing_kind == TimingKind.TEXT:
        return task.timing_text
    if task.timing_kind == TimingKind.YEAR:
        return _("Cả năm")
    start = task.timing_start
    if task.timing_kind == TimingKind.QUARTER and start:
        return _("Quý {q}").format(q=roman((start.month - 1) // 3 + 1))
    if task.timing_kind == TimingKind.MONTH and start:
        return _("Tháng {m}").format(m=start.month)
    if start and task.timing_end:
        return f"{short_date(start)} - {short_date(task.timing_end)}"
    return task.timing_text


def _plan_label(plan: Plan) -> str:
    if plan.number:
        return f"{plan.number:02d}/{plan.code}"
    return _("Dự thảo KH năm {year}").format(year=plan.year)


def write_plan_sheet(workbook: Workbook, session: Session, unit_name: str, period: Period,
                     figures: PeriodFigures) -> int:
    """Write the sheet; returns the number of tasks listed."""
    sheet = workbook.create_sheet(_("Kế hoạch"))
    prepare_sheet(sheet, [w for _n, w in PLAN_COLUMNS], header_row=HEADER_ROW,
                  unit_name=unit_name, title=_("Nhiệm vụ, chỉ tiêu kế hoạch"))
    c = TypedCells(sheet)
    title_rows(c, unit_name, _("NHIỆM VỤ, CHỈ TIÊU CỦA KẾ HOẠCH VÀ KẾT QUẢ TRONG KỲ"),
               subtitle(figures), len(PLAN_COLUMNS))
    c.append([c.text(_(name), st.HEADER) for name, _w in PLAN_COLUMNS],
             [(_(name), width * 0.85) for name, width in PLAN_COLUMNS])
    progress = {t.task_id: t for t in figures.tasks}
    tasks = session.scalars(
        select(PlanTask).where(PlanTask.id.in_(list(progress)))
        .options(selectinload(PlanTask.cooperators), selectinload(PlanTask.lead_agency),
                 selectinload(PlanTask.plan))
    ).all() if progress else []
    by_id = {task.id: task for task in tasks}
    rows = 0
    for index, task_progress in enumerate(figures.tasks, start=1):
        task = by_id[task_progress.task_id]
        def common(task=task, index=index):  # fresh cells for every row
            return [
                c.int(index, st.CENTER), c.text(_plan_label(task.plan)), c.text(task.title),
                c.text(task.lead_agency.name if task.lead_agency else ""),
                c.text("; ".join(a.name for a in task.cooperators)), c.text(timing_label(task)),
                c.text(task.product), c.money(task.budget),
            ]
        targets = task_progress.targets or [None]
        for target in targets:
            if target is None:
                tail = [c.blank(), c.blank(), c.blank(), c.text(_("Số hoạt động")),
                        c.int(task_progress.in_period.activities),
                        c.int(task_progress.year_to_date.activities), c.blank(),
                        c.text(verdict_label(task_progress.verdict), st.CENTER)]
            else:
                tail = [c.text(target.indicator), c.int(target.quantity),
                        c.text(target.unit, st.CENTER), c.text(measure_label(target.measure)),
                        c.int(target.in_period), c.int(target.result),
                        c.percent(target.percent),
                        c.text(verdict_label(target.verdict), st.CENTER)]
            texts = [task.title, target.indicator if target else "", task.product,
                     task.lead_agency.name if task.lead_agency else "",
                     "; ".join(a.name for a in task.cooperators)]
            c.append(common() + tail, list(zip(texts, WRAPPED_WIDTHS, strict=True)))
            rows += 1
    finish_sheet(sheet, header_row=HEADER_ROW, last_row=HEADER_ROW + rows,
                 columns=len(PLAN_COLUMNS))
    return len(figures.tasks)
