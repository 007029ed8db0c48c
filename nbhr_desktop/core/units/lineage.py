"""Who came after whom: successors, predecessors, communes and "today's area".

A unit that ended names the units that took it over (``AdminUnit.successors``, resolved by
UUID, or by code on the day after it ended: codes repeat across periods). Read backwards,
the same links give a new commune's predecessors: xã Phát Diệm (14620, from 01/07/2025)
was formed from thị trấn Phát Diệm, xã Thượng Kiệm and xã Kim Chính, and thị trấn Phát
Diệm itself had absorbed xã Lưu Phương on 01/01/2025. Activities keep the commune they
were recorded under; "by today's area" follows these links.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.text import fold
from nbhr_desktop.storage.models import AdminUnit, UnitLevel

WHOLE = "whole"


@dataclass(frozen=True)
class Link:
    unit_id: int
    share: str  # "whole", "part", "remaining part"


class Lineage:
    """Every unit of the database with its forward and backward links, read once."""

    def __init__(self, session: Session):
        self.units = {u.id: u for u in session.scalars(
            select(AdminUnit).where(AdminUnit.deleted.is_(False)))}
        by_uuid = {u.uuid: u for u in self.units.values()}
        self.forward: dict[int, list[Link]] = {}
        self.backward: dict[int, list[Link]] = {}
        for unit in self.units.values():
            links = []
            for entry in unit.successors or []:
                target = self._resolve(entry, unit, by_uuid)
                if target is not None and target.id != unit.id:
                    links.append(Link(target.id, str(entry.get("share") or WHOLE)))
            if not links and unit.successor_id in self.units:
                links.append(Link(unit.successor_id, WHOLE))
            self.forward[unit.id] = links
            for link in links:
                self.backward.setdefault(link.unit_id, []).append(Link(unit.id, link.share))

    def _resolve(self, entry, unit: AdminUnit, by_uuid: dict) -> AdminUnit | None:
        if not isinstance(entry, dict):
            return None
        target = by_uuid.get(entry.get("uuid") or "")
        if target is not None:
            return target
        code = entry.get("code")
        day = unit.valid_to + dt.timedelta(days=1) if unit.valid_to else None
        found = [u for u in self.units.values() if u.code == code and
                 (day is None or u.valid_on(day))]
        return found[0] if len(found) == 1 else None

    def successors(self, unit: AdminUnit) -> list[tuple[AdminUnit, str]]:
        """The units that took this one over; the one carrying its name first (huyện Kim
        Sơn → xã Kim Sơn), then in the order of the resolution."""
        found = [(self.units[link.unit_id], link.share) for link in self.forward.get(unit.id, [])]
        return sorted(found, key=lambda pair: fold(pair[0].short_name) != fold(unit.short_name))

    def predecessors(self, unit: AdminUnit) -> list[tuple[AdminUnit, str]]:
        return [(self.units[link.unit_id], link.share)
                for link in self.backward.get(unit.id, [])]

    def ancestors(self, unit: AdminUnit) -> list[AdminUnit]:
        """Every unit this one came from, however far back (nearest first)."""
        seen, out = {unit.id}, []
        queue = deque([unit.id])
        while queue:
            for link in self.backward.get(queue.popleft(), []):
                if link.unit_id not in seen:
                    seen.add(link.unit_id)
                    out.append(self.units[link.unit_id])
                    queue.append(link.unit_id)
        return out

    def area_commune_ids(self, unit: AdminUnit) -> tuple[int, ...]:
        """The unit itself and every old commune-level unit in its area "by today's area".

        An old commune split between two new ones (share "part") counts in both: its
        activities cannot be told apart by place.
        """
        return (unit.id, *(u.id for u in self.ancestors(unit) if u.level == UnitLevel.COMMUNE))


def is_reporting_unit(unit: AdminUnit) -> bool:
    """A unit that plans and reports to the province: a district-level unit (until
    30/06/2025), or a commune-level unit directly under the province (from 01/07/2025)."""
    if unit.level == UnitLevel.DISTRICT:
        return True
    return unit.level == UnitLevel.COMMUNE and unit.parent is not None and \
        unit.parent.level == UnitLevel.PROVINCE


def communes_of(session: Session, unit: AdminUnit, day: dt.date | None = None
                ) -> list[AdminUnit]:
    """The commune-level units a reporting unit works through.

    A commune-level unit is its own only commune (its activities happen in its villages);
    a district has the communes under it, those valid on ``day`` when a day is given.
    """
    if unit.level == UnitLevel.COMMUNE:
        return [unit]
    children = session.scalars(select(AdminUnit).where(
        AdminUnit.parent_id == unit.id, AdminUnit.level == UnitLevel.COMMUNE,
        AdminUnit.deleted.is_(False)).order_by(AdminUnit.id))
    return [c for c in children if day is None or c.valid_on(day)]


def successor_label(unit: AdminUnit) -> str:
    """"14638 Xã Kim Sơn": how a successor is named in messages and pickers."""
    return f"{unit.code} {unit.name}"
