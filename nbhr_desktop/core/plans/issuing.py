"""Draft → issued → superseded, and revisions.

Issuing records the clerical office's number and date after checking what must be there;
the issued plan is then read-only. A later change goes into a new revision (a draft copy
pointing at the issued plan through ``previous_revision_id``); the issued plan stays in
force and unchanged until that revision is itself issued, when it becomes superseded and
remains as history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import UserError, ValidationError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.plans.dated_names import dated_name_warnings
from nbhr_desktop.core.plans.service import copy_body, ensure_editable, get_plan
from nbhr_desktop.core.plans.template import stamp_new
from nbhr_desktop.core.plans.unit_naming import plan_day
from nbhr_desktop.core.plans.views import live_tasks
from nbhr_desktop.core.units.validity import acting_problem
from nbhr_desktop.core.vnformat import document_number, short_date
from nbhr_desktop.storage.models import Plan, PlanStatus, SignerAuthority


def issue_problems(session: Session, plan: Plan, number: int | None,
                   issued_date: dt.date | None) -> list[str]:
    """What stops the plan from being issued, in Vietnamese (empty when it can be)."""
    problems = []
    if plan.status != PlanStatus.DRAFT:
        problems.append(_("Kế hoạch không còn là dự thảo: chỉ ban hành được bản dự thảo."))
    if number is None:
        problems.append(_("Chưa có số văn bản do văn thư cấp."))
    elif number <= 0:
        problems.append(_("Số văn bản phải là số nguyên dương."))
    if issued_date is None:
        problems.append(_("Chưa có ngày ban hành."))
    elif (unit_problem := acting_problem(session, plan.unit, issued_date, issued_date,
                                         _("ban hành kế hoạch"))):
        problems.append(unit_problem)
    elif issued_date > plan.period_end:
        problems.append(_("Ngày ban hành {day} sau khi kỳ kế hoạch đã kết thúc ({end}).").format(
            day=short_date(issued_date), end=short_date(plan.period_end)))
    if not plan.subject.strip():
        problems.append(_("Chưa có trích yếu (tên kế hoạch)."))
    if not plan.signer_name.strip():
        problems.append(_("Chưa có họ tên người ký."))
    if not plan.signer_title.strip() and plan.signer_authority != SignerAuthority.Q:
        problems.append(_("Chưa có chức vụ người ký (ví dụ PHÓ CHỦ TỊCH)."))
    if not [r for r in plan.recipients or [] if r.strip()]:
        problems.append(_("Chưa có nơi nhận."))
    tasks = live_tasks(plan)
    if not tasks:
        problems.append(_("Kế hoạch chưa có nhiệm vụ nào."))
    for index, task in enumerate(tasks, start=1):
        if task.lead_agency is None:
            problems.append(_("Nhiệm vụ {n} chưa có cơ quan chủ trì.").format(n=index))
        start, end = task.timing_start, task.timing_end
        if start is None or end is None:
            problems.append(_("Nhiệm vụ {n} chưa có thời gian thực hiện.").format(n=index))
        elif start < plan.period_start or end > plan.period_end:
            problems.append(_("Nhiệm vụ {n}: thời gian {a} - {b} nằm ngoài kỳ kế hoạch "
                              "({c} - {d}).").format(
                n=index, a=short_date(start), b=short_date(end),
                c=short_date(plan.period_start), d=short_date(plan.period_end)))
    if number is not None and number > 0:
        clash = session.scalars(select(Plan).where(
            Plan.unit_id == plan.unit_id, Plan.number == number, Plan.code == plan.code,
            Plan.status != PlanStatus.DRAFT, Plan.deleted.is_(False), Plan.id != plan.id,
        )).all()
        year = issued_date.year if issued_date else plan.year
        if any(p.issued_date and p.issued_date.year == year for p in clash):
            problems.append(_("Số {number} đã dùng cho một kế hoạch khác ban hành năm {year}.")
                            .format(number=document_number(number, plan.code), year=year))
    return problems


def issue_warnings(session: Session, plan: Plan, issued_date: dt.date | None) -> list[str]:
    """What the officer should look at before issuing, without stopping it: names and
    legal bases printed in the plan that are not valid on its date."""
    return dated_name_warnings(session, plan, issued_date or plan_day(plan))


def issue_plan(session: Session, plan_uuid: str, installation_uuid: str, *, number: int,
               issued_date: dt.date) -> Plan:
    """Issue the draft, or raise ``ValidationError`` listing every problem."""
    plan = get_plan(session, plan_uuid)
    ensure_editable(plan)
    problems = issue_problems(session, plan, number, issued_date)
    if problems:
        raise ValidationError(_("Chưa ban hành được kế hoạch:"),
                              {str(i): p for i, p in enumerate(problems)})
    plan.number = number
    plan.issued_date = issued_date
    plan.status = PlanStatus.ISSUED
    plan.touch(installation_uuid)
    if plan.previous_revision_id:
        previous = session.get(Plan, plan.previous_revision_id)
        if previous is not None and previous.status == PlanStatus.ISSUED:
            previous.status = PlanStatus.SUPERSEDED
            previous.touch(installation_uuid)
    session.flush()
    return plan


def open_revision(session: Session, plan: Plan) -> Plan | None:
    """The draft revision already started from this issued plan, if any."""
    return session.scalars(select(Plan).where(
        Plan.previous_revision_id == plan.id, Plan.deleted.is_(False),
        Plan.status == PlanStatus.DRAFT)).first()


def new_revision(session: Session, plan_uuid: str, installation_uuid: str) -> Plan:
    """A draft copy of an issued plan to change; the issued one stays as it is."""
    plan = get_plan(session, plan_uuid)
    if plan.status != PlanStatus.ISSUED:
        raise UserError(_("Chỉ tạo bản sửa đổi từ kế hoạch đã ban hành (đang có hiệu lực)."))
    existing = open_revision(session, plan)
    if existing is not None:
        return existing
    owner = plan.owner_unit_code
    revision = stamp_new(Plan(
        unit_id=plan.unit_id, year=plan.year, period_start=plan.period_start,
        period_end=plan.period_end, number=None, code=plan.code, parent_body=plan.parent_body,
        issuing_body=plan.issuing_body, place=plan.place, issued_date=None,
        subject=plan.subject, legal_bases=list(plan.legal_bases or []),
        recipients=list(plan.recipients or []), signer_name=plan.signer_name,
        signer_title=plan.signer_title, signer_authority=plan.signer_authority,
        status=PlanStatus.DRAFT, revision=plan.revision + 1, previous_revision_id=plan.id,
    ), owner, installation_uuid)
    copy_body(plan, revision, owner, installation_uuid)
    session.add(revision)
    session.flush()
    return revision
