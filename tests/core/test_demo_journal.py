"""Demo data written with SQLite's rollback journal instead of the write-ahead log (one write
of each page instead of two), when nothing else has the database open; WAL comes back
after, and a failed load keeps nothing, either way."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest
from sqlalchemy import func, select
from test_demo import _fresh, _snapshot

from nbhr_desktop.core import demo
from nbhr_desktop.core.demo_activities import ActivityMaker
from nbhr_desktop.storage.models import Activity


@pytest.fixture
def journals(monkeypatch) -> list[bool]:
    """Whether each demo load left WAL (as ``rollback_journal`` yielded)."""
    seen: list[bool] = []
    real = demo.rollback_journal

    @contextmanager
    def spy(engine):
        with real(engine) as switched:
            seen.append(switched)
            yield switched

    monkeypatch.setattr(demo, "rollback_journal", spy)
    return seen


def _mode(workspace) -> str:
    with sqlite3.connect(workspace.location.sqlite_path) as conn:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]


def _count(workspace) -> int:
    with workspace.db.session() as session:
        return session.scalar(select(func.count()).select_from(Activity))


def test_alone_the_load_skips_the_log_and_wal_comes_back(workspace, journals):
    workspace.db.engine.dispose()  # only the demo's own connection has the file open
    demo.generate_demo_data(workspace, activities=300, seed=2, year=2024)
    assert journals == [True]
    assert _mode(workspace) == "wal" and _count(workspace) == 300


def test_another_connection_open_keeps_wal_and_gives_the_same_records(tmp_path, journals):
    alone, shared = _fresh(tmp_path, "alone"), _fresh(tmp_path, "shared")
    other = sqlite3.connect(shared.location.sqlite_path)  # e.g. the window, open on it
    try:
        alone.db.engine.dispose()
        other.execute("SELECT COUNT(*) FROM activity").fetchone()
        demo.generate_demo_data(alone, activities=200, seed=4, year=2024)
        demo.generate_demo_data(shared, activities=200, seed=4, year=2024)
        assert journals == [True, False]
        assert _snapshot(alone) == _snapshot(shared) and len(_snapshot(alone)) == 200
        assert _mode(alone) == _mode(shared) == "wal"
        assert other.execute("SELECT COUNT(*) FROM activity").fetchone()[0] == 200
    finally:
        other.close()
        alone.close()
        shared.close()


def test_a_failed_load_without_the_log_keeps_nothing(workspace, journals, monkeypatch):
    real = ActivityMaker.make_many

    def breaks(self, first_id, count):
        if first_id > 1:
            raise RuntimeError("maker broke")
        return real(self, first_id, count)

    workspace.db.engine.dispose()
    monkeypatch.setattr(demo, "BATCH", 50)
    monkeypatch.setattr(ActivityMaker, "make_many", breaks)
    with pytest.raises(RuntimeError, match="maker broke"):
        demo.generate_demo_data(workspace, activities=200, seed=1, year=2024)
    assert journals == [True]
    assert _mode(workspace) == "wal" and _count(workspace) == 0
    monkeypatch.setattr(ActivityMaker, "make_many", real)
    demo.generate_demo_data(workspace, activities=60, seed=1, year=2024)
    assert _count(workspace) == 60 and _mode(workspace) == "wal"
