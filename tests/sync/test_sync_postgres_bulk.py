"""A large import into a PostgreSQL province: while the figure triggers are aside (the activity
tables locked by their DDL), the activity tables' plain indexes (with the search copy's
word index) and the links' foreign keys to ``activity`` are set aside and made again after
the COPYs (``storage.bulk_load``). The same records, day figures and search results as
SQLite's import, the same schema afterwards, keys that refuse again, and a failed import
leaves the schema and the log as they were.

Runs when NBHR_TEST_PG_URL names a server; skipped otherwise.
"""

from __future__ import annotations

import pytest
from pg_schema import schema
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.storage import aggregates, bulk_upkeep, search_figures
from nbhr_desktop.storage.bulk_load import BulkLoad
from nbhr_desktop.storage.models import Activity, activity_audience, activity_theme
from nbhr_desktop.sync import apply
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import activities

SIZE = 5_200  # above bulk.REBUILD_INDEXES_FROM


@pytest.fixture
def package(installs, tmp_path):
    district = installs.make("district")
    generate_demo_data(district, activities=SIZE, seed=4, year=2024)
    return export_package(district, tmp_path / "big.nbhr").path


def _links(workspace) -> list[list]:
    with workspace.db.session() as session:
        return [sorted(tuple(r) for r in session.execute(
            select(Activity.uuid, table.c.item_id).join(
                table, table.c.activity_id == Activity.id)))
            for table in (activity_theme, activity_audience)]


def test_large_import_sets_aside_and_puts_back(installs, pg_province, package, monkeypatch):
    aside, real, word_index = [], BulkLoad._set_aside_postgresql, []

    def spy(self, table):
        aside.append((table, real(self, table)))
        if table == "activity":  # the search copy's word index goes with the log's
            word_index.append(_has_index(self.connection, search_figures.WORDS_INDEX))
        return aside[-1][1]

    monkeypatch.setattr(BulkLoad, "_set_aside_postgresql", spy)
    before = schema(pg_province)
    sqlite_province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    assert import_file(pg_province, package).summary()["new"] >= SIZE
    assert sorted(aside) == [("activity", True), ("activity_audience", True),
                             ("activity_theme", True)]
    assert word_index == [False]
    assert schema(pg_province) == before  # every index and key back, validated
    import_file(sqlite_province, package)
    assert activities(pg_province) == activities(sqlite_province)
    assert _links(pg_province) == _links(sqlite_province)
    with pg_province.db.engine.connect() as conn:
        assert aggregates.differences(conn) == 0
        assert search_figures.differences(conn) == 0
    for typed in ("tap huan", "hoi", "khongco"):  # the word search, through the copy's index
        assert _searched(pg_province, typed) == _searched(sqlite_province, typed), typed
    with pytest.raises(IntegrityError), pg_province.db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO activity_audience (activity_id, item_id) "
                             "SELECT MAX(activity_id) + 1000, MIN(item_id) FROM activity_audience")
    assert import_file(pg_province, package).summary()["unchanged"] >= SIZE


def test_a_failed_large_import_leaves_schema_and_log(pg_province, package, monkeypatch):
    before = schema(pg_province)

    def fail(step):
        if step == "before-log":
            raise RuntimeError("disk gone")

    monkeypatch.setattr(apply, "checkpoint", fail)
    with pytest.raises(RuntimeError, match="disk gone"):
        import_file(pg_province, package)
    monkeypatch.setattr(apply, "checkpoint", None)
    assert schema(pg_province) == before
    with pg_province.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0


def test_nothing_is_set_aside_before_the_tables_are_locked(pg_province):
    """Only the trigger DDL's lock makes dropping an index lock nobody out anew."""
    before = schema(pg_province)

    def indexes(conn) -> int:
        return conn.exec_driver_sql("SELECT COUNT(*) FROM pg_indexes "
                                    "WHERE schemaname = current_schema()").scalar()

    with pg_province.db.engine.begin() as conn:
        load, count = BulkLoad(conn), indexes(conn)
        assert load.set_indexes_aside("activity") is False
        assert load.set_indexes_aside("admin_unit") is False
        assert indexes(conn) == count
        load.set_figures_aside()
        assert load.set_indexes_aside("activity") is True
        assert indexes(conn) < count and not _has_index(conn, search_figures.WORDS_INDEX)
        load.finish()
        assert indexes(conn) == count
    assert schema(pg_province) == before


def _has_index(conn, name: str) -> bool:
    return conn.exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (name,)).scalar()


def _searched(workspace, typed: str) -> tuple[list[str], tuple]:
    """The activities a search finds (by UUID: ids differ) and its totals; its first page
    is the plain query's."""
    spec = q.ActivityFilter(text=typed)
    with workspace.db.read_session() as session:
        lookups = load_lookups(session, None)
        page = [row.id for row in q.page(session, spec, q.Sort("cost"), lookups, 0, 100)]
        assert page == q.plain_page_ids(session, spec, q.Sort("cost"), lookups, 0, 100)
        found = session.scalars(select(Activity.uuid).where(
            Activity.id.in_(q.ids(session, spec)))).all()
        return sorted(found), q.totals(session, spec).as_tuple()


def _date_bounds(conn) -> int:
    """Histogram bounds of the activities' start dates (statistics target + 1 at most)."""
    return conn.exec_driver_sql(
        "SELECT array_length(histogram_bounds::text::text[], 1) FROM pg_stats "
        "WHERE schemaname = current_schema() AND tablename = 'activity' "
        "AND attname = 'start_date'").scalar()


def test_a_load_that_grew_the_log_is_analysed_from_a_smaller_sample(
        pg_province, package, monkeypatch):
    """The autovacuum daemon analyses it again after the commit, with the full sample."""
    seen, real = [], bulk_upkeep.after_bulk_load

    def spy(connection, grown=False):
        real(connection, grown)
        # The search copy's words too (the copy was empty): its word index or a scan.
        copy_words = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() "
            "AND tablename = %s AND attname = 'words'", (search_figures.TABLE,)).scalar()
        seen.append((grown, _date_bounds(connection), copy_words))

    monkeypatch.setattr(bulk_upkeep, "after_bulk_load", spy)
    import_file(pg_province, package)
    assert seen == [(True, bulk_upkeep.COARSE_TARGET + 1, 1)]
    with pg_province.db.engine.begin() as conn:  # a load that did not double the log
        bulk_upkeep.after_bulk_load(conn)
        assert _date_bounds(conn) > bulk_upkeep.COARSE_TARGET + 1
        conn.exec_driver_sql("ANALYZE activity (start_date)")
        full = _date_bounds(conn)
        # Where the daemon will not analyse the log again, the full sample.
        conn.exec_driver_sql("ALTER TABLE activity SET (autovacuum_enabled = false)")
        bulk_upkeep.after_bulk_load(conn, grown=True)
        assert _date_bounds(conn) == full
        conn.rollback()
