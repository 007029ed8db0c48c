"""A unit's reference: what lists of units show and keep."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from nbhr_desktop.storage.models import AdminUnit


@dataclass(frozen=True)
class UnitRef:
    """A unit as lists show it — the province's, the first-run dialog's — detached from its
    session, so safe to keep on a screen or hand across threads."""

    id: int
    uuid: str
    code: str
    name: str
    level: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    @classmethod
    def of(cls, unit: AdminUnit) -> UnitRef:
        return cls(unit.id, unit.uuid, unit.code, unit.name, unit.level, unit.valid_from,
                   unit.valid_to)

    def span_in(self, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
        """The part of ``start``–``end`` in which the unit existed."""
        return (max(start, self.valid_from or start), min(end, self.valid_to or end))
