"""The schema: models and migrations agree, SQLite settings, and real old databases upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import migrate, search_index
from nbhr_desktop.storage.db import make_engine
from nbhr_desktop.storage.models import Activity, Base, Installation, Plan

DATA = Path(__file__).resolve().parents[1] / "data"


def test_models_and_migrations_agree(any_location):
    engine = make_engine(any_location)
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            # The word index (FTS5 and its tables, on SQLite) is made by the migration and
            # kept by triggers, outside the models.
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "include_name": lambda name, _kind, _parent: not (
                    (name or "").startswith(search_index.TABLE))})
            differences = compare_metadata(context, Base.metadata)
        assert differences == [], (
            "models and migrations disagree; regenerate the revision "
            f"(tools/new_migration.py): {differences}")
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_sqlite_uses_wal_and_foreign_keys(location):
    workspace = Workspace.open(location)
    try:
        with workspace.db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        workspace.close()


def test_one_head_and_known_revisions():
    assert migrate.head_revision() in migrate.known_revisions()
    assert "0001" in migrate.known_revisions()


def test_first_revision_database_upgrades_to_head_and_keeps_its_data(tmp_path):
    """tests/data/rev0001.sqlite3 was made by revision 0001 (tests/data/make_rev0001_db.py)."""
    kept = DATA / "rev0001.sqlite3"
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copyfile(kept, folder / "nbhr.sqlite3")
    before = sqlite3.connect(folder / "nbhr.sqlite3")
    assert before.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    before.close()

    from nbhr_desktop.storage.db import Location

    workspace = Workspace.open(Location.resolve(data_dir=folder))
    try:
        assert migrate.current_revision(workspace.db.engine) == migrate.head_revision()
        info = workspace.installation_info()
        assert info.unit_code == "376" and info.unit_name == "Huyện Kim Sơn"
        with workspace.db.session() as session:
            activities = session.scalars(select(Activity).order_by(Activity.start_date)).all()
            assert [a.title for a in activities] == [
                "Tập huấn kiến thức về quyền con người cho cán bộ thông tin cơ sở",
                "Phát chuyên mục về quyền trẻ em trên hệ thống truyền thanh huyện",
            ]
            first = activities[0]
            assert first.participants_total == 85 and first.participants_women == 47
            assert first.cost == 18_500_000 and isinstance(first.cost, int)
            assert first.commune.name == "Thị trấn Phát Diệm"
            assert sorted(t.code for t in first.themes) == ["chinh_sach", "crc"]
            assert first.task.title.startswith("Tổ chức tập huấn")
            assert first.search_text.startswith(" tap huan kien thuc ve quyen con nguoi cho ")
            plan = session.scalars(select(Plan)).one()
            assert plan.year == 2024 and plan.legal_bases[0].startswith("Căn cứ")
            assert plan.tasks[0].targets[0].quantity == 4
            assert session.scalars(select(Installation)).one().officer_name == "Trần Thị Lan"
    finally:
        workspace.close()


def test_a_database_from_a_newer_app_is_refused_clearly(location):
    import pytest

    from nbhr_desktop.base.errors import UserError

    Workspace.open(location).close()
    connection = sqlite3.connect(location.sqlite_path)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    with pytest.raises(UserError, match="phiên bản mới hơn"):
        Workspace.open(location)
