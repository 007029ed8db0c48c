"""The small tables an activity points at, held in memory: names for display and sorting,
choices for pickers.

Catalogues, communes, agencies and plan tasks number in the tens or hundreds, while the
activity log may hold 100,000 rows: reading them once lets every page of the table come
from a single query without joins. ``Lookups`` is a plain snapshot, safe to hand from the
worker thread to the GUI thread; reload it when catalogues or plans change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from nbhr_desktop.base.text import fold
from nbhr_desktop.core.units.lineage import Lineage
from nbhr_desktop.storage.models import (
    AdminUnit,
    Agency,
    Catalogue,
    CatalogueItem,
    Plan,
    PlanTask,
    UnitLevel,
)

TABLES = ("forms", "themes", "audiences", "funding", "communes", "tasks", "agencies", "units")
_CATALOGUE_TABLE = {Catalogue.FORM: "forms", Catalogue.THEME: "themes",
                    Catalogue.AUDIENCE: "audiences", Catalogue.FUNDING: "funding"}


@dataclass
class Choice:
    id: int
    name: str
    detail: str = ""  # shown beside the name in pickers (a task's plan, a commune's kind)
    active: bool = True


@dataclass
class Lookups:
    """Per table: every known id → name (deleted ones too, for old rows) and the choices."""

    names: dict[str, dict[int, str]] = field(default_factory=lambda: {t: {} for t in TABLES})
    choices: dict[str, list[Choice]] = field(default_factory=lambda: {t: [] for t in TABLES})
    # Plan task → (plan id, period start, period end): for the plan-period warning.
    task_plans: dict[int, tuple[int, object, object]] = field(default_factory=dict)
    # A commune → itself and the old communes of its area (filtering "by today's area").
    areas: dict[int, tuple[int, ...]] = field(default_factory=dict)
    # The units a province picks from: id → (valid from, valid to), the province itself
    # without dates (``units_between`` gives the reporting units of a span of days).
    unit_spans: dict[int, tuple] = field(default_factory=dict)
    _ranks: dict[str, dict[int, int]] = field(default_factory=dict)

    def name(self, table: str, item_id: int | None) -> str:
        if item_id is None:
            return ""
        return self.names[table].get(item_id, "")

    def joined(self, table: str, item_ids: list[int]) -> str:
        return "; ".join(sorted((self.name(table, i) for i in item_ids), key=fold))

    def ranks(self, table: str) -> dict[int, int]:
        """id → position in the alphabetical (diacritics-insensitive) order of names."""
        if table not in self._ranks:
            ordered = sorted(self.names[table].items(), key=lambda kv: (fold(kv[1]), kv[0]))
            self._ranks[table] = {item_id: rank for rank, (item_id, _n) in enumerate(ordered)}
        return self._ranks[table]

    def units_between(self, start, end) -> tuple[int, ...]:
        """The reporting units (not the province) that existed on some day of the span."""
        return tuple(i for i, (first, last, province) in self.unit_spans.items()
                     if not province and (first is None or end is None or first <= end)
                     and (last is None or start is None or last >= start))

    def add(self, table: str, choice: Choice, *, pick: bool = True) -> None:
        self.names[table][choice.id] = choice.name
        if pick:
            self.choices[table].append(choice)


def load_lookups(session: Session, unit_id: int | None) -> Lookups:
    """Everything activities point at; pickers offer the unit's communes, agencies and tasks."""
    lookups = Lookups()
    items = session.scalars(select(CatalogueItem).order_by(CatalogueItem.catalogue,
                                                           CatalogueItem.sort_order,
                                                           CatalogueItem.id))
    for item in items:
        table = _CATALOGUE_TABLE.get(item.catalogue)
        if table:
            lookups.add(table, Choice(item.id, item.name, item.product_unit, item.active),
                        pick=item.active and not item.deleted)

    own = session.get(AdminUnit, unit_id) if unit_id is not None else None
    # Communes in force on the unit's working day are offered first (a district's last
    # day is 30/06/2025); a commune-level unit's only commune is itself.
    day = min(dt.date.today(), own.valid_to or dt.date.max) if own is not None else \
        dt.date.today()
    communes = session.scalars(select(AdminUnit).where(AdminUnit.level == UnitLevel.COMMUNE)
                               .order_by(AdminUnit.name))
    for unit in sorted(communes, key=lambda u: fold(u.short_name)):
        # A commune's short name is what tables show ("Kim Chính"); the kind is the detail.
        if own is not None and own.level == UnitLevel.COMMUNE:
            mine = unit.id == own.id
        else:
            mine = unit_id is None or unit.parent_id == unit_id
        lookups.add("communes", Choice(unit.id, unit.short_name or unit.name, unit.kind,
                                       unit.valid_on(day)),
                    pick=mine and not unit.deleted)
    if own is not None and own.level == UnitLevel.COMMUNE:
        # Picking the commune finds, "by today's area", what was recorded under the old
        # communes it was formed from (a district's activities kept after a hand-over).
        lookups.areas[own.id] = Lineage(session).area_commune_ids(own)

    if own is not None and own.level == UnitLevel.PROVINCE:
        _add_units(session, lookups, own)

    agencies = session.scalars(
        select(Agency).where(or_(Agency.unit_id.is_(None), Agency.unit_id == unit_id)
                             if unit_id is not None else Agency.id.is_not(None))
        .order_by(Agency.sort_order, Agency.name))
    for agency in agencies:
        lookups.add("agencies", Choice(agency.id, agency.name, agency.short_code, agency.active),
                    pick=agency.active and not agency.deleted)

    task_rows = session.execute(
        select(PlanTask.id, PlanTask.title, PlanTask.position, PlanTask.deleted, Plan.id,
               Plan.year, Plan.period_start, Plan.period_end, Plan.deleted, Plan.status,
               Plan.unit_id)
        .join(Plan, PlanTask.plan_id == Plan.id)
        .order_by(Plan.year.desc(), Plan.id.desc(), PlanTask.position))
    for (task_id, title, position, task_deleted, plan_id, year, start, end, plan_deleted,
         status, plan_unit) in task_rows:
        live = not task_deleted and not plan_deleted and status != "superseded"
        mine = unit_id is None or plan_unit == unit_id
        lookups.add("tasks", Choice(task_id, title, f"KH {year} · {position}"),
                    pick=live and mine)
        lookups.task_plans[task_id] = (plan_id, start, end)
    return lookups


def _add_units(session: Session, lookups: Lookups, province: AdminUnit) -> None:
    """At the province: every unit's name (for the "Đơn vị" column) and, to pick from, the
    province itself, then the districts and the communes under the province."""
    from nbhr_desktop.core.province.units import all_reporting_units

    for unit in session.scalars(select(AdminUnit)):
        lookups.names["units"][unit.id] = unit.name
    lookups.add("units", Choice(province.id, province.name, province.code))
    lookups.unit_spans[province.id] = (None, None, True)
    for unit in all_reporting_units(session):
        lookups.add("units", Choice(unit.id, unit.name, unit.code))
        lookups.unit_spans[unit.id] = (unit.valid_from, unit.valid_to, False)
