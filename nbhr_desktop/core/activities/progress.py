"""Progress of a plan's tasks: each target against the activities linked to its task.

A target says how its result is counted (``TaskTarget.measure``): the number of linked
activities, the sum of their attendances, products or broadcast minutes, or a figure the
officer enters by hand ("100 % cán bộ được tập huấn"). Results are summed in the database,
one grouped query per plan, so the progress view stays quick on a large activity log.

Used by the activities screen (progress panel), the dashboard and the results reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports import day_sums
from nbhr_desktop.core.vnformat import number, percent
from nbhr_desktop.storage.activity_fields import Totals, totals_of
from nbhr_desktop.storage.models import (
    Plan,
    PlanStatus,
    PlanTask,
    TaskTarget,
)

# What the linked (non-deleted) activities of one task add up to: the one ``Totals``
# (``for_measure`` gives the sum a target counts, ``TargetMeasure`` values being sum names).
TaskFigures = Totals


def share_text(value: float) -> str:
    """"75,0%"; far past the target the digits are grouped: "2.331,0%" (``vnformat.percent``)."""
    return percent(value)


@dataclass
class TargetProgress:
    target_id: int
    indicator: str
    quantity: int
    unit: str
    measure: str
    result: int  # counted from the activities, or the manual figure (0 when not entered)
    percent: float | None  # None when the target's quantity is 0

    @property
    def complete(self) -> bool:
        return self.result >= self.quantity

    def label(self) -> str:
        """"3/4 lớp, 75,0%" – the text the progress view and reports show."""
        text = f"{number(self.result)}/{number(self.quantity)} {self.unit}".rstrip()
        if self.percent is not None:
            text += f", {share_text(self.percent)}"
        return text


@dataclass
class TaskProgress:
    task_id: int
    task_uuid: str
    position: int
    title: str
    timing_start: dt.date | None
    timing_end: dt.date | None
    timing_text: str
    budget: int
    figures: TaskFigures
    targets: list[TargetProgress] = field(default_factory=list)
    overdue: bool = False
    number: int = 0  # 1, 2, 3… in annex order (positions need not start at 1)

    @property
    def spent(self) -> int:
        return self.figures.cost

    @property
    def percent(self) -> float | None:
        """The task's completion: the mean of its targets' percentages, each capped at 100."""
        values = [min(t.percent, 100.0) for t in self.targets if t.percent is not None]
        if not values:
            return None
        return sum(values) / len(values)

    @property
    def complete(self) -> bool:
        if self.targets:
            return all(t.complete for t in self.targets)
        # A task without measurable targets counts as done once something was done for it.
        return self.figures.activities > 0

    def summary(self) -> str:
        if not self.targets:
            return _("{n} hoạt động").format(n=number(self.figures.activities))
        return "; ".join(t.label() for t in self.targets)


def task_figures(session: Session, task_ids: list[int], start: dt.date | None = None,
                 end: dt.date | None = None) -> dict[int, TaskFigures]:
    """Sums of the linked, non-deleted activities per task (of any unit), optionally within
    a date range; read from the log's figures per day (``reports.day_sums``)."""
    if not task_ids:
        return {}
    sums = day_sums.by_item(session, "task", None, start, end, items=list(task_ids))
    return {task: totals_of(values) for task, values in sums.items()}


def _target_progress(target: TaskTarget, figures: TaskFigures) -> TargetProgress:
    counted = figures.for_measure(target.measure)
    result = counted if counted is not None else int(target.manual_result or 0)
    quantity = int(target.quantity or 0)
    share = (100.0 * result / quantity) if quantity > 0 else None
    return TargetProgress(
        target_id=target.id, indicator=target.indicator, quantity=quantity, unit=target.unit,
        measure=target.measure, result=result, percent=share,
    )


def task_progress(session: Session, plan_id: int, start: dt.date | None = None,
                  end: dt.date | None = None, *, today: dt.date | None = None
                  ) -> list[TaskProgress]:
    """Each non-deleted task of the plan, in annex order, with its targets' results.

    ``start``/``end`` restrict the counted activities (e.g. a quarter's report); a task is
    overdue when its timing ended before ``today`` and it is not complete.
    """
    today = today or dt.date.today()
    tasks = list(session.scalars(
        select(PlanTask)
        .where(PlanTask.plan_id == plan_id, PlanTask.deleted.is_(False))
        .order_by(PlanTask.position, PlanTask.id)
        .options(selectinload(PlanTask.targets))
    ))
    sums = task_figures(session, [t.id for t in tasks], start, end)
    result = []
    for index, task in enumerate(tasks, start=1):
        figures = sums.get(task.id, TaskFigures())
        progress = TaskProgress(
            task_id=task.id, task_uuid=task.uuid, position=task.position, title=task.title,
            timing_start=task.timing_start, timing_end=task.timing_end,
            timing_text=task.timing_text, budget=int(task.budget or 0), figures=figures,
            targets=[_target_progress(t, figures) for t in task.targets if not t.deleted],
        )
        progress.overdue = (task.timing_end is not None and task.timing_end < today
                            and not progress.complete)
        progress.number = index
        result.append(progress)
    return result


@dataclass
class PlanChoice:
    id: int
    year: int
    label: str  # "Kế hoạch năm 2024 (số 15/KH-UBND)"


def plans_for_progress(session: Session, unit_id: int) -> list[PlanChoice]:
    """The unit's current plans, newest year first, for the progress view's picker."""
    plans = session.scalars(
        select(Plan).where(Plan.unit_id == unit_id, Plan.deleted.is_(False),
                           Plan.status != PlanStatus.SUPERSEDED)
        .order_by(Plan.year.desc(), Plan.id.desc()))
    choices = []
    for plan in plans:
        label = _("Kế hoạch năm {year}").format(year=plan.year)
        if plan.number:
            label += _(" (số {number:02d}/{code})").format(number=plan.number, code=plan.code)
        elif plan.status == PlanStatus.DRAFT:
            label += _(" (dự thảo)")
        choices.append(PlanChoice(plan.id, plan.year, label))
    return choices
