"""Shorter roads to the same answers as ``query``'s plain SQL, for the common requests on a
large log (400,000 activities): the plain path stays the reference, and a test holds each
road here to the very same rows and totals.

- Totals without free text and on at most one grouping (a date range, units, and forms, or
  communes, or tasks, or funding sources, or one theme, or one audience) are sums of
  ``activity_day_figure``: the database keeps its per-day rows equal to the log, and any
  span of days is an exact sum of whole days. A few thousand summed rows instead of every
  activity (150 ms → a few ms at 400,000). Several themes (or audiences) at once cannot
  be summed so: an activity with two of them is in both rows.
- A sort by a catalogue column (form, commune, task, funding) orders by the alphabetical
  rank of the item's name, which no index holds: the plain query computes it for every
  row and sorts them all (370 ms). When the filter is only units and days, the figures
  count each item's rows exactly, so the items are taken in rank order and each one's rows
  read from the column's own index, already in id order, until the page is full; other
  filters narrow the rows first and keep the plain sort.
- A theme or audience filter can start from the link table's item index (``link_share``
  tells how many activities the chosen items can match; ``query.page`` chooses).
"""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from nbhr_desktop.core.activities.lookups import Lookups
from nbhr_desktop.core.reports.day_sums import STORED as _SUMS
from nbhr_desktop.storage.models import Activity, activity_audience, activity_theme
from nbhr_desktop.storage.models import activity_day_figure as adf

# Filter field → the grouping of activity_day_figure that sums by it.
_PLAIN_GROUPINGS = {"form_ids": "form", "commune_ids": "commune", "funding_ids": "funding",
                    "task_ids": "task"}
_LINK_GROUPINGS = {"theme_ids": "theme", "audience_ids": "audience"}


def figure_totals(session: Session, spec) -> tuple[int, ...] | None:
    """Count and sums of the filtered rows from the per-day figures, or ``None`` when the
    filter is not one they can answer exactly."""
    if spec.include_deleted or spec.words():
        return None
    chosen: list[tuple[str, tuple[int, ...]]] = []
    for name, grouping in _PLAIN_GROUPINGS.items():
        if getattr(spec, name) and not (name == "task_ids" and spec.without_task):
            chosen.append((grouping, tuple(getattr(spec, name))))
    if spec.without_task:
        chosen.append(("task", (0,)))  # item 0: no task
    for name, grouping in _LINK_GROUPINGS.items():
        items = getattr(spec, name)
        if len(items) > 1:
            return None
        if items:
            chosen.append((grouping, tuple(items)))
    if len(chosen) > 1:
        return None
    grouping, items = chosen[0] if chosen else ("form", ())  # one form row per activity
    where = [adf.c.dimension == grouping]
    if items:
        where.append(adf.c.item_id.in_(items))
    where += _units_and_days(spec)
    row = session.execute(select(*(func.coalesce(func.sum(c), 0) for c in _SUMS))
                          .where(*where)).one()
    return tuple(int(v or 0) for v in row)


# Catalogue columns with an index of their own (rows of one item come in id order), and
# their grouping in the figures. Not the unit (its index is ordered by date) nor the lead
# agency (no index).
RANKED_COLUMNS = {"form_id": "form", "commune_id": "commune", "task_id": "task",
                  "funding_id": "funding"}
# Rows a page may have to walk past (rows of an item outside the filter's units or days)
# before the plain sort, which reads only the filtered rows, is the better road.
WALK_BUDGET = 20_000


def _item_counts(session: Session, grouping: str, spec=None) -> dict[int, int]:
    """Item → activities of one grouping, within the filter's units and days if given."""
    where = [adf.c.dimension == grouping]
    if spec is not None:
        where += _units_and_days(spec)
    rows = session.execute(select(adf.c.item_id, func.sum(adf.c.activities)).where(*where)
                           .group_by(adf.c.item_id).having(func.sum(adf.c.activities) != 0))
    return {item: int(count) for item, count in rows}


def _units_and_days(spec) -> list:
    where = []
    if spec.unit_id is not None:
        where.append(adf.c.unit_id == spec.unit_id)
    if spec.unit_ids:
        where.append(adf.c.unit_id.in_(spec.unit_ids))
    if spec.start is not None:
        where.append(adf.c.day >= spec.start)
    if spec.end is not None:
        where.append(adf.c.day <= spec.end)
    return where


def _only_units_and_days(spec) -> bool:
    """No filter but units and days: the figures count each item's filtered rows."""
    return not (spec.include_deleted or spec.words() or spec.form_ids or spec.theme_ids
                or spec.audience_ids or spec.commune_ids or spec.task_ids or spec.without_task
                or spec.funding_ids)


def ranked_page_ids(session: Session, spec, where: list, sort, lookups: Lookups, table: str,
                    offset: int, limit: int) -> list[int] | None:
    """The ids of a page sorted by a catalogue column's names (``where``: the filter's
    conditions), or ``None`` when this road does not apply or would walk too far.

    Only for filters of units and days, whose rows per item the figures count exactly: so
    whole items before ``offset`` are skipped unread, empty ones never visited, and the
    rows walked past (an item's rows outside the units or days) can be foreseen."""
    grouping = RANKED_COLUMNS.get(sort.key)
    ranks = lookups.ranks(table) if grouping else {}
    if not ranks or not _only_units_and_days(spec):
        return None
    matching = _item_counts(session, grouping, spec)
    everywhere = _item_counts(session, grouping) if _units_and_days(spec) else matching
    column = getattr(Activity, sort.key)
    # One group per named item in rank order; the rest (none, stored as item 0, or an id
    # the catalogue does not name) share the last rank and come after, in id order.
    named = sorted((i for i in matching if i in ranks), key=ranks.__getitem__)
    rest = [i for i in matching if i not in ranks]
    groups = [(column == i, matching[i], everywhere[i]) for i in named]
    if rest:
        unnamed = [i for i in rest if i != 0]
        condition = column.is_(None) if 0 in rest else None
        if unnamed:
            listed = column.in_(unnamed)
            condition = listed if condition is None else or_(condition, listed)
        groups.append((condition, sum(matching[i] for i in rest),
                       sum(everywhere[i] for i in rest)))
    if sort.descending:
        groups.reverse()
    plan, walked = [], 0
    for condition, count, size in groups:
        if offset >= count:
            offset -= count
            continue
        take = min(limit - sum(t for _c, _o, t in plan), count - offset)
        walked += (offset + take) * size // count
        plan.append((condition, offset, take))
        offset = 0
        if sum(t for _c, _o, t in plan) >= limit:
            break
    if walked > WALK_BUDGET:
        return None
    by_id = Activity.id.desc() if sort.descending else Activity.id.asc()
    found: list[int] = []
    for condition, skip, take in plan:
        found += session.scalars(select(Activity.id).where(*where, condition).order_by(by_id)
                                 .offset(skip).limit(take))
    return found


def link_share(session: Session, spec) -> float | None:
    """The share of the log a theme or audience filter can match at most (links of the
    chosen items over the activities counted in the figures), or ``None`` without one.
    Two index counts: a handful of milliseconds at 400,000 activities."""
    counts = [session.scalar(select(func.count()).select_from(link)
                             .where(link.c.item_id.in_(items)))
              for link, items in ((activity_theme, spec.theme_ids),
                                  (activity_audience, spec.audience_ids)) if items]
    if not counts:
        return None
    logged = session.scalar(select(func.coalesce(func.sum(adf.c.activities), 0))
                            .where(adf.c.dimension == "form")) or 0
    return min(counts) / max(int(logged), 1)
