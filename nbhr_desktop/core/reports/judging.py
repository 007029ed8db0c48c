"""Judging a plan's tasks in a report: met, not met, not yet due, not yet entered.

A task's targets are for the plan's year, so a quarter or half-year report
(TIME-AND-PROVINCE.md, "Targets within a period"):
- counts each target's result cumulatively from the start of the year (lũy kế) to the last
  counted day, next to what the period itself added;
- calls a target "Đạt" once the cumulative result reaches the quantity, whenever that is,
  and never "Chưa đạt" then;
- calls an unmet target "Chưa đạt" only when its task was due by the end of the counted
  span (``ReportScope.due_by``); before that it is "Chưa đến hạn" (a task timed in Quý IV
  is not due in a second-quarter report);
- reads a target whose result is entered by hand and has not been entered "Chưa cập nhật",
  never 0 %.

``judge_tasks`` takes a ``ReportScope`` (unit ids, period, report date), so a report over
several units (the province's) judges every unit's plan the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.activities.progress import TaskFigures, task_figures
from nbhr_desktop.core.plans.timing import timing_label
from nbhr_desktop.core.reports.periods import PeriodKind
from nbhr_desktop.core.reports.scope import ReportScope
from nbhr_desktop.core.vnformat import number, percent
from nbhr_desktop.storage.models import Plan, PlanStatus, PlanTask, TargetMeasure, TaskTarget


class Verdict(StrEnum):
    MET = "met"  # Đạt: the cumulative result reached the target
    NOT_MET = "not_met"  # Chưa đạt: due, and below the target
    NOT_DUE = "not_due"  # Chưa đến hạn: below the target, not due yet
    NOT_ENTERED = "not_entered"  # Chưa cập nhật: a hand-entered result still missing
    DONE = "done"  # Đã thực hiện: a task without a measurable target, with activities
    NOT_DONE = "not_done"  # Chưa thực hiện: the same, due, and nothing done


def verdict_label(verdict: str) -> str:
    return {
        Verdict.MET: _("Đạt"),
        Verdict.NOT_MET: _("Chưa đạt"),
        Verdict.NOT_DUE: _("Chưa đến hạn"),
        Verdict.NOT_ENTERED: _("Chưa cập nhật"),
        Verdict.DONE: _("Đã thực hiện"),
        Verdict.NOT_DONE: _("Chưa thực hiện"),
    }[Verdict(verdict)]


@dataclass
class TargetStanding:
    target_id: int
    indicator: str
    quantity: int
    unit: str
    measure: str
    in_period: int | None  # what the period added; None for a hand-entered target
    result: int | None  # cumulative from the year's start, or the hand-entered figure
    verdict: str

    @property
    def manual(self) -> bool:
        return self.measure == TargetMeasure.MANUAL

    @property
    def percent(self) -> float | None:
        """The cumulative result against the year's target, in %; None when not measurable."""
        if self.result is None or self.quantity <= 0:
            return None
        return 100.0 * self.result / self.quantity

    @property
    def remaining(self) -> int:
        """What is still missing to reach the target (0 once reached or not measurable)."""
        if self.result is None or self.quantity <= 0:
            return 0
        return max(0, self.quantity - self.result)

    def label(self) -> str:
        """"3/4 lớp (75,0%)", "80%/100%", or "chỉ tiêu "…" chưa cập nhật" – for the text."""
        if self.result is None:
            return _("chỉ tiêu “{indicator}” chưa cập nhật kết quả").format(
                indicator=self.indicator)
        if self.unit.strip() == "%":
            return f"{number(self.result)}%/{number(self.quantity)}%"
        text = f"{number(self.result)}/{number(self.quantity)} {self.unit}".rstrip()
        if self.percent is not None:
            text += f" ({percent(self.percent)})"
        return text

    def shortfall(self) -> str:
        """"86 lượt người", "20%": what the direction section asks to complete."""
        if self.unit.strip() == "%":
            return f"{number(self.remaining)}%"
        return f"{number(self.remaining)} {self.unit}".rstrip()


@dataclass
class TaskStanding:
    task_id: int
    task_uuid: str
    number: int  # 1, 2, 3… in annex order
    title: str
    timing: str  # "Quý II", "Cả năm", "Thường xuyên"…
    timing_start: dt.date | None
    timing_end: dt.date | None
    budget: int
    in_period: TaskFigures  # the linked activities of the period
    year_to_date: TaskFigures  # the same from the year's start (equal for a year report)
    due: bool
    verdict: str
    targets: list[TargetStanding] = field(default_factory=list)
    unit_id: int = 0  # whose plan the task is in (several at the province)

    @property
    def figures(self) -> TaskFigures:  # the period's sums, as the older progress rows had
        return self.in_period

    def summary(self) -> str:
        """"3/2 lớp (150,0%), 199/200 lượt người (99,5%)" or "2 hoạt động"."""
        if not self.targets:
            return _("{n} hoạt động").format(n=number(self.year_to_date.activities))
        return ", ".join(t.label() for t in self.targets)

    @property
    def timing_in_text(self) -> str:
        """The timing inside a sentence: "quý III", "tháng 4 - tháng 9", "cả năm"."""
        text = re.sub(r"\b(Tháng|Quý|Cả năm)\b", lambda m: m.group(1).lower(), self.timing)
        return text[:1].lower() + text[1:]

    @property
    def whole_year(self) -> bool:
        """Timed "Cả năm" or "Thường xuyên": it runs all year, never "to be started"."""
        start, end = self.timing_start, self.timing_end
        return (start is None or (start.month, start.day) == (1, 1)) and (
            end is None or (end.month, end.day) == (12, 31))


def _target_verdict(result: int | None, quantity: int, due: bool, activities: int) -> str:
    if result is None:
        return Verdict.NOT_ENTERED
    if quantity <= 0:  # no number to reach: judged like a task without targets
        return Verdict.DONE if (result > 0 or activities > 0) else (
            Verdict.NOT_DONE if due else Verdict.NOT_DUE)
    if result >= quantity:
        return Verdict.MET
    return Verdict.NOT_MET if due else Verdict.NOT_DUE


def _task_verdict(targets: list[TargetStanding], due: bool, activities: int) -> str:
    if not targets:
        if activities > 0:
            return Verdict.DONE
        return Verdict.NOT_DONE if due else Verdict.NOT_DUE
    verdicts = {t.verdict for t in targets}
    if Verdict.NOT_MET in verdicts or Verdict.NOT_DONE in verdicts:
        return Verdict.NOT_MET
    if verdicts <= {Verdict.MET, Verdict.DONE}:
        return Verdict.MET if Verdict.MET in verdicts else Verdict.DONE
    # Some target is still open: a missing hand-entered figure matters once the task is
    # due; before that the task as a whole is simply not due yet.
    return Verdict.NOT_ENTERED if due else Verdict.NOT_DUE


def plans_for_scope(session: Session, scope: ReportScope) -> list[Plan]:
    """The current plans a report judges: the plans of the period's year (a cut-off first
    quarter starts on 15/12 of the year before but judges this year's plan); for custom
    dates, every plan that overlaps them."""
    period = scope.period
    stmt = select(Plan).where(Plan.unit_id.in_(list(scope.unit_ids)), Plan.deleted.is_(False),
                              Plan.status != PlanStatus.SUPERSEDED)
    if period.kind == PeriodKind.CUSTOM:
        stmt = stmt.where(Plan.period_start <= scope.counted_end, Plan.period_end >= period.start)
    else:
        stmt = stmt.where(Plan.year == period.year)
    return list(session.scalars(stmt.order_by(Plan.unit_id, Plan.period_start, Plan.id)))


def _standing(task: PlanTask, targets: list[TaskTarget], period_sums: TaskFigures,
              ytd_sums: TaskFigures, due: bool, index: int, unit_id: int = 0) -> TaskStanding:
    standings = []
    for target in targets:
        quantity = int(target.quantity or 0)
        counted = ytd_sums.for_measure(target.measure)
        if counted is None:  # entered by hand: None until the officer enters it
            in_period = None
            result = None if target.manual_result is None else int(target.manual_result)
        else:
            in_period, result = period_sums.for_measure(target.measure), counted
        standings.append(TargetStanding(
            target_id=target.id, indicator=target.indicator, quantity=quantity,
            unit=target.unit, measure=target.measure, in_period=in_period, result=result,
            verdict=_target_verdict(result, quantity, due, ytd_sums.activities)))
    return TaskStanding(
        task_id=task.id, task_uuid=task.uuid, number=index, title=task.title,
        timing=timing_label(task.timing_kind, task.timing_start, task.timing_end,
                            task.timing_text),
        timing_start=task.timing_start, timing_end=task.timing_end,
        budget=int(task.budget or 0), in_period=period_sums, year_to_date=ytd_sums, due=due,
        verdict=_task_verdict(standings, due, ytd_sums.activities), targets=standings,
        unit_id=unit_id)


def judge_tasks(session: Session, scope: ReportScope,
                plans: list[Plan] | None = None) -> list[TaskStanding]:
    """Every live task of the scope's plans, in annex order, judged as of the counted end."""
    plans = plans_for_scope(session, scope) if plans is None else plans
    if not plans:
        return []
    tasks = list(session.scalars(
        select(PlanTask)
        .where(PlanTask.plan_id.in_([p.id for p in plans]), PlanTask.deleted.is_(False))
        .order_by(PlanTask.plan_id, PlanTask.position, PlanTask.id)
        .options(selectinload(PlanTask.targets))))
    order = {plan.id: index for index, plan in enumerate(plans)}
    units = {plan.id: plan.unit_id for plan in plans}
    tasks.sort(key=lambda t: (order[t.plan_id], t.position, t.id))
    ids = [t.id for t in tasks]
    period = scope.period
    in_period = task_figures(session, ids, period.start, scope.counted_end)
    year_to_date = (task_figures(session, ids, period.year_start, scope.counted_end)
                    if period.has_year_to_date else in_period)
    judged = []
    for index, task in enumerate(tasks, start=1):
        end = task.timing_end or dt.date(period.year, 12, 31)
        targets = sorted((t for t in task.targets if not t.deleted),
                         key=lambda t: (t.position, t.id))
        judged.append(_standing(task, targets, in_period.get(task.id, TaskFigures()),
                                year_to_date.get(task.id, TaskFigures()),
                                end <= scope.due_by, index, units[task.plan_id]))
    return judged


@dataclass(frozen=True)
class Tally:
    """How many tasks stand where (the narrative's counting sentence)."""

    met: int
    not_met: int
    not_due: int
    not_entered: int
    done: int
    not_done: int
    total: int


def tally(tasks: list[TaskStanding]) -> Tally:
    counts = {v: 0 for v in Verdict}
    for task in tasks:
        counts[Verdict(task.verdict)] += 1
    return Tally(counts[Verdict.MET], counts[Verdict.NOT_MET], counts[Verdict.NOT_DUE],
                 counts[Verdict.NOT_ENTERED], counts[Verdict.DONE], counts[Verdict.NOT_DONE],
                 len(tasks))
