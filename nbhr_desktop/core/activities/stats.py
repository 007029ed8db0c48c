"""What the dashboard (Tổng quan) shows for a period, gathered in one call.

The grouped figures come from the REPORTS engineer's ``core.reports.figures`` (the same
numbers the results report prints); this module adds what only the dashboard needs: the
budget of the plans in effect, to set spending against, and the tasks overdue today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nbhr_desktop.core.activities.progress import TaskProgress, task_progress
from nbhr_desktop.core.reports.figures import PeriodFigures, period_figures, plans_in_effect
from nbhr_desktop.storage.models import Activity, Plan, PlanTask


@dataclass
class DashboardData:
    figures: PeriodFigures
    budget: int  # the budgets of the tasks of the plans in effect, in đồng
    overdue: list[TaskProgress] = field(default_factory=list)

    @property
    def spent_share(self) -> float | None:
        return 100.0 * self.figures.totals.cost / self.budget if self.budget else None


def dashboard_data(session: Session, unit_id: int, start: dt.date, end: dt.date, *,
                   today: dt.date | None = None) -> DashboardData:
    today = today or dt.date.today()
    figures = period_figures(session, unit_id, start, end)
    plans = plans_in_effect(session, unit_id, start, end)
    plan_ids = [p.id for p in plans]
    budget = 0
    overdue: list[TaskProgress] = []
    if plan_ids:
        budget = int(session.scalar(
            select(func.coalesce(func.sum(PlanTask.budget), 0))
            .where(PlanTask.plan_id.in_(plan_ids), PlanTask.deleted.is_(False))) or 0)
        for plan_id in plan_ids:
            # Overdue is judged on everything done for the task so far, not just this period.
            overdue += [t for t in task_progress(session, plan_id, today=today) if t.overdue]
    return DashboardData(figures=figures, budget=budget, overdue=overdue)


def latest_data_day(session: Session, unit_id: int) -> dt.date | None:
    """The last day the unit has data for: its latest activity, else its latest plan's
    first day (None for a new installation). Screens open on this day's year."""
    day = session.scalar(select(func.max(Activity.start_date)).where(
        Activity.unit_id == unit_id, Activity.deleted.is_(False)))
    if day is not None:
        return day
    return session.scalar(select(func.max(Plan.period_start)).where(
        Plan.unit_id == unit_id, Plan.deleted.is_(False)))
