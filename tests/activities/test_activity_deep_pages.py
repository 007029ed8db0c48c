"""Pages deep in the list, newest first (the scroll bar dragged down): the undeleted
activities in order at every offset on both engines, and on SQLite a walk of
``ix_activity_live_dates`` (revision 0009) that never reads the table to skip a row."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.core.activities.service import ActivityService

from report_fixtures import add_activity


def test_every_page_newest_first_skips_the_deleted(any_workspace):
    info = any_workspace.installation_info()
    with any_workspace.db.session() as session:
        # Several on one day: the id breaks the tie, the later first.
        added = [add_activity(session, info, dt.date(2024, 1 + n % 12, 1 + n % 5),
                              f"Hoạt động {n}") for n in range(23)]
        session.flush()
        rows = [(a.start_date, a.id) for a in added]
    deleted = {rows[4][1], rows[17][1]}
    ActivityService(any_workspace).delete(sorted(deleted))
    expected = [i for _d, i in sorted(rows, reverse=True) if i not in deleted]
    with any_workspace.db.session() as session:
        lookups = load_lookups(session, info.unit_id)
        for size in (1, 4, 7):
            listed = [r.id for offset in range(0, len(rows), size)
                      for r in q.page(session, q.ActivityFilter(), q.Sort(), lookups,
                                      offset, size)]
            assert listed == expected, size
        assert q.page(session, q.ActivityFilter(), q.Sort(), lookups, 21, 5) == []


def test_sqlite_walks_the_undeleted_dates_without_the_table(workspace):
    """The plan of a page at any offset, newest first: along ``ix_activity_live_dates``,
    already in order. Along the plain date index each row stepped over was read from the
    table to test ``deleted``: 300 ms for a page at 200,000 of 400,000 activities, 5 ms so
    (``bench/bench_activities.py``, "Jump to a random row")."""
    info = workspace.installation_info()
    with workspace.db.session() as session:
        for n in range(30):
            add_activity(session, info, dt.date(2024, 3, 1 + n % 28), f"Hoạt động {n}")
    with workspace.db.session() as session:
        session.execute(text("ANALYZE"))
        lookups = load_lookups(session, info.unit_id)
        plans = {}
        for key in ("start_date", "participants_total", "form_id"):
            statement = q.plain_page_ids_statement(q.ActivityFilter(), q.Sort(key), lookups,
                                                   20, 200, dialect="sqlite")
            compiled = statement.compile(session.get_bind(),
                                         compile_kwargs={"literal_binds": True})
            plans[key] = " | ".join(row[-1] for row in session.execute(
                text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_activity_live_dates" in plans["start_date"], plans
    assert "TEMP B-TREE" not in plans["start_date"], plans
    # Other orders never take it (it would read the table for each row: participants,
    # 40 → 575 ms at 400,000 activities, with SQLite's statistics-free planner).
    assert "ix_activity_live_dates" not in plans["participants_total"], plans
    assert "ix_activity_live_dates" not in plans["form_id"], plans
