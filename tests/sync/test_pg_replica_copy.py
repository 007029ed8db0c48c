"""A large import into a PostgreSQL province COPYs the activity tables without the server's
per-row triggers when the role may set ``session_replication_role``
(``storage.pg_replica_copy``), and as before when it may not: the same records, links, day
figures and search copy either way; a reference to nothing still fails the load with the
server's own kind of error, leaving nothing behind; a trigger the module does not know
keeps the table on the old road.

Runs when NBHR_TEST_PG_URL names a server; skipped otherwise.
"""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import contextmanager

import pytest
from pg_schema import schema
from psycopg.errors import ForeignKeyViolation
from sqlalchemy import create_engine, func, select, update
from sqlalchemy.engine import make_url

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import aggregates, search_figures
from nbhr_desktop.storage.bulk_load import BulkLoad
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, CatalogueItem, activity_theme, utcnow
from nbhr_desktop.storage.pg_replica_copy import ReplicaCopies
from nbhr_desktop.sync import bulk
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import activities, add_activity

SIZE = 5_200  # a bulk load (above bulk.REBUILD_INDEXES_FROM)


@pytest.fixture
def package(installs, tmp_path):
    district = installs.make("district")
    generate_demo_data(district, activities=SIZE, seed=4, year=2024)
    return export_package(district, tmp_path / "big.nbhr").path


@pytest.fixture
def copies(monkeypatch) -> list[tuple[str, bool]]:
    """(table, whether without triggers) of every COPY of a bulk load, as they happen."""
    seen, real = [], ReplicaCopies.copying

    def spy(self, table, columns, rows):
        with real(self, table, columns, rows) as replica:
            seen.append((table, replica))
            yield replica

    monkeypatch.setattr(ReplicaCopies, "copying", contextmanager(spy))
    return seen


def _state(workspace) -> tuple:
    """Records, links, and whether the derived tables agree with the log."""
    with workspace.db.engine.connect() as conn:
        links = sorted(tuple(row) for row in conn.execute(
            select(Activity.uuid, activity_theme.c.item_id).join(
                activity_theme, activity_theme.c.activity_id == Activity.id)))
        derived = (aggregates.differences(conn), search_figures.differences(conn))
    return activities(workspace), links, derived


@pytest.fixture
def plain_role(pg_url):
    """A schema of its own used through a role that is not a superuser, as an office
    server's own login would be: (URL, the role, the superuser's engine to grant it more)."""
    base = make_url(pg_url)
    role = f"nbhr_plain_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        if not conn.exec_driver_sql("SELECT rolsuper FROM pg_roles "
                                    "WHERE rolname = current_user").scalar():
            pytest.skip("the test server's login may not make roles")
        conn.exec_driver_sql(f'CREATE ROLE "{role}" NOLOGIN')
        conn.exec_driver_sql(f'CREATE SCHEMA "{role}" AUTHORIZATION "{role}"')
    url = base.update_query_dict({"options": f"-csearch_path={role} -crole={role}"})
    try:
        yield url.render_as_string(hide_password=False), role, admin
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{role}" CASCADE')
            conn.exec_driver_sql(f'DROP OWNED BY "{role}" CASCADE')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


def test_a_large_import_copies_without_row_triggers(installs, pg_province, package, copies):
    before = schema(pg_province)
    assert import_file(pg_province, package).summary()["new"] >= SIZE
    assert {table for table, _ in copies} == {"activity", "activity_theme",
                                              "activity_audience"}
    assert all(replica for _, replica in copies), copies
    sqlite_province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    import_file(sqlite_province, package)
    state = _state(pg_province)
    assert state == _state(sqlite_province)[:2] + ((0, 0),)
    assert schema(pg_province) == before
    assert import_file(pg_province, package).summary()["unchanged"] >= SIZE


@pytest.mark.parametrize("granted", [False, True], ids=["refused", "granted"])
def test_a_role_that_may_not_set_it_imports_with_the_triggers(
        tmp_path, pg_province, package, plain_role, copies, granted):
    url, role, admin = plain_role
    if granted:  # PostgreSQL 15: what an office server's administrator may grant
        with admin.begin() as conn:
            conn.exec_driver_sql(
                f'GRANT SET ON PARAMETER session_replication_role TO "{role}"')
    workspace = Workspace.open(Location.resolve(data_dir=tmp_path / "plain", db_url=url))
    try:
        initialise(workspace, "Tỉnh Ninh Bình", role="province")
        with workspace.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT current_user").scalar() == role
        assert import_file(workspace, package).summary()["new"] >= SIZE
        assert copies and all(replica is granted for _, replica in copies), copies
        import_file(pg_province, package)  # the superuser's import, for comparison
        assert _state(workspace) == _state(pg_province)
        assert _state(workspace)[2] == (0, 0)
    finally:
        workspace.close()


def _one_activity(workspace) -> tuple[int, int, int]:
    """(an activity's id, a theme it is not linked to, an id no catalogue item has)."""
    add_activity(workspace, "Tập huấn Công ước", day=dt.date(2026, 3, 2))
    with workspace.db.engine.connect() as conn:
        activity = conn.scalar(select(func.max(Activity.id)))
        linked = select(activity_theme.c.item_id).where(
            activity_theme.c.activity_id == activity)
        theme = conn.scalar(select(func.min(CatalogueItem.id)).where(
            CatalogueItem.catalogue == "theme", CatalogueItem.id.not_in(linked)))
        nothing = conn.scalar(select(func.max(CatalogueItem.id))) + 1
    return activity, theme, nothing


@pytest.mark.parametrize("replica", [True, False], ids=["without-triggers", "triggers"])
@pytest.mark.parametrize("wrong", ["item", "activity"])
def test_a_reference_to_nothing_fails_the_load(pg_province, monkeypatch, replica, wrong):
    activity, theme, nothing = _one_activity(pg_province)
    if not replica:
        monkeypatch.setattr(ReplicaCopies, "_replica", lambda self: False)
    row = [activity, nothing] if wrong == "item" else [activity + 1000, theme]
    before, links = schema(pg_province), _state(pg_province)
    columns = ["activity_id", "item_id"]
    with pytest.raises(ForeignKeyViolation, match=f"fk_activity_theme_{wrong}_id"), \
            pg_province.db.engine.begin() as conn:
        load = BulkLoad(conn)
        load.set_figures_aside()
        # Good rows around the bad one: the check must find it among them.
        rows = [[activity, theme], row]
        with load.copying("activity_theme", columns, rows) as without:
            assert without is replica
            bulk.insert_rows(conn, activity_theme, columns, rows)
        load.finish()
    assert schema(pg_province) == before and _state(pg_province) == links


def test_a_later_copy_of_the_load_is_checked_for_what_is_new_in_it(pg_province):
    """A load sends many COPYs alike: a key value found once is not looked up again (its row
    stays locked), but a new value that points at nothing still fails the load."""
    activity, theme, nothing = _one_activity(pg_province)
    columns = ["activity_id", "item_id"]
    looked_up: list[str] = []
    with pytest.raises(ForeignKeyViolation, match="fk_activity_theme_item_id"), \
            pg_province.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM activity_theme WHERE activity_id = %s", (activity,))
        load = BulkLoad(conn)
        load.set_figures_aside()
        real = conn.exec_driver_sql

        def spy(statement, *args):
            if "FOR KEY SHARE" in statement:
                looked_up.append(statement)
            return real(statement, *args)

        conn.exec_driver_sql = spy
        for rows in ([[activity, theme]], [[activity, theme]], [[activity, nothing]]):
            with load.copying("activity_theme", columns, rows) as without:
                assert without
                conn.exec_driver_sql("DELETE FROM activity_theme WHERE activity_id = %s",
                                     (activity,))
                bulk.insert_rows(conn, activity_theme, columns, rows)
            if rows[0][1] == theme:
                assert len(looked_up) == 1  # the second COPY's item was found by the first
    assert len(looked_up) == 2


def test_the_setting_is_back_after_each_copy(pg_province):
    activity, theme, _nothing = _one_activity(pg_province)
    with pg_province.db.engine.begin() as conn:
        load = BulkLoad(conn)
        load.set_figures_aside()
        with load.copying("activity_theme", ["activity_id", "item_id"], [[activity, theme]]):
            assert conn.exec_driver_sql("SHOW session_replication_role").scalar() == "replica"
        assert conn.exec_driver_sql("SHOW session_replication_role").scalar() == "origin"
        load.finish()


def test_a_trigger_it_does_not_know_keeps_the_triggers(pg_province):
    """A trigger added later (here: one counting the links) must not be skipped unseen."""
    activity, theme, _nothing = _one_activity(pg_province)
    with pg_province.db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE counted (n integer)")
        conn.exec_driver_sql(
            "CREATE FUNCTION count_link() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "INSERT INTO counted VALUES (1); RETURN NULL; END $$")
        conn.exec_driver_sql("CREATE TRIGGER count_link AFTER INSERT ON activity_theme "
                             "FOR EACH ROW EXECUTE FUNCTION count_link()")
        load = BulkLoad(conn)
        load.set_figures_aside()
        rows = [[activity, theme]]
        with load.copying("activity_theme", ["activity_id", "item_id"], rows) as without:
            assert without is False
            bulk.insert_rows(conn, activity_theme, ["activity_id", "item_id"], rows)
        load.finish()
        assert conn.exec_driver_sql("SELECT count(*) FROM counted").scalar() == 1
        conn.exec_driver_sql("DROP TRIGGER count_link ON activity_theme")


def test_a_large_import_of_changes_and_new_rows(installs, pg_province, tmp_path, copies):
    """Updated activities get their links written again by the COPY without triggers: the
    keys to activities that existed before the load must pass its check too."""
    district = installs.make("district")
    generate_demo_data(district, activities=SIZE, seed=4, year=2024)
    sqlite_province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    first = export_package(district, tmp_path / "first.nbhr").path
    for province in (pg_province, sqlite_province):
        import_file(province, first)
    new = [add_activity(district, f"Hội nghị {n}", day=dt.date(2024, 5, n + 1))
           for n in range(3)]
    # Changed as the activity dialog changes a record (version, time, installation),
    # in one statement: enough records for a bulk load of updates.
    with district.db.engine.begin() as conn:
        conn.execute(update(Activity).where(Activity.id <= 2_100).values(
            title=Activity.title + " (sửa)", cost=Activity.cost + 1,
            version=Activity.version + 1, changed_at=utcnow(),
            changed_by=district.installation_info().installation_uuid))
    second = export_package(district, tmp_path / "second.nbhr").path
    copies.clear()
    summary = import_file(pg_province, second).summary()
    assert summary["new"] == len(new) and summary["updated"] >= 2_100, summary
    assert copies and all(replica for _, replica in copies), copies
    import_file(sqlite_province, second)
    assert _state(pg_province) == _state(sqlite_province)[:2] + ((0, 0),)
