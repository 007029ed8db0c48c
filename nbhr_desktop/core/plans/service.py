"""Plans of a unit: list, create from the template, copy, edit metadata and sections, delete.

Every function takes an open session and the installation UUID; every change calls
``touch`` so it travels in the next exchange file. Edits return the previous values so an
editor can undo them by applying those values again. Deleting sets the tombstone
(``deleted``); undoing a deletion clears it. Task and target edits are in ``tasks.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import NotFoundError, UserError, ValidationError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core import catalogue_texts
from nbhr_desktop.core.plans.dated_names import carry_dated_lines
from nbhr_desktop.core.plans.template import (
    create_plan_from_template,
    fit_timing,
    stamp_new,
)
from nbhr_desktop.core.plans.timing import Timing, shift_year
from nbhr_desktop.core.plans.unit_naming import unit_on
from nbhr_desktop.core.plans.views import (
    PlanSummary,
    is_own,
    live_sections,
    live_targets,
    live_tasks,
    summarise,
)
from nbhr_desktop.core.units.validity import ensure_acts, year_span
from nbhr_desktop.storage.models import (
    AdminUnit,
    Installation,
    Plan,
    PlanSection,
    PlanStatus,
    PlanTask,
    SectionLevel,
    SignerAuthority,
    TaskTarget,
)

PLAN_FIELDS = {
    "year": int, "period_start": dt.date, "period_end": dt.date, "number": int, "code": str,
    "parent_body": str, "issuing_body": str, "place": str, "issued_date": dt.date,
    "subject": str, "legal_bases": list, "recipients": list, "signer_name": str,
    "signer_title": str, "signer_authority": str,
}
SECTION_FIELDS = {"level": str, "title": str, "body": str}
_CODE = re.compile(r"^[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$")


def get_plan(session: Session, plan_uuid: str) -> Plan:
    plan = session.scalars(select(Plan).where(Plan.uuid == plan_uuid)).first()
    if plan is None or plan.deleted:
        raise NotFoundError(_("Không tìm thấy kế hoạch {uuid}: có thể nó đã bị xóa.").format(
            uuid=plan_uuid))
    return plan


def ensure_editable(plan: Plan) -> None:
    if not is_own(plan):
        raise UserError(_("Kế hoạch năm {year} của {unit} là hồ sơ của đơn vị đã bàn giao: chỉ "
                          "xem và in, không sửa được.").format(year=plan.year,
                                                               unit=plan.unit.name))
    if plan.status != PlanStatus.DRAFT:
        raise UserError(_("Kế hoạch năm {year} đã ban hành nên không sửa được. Hãy tạo bản "
                          "sửa đổi (\"Tạo bản sửa đổi\") rồi sửa trên bản đó.").format(
                              year=plan.year))


def history_unit_ids(session: Session) -> list[int]:
    """Units this installation served before a hand-over, most recent first."""
    installation = session.scalars(select(Installation)).first()
    if installation is None:
        return []
    return [h["unit_id"] for h in reversed(installation.history or []) if h.get("unit_id")]


def plans_of_unit(session: Session, unit_id: int) -> list[Plan]:
    query = select(Plan).where(Plan.unit_id == unit_id, Plan.deleted.is_(False))
    return sorted(session.scalars(query),
                  key=lambda p: (p.year, p.revision, p.changed_at), reverse=True)


def list_plans(session: Session, unit_id: int, *, with_history: bool = False
               ) -> list[PlanSummary]:
    """The unit's plans, newest year and revision first; ``with_history`` adds, after them,
    the plans of the units this installation served before a hand-over."""
    plans = plans_of_unit(session, unit_id)
    if with_history:
        for old_unit in history_unit_ids(session):
            plans += plans_of_unit(session, old_unit)
    return [summarise(p) for p in plans]


def latest_plan(session: Session, unit_id: int, year: int | None = None) -> Plan:
    """The unit's newest plan (of ``year``); after a hand-over, the predecessor's plan of
    that year when the unit has none (the commune prints the district's 2024 plan)."""
    plans = [p for p in plans_of_unit(session, unit_id) if year is None or p.year == year]
    for old_unit in history_unit_ids(session) if not plans and year else []:
        plans = plans or [p for p in plans_of_unit(session, old_unit) if p.year == year]
    if not plans:
        where = _(" năm {year}").format(year=year) if year else ""
        raise NotFoundError(_("Đơn vị chưa có kế hoạch nào{where}. Hãy tạo kế hoạch từ mẫu "
                              "trước.").format(where=where))
    return plans[0]


def _current_for_year(session: Session, unit_id: int, year: int) -> Plan | None:
    return next((p for p in plans_of_unit(session, unit_id)
                 if p.year == year and p.status != PlanStatus.SUPERSEDED), None)


def create_plan(session: Session, unit_id: int, year: int, installation_uuid: str) -> Plan:
    """A new draft from the template; refuses a second plan for the same year."""
    if not 2000 <= year <= 2100:
        raise UserError(_("Năm {year} không hợp lệ.").format(year=year))
    unit = session.get(AdminUnit, unit_id)
    _ensure_plans_for(session, unit, year)
    if _current_for_year(session, unit_id, year) is not None:
        raise UserError(_("Đơn vị đã có kế hoạch năm {year}. Hãy mở kế hoạch đó, hoặc tạo "
                          "bản sửa đổi nếu kế hoạch đã ban hành.").format(year=year))
    return create_plan_from_template(session, unit, year, installation_uuid)


def _ensure_plans_for(session: Session, unit: AdminUnit, year: int) -> None:
    """A unit plans only for a year it existed in (its period is then cut to that part)."""
    if year_span(unit, year) is None:
        ensure_acts(session, unit, dt.date(year, 1, 1), dt.date(year, 12, 31),
                    _("lập kế hoạch"))


def _carry_text(text: str, old_year: int, new_year: int, names: list[tuple[str, str]]) -> str:
    text = re.sub(rf"\bnăm {old_year}\b", f"năm {new_year}", nfc(text))
    for old, new in names:
        text = text.replace(old, new)
    return text


def copy_plan(session: Session, source_uuid: str, year: int, installation_uuid: str,
              *, unit_id: int | None = None) -> Plan:
    """A draft for ``year`` copied from an earlier plan: dates moved, "năm 2024" → "năm
    2025", the unit's old name replaced by its name in the new year; number and date
    cleared."""
    source = get_plan(session, source_uuid)
    unit = session.get(AdminUnit, unit_id or source.unit_id)
    _ensure_plans_for(session, unit, year)
    if _current_for_year(session, unit.id, year) is not None:
        raise UserError(_("Đơn vị đã có kế hoạch năm {year}: không sao chép chồng lên được.")
                        .format(year=year))
    shift = year - source.year
    old_unit = unit_on(session, source.unit, source.issued_date or source.period_start)
    new_unit = unit_on(session, unit, dt.date(year, 1, 1))
    names = []
    if (old_unit.kind, old_unit.short_name) != (new_unit.kind, new_unit.short_name):
        names = [(f"{old_unit.kind} {old_unit.short_name}",
                  f"{new_unit.kind} {new_unit.short_name}")]

    def carry(text: str) -> str:
        return _carry_text(text, source.year, year, names)

    owner = unit.code
    span_start, span_end = year_span(unit, year)
    start = max(shift_year(source.period_start, shift), span_start)
    end = min(shift_year(source.period_end, shift), span_end)
    plan = stamp_new(Plan(
        unit_id=unit.id, year=year, period_start=start, period_end=end, number=None,
        code=source.code, parent_body=source.parent_body, issuing_body=source.issuing_body,
        place=source.place, issued_date=None, subject=carry(source.subject),
        # Legal bases and recipients are those valid on the new plan's date; lines the
        # officer added that are not catalogue entries are kept.
        legal_bases=carry_dated_lines(session, unit, start, source.legal_bases or [],
                                      catalogue_texts.legal_bases(session, unit, start)),
        recipients=carry_dated_lines(session, unit, start,
                                     [carry(r) for r in source.recipients or []],
                                     catalogue_texts.plan_recipients(session, unit, start)),
        signer_name=source.signer_name, signer_title=source.signer_title,
        signer_authority=source.signer_authority, status=PlanStatus.DRAFT, revision=1,
    ), owner, installation_uuid)
    copy_body(source, plan, owner, installation_uuid, carry=carry,
              move=lambda d: shift_year(d, shift), period=(start, end))
    session.add(plan)
    session.flush()
    return plan


def copy_body(source: Plan, plan: Plan, owner: str, installation_uuid: str, *,
              carry=lambda t: t, move=lambda d: d,
              period: tuple[dt.date, dt.date] | None = None) -> None:
    """Copy the live sections and tasks (with targets) of ``source`` into ``plan``;
    with ``period``, tasks are fitted into it and those wholly after it left out."""
    for position, section in enumerate(live_sections(source)):
        plan.sections.append(stamp_new(PlanSection(
            position=position, level=section.level, title=carry(section.title),
            body=carry(section.body)), owner, installation_uuid))
    position = -1
    for task in live_tasks(source):
        timing = Timing(task.timing_kind, move(task.timing_start), move(task.timing_end),
                        task.timing_text)
        if period is not None:
            timing = fit_timing(timing, *period)
            if timing is None:
                continue
        position += 1
        copy = stamp_new(PlanTask(
            position=position, title=carry(task.title), lead_agency=task.lead_agency,
            timing_kind=timing.kind, timing_start=timing.start,
            timing_end=timing.end, timing_text=timing.text,
            product=carry(task.product), budget=task.budget, note=carry(task.note),
            form=task.form), owner, installation_uuid)
        copy.cooperators = list(task.cooperators)
        for order, target in enumerate(live_targets(task)):
            copy.targets.append(stamp_new(TaskTarget(
                position=order, indicator=carry(target.indicator), quantity=target.quantity,
                unit=target.unit, measure=target.measure), owner, installation_uuid))
        plan.tasks.append(copy)


def _clean(name: str, value: Any, kinds: dict[str, type]) -> Any:
    if name not in kinds:
        raise UserError(_("Không sửa được trường \"{name}\".").format(name=name))
    if value is None:
        return None
    if kinds[name] is str:
        return nfc(str(value)).strip() if name not in ("body",) else nfc(str(value))
    if kinds[name] is list:
        return [nfc(str(v)).strip() for v in value if str(v).strip()]
    return value


def _validate_plan(plan: Plan) -> None:
    problems = {}
    if plan.period_end < plan.period_start:
        problems["period_end"] = _("Ngày kết thúc kỳ kế hoạch phải sau ngày bắt đầu.")
    if not _CODE.match(plan.code or ""):
        problems["code"] = _("Ký hiệu \"{code}\" không đúng dạng: viết liền, các nhóm chữ nối "
                             "bằng dấu \"-\", ví dụ KH-UBND.").format(code=plan.code)
    if plan.number is not None and plan.number <= 0:
        problems["number"] = _("Số văn bản phải là số nguyên dương.")
    if plan.signer_authority not in set(SignerAuthority):
        problems["signer_authority"] = _("Thẩm quyền ký phải là TM., KT., Q., TL. hoặc TUQ.")
    if problems:
        raise ValidationError(_("Thông tin kế hoạch chưa hợp lệ."), problems)


def update_plan(session: Session, plan_uuid: str, installation_uuid: str,
                **changes: Any) -> dict[str, Any]:
    """Change metadata fields; returns their previous values (for undo)."""
    plan = get_plan(session, plan_uuid)
    ensure_editable(plan)
    old = {}
    for name, value in changes.items():
        value = _clean(name, value, PLAN_FIELDS)
        old[name] = getattr(plan, name)
        setattr(plan, name, value)
    if "code" in changes and plan.code:
        # Case is part of the code ("CTr" is a programme), so only spaces are dropped.
        plan.code = plan.code.replace(" ", "")
    _validate_plan(plan)
    if any(old[name] != getattr(plan, name) for name in old):
        plan.touch(installation_uuid)
    session.flush()
    return old


def delete_plan(session: Session, plan_uuid: str, installation_uuid: str,
                deleted: bool = True) -> None:
    """Tombstone a draft (``deleted=False`` undoes it). Issued plans are kept as records."""
    plan = session.scalars(select(Plan).where(Plan.uuid == plan_uuid)).first()
    if plan is None:
        raise NotFoundError(_("Không tìm thấy kế hoạch."))
    if not is_own(plan):
        ensure_editable(plan)  # a predecessor's plan is kept as it was
    if deleted and plan.status != PlanStatus.DRAFT:
        raise UserError(_("Kế hoạch đã ban hành là văn bản lưu trữ, không xóa được."))
    for record in [plan, *plan.sections, *plan.tasks,
                   *(t for task in plan.tasks for t in task.targets)]:
        if record.deleted != deleted:
            record.deleted = deleted
            record.touch(installation_uuid)
    session.flush()


# -- sections ----------------------------------------------------------------------------
def get_section(session: Session, section_uuid: str) -> PlanSection:
    section = session.scalars(select(PlanSection).where(PlanSection.uuid == section_uuid)).first()
    if section is None:
        raise NotFoundError(_("Không tìm thấy đoạn văn bản này."))
    return section


def _renumber(records, installation_uuid: str) -> None:
    for position, record in enumerate(records):
        if record.position != position:
            record.position = position
            record.touch(installation_uuid)


def add_section(session: Session, plan_uuid: str, installation_uuid: str, *, index: int,
                level: str = SectionLevel.PARAGRAPH, title: str = "", body: str = "") -> str:
    """Insert a block at ``index`` among the live blocks; returns its UUID."""
    plan = get_plan(session, plan_uuid)
    ensure_editable(plan)
    if level not in set(SectionLevel):
        raise UserError(_("Cấp đoạn \"{level}\" không hợp lệ.").format(level=level))
    section = stamp_new(PlanSection(position=0, level=level, title=nfc(title), body=nfc(body)),
                        plan.owner_unit_code, installation_uuid)
    blocks = live_sections(plan)
    blocks.insert(max(0, min(index, len(blocks))), section)
    plan.sections.append(section)
    _renumber(blocks, installation_uuid)
    plan.touch(installation_uuid)
    session.flush()
    return section.uuid


def update_section(session: Session, section_uuid: str, installation_uuid: str,
                   **changes: Any) -> dict[str, Any]:
    section = get_section(session, section_uuid)
    ensure_editable(section.plan)
    old = {}
    for name, value in changes.items():
        value = _clean(name, value, SECTION_FIELDS)
        if name == "level" and value not in set(SectionLevel):
            raise UserError(_("Cấp đoạn \"{level}\" không hợp lệ.").format(level=value))
        old[name] = getattr(section, name)
        setattr(section, name, value)
    if any(old[n] != getattr(section, n) for n in old):
        section.touch(installation_uuid)
    session.flush()
    return old


def set_section_deleted(session: Session, section_uuid: str, installation_uuid: str,
                        deleted: bool = True) -> None:
    section = get_section(session, section_uuid)
    ensure_editable(section.plan)
    if section.deleted != deleted:
        section.deleted = deleted
        section.touch(installation_uuid)
    blocks = [s for s in sorted(section.plan.sections, key=lambda s: s.position)
              if not s.deleted]
    _renumber(blocks, installation_uuid)
    session.flush()


def move_section(session: Session, section_uuid: str, installation_uuid: str,
                 index: int) -> int:
    """Move a block to ``index`` among the live blocks; returns its previous index."""
    section = get_section(session, section_uuid)
    ensure_editable(section.plan)
    blocks = live_sections(section.plan)
    old_index = blocks.index(section)
    blocks.pop(old_index)
    blocks.insert(max(0, min(index, len(blocks))), section)
    _renumber(blocks, installation_uuid)
    session.flush()
    return old_index
