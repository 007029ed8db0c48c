"""Editing the task table of a draft plan: tasks, agencies, timing, budget and targets.

Like ``service.py``: functions over an open session, each change touched, edits return the
previous values (agencies and forms by UUID) so that applying them again undoes the edit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import NotFoundError, UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core.plans.service import _renumber, ensure_editable, get_plan
from nbhr_desktop.core.plans.template import stamp_new
from nbhr_desktop.core.plans.timing import make_timing
from nbhr_desktop.core.plans.views import live_targets, live_tasks
from nbhr_desktop.storage.models import (
    Agency,
    CatalogueItem,
    PlanTask,
    TargetMeasure,
    TaskTarget,
    TimingKind,
)

TEXT_FIELDS = ("title", "product", "note", "timing_text")
TIMING_FIELDS = ("timing_kind", "timing_start", "timing_end", "timing_text")


def get_task(session: Session, task_uuid: str) -> PlanTask:
    task = session.scalars(select(PlanTask).where(PlanTask.uuid == task_uuid)).first()
    if task is None:
        raise NotFoundError(_("Không tìm thấy nhiệm vụ này."))
    return task


def _agency(session: Session, agency_uuid: str | None) -> Agency | None:
    if not agency_uuid:
        return None
    agency = session.scalars(select(Agency).where(Agency.uuid == agency_uuid)).first()
    if agency is None:
        raise NotFoundError(_("Không tìm thấy cơ quan trong danh mục."))
    return agency


def _form(session: Session, form_uuid: str | None) -> CatalogueItem | None:
    if not form_uuid:
        return None
    item = session.scalars(select(CatalogueItem).where(CatalogueItem.uuid == form_uuid)).first()
    if item is None:
        raise NotFoundError(_("Không tìm thấy hình thức truyền thông trong danh mục."))
    return item


def _current(task: PlanTask, name: str) -> Any:
    if name == "lead_agency":
        return task.lead_agency.uuid if task.lead_agency else None
    if name == "cooperators":
        return [a.uuid for a in task.cooperators]
    if name == "form":
        return task.form.uuid if task.form else None
    return getattr(task, name)


def add_task(session: Session, plan_uuid: str, installation_uuid: str, *, index: int | None = None,
             title: str = "", **fields: Any) -> str:
    """Insert a task (at the end unless ``index``); timing defaults to the whole year."""
    plan = get_plan(session, plan_uuid)
    ensure_editable(plan)
    # The title is plan text, printed in the annex: Vietnamese whatever the interface says.
    task = stamp_new(PlanTask(position=0, title=nfc(title).strip() or "Nhiệm vụ mới",
                              timing_kind=TimingKind.YEAR, timing_start=plan.period_start,
                              timing_end=plan.period_end, budget=0),
                     plan.owner_unit_code, installation_uuid)
    tasks = live_tasks(plan)
    tasks.insert(len(tasks) if index is None else max(0, min(index, len(tasks))), task)
    plan.tasks.append(task)
    _renumber(tasks, installation_uuid)
    session.flush()
    if fields:
        update_task(session, task.uuid, installation_uuid, **fields)
    plan.touch(installation_uuid)
    return task.uuid


def update_task(session: Session, task_uuid: str, installation_uuid: str,
                **changes: Any) -> dict[str, Any]:
    """Change task fields; ``lead_agency``, ``cooperators`` and ``form`` are UUIDs."""
    task = get_task(session, task_uuid)
    ensure_editable(task.plan)
    old = {name: _current(task, name) for name in changes}
    for name, value in changes.items():
        if name in TEXT_FIELDS:
            task_value = nfc(value or "").strip()
            if name == "title" and not task_value:
                raise UserError(_("Nội dung nhiệm vụ không được để trống."))
            setattr(task, name, task_value)
        elif name == "lead_agency":
            task.lead_agency = _agency(session, value)
        elif name == "cooperators":
            task.cooperators = [_agency(session, u) for u in dict.fromkeys(value or [])]
        elif name == "form":
            task.form = _form(session, value)
        elif name == "budget":
            budget = int(value or 0)
            if budget < 0:
                raise UserError(_("Kinh phí không được âm."))
            task.budget = budget
        elif name in ("timing_kind", "timing_start", "timing_end"):
            setattr(task, name, value)
        else:
            raise UserError(_("Không sửa được trường \"{name}\".").format(name=name))
    if task.timing_start and task.timing_end and task.timing_end < task.timing_start:
        raise UserError(_("Ngày kết thúc của nhiệm vụ trước ngày bắt đầu: hãy sửa lại."))
    if any(old[n] != _current(task, n) for n in old):
        task.touch(installation_uuid)
    session.flush()
    return old


def set_task_timing(session: Session, task_uuid: str, installation_uuid: str, kind: str, *,
                    value: int | None = None, start: dt.date | None = None,
                    end: dt.date | None = None, text: str = "") -> dict[str, Any]:
    """Set timing as "Quý I", "Tháng 3", "Cả năm", a range or text; dates are derived."""
    task = get_task(session, task_uuid)
    timing = make_timing(kind, task.plan.year, value=value, start=start, end=end, text=text)
    return update_task(session, task_uuid, installation_uuid, timing_kind=timing.kind,
                       timing_start=timing.start, timing_end=timing.end,
                       timing_text=timing.text)


def set_task_deleted(session: Session, task_uuid: str, installation_uuid: str,
                     deleted: bool = True) -> None:
    task = get_task(session, task_uuid)
    ensure_editable(task.plan)
    if task.deleted != deleted:
        task.deleted = deleted
        task.touch(installation_uuid)
    _renumber(live_tasks(task.plan), installation_uuid)
    session.flush()


def move_task(session: Session, task_uuid: str, installation_uuid: str, index: int) -> int:
    """Move a task to ``index`` in the table; returns its previous index."""
    task = get_task(session, task_uuid)
    ensure_editable(task.plan)
    tasks = live_tasks(task.plan)
    old_index = tasks.index(task)
    tasks.pop(old_index)
    tasks.insert(max(0, min(index, len(tasks))), task)
    _renumber(tasks, installation_uuid)
    session.flush()
    return old_index


# -- targets -----------------------------------------------------------------------------
def get_target(session: Session, target_uuid: str) -> TaskTarget:
    target = session.scalars(select(TaskTarget).where(TaskTarget.uuid == target_uuid)).first()
    if target is None:
        raise NotFoundError(_("Không tìm thấy chỉ tiêu này."))
    return target


def _check_target(indicator: str, quantity: int, unit: str, measure: str) -> None:
    if not indicator:
        raise UserError(_("Hãy ghi tên chỉ tiêu, ví dụ \"Lớp tập huấn được tổ chức\"."))
    if quantity < 0:
        raise UserError(_("Số lượng chỉ tiêu không được âm."))
    if not unit:
        raise UserError(_("Hãy ghi đơn vị tính của chỉ tiêu, ví dụ \"lớp\", \"%\"."))
    if measure not in set(TargetMeasure):
        raise UserError(_("Cách tính kết quả \"{m}\" không hợp lệ.").format(m=measure))


def add_target(session: Session, task_uuid: str, installation_uuid: str, *, indicator: str,
               quantity: int, unit: str, measure: str = TargetMeasure.ACTIVITIES) -> str:
    task = get_task(session, task_uuid)
    ensure_editable(task.plan)
    indicator, unit = nfc(indicator).strip(), nfc(unit).strip()
    _check_target(indicator, int(quantity), unit, measure)
    target = stamp_new(TaskTarget(position=len(live_targets(task)), indicator=indicator,
                                  quantity=int(quantity), unit=unit, measure=measure),
                       task.owner_unit_code, installation_uuid)
    task.targets.append(target)
    task.touch(installation_uuid)
    session.flush()
    return target.uuid


def update_target(session: Session, target_uuid: str, installation_uuid: str,
                  **changes: Any) -> dict[str, Any]:
    target = get_target(session, target_uuid)
    ensure_editable(target.task.plan)
    allowed = {"indicator", "quantity", "unit", "measure"}
    old = {}
    for name, value in changes.items():
        if name not in allowed:
            raise UserError(_("Không sửa được trường \"{name}\".").format(name=name))
        old[name] = getattr(target, name)
        setattr(target, name, int(value) if name == "quantity" else nfc(value).strip())
    _check_target(target.indicator, target.quantity, target.unit, target.measure)
    if any(old[n] != getattr(target, n) for n in old):
        target.touch(installation_uuid)
    session.flush()
    return old


def set_target_deleted(session: Session, target_uuid: str, installation_uuid: str,
                       deleted: bool = True) -> None:
    target = get_target(session, target_uuid)
    ensure_editable(target.task.plan)
    if target.deleted != deleted:
        target.deleted = deleted
        target.touch(installation_uuid)
    session.flush()
