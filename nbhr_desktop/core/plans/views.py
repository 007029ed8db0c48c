"""Read-only, detached pictures of plans for screens and commands (safe across threads)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import object_session

from nbhr_desktop.core.plans.numbering import number_blocks
from nbhr_desktop.core.plans.timing import timing_label, timing_value
from nbhr_desktop.core.vnformat import document_number
from nbhr_desktop.storage.models import (
    Agency,
    Catalogue,
    CatalogueItem,
    Installation,
    Plan,
    PlanSection,
    PlanTask,
    TaskTarget,
)


def is_own(plan: Plan) -> bool:
    """False for a plan of a unit this installation served before a hand-over, or one
    received from another unit (at the province: every unit's): it is kept as it was, to
    read and print."""
    session = object_session(plan)
    installation = session.scalars(select(Installation)).first() if session else None
    return installation is None or installation.unit_id == plan.unit_id


def live(records):
    """Records that are not tombstones, in their stored order."""
    return [r for r in records if not r.deleted]


def live_sections(plan: Plan) -> list[PlanSection]:
    return sorted(live(plan.sections), key=lambda s: s.position)


def live_tasks(plan: Plan) -> list[PlanTask]:
    return sorted(live(plan.tasks), key=lambda t: t.position)


def live_targets(task: PlanTask) -> list[TaskTarget]:
    return sorted(live(task.targets), key=lambda t: t.position)


@dataclass(frozen=True)
class PlanSummary:
    uuid: str
    year: int
    period_start: dt.date
    period_end: dt.date
    number_line: str
    status: str
    revision: int
    subject: str
    changed_at: dt.datetime
    task_count: int
    budget_total: int
    issued_date: dt.date | None
    unit_name: str = ""  # the issuing unit ("Huyện Kim Sơn" for a plan kept after hand-over)


@dataclass(frozen=True)
class SectionView:
    uuid: str
    level: str
    number: str
    title: str
    body: str


@dataclass(frozen=True)
class TargetView:
    uuid: str
    indicator: str
    quantity: int
    unit: str
    measure: str


@dataclass(frozen=True)
class TaskView:
    uuid: str
    number: int
    title: str
    lead_agency_uuid: str | None
    lead_agency_name: str
    cooperator_uuids: tuple[str, ...]
    cooperator_names: tuple[str, ...]
    timing_kind: str
    timing_value: int | None
    timing_start: dt.date | None
    timing_end: dt.date | None
    timing_text: str
    timing_label: str
    product: str
    budget: int
    note: str
    form_uuid: str | None
    targets: tuple[TargetView, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PlanView:
    summary: PlanSummary
    code: str
    number: int | None
    parent_body: str
    issuing_body: str
    place: str
    legal_bases: tuple[str, ...]
    recipients: tuple[str, ...]
    signer_name: str
    signer_title: str
    signer_authority: str
    sections: tuple[SectionView, ...]
    tasks: tuple[TaskView, ...]
    read_only: bool


def summarise(plan: Plan) -> PlanSummary:
    tasks = live_tasks(plan)
    return PlanSummary(
        uuid=plan.uuid, year=plan.year, period_start=plan.period_start,
        period_end=plan.period_end, number_line=document_number(plan.number, plan.code),
        status=plan.status, revision=plan.revision, subject=plan.subject,
        changed_at=plan.changed_at, task_count=len(tasks),
        budget_total=sum(t.budget or 0 for t in tasks), issued_date=plan.issued_date,
        unit_name=plan.unit.name if plan.unit is not None else "")


def task_view(task: PlanTask, number: int) -> TaskView:
    cooperators = sorted(live(task.cooperators), key=lambda a: (a.sort_order, a.name))
    return TaskView(
        uuid=task.uuid, number=number, title=task.title,
        lead_agency_uuid=task.lead_agency.uuid if task.lead_agency else None,
        lead_agency_name=task.lead_agency.name if task.lead_agency else "",
        cooperator_uuids=tuple(a.uuid for a in cooperators),
        cooperator_names=tuple(a.name for a in cooperators),
        timing_kind=task.timing_kind, timing_value=timing_value(task.timing_kind,
                                                                task.timing_start),
        timing_start=task.timing_start, timing_end=task.timing_end,
        timing_text=task.timing_text,
        timing_label=timing_label(task.timing_kind, task.timing_start, task.timing_end,
                                  task.timing_text),
        product=task.product, budget=task.budget or 0, note=task.note,
        form_uuid=task.form.uuid if task.form else None,
        targets=tuple(TargetView(t.uuid, t.indicator, t.quantity, t.unit, t.measure)
                      for t in live_targets(task)))


def plan_view(plan: Plan) -> PlanView:
    sections = live_sections(plan)
    numbers = number_blocks(s.level for s in sections)
    return PlanView(
        summary=summarise(plan), code=plan.code, number=plan.number,
        parent_body=plan.parent_body, issuing_body=plan.issuing_body, place=plan.place,
        legal_bases=tuple(plan.legal_bases or ()), recipients=tuple(plan.recipients or ()),
        signer_name=plan.signer_name, signer_title=plan.signer_title,
        signer_authority=plan.signer_authority,
        sections=tuple(SectionView(s.uuid, s.level, n, s.title, s.body)
                       for s, n in zip(sections, numbers, strict=True)),
        tasks=tuple(task_view(t, i) for i, t in enumerate(live_tasks(plan), start=1)),
        read_only=plan.status != "draft" or not is_own(plan))


@dataclass(frozen=True)
class Choice:
    uuid: str
    name: str
    detail: str = ""


def agency_choices(session, unit_id: int) -> list[Choice]:
    """The unit's active agencies, in catalogue order (for lead and co-operating agency)."""
    query = select(Agency).where(Agency.unit_id == unit_id, Agency.deleted.is_(False),
                                 Agency.active.is_(True))
    agencies = sorted(session.scalars(query), key=lambda a: (a.sort_order, a.name))
    return [Choice(a.uuid, a.name, a.short_code) for a in agencies]


def form_choices(session) -> list[Choice]:
    """Forms of communication (hình thức) for a task's usual form."""
    query = select(CatalogueItem).where(CatalogueItem.catalogue == Catalogue.FORM,
                                        CatalogueItem.deleted.is_(False),
                                        CatalogueItem.active.is_(True))
    items = sorted(session.scalars(query), key=lambda i: (i.sort_order, i.name))
    return [Choice(i.uuid, i.name, i.product_unit) for i in items]
