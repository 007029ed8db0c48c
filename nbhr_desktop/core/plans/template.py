"""The plan template: data in ``resources/templates/plan_template.json``, turned into a draft.

The template is data, not code, so the province can send a new one: sections (level, title,
body) and 10–20 tasks with lead agency, co-operating agencies, timing, product, budget, usual
form (catalogue code) and targets. It serves districts (until 30/06/2025) and communes and
wards (since 01/07/2025) for any year of the scheme, so a block or task may carry a
condition (``when``) and a value may differ by level:

- ``"when": {"levels": ["commune"], "years": [2028], "from_year": 2024, "to_year": 2027,
  "full_year": false, "first_year": true, "agency": "CA", "no_agency": "LĐTBXH"}``: every
  key given must hold. ``agency`` holds when the unit has that agency on the plan's date
  (Công an huyện ceased on 01/03/2025), ``first_year`` for a unit's first (or first whole)
  year, ``full_year`` when the plan covers the whole year.
- an agency is named by short codes in order of preference, "VHTT|VHXH": the first the unit
  has on the plan's date (the district's culture office, a commune's Phòng Văn hóa - Xã hội).
- ``budget`` and a target's ``quantity`` may be ``{"district": …, "commune": …}``.

Legal bases, the documents implemented ("Thực hiện …") and the recipients are not in the
template: they are catalogue entries valid on the plan's date (``core.catalogue_texts``).
Placeholders such as ``{unit_name}``, ``{year}``, ``{period}``, ``{agency:VHTT|VHXH}`` are
filled at creation; unknown placeholders are left as typed so a mistake in a template shows.
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

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core import catalogue_seed, catalogue_texts
from nbhr_desktop.core.plans.timing import Timing, make_timing, month_range, quarter_range
from nbhr_desktop.core.units.validity import year_span
from nbhr_desktop.resources import resource
from nbhr_desktop.storage.models import (
    AdminUnit,
    Agency,
    Catalogue,
    CatalogueItem,
    Plan,
    PlanSection,
    PlanStatus,
    PlanTask,
    SectionLevel,
    TargetMeasure,
    TaskTarget,
    TimingKind,
    UnitLevel,
    utcnow,
)

TEMPLATE_FILE = ("templates", "plan_template.json")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+(?::[^{}]+)?)\}")
SCHEME_FIRST_YEAR, SCHEME_LAST_YEAR = 2023, 2028  # Decision 1079/QĐ-TTg: 2023 - 2028
_ORDINALS = {1: "đầu tiên", 2: "thứ hai", 3: "thứ ba", 4: "thứ tư", 5: "thứ năm", 6: "thứ sáu"}
_WHEN_KEYS = {"levels", "years", "from_year", "to_year", "full_year", "first_year", "agency",
              "no_agency"}


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
                          "hoặc nhận lại tệp mẫu từ tỉnh.").format(path=path, error=error)
                        ) from error
    problems = template_problems(data)
    if problems:
        raise UserError(_("Mẫu kế hoạch {path} không hợp lệ.").format(path=path),
                        details=problems)
    return data


def template_problems(data: dict[str, Any]) -> list[str]:
    """What is wrong with a template (empty when it can be used)."""
    problems = []
    for key in ("code", "subject", "sections", "tasks"):
        if key not in data:
            problems.append(_("Thiếu mục \"{key}\".").format(key=key))
    levels = set(SectionLevel)
    for index, block in enumerate(data.get("sections", []), start=1):
        if block.get("level") not in levels:
            problems.append(_("Đoạn {n}: cấp \"{level}\" không hợp lệ.").format(
                n=index, level=block.get("level")))
        problems += _when_problems(block, _("Đoạn {n}").format(n=index))
    measures = set(TargetMeasure)
    for index, task in enumerate(data.get("tasks", []), start=1):
        if not task.get("title") or not task.get("lead"):
            problems.append(_("Nhiệm vụ {n}: thiếu nội dung hoặc cơ quan chủ trì.").format(n=index))
        if task.get("timing", {}).get("kind") not in set(TimingKind):
            problems.append(_("Nhiệm vụ {n}: thời gian không hợp lệ.").format(n=index))
        problems += _when_problems(task, _("Nhiệm vụ {n}").format(n=index))
        for target in task.get("targets", []):
            if target.get("measure") not in measures:
                problems.append(_("Nhiệm vụ {n}: cách tính chỉ tiêu \"{m}\" không hợp lệ.")
                                .format(n=index, m=target.get("measure")))
    return problems


def _when_problems(entry: dict, where: str) -> list[str]:
    unknown = set(entry.get("when") or {}) - _WHEN_KEYS
    if unknown:
        return [_("{where}: điều kiện \"{keys}\" không hợp lệ.").format(
            where=where, keys=", ".join(sorted(unknown)))]
    return []


# -- the context a draft is made in -------------------------------------------------------
class Context:
    """The unit, year and date a draft is made for, and what the template may ask of them."""

    def __init__(self, session: Session, unit: AdminUnit, year: int,
                 period: tuple[dt.date, dt.date]):
        self.session, self.unit, self.year = session, unit, year
        self.start, self.end = period
        self.day = self.start  # a draft's date is the start of its period
        self.level = UnitLevel.COMMUNE if unit.level == UnitLevel.COMMUNE else UnitLevel.DISTRICT
        self._agencies: dict[str, Agency | None] = {}
        self.values = self._values()

    def agency(self, codes: str | list[str]) -> Agency | None:
        key = codes if isinstance(codes, str) else "|".join(codes)
        if key not in self._agencies:
            self._agencies[key] = catalogue_texts.agency_on(self.session, self.unit, key,
                                                            self.day)
        return self._agencies[key]

    @property
    def full_year(self) -> bool:
        return (self.start, self.end) == (dt.date(self.year, 1, 1), dt.date(self.year, 12, 31))

    @property
    def first_year(self) -> bool:
        """The unit's first year, or its first whole year when it began mid-year."""
        begun = self.unit.valid_from
        return begun is not None and (self.year == begun.year or (
            self.year == begun.year + 1 and begun > dt.date(begun.year, 1, 1)))

    def holds(self, when: dict | None) -> bool:
        if not when:
            return True
        checks = {
            "levels": lambda v: self.level in v,
            "years": lambda v: self.year in v,
            "from_year": lambda v: self.year >= v,
            "to_year": lambda v: self.year <= v,
            "full_year": lambda v: self.full_year == bool(v),
            "first_year": lambda v: self.first_year == bool(v),
            "agency": lambda v: self.agency(v) is not None,
            "no_agency": lambda v: self.agency(v) is None,
        }
        return all(checks[key](value) for key, value in when.items())

    def by_level(self, value):
        """A plain value, or the value for this unit's level from ``{"district": …}``."""
        return value.get(self.level) if isinstance(value, dict) else value

    def _values(self) -> dict[str, str]:
        unit, year = self.unit, self.year
        values = catalogue_texts.text_values(unit)
        kind = values["unit_kind"]
        scheme_year = year - SCHEME_FIRST_YEAR + 1
        implements = catalogue_texts.implemented_documents(self.session, unit, self.day)
        values.update({
            "year": str(year), "prev_year": str(year - 1), "next_year": str(year + 1),
            "unit_name": f"{kind} {unit.short_name}", "Unit_name": unit.name,
            "place": unit.place_name or unit.short_name,
            "period": _period_words(self.start, self.end, year),
            "scheme_year": _ORDINALS.get(scheme_year, str(scheme_year)),
            # Who below the unit carries tasks out: "Ủy ban nhân dân các xã, thị trấn" for a
            # district, "các thôn, tổ dân phố" for a commune.
            "below": (f"Ủy ban nhân dân các {values['communes']}"
                      if self.level == UnitLevel.DISTRICT else f"các {values['communes']}"),
            "implements": catalogue_texts.implements_sentence(implements),
            "radio": (f"hệ thống truyền thanh {kind} và đài truyền thanh cấp xã"
                      if self.level == UnitLevel.DISTRICT else
                      f"hệ thống truyền thanh cơ sở của {kind}"),
            "addressee": next(iter(catalogue_texts.report_addressees(
                self.session, unit, self.day)), "Sở Văn hóa, Thể thao và Du lịch"),
        })
        return values

    def fill(self, text: str) -> str:
        def replace(match: re.Match) -> str:
            name = match.group(1)
            if name.startswith("agency:"):
                agency = self.agency(name.split(":", 1)[1])
                return agency.name if agency is not None else match.group(0)
            return self.values.get(name, match.group(0))
        return nfc(_PLACEHOLDER.sub(replace, text or ""))


def _period_words(start: dt.date, end: dt.date, year: int) -> str:
    """"năm 2024", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025"…"""
    if (start, end) == (dt.date(year, 1, 1), dt.date(year, 12, 31)):
        return f"năm {year}"
    if (start, end) == (dt.date(year, 1, 1), dt.date(year, 6, 30)):
        return f"6 tháng đầu năm {year}"
    if (start, end) == (dt.date(year, 7, 1), dt.date(year, 12, 31)):
        return f"6 tháng cuối năm {year}"
    return f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"


def fill(text: str, values: dict[str, str]) -> str:
    """Replace known ``{name}`` placeholders; leave others visible."""
    return catalogue_texts.fill(text, values)


def stamp_new(record, owner_unit_code: str, installation_uuid: str):
    """A record created here: owned by the unit, version 1, stamped with this installation."""
    record.owner_unit_code = owner_unit_code
    record.version = 1
    record.changed_at = utcnow()
    record.changed_by = installation_uuid
    return record


def _ensure_agencies(session: Session, unit: AdminUnit) -> None:
    query = select(Agency.id).where(Agency.unit_id == unit.id, Agency.deleted.is_(False))
    if session.scalars(query).first() is None:  # a unit never initialised here
        catalogue_seed.seed_agencies(session, unit)


def _forms_by_code(session: Session) -> dict[str, CatalogueItem]:
    query = select(CatalogueItem).where(CatalogueItem.catalogue == Catalogue.FORM,
                                        CatalogueItem.deleted.is_(False))
    return {item.code: item for item in session.scalars(query)}


def _timing(spec: dict[str, Any], year: int) -> Timing:
    kind = spec.get("kind", TimingKind.YEAR)
    start = end = None
    if kind == TimingKind.RANGE:
        start = dt.date.fromisoformat(f"{year}-{spec['from']}")
        end = dt.date.fromisoformat(f"{year}-{spec['to']}")
    return make_timing(kind, year, value=spec.get("value"), start=start, end=end,
                       text=spec.get("text", ""))


def fit_timing(timing: Timing, start: dt.date, end: dt.date) -> Timing | None:
    """A task's timing inside a plan period shorter than the year, or None when the task
    falls wholly after the period (a district's plan ends on 30/06/2025).

    A task due before the period starts (a commune formed on 01/07) moves to the period's
    first quarter or month; one that straddles a boundary is cut to the period.
    """
    if timing.start is None or timing.end is None:
        return timing
    if timing.start > end:
        return None
    if timing.end < start:
        if timing.kind == TimingKind.QUARTER:
            return Timing(TimingKind.QUARTER, *quarter_range(start.year, (start.month + 2) // 3))
        if timing.kind == TimingKind.MONTH:
            return Timing(TimingKind.MONTH, *month_range(start.year, start.month))
        length = timing.end - timing.start
        return Timing(TimingKind.RANGE, start, min(end, start + length))
    if timing.start >= start and timing.end <= end:
        return timing
    cut = (max(timing.start, start), min(timing.end, end))
    if timing.kind == TimingKind.TEXT:
        return Timing(TimingKind.TEXT, *cut, text=timing.text)
    return Timing(TimingKind.RANGE, *cut)


def _agency_codes(entry) -> str:
    return entry if isinstance(entry, str) else "|".join(entry)


def create_plan_from_template(session: Session, unit: AdminUnit, year: int,
                              installation_uuid: str) -> Plan:
    """A complete first draft of the unit's plan for ``year`` (the part of the year the
    unit existed in), with the texts and agencies valid on its date; added and flushed.

    The template is the one the province sent for that year, if any, else the shipped one.
    """
    from nbhr_desktop.core.province.templates import province_template

    data = province_template(session, year) or load_template()
    period = year_span(unit, year) or (dt.date(year, 1, 1), dt.date(year, 12, 31))
    _ensure_agencies(session, unit)
    ctx = Context(session, unit, year, period)
    owner = unit.code
    signer = data.get("signer", {})
    plan = stamp_new(Plan(
        unit_id=unit.id, year=year, period_start=ctx.start, period_end=ctx.end, number=None,
        code=data["code"], parent_body="", issuing_body="", place="", issued_date=None,
        subject=ctx.fill(data["subject"]),
        legal_bases=catalogue_texts.legal_bases(session, unit, ctx.day),
        recipients=catalogue_texts.plan_recipients(session, unit, ctx.day),
        signer_name=nfc(signer.get("name", "")), signer_title=nfc(signer.get("title", "")),
        signer_authority=signer.get("authority", "KT."), status=PlanStatus.DRAFT, revision=1,
    ), owner, installation_uuid)
    plan.unit = unit
    blocks = [b for b in data["sections"] if ctx.holds(b.get("when"))]
    for position, block in enumerate(blocks):
        plan.sections.append(stamp_new(PlanSection(
            position=position, level=block["level"], title=ctx.fill(block.get("title", "")),
            body=ctx.fill(block.get("body", "")),
        ), owner, installation_uuid))
    forms = _forms_by_code(session)
    position = 0
    for spec in data["tasks"]:
        if not ctx.holds(spec.get("when")):
            continue
        timing = fit_timing(_timing(spec.get("timing", {}), year), ctx.start, ctx.end)
        lead = ctx.agency(_agency_codes(spec["lead"]))
        if timing is None or lead is None:
            continue
        task = stamp_new(PlanTask(
            position=position, title=ctx.fill(spec["title"]), lead_agency=lead,
            timing_kind=timing.kind, timing_start=timing.start, timing_end=timing.end,
            timing_text=timing.text, product=ctx.fill(spec.get("product", "")),
            budget=int(ctx.by_level(spec.get("budget", 0)) or 0),
            note=ctx.fill(spec.get("note", "")), form=forms.get(spec.get("form") or ""),
        ), owner, installation_uuid)
        cooperators = []
        for entry in spec.get("cooperators", []):
            agency = ctx.agency(_agency_codes(entry))
            if agency is not None and agency is not lead and agency not in cooperators:
                cooperators.append(agency)
        task.cooperators = cooperators
        targets = [t for t in spec.get("targets", []) if ctx.holds(t.get("when"))]
        for order, target in enumerate(targets):
            task.targets.append(stamp_new(TaskTarget(
                position=order, indicator=ctx.fill(target["indicator"]),
                quantity=int(ctx.by_level(target["quantity"])), unit=ctx.fill(target["unit"]),
                measure=target.get("measure", TargetMeasure.ACTIVITIES),
            ), owner, installation_uuid))
        plan.tasks.append(task)
        position += 1
    session.add(plan)
    session.flush()
    return plan
