"""Every unit's plans at the province: read-only summaries, counted in one query.

A province receives the plans of every unit it consolidates (285 plans from 138 units over
four years); summarising them one by one would load every task. Here the tasks are counted
and their budgets summed by the database, and the units named by a join. A plan of another
unit opens read-only and prints as the unit printed it (its header, names and date:
``documents.plan_pdf`` names the unit as it was on the plan's date).
"""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from nbhr_desktop.core.plans.views import PlanSummary
from nbhr_desktop.core.vnformat import document_number
from nbhr_desktop.storage.models import AdminUnit, Plan, PlanTask

_LEVEL = {"province": 0, "district": 1, "commune": 2}


def all_plans(session: Session) -> list[PlanSummary]:
    """Every unit's plans (the province's own first within a year), newest year first."""
    tasks = (select(PlanTask.plan_id, func.count(PlanTask.id).label("count"),
                    func.coalesce(func.sum(PlanTask.budget), 0).label("budget"))
             .where(PlanTask.deleted.is_(False)).group_by(PlanTask.plan_id).subquery())
    level = case({"province": 0, "district": 1}, value=AdminUnit.level, else_=2)
    rows = session.execute(
        select(Plan.uuid, Plan.year, Plan.period_start, Plan.period_end, Plan.number,
               Plan.code, Plan.status, Plan.revision, Plan.subject, Plan.changed_at,
               Plan.issued_date, AdminUnit.name, func.coalesce(tasks.c.count, 0),
               func.coalesce(tasks.c.budget, 0))
        .join(AdminUnit, AdminUnit.id == Plan.unit_id)
        .outerjoin(tasks, tasks.c.plan_id == Plan.id)
        .where(Plan.deleted.is_(False))
        .order_by(Plan.year.desc(), level, AdminUnit.code, Plan.revision.desc()))
    return [PlanSummary(
        uuid=uuid, year=year, period_start=start, period_end=end,
        number_line=document_number(number, code), status=status, revision=revision,
        subject=subject, changed_at=changed, task_count=int(count),
        budget_total=int(budget), issued_date=issued, unit_name=unit)
        for (uuid, year, start, end, number, code, status, revision, subject, changed, issued,
             unit, count, budget) in rows]
