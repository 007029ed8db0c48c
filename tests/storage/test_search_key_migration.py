"""Migration 0006 turns every stored search key (folded text) into the key of words
(``storage.search_key``) on SQLite and PostgreSQL, so a log kept before 0.3 is searched by
words at once; and its SQL for the word index is the one the live code remakes."""

from __future__ import annotations

import datetime as dt

import pytest
from migration_helpers import downgrade
from sqlalchemy import select, text

from nbhr_desktop.base.text import fold
from nbhr_desktop.core.activities.service import ActivityInput, ActivityService
from nbhr_desktop.storage import migrate, search_index
from nbhr_desktop.storage.models import Activity, activity_search_text

TITLES = ["Tập huấn Công ước (CEDAW) – “quyền” 1079/QĐ-TTg", "Phát thanh 10/12", "…",
          "Straße ﬁx Ωmega_test 50%", "Hội nghị  Đoàn   Thanh niên"]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_workspace(request):
    return request.getfixturevalue("workspace" if request.param == "sqlite"
                                   else "pg_workspace")


def test_migration_0006_rewrites_old_keys_as_words(any_workspace):
    service = ActivityService(any_workspace)
    for number, title in enumerate(TITLES):
        service.create(ActivityInput(start_date=dt.date(2024, 4, 1 + number), title=title,
                                     description="Mô tả: 5.000.000 đồng"))
    engine = any_workspace.db.engine
    downgrade(engine, "0005")
    with engine.begin() as connection:  # the keys as 0.2 wrote them
        for activity_id, title, description in connection.execute(
                select(Activity.id, Activity.title, Activity.description)).all():
            connection.execute(text("UPDATE activity SET search_text = :k WHERE id = :i"),
                               {"k": fold(f"{title} {description}"), "i": activity_id})
    migrate.upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            select(Activity.title, Activity.description, Activity.search_text)).all()
        assert len(rows) == len(TITLES)
        for title, description, key in rows:
            assert key == activity_search_text(title, description), title
        assert not search_index.differences(connection)


def test_the_live_index_sql_is_the_migrations(workspace):
    """``search_index`` remakes the triggers after a bulk load: with the migration's SQL."""
    with workspace.db.engine.connect() as connection:
        stored = dict(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE name = ? OR name LIKE ?",
            (search_index.TABLE, "activity_search_%")).all())
    assert stored[search_index.TABLE] == search_index.CREATE
    with workspace.db.engine.begin() as connection:
        search_index.pause(connection)
        search_index.resume(connection)
        again = dict(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            ("activity_search_%",)).all())
    assert again == {name: sql for name, sql in stored.items() if name in again}
    assert set(again) == set(search_index.TRIGGERS)


def test_the_word_index_merges_eight_segments_at_a_time(workspace):
    with workspace.db.engine.connect() as connection:
        merge = connection.exec_driver_sql(
            "SELECT v FROM activity_search_config WHERE k = 'automerge'").scalar()
    assert merge == 8
