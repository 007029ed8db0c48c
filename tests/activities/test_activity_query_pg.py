"""The query layer on PostgreSQL (when NBHR_TEST_PG_URL names a server, as in CI): the
same folded search, sorting by names through CASE, paging and totals as on SQLite."""

from __future__ import annotations

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.core.activities.service import ActivityService

from activity_fixtures import build_log


def test_search_sort_page_and_totals_on_postgresql(pg_workspace):
    log = build_log(pg_workspace)
    with pg_workspace.db.session() as s:
        lookups = load_lookups(s, log.unit_id)
        spec = q.ActivityFilter(text="TẬP huan")
        rows = q.page(s, spec, q.Sort("start_date", True), lookups, 0, 10)
        assert {r.title for r in rows} == {"Tập huấn Công ước CEDAW cho cán bộ",
                                          "Tập huấn kỹ năng tuyên truyền viên"}
        assert q.totals(s, spec).attendances == 140
        by_commune = q.page(s, q.ActivityFilter(), q.Sort("commune_id", False), lookups, 0, 10)
        assert lookups.name("communes", by_commune[0].commune_id) == "Ân Hòa"
        for key in q.COLUMN_KEYS:
            assert len(q.page(s, q.ActivityFilter(), q.Sort(key, True), lookups, 2, 3)) == 3
        theme = list(log.themes.values())[1]
        assert q.totals(s, q.ActivityFilter(theme_ids=(theme,))).count == 2
        assert q.page(s, q.ActivityFilter(text="50%"), q.Sort(), lookups, 0, 5) == []
    ActivityService(pg_workspace).delete([log.activities["t1"]])
    with pg_workspace.db.session() as s:
        assert q.totals(s, q.ActivityFilter()).count == 5
