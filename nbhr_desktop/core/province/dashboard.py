"""What the dashboard (Tổng quan) shows at the province for a period, in one call.

The province's totals and the same period a year earlier, by month, by form, by audience
and by unit (``reports.figures.overview_figures``: only what the dashboard draws), one line
per unit (its own activities, then every reporting unit's, zeros included), the units that
have not sent their data for the period (or, while its due date is ahead, for the last
quarter due), the budget of every plan in effect and the
province's own overdue tasks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nbhr_desktop.core.activities.progress import TaskProgress, task_progress
from nbhr_desktop.core.province.by_unit import UnitLine, unit_lines
from nbhr_desktop.core.province.submissions import Submissions, reminder_period, submissions
from nbhr_desktop.core.province.units import scope_for
from nbhr_desktop.core.reports.figures import PeriodFigures, overview_figures, plans_in_effect
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.storage.models import Plan, PlanStatus, PlanTask


@dataclass
class ProvinceDashboard:
    figures: PeriodFigures
    lines: list[UnitLine]
    submissions: Submissions
    budget: int  # every unit's plans in effect, in đồng
    overdue: list[TaskProgress] = field(default_factory=list)  # the province's own plan

    @property
    def spent_share(self) -> float | None:
        return 100.0 * self.figures.totals.cost / self.budget if self.budget else None


def _budget(session: Session, unit_ids: tuple[int, ...], start: dt.date, end: dt.date) -> int:
    plans = select(Plan.id).where(
        Plan.unit_id.in_(unit_ids), Plan.deleted.is_(False),
        Plan.status != PlanStatus.SUPERSEDED, Plan.period_start <= end, Plan.period_end >= start)
    return int(session.scalar(select(func.coalesce(func.sum(PlanTask.budget), 0)).where(
        PlanTask.plan_id.in_(plans), PlanTask.deleted.is_(False))) or 0)


def province_dashboard(session: Session, province_id: int, period: Period,
                       today: dt.date | None = None) -> ProvinceDashboard:
    today = today or dt.date.today()
    scope = scope_for(session, province_id, period, today)
    figures = overview_figures(session, scope)
    # Who to remind: for a period whose due date is still ahead, the last quarter due.
    sent = submissions(session, reminder_period(session, period, today), today)
    overdue: list[TaskProgress] = []
    for plan in plans_in_effect(session, province_id, period.start, period.end):
        overdue += [t for t in task_progress(session, plan.id, today=today) if t.overdue]
    return ProvinceDashboard(
        figures=figures, lines=unit_lines(session, figures, province_id, sent),
        submissions=sent, budget=_budget(session, scope.unit_ids, period.start, period.end),
        overdue=overdue)
