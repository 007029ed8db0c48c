"""The plan template: data in ``resources/templates/plan_template.json``, turned into a draft.

The template is data, not code, so the province can send a new one: sections (level, title,
body), legal bases, recipients, signer and 10–15 tasks with lead agency (by the agency's
short code), co-operating agencies, timing, product, budget, usual form (catalogue code) and
targets. Placeholders such as ``{unit_name}`` and ``{year}`` are filled for the unit at
creation; unknown placeholders are left as typed so a mistake in a template shows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.core import catalogue_seed
from nbhr_desktop.core.errors import UserError
from nbhr_desktop.core.i18n import _
from nbhr_desktop.core.plans.timing import make_timing
from nbhr_desktop.core.text import nfc
from nbhr_desktop.resources import resource
from nbhr_desktop.storage.models import (
    AdminUnit, Agency, Catalogue, CatalogueItem, Plan, PlanSection, PlanStatus, PlanTask,
    SectionLevel, TargetMeasure, TaskTarget, TimingKind, utcnow,
)

TEMPLATE_FILE = ("templates", "plan_template.json")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


def template_path() -> Path:
    return resource(*TEMPLATE_FILE)


@cache
def _cached(path: str, mtime: float) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def load_template(path: Path | None = None) -> dict[str, Any]:
    """The template as a dict; a broken file is a ``UserError`` naming it."""
    path = path or template_path()
    try:
        data = _cached(str(path), path.stat().st_mtime)
    except (OSError, ValueError) as error:
        raise UserError(_("Không đọc được mẫu kế hoạch {path}: {error}. Hãy cài lại ứng dụng "
                          "hoặc nhận lại tệp mẫu từ tỉnh.").format(path=path, error=error))
    problems = template_problems(data)
    if problems:
        raise UserError(_("Mẫu kế hoạch {path} không hợp lệ.").format(path=path),
                        details=problems)
    return data


def template_problems(data: dict[str, Any]) -> list[str]:
    """What is wrong with a template (empty when it can be used)."""
    problems = []
    for key in ("code", "subject", "legal_bases", "recipients", "sections", "tasks"):
        if key not in data:
            problems.append(_("Thiếu mục \"{key}\".").format(key=key))
    levels = set(SectionLevel)
    for index, block in enumerate(data.get("sections", []), start=1):
        if block.get("level") not in levels:
            problems.append(_("Đoạn {n}: cấp \"{level}\" không hợp lệ.").format(
                n=index, level=block.get("level")))
    measures = set(TargetMeasure)
    for index, task in enumerate(data.get("tasks", []), start=1):
        if not task.get("title") or not task.get("lead"):
            problems.append(_("Nhiệm vụ {n}: thiếu nội dung hoặc cơ quan chủ trì.").format(n=index))
        if task.get("timing", {}).get("kind") not in set(TimingKind):
            problems.append(_("Nhiệm vụ {n}: thời gian không hợp lệ.").format(n=index))
        for target in task.get("targets", []):
            if target.get("measure") not in measures:
                problems.append(_("Nhiệm vụ {n}: cách tính chỉ tiêu \"{m}\" không hợp lệ.")
                                .format(n=index, m=target.get("measure")))
    return problems


def placeholders_for(unit: AdminUnit, year: int) -> dict[str, str]:
    """Values of the template's placeholders for a unit: a city says "thành phố", "phường"."""
    kind = (unit.kind or "huyện").strip()
    is_city = kind == "thành phố"
    return {
        "year": str(year),
        "prev_year": str(year - 1),
        "unit_name": f"{kind} {unit.short_name}",
        "Unit_name": unit.name,
        "unit_kind": kind,
        "place": unit.place_name or unit.short_name,
        "communes": "xã, phường" if is_city else "xã, thị trấn",
        "party_committee": "Thành ủy" if is_city else "Huyện ủy",
    }


def fill(text: str, values: dict[str, str]) -> str:
    """Replace known ``{name}`` placeholders; leave others visible."""
    return nfc(_PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text or ""))


def stamp_new(record, owner_unit_code: str, installation_uuid: str):
    """A record created here: owned by the unit, version 1, stamped with this installation."""
    record.owner_unit_code = owner_unit_code
    record.version = 1
    record.changed_at = utcnow()
    record.changed_by = installation_uuid
    return record


def _agencies_by_code(session: Session, unit: AdminUnit) -> dict[str, Agency]:
    query = select(Agency).where(Agency.unit_id == unit.id, Agency.deleted.is_(False))
    agencies = list(session.scalars(query))
    if not agencies:  # a unit never initialised here (e.g. demo data of a neighbour)
        catalogue_seed.seed_agencies(session, unit)
        agencies = list(session.scalars(query))
    return {a.short_code: a for a in agencies}


def _forms_by_code(session: Session) -> dict[str, CatalogueItem]:
    query = select(CatalogueItem).where(CatalogueItem.catalogue == Catalogue.FORM,
                                        CatalogueItem.deleted.is_(False))
    return {item.code: item for item in session.scalars(query)}


def _timing(spec: dict[str, Any], year: int):
    kind = spec.get("kind", TimingKind.YEAR)
    start = end = None
    if kind == TimingKind.RANGE:
        start = dt.date.fromisoformat(f"{year}-{spec['from']}")
        end = dt.date.fromisoformat(f"{year}-{spec['to']}")
    return make_timing(kind, year, value=spec.get("value"), start=start, end=end,
                       text=spec.get("text", ""))


def create_plan_from_template(session: Session, unit: AdminUnit, year: int,
                              installation_uuid: str) -> Plan:
    """A complete first draft of the unit's plan for ``year``; added and flushed."""
    data = load_template()
    values = placeholders_for(unit, year)
    owner = unit.code
    signer = data.get("signer", {})
    plan = stamp_new(Plan(
        unit_id=unit.id, year=year, period_start=dt.date(year, 1, 1),
        period_end=dt.date(year, 12, 31), number=None, code=data["code"], parent_body="",
        issuing_body="", place="", issued_date=None, subject=fill(data["subject"], values),
        legal_bases=[fill(line, values) for line in data["legal_bases"]],
        recipients=[fill(line, values) for line in data["recipients"]],
        signer_name=nfc(signer.get("name", "")), signer_title=nfc(signer.get("title", "")),
        signer_authority=signer.get("authority", "KT."), status=PlanStatus.DRAFT, revision=1,
    ), owner, installation_uuid)
    plan.unit = unit
    for position, block in enumerate(data["sections"]):
        plan.sections.append(stamp_new(PlanSection(
            position=position, level=block["level"], title=fill(block.get("title", ""), values),
            body=fill(block.get("body", ""), values),
        ), owner, installation_uuid))
    agencies = _agencies_by_code(session, unit)
    forms = _forms_by_code(session)
    for position, spec in enumerate(data["tasks"]):
        timing = _timing(spec.get("timing", {}), year)
        task = stamp_new(PlanTask(
            position=position, title=fill(spec["title"], values),
            lead_agency=agencies.get(spec["lead"]), timing_kind=timing.kind,
            timing_start=timing.start, timing_end=timing.end, timing_text=timing.text,
            product=fill(spec.get("product", ""), values), budget=int(spec.get("budget", 0)),
            note=fill(spec.get("note", ""), values), form=forms.get(spec.get("form") or ""),
        ), owner, installation_uuid)
        task.cooperators = [agencies[c] for c in spec.get("cooperators", []) if c in agencies]
        for order, target in enumerate(spec.get("targets", [])):
            task.targets.append(stamp_new(TaskTarget(
                position=order, indicator=fill(target["indicator"], values),
                quantity=int(target["quantity"]), unit=fill(target["unit"], values),
                measure=target.get("measure", TargetMeasure.ACTIVITIES),
            ), owner, installation_uuid))
        plan.tasks.append(task)
    session.add(plan)
    session.flush()
    return plan
