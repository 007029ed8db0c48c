"""The activity log's figures summed per unit, day and catalogue item (``activity_day_figure``).

Reports and the dashboard count a period's activities grouped by form, commune, task,
funding source, audience and theme. Counted from the log itself that reads every activity
of the period once per grouping (a year of 400,000 activities: about 2 s for a report, the
audience and theme groupings each half a second, as they join a link table). These rows
hold the same sums already added up per day: a year is a few thousand rows per grouping,
and any span of days (a quarter, the Decree 09 cut-off months, a report cut short at its
date) is an exact sum of whole days.

One row per (grouping, unit, day, item): ``item_id`` 0 stands for "none" (no commune, no
task, no audience…), as the grouped tables print them under "Chưa xác định". An activity
with several audiences counts once under each (and under 0 when it has none), exactly as
the reports' outer join did. Deleted activities (tombstones) are never in it.

The database keeps the rows up to date itself (triggers, ``storage.aggregates``), so every
writer (the activity dialog, imports, demo data, restore) keeps them equal to the log;
``self-test --repair`` and the migration that added them rebuild them from the log.
"""

from sqlalchemy import BigInteger, Column, Date, Integer, PrimaryKeyConstraint, String, Table

from nbhr_desktop.storage.activity_fields import SUMS
from nbhr_desktop.storage.models.base import Base

# The groupings, as the ``dimension`` column names them, and the activity column (or link
# table) each one sums by.
DIMENSIONS = {
    "form": "form_id", "commune": "commune_id", "task": "task_id", "funding": "funding_id",
}
LINK_DIMENSIONS = {"audience": "activity_audience", "theme": "activity_theme"}

activity_day_figure = Table(
    "activity_day_figure",
    Base.metadata,
    Column("dimension", String(8), nullable=False),
    Column("unit_id", Integer, nullable=False),
    Column("day", Date, nullable=False),
    Column("item_id", Integer, nullable=False),  # 0: none
    Column("activities", Integer, nullable=False),
    # One column per figure of ``storage.activity_fields`` (its ``total``), in that order.
    *(Column(name, BigInteger, nullable=False) for name in SUMS[1:]),
    # Grouping first: a report reads one grouping of its units over a range of days.
    PrimaryKeyConstraint("dimension", "unit_id", "day", "item_id",
                         name="pk_activity_day_figure"),
    # SQLite: the rows live in the primary key's B-tree, so a range read needs no lookups.
    sqlite_with_rowid=False,
)
