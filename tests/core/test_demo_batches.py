"""Demo data made a batch at a time, the next batch made while one is stored: the same
records as in one go, and a failure while making leaves nothing behind."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from test_demo import _fresh, _snapshot

from nbhr_desktop.core import demo
from nbhr_desktop.core.demo_activities import ActivityMaker
from nbhr_desktop.storage.models import Activity, activity_theme


def _links(workspace) -> list[tuple]:
    with workspace.db.engine.connect() as conn:
        return sorted(conn.execute(select(activity_theme)).all())


def test_small_batches_give_the_same_records(tmp_path, monkeypatch):
    whole, parts = _fresh(tmp_path, "whole"), _fresh(tmp_path, "parts")
    # Costs are scaled by what the first 50 cost, made in one batch or over two.
    monkeypatch.setattr(demo, "COST_SAMPLE", 50)
    try:
        demo.generate_demo_data(whole, activities=130, seed=3, year=2024)
        monkeypatch.setattr(demo, "BATCH", 40)  # four batches, made ahead of the inserts
        demo.generate_demo_data(parts, activities=130, seed=3, year=2024)
        assert _snapshot(parts) == _snapshot(whole) and len(_snapshot(whole)) == 130
        assert _links(parts) == _links(whole)
    finally:
        whole.close()
        parts.close()


def test_a_failure_while_making_saves_nothing(tmp_path, monkeypatch):
    workspace = _fresh(tmp_path, "broken")
    real = ActivityMaker.make_many
    made = []

    def fails_on_the_third(self, first_id, count):
        made.append(first_id)
        if len(made) == 3:
            raise RuntimeError("maker broke")
        return real(self, first_id, count)

    monkeypatch.setattr(demo, "BATCH", 40)
    monkeypatch.setattr(ActivityMaker, "make_many", fails_on_the_third)
    try:
        with pytest.raises(RuntimeError, match="maker broke"):
            demo.generate_demo_data(workspace, activities=200, seed=1, year=2024)
        with workspace.db.session() as session:
            assert session.scalar(select(func.count()).select_from(Activity)) == 0
        monkeypatch.setattr(ActivityMaker, "make_many", real)  # and it can be made after
        assert demo.generate_demo_data(workspace, activities=50, seed=1, year=2024).activities == 50
    finally:
        workspace.close()


def test_the_word_index_is_told_of_each_batch(tmp_path, monkeypatch):
    """Each batch's search words go into the word index as it is stored (triggers off
    meanwhile): afterwards the index agrees with the log and its triggers are back."""
    from sqlalchemy import text

    from nbhr_desktop.storage import search_index

    workspace = _fresh(tmp_path, "words")
    added = []
    real_add = search_index.add

    def spy(connection, ids):
        ids = list(ids)
        added.append((ids[0], ids[-1]))
        real_add(connection, ids)

    monkeypatch.setattr(demo, "BATCH", 40)
    monkeypatch.setattr(search_index, "add", spy)
    try:
        demo.generate_demo_data(workspace, activities=130, seed=2, year=2024)
        assert added == [(1, 40), (41, 80), (81, 120), (121, 130)]
        with workspace.db.engine.connect() as conn:
            assert not search_index.differences(conn)
            indexed = conn.exec_driver_sql(
                "SELECT COUNT(*) FROM activity_search WHERE activity_search MATCH 'tap*'").scalar()
            assert indexed == conn.exec_driver_sql(
                "SELECT COUNT(*) FROM activity WHERE search_text LIKE '% tap%'").scalar() > 0
            triggers = conn.execute(text(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'activity_search_%'")).scalar()
        assert triggers == len(search_index.TRIGGERS)
    finally:
        workspace.close()
