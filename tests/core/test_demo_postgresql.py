"""PostgreSQL demo data into an empty log: COPY with the indexes and foreign keys made after
the rows. The same records as SQLite's path, the same schema afterwards, foreign keys that
still refuse, and a log that holds rows (or a failed load) keeps everything."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from pg_schema import schema as _schema
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from test_demo import COMPARED

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.storage import pg_empty_load, search_figures
from nbhr_desktop.storage.models import Activity, activity_audience, activity_theme


def _records(workspace) -> tuple[list, list, list]:
    """The activities (COMPARED columns) and their links, by UUID: ids may differ."""
    with workspace.db.session() as session:
        rows = [tuple(r) for r in session.execute(select(
            *[getattr(Activity, c) for c in COMPARED]).order_by(Activity.uuid))]
        links = []
        for table in (activity_theme, activity_audience):
            links.append(sorted(tuple(r) for r in session.execute(
                select(Activity.uuid, table.c.item_id).join(
                    table, table.c.activity_id == Activity.id))))
    return rows, *links


def test_copy_on_postgresql_gives_the_records_of_sqlite(workspace, pg_workspace, monkeypatch):
    set_aside = []
    real = pg_empty_load.built_after

    @contextmanager
    def spy(connection):
        with real(connection) as aside:
            # The search copy's word index is set aside with the log's (built after its rows).
            set_aside.append((aside, _has_index(connection, search_figures.WORDS_INDEX)))
            yield aside

    monkeypatch.setattr(pg_empty_load, "built_after", spy)
    before = _schema(pg_workspace)
    generate_demo_data(workspace, activities=700, seed=6, year=2024)
    generate_demo_data(pg_workspace, activities=700, seed=6, year=2024)
    assert set_aside == [(True, False)]  # PostgreSQL's empty log only
    sqlite, pg = _records(workspace), _records(pg_workspace)
    assert pg == sqlite and len(pg[0]) == 700 and len(pg[1]) >= 700
    # Every index and constraint is back, by the same name and definition, validated.
    assert _schema(pg_workspace) == before
    assert any(kind == "index" and name == search_figures.WORDS_INDEX
               for kind, name, _d in before)
    with pg_workspace.db.engine.connect() as conn:
        assert search_figures.differences(conn) == 0


def test_foreign_keys_refuse_again_after_the_load(pg_workspace):
    generate_demo_data(pg_workspace, activities=50, seed=1, year=2024)
    with pytest.raises(IntegrityError), pg_workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO activity_theme (activity_id, item_id) "
                             "SELECT MAX(id) + 1000, 1 FROM activity")
    with pytest.raises(IntegrityError), pg_workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE activity SET form_id = -5 WHERE id = (SELECT MIN(id) "
                             "FROM activity)")


def test_a_log_with_rows_keeps_its_indexes(pg_workspace):
    generate_demo_data(pg_workspace, activities=30, seed=1, year=2024)
    before = _schema(pg_workspace)
    with pg_workspace.db.engine.begin() as conn, \
            pg_empty_load.built_after(conn) as set_aside:
        assert set_aside is False
        assert _count_indexes(conn) == sum(kind == "index" for kind, _n, _d in before)


def test_a_failed_load_puts_everything_back(pg_workspace):
    before = _schema(pg_workspace)
    with pytest.raises(RuntimeError, match="load broke"), \
            pg_workspace.db.engine.begin() as conn, pg_empty_load.built_after(conn) as aside:
        assert aside is True and _count_indexes(conn) < len(before)
        raise RuntimeError("load broke")
    assert _schema(pg_workspace) == before
    with pg_workspace.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0


def _has_index(conn, name: str) -> bool:
    return conn.exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (name,)).scalar()


def _count_indexes(conn) -> int:
    return conn.exec_driver_sql(
        "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()").scalar()
