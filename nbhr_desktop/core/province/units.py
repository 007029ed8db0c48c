"""Which units report to the province for a period, and whose activities it consolidates.

The reporting units of a period are the units that plan and report (district-level units
until 30/06/2025, the commune-level units directly under the province since 01/07/2025)
that existed on any day of the period: 8 districts in 2024, 7 in the first half of 2025,
the 129 communes from the second half; a 2025 year report has both. A unit that existed
only for part of the period reports for that part (a district's 2025 ends on 30/06).

The province's consolidated report counts its own activities and every reporting unit's:
the activities of a unit are dated within its existence, so the period's dates select the
right units' work (``consolidated_unit_ids``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.reports.scope import ReportScope
from nbhr_desktop.core.units.ref import UnitRef
from nbhr_desktop.storage.models import AdminUnit, UnitLevel

_LEVEL_ORDER = {UnitLevel.DISTRICT: 0, UnitLevel.COMMUNE: 1}


def _reporting(units: list[AdminUnit]) -> list[AdminUnit]:
    by_id = {u.id: u for u in units}

    def reports(unit: AdminUnit) -> bool:
        if unit.level == UnitLevel.DISTRICT:
            return True
        parent = by_id.get(unit.parent_id)
        return unit.level == UnitLevel.COMMUNE and parent is not None and \
            parent.level == UnitLevel.PROVINCE
    return [u for u in units if reports(u)]


def _all_units(session: Session) -> list[AdminUnit]:
    return list(session.scalars(select(AdminUnit).where(AdminUnit.deleted.is_(False))))


def reporting_units(session: Session, start: dt.date, end: dt.date) -> list[UnitRef]:
    """The units that had to report for ``start``–``end``: districts first, by code."""
    found = [u for u in _reporting(_all_units(session))
             if (u.valid_from is None or u.valid_from <= end)
             and (u.valid_to is None or u.valid_to >= start)]
    found.sort(key=lambda u: (_LEVEL_ORDER.get(u.level, 2), u.code, u.valid_from or dt.date.min))
    return [UnitRef.of(u) for u in found]


def all_reporting_units(session: Session) -> list[UnitRef]:
    """Every unit that ever reported (districts, then the communes under the province)."""
    found = _reporting(_all_units(session))
    found.sort(key=lambda u: (_LEVEL_ORDER.get(u.level, 2), u.code, u.valid_from or dt.date.min))
    return [UnitRef.of(u) for u in found]


def is_province(unit: AdminUnit | None) -> bool:
    return unit is not None and unit.level == UnitLevel.PROVINCE


def consolidated_unit_ids(session: Session, province_id: int) -> tuple[int, ...]:
    """The province itself, then every unit that ever reported to it."""
    return (province_id, *(u.id for u in all_reporting_units(session)))


def scope_unit_ids(session: Session, unit_id: int) -> tuple[int, ...]:
    """Whose activities a report of ``unit_id`` counts: its own, or at the province
    everyone's."""
    unit = session.get(AdminUnit, unit_id)
    return consolidated_unit_ids(session, unit_id) if is_province(unit) else (unit_id,)


def scope_for(session: Session, unit_id: int, period: Period,
              as_of: dt.date | None = None) -> ReportScope:
    return ReportScope(scope_unit_ids(session, unit_id), period, as_of)
