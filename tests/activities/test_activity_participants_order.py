"""The table sorted by participants: the same rows in the same order on SQLite and on
PostgreSQL, with ties broken by the id and every filter applied, whichever road each engine
takes (PostgreSQL walks ``ix_activity_participants``, revision 0008; SQLite sorts)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.core.activities.service import ActivityService

from report_fixtures import add_activity, item

# (people, form): ties on purpose, and two forms to filter on.
ROWS = [(40, "tap_huan"), (0, "hoi_nghi"), (40, "hoi_nghi"), (120, "tap_huan"),
        (7, "tap_huan"), (40, "tap_huan"), (120, "hoi_nghi"), (0, "tap_huan"),
        (300, "hoi_nghi"), (7, "hoi_nghi"), (40, "hoi_nghi")]


def test_participants_order_with_ties_filters_and_pages_on_both_engines(any_workspace):
    info = any_workspace.installation_info()
    with any_workspace.db.session() as session:
        added = [add_activity(session, info, dt.date(2024, 3, 1 + n), f"Hoạt động {n}",
                              form=form, people=people) for n, (people, form) in enumerate(ROWS)]
        session.flush()
        rows = [(a.id, a.participants_total, a.form_id) for a in added]
        meeting = item(session, "form", "hoi_nghi").id
        links = ([item(session, "theme", "cedaw").id], [item(session, "audience", "nhan_dan").id])
    deleted = rows[3][0]
    ActivityService(any_workspace).delete([deleted])
    live = [r for r in rows if r[0] != deleted]

    def expected(keep, descending):
        ordered = sorted((r for r in live if keep(r)), key=lambda r: (r[1], r[0]))
        return [r[0] for r in (ordered[::-1] if descending else ordered)]

    with any_workspace.db.session() as session:
        lookups = load_lookups(session, info.unit_id)
        cases = [(q.ActivityFilter(), lambda r: True),
                 (q.ActivityFilter(form_ids=(meeting,)), lambda r: r[2] == meeting),
                 (q.ActivityFilter(unit_id=info.unit_id), lambda r: True)]
        for spec, keep in cases:
            for descending in (True, False):
                sort = q.Sort("participants_total", descending)
                pages = [r.id for offset in range(0, len(ROWS), 4)
                         for r in q.page(session, spec, sort, lookups, offset, 4)]
                assert pages == expected(keep, descending), (spec, descending)
        # The deleted activity is listed only when asked for, in its place.
        everything = [r.id for r in q.page(session, q.ActivityFilter(include_deleted=True),
                                           q.Sort("participants_total", True), lookups, 0, 20)]
        assert everything.index(deleted) == 2  # 300, the later 120 (higher id), then it
        # Each row of a page comes with its links (read by id: ``query.among``).
        first = q.page(session, q.ActivityFilter(), q.Sort("participants_total"), lookups, 0, 20)
        assert all((r.themes, r.audiences) == links for r in first)


def test_postgresql_walks_the_participants_index_for_a_first_page(pg_workspace):
    """The first page by participants on PostgreSQL is read along its index (a walk of 200
    entries), not sorted from the whole log: what keeps it within reach of SQLite at
    400,000 activities (``bench/bench_activities.py --pg``)."""
    info = pg_workspace.installation_info()
    with pg_workspace.db.session() as session:
        for n in range(30):
            add_activity(session, info, dt.date(2024, 3, 1 + n % 28), f"Hoạt động {n}",
                         people=n % 9)
    with pg_workspace.db.session() as session:
        session.execute(text("ANALYZE activity"))
        session.execute(text("SET LOCAL enable_seqscan = off"))  # a 30-row table is no test
        lookups = load_lookups(session, info.unit_id)
        statement = q.plain_page_ids_statement(q.ActivityFilter(), q.Sort("participants_total"),
                                               lookups, 0, 200)
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = "\n".join(session.execute(text(f"EXPLAIN {compiled}")).scalars())
    assert "ix_activity_participants" in plan, plan
    assert "Sort" not in plan.replace("Sort Key", ""), plan
