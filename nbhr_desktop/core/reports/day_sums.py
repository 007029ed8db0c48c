"""Period sums read from ``activity_day_figure`` (the log's figures per unit, day and item).

The figures of a period are sums of whole days, so a report or the dashboard reads a few
thousand summed rows instead of every activity: a year of 400,000 activities is counted in
tens of milliseconds instead of two seconds, and the cost no longer grows with the log.
The database keeps the rows equal to the log (``storage.aggregates``); a test holds the two
to the same figures after every kind of write.

Every function returns item id → the sums in ``SUMS`` order (count first, then each figure
of ``storage.activity_fields``), with ``None`` for "none" (stored as item 0), and leaves out
groups of no activity. ``STORED`` and ``LOGGED`` are the one list of those sums, as stored
per day and as counted from the log itself (the reference the stored rows are held to).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nbhr_desktop.storage.activity_fields import FIGURES, SUMS
from nbhr_desktop.storage.models import Activity
from nbhr_desktop.storage.models import activity_day_figure as adf

STORED = tuple(adf.c[name] for name in SUMS)
LOGGED = (func.count(Activity.id),
          *(func.coalesce(func.sum(getattr(Activity, f.name)), 0) for f in FIGURES))
PEOPLE = 2  # the count and attendances alone


def _where(dimension: str, unit_ids: Iterable[int] | None, start: dt.date | None,
           end: dt.date | None) -> list:
    where = [adf.c.dimension == dimension]
    if unit_ids is not None:
        ids = list(unit_ids)
        where.append(adf.c.unit_id == ids[0] if len(ids) == 1 else adf.c.unit_id.in_(ids))
    if start is not None:
        where.append(adf.c.day >= start)
    if end is not None:
        where.append(adf.c.day <= end)
    return where


def _item(value: int):
    return None if value == 0 else value


def totals(session: Session, unit_ids, start: dt.date, end: dt.date) -> tuple[int, ...]:
    """The count and sums of every activity of the units in ``start``–``end`` (every activity
    has exactly one form row, none included)."""
    row = session.execute(select(*(func.coalesce(func.sum(c), 0) for c in STORED))
                          .where(*_where("form", unit_ids, start, end))).one()
    return tuple(int(v or 0) for v in row)


def by_item(session: Session, dimension: str, unit_ids, start: dt.date | None,
            end: dt.date | None, *, items: list[int] | None = None,
            measures: int = len(STORED)) -> dict:
    """Item id → sums of one grouping (``unit_ids`` None: every unit's, e.g. a task's)."""
    where = _where(dimension, unit_ids, start, end)
    if items is not None:
        where.append(adf.c.item_id.in_(items))
    stmt = (select(adf.c.item_id, *(func.sum(c) for c in STORED[:measures])).where(*where)
            .group_by(adf.c.item_id).having(func.sum(adf.c.activities) != 0))
    return {_item(item): tuple(int(v or 0) for v in values)
            for item, *values in session.execute(stmt)}


def by_unit(session: Session, unit_ids, start: dt.date, end: dt.date) -> dict:
    """Unit id → sums of its activities."""
    stmt = (select(adf.c.unit_id, *(func.sum(c) for c in STORED))
            .where(*_where("form", unit_ids, start, end))
            .group_by(adf.c.unit_id).having(func.sum(adf.c.activities) != 0))
    return {unit: tuple(int(v or 0) for v in values) for unit, *values in session.execute(stmt)}


def by_item_and_day(session: Session, dimension: str, unit_ids, start: dt.date,
                    end: dt.date) -> list[tuple]:
    """(item id, day, sums…) of one grouping, per day (months are made of days)."""
    stmt = (select(adf.c.item_id, adf.c.day, *(func.sum(c) for c in STORED))
            .where(*_where(dimension, unit_ids, start, end))
            .group_by(adf.c.item_id, adf.c.day).having(func.sum(adf.c.activities) != 0))
    return [(_item(item), day, *(int(v or 0) for v in values))
            for item, day, *values in session.execute(stmt)]
