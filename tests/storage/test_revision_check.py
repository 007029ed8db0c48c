"""The start-up revision check without Alembic must answer exactly as Alembic does."""

from __future__ import annotations

import shutil

from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from nbhr_desktop.storage import migrate


def test_head_read_from_the_files_is_alembics_head():
    assert migrate._head_from_files() == migrate._alembic_head() == migrate.head_revision()


def test_stored_revision_is_what_alembic_reads(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        assert migrate.current_revision(engine) is None  # no schema yet
        migrate.upgrade(engine, "0002")
        with engine.connect() as conn:
            assert migrate.current_revision(engine) == "0002" == \
                MigrationContext.configure(conn).get_current_revision()
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def _versions(tmp_path, monkeypatch, extra: dict[str, str]) -> str | None:
    folder = tmp_path / f"migrations{len(list(tmp_path.iterdir()))}"
    shutil.copytree(migrate.MIGRATIONS_DIR / "versions", folder / "versions",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name, source in extra.items():
        (folder / "versions" / name).write_text(source, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    migrate._head_from_files.cache_clear()
    try:
        return migrate._head_from_files()
    finally:
        migrate._head_from_files.cache_clear()


def test_a_new_revision_in_alembics_own_style_is_the_head(tmp_path, monkeypatch):
    head = migrate.head_revision()
    newest = f'revision: str = "0099"\ndown_revision: Union[str, None] = "{head}"\n'
    assert _versions(tmp_path, monkeypatch, {"0099_x.py": newest}) == "0099"


def test_anything_unclear_is_left_to_alembic(tmp_path, monkeypatch):
    # Two heads (parallel revisions not yet chained), a revision named indirectly, a
    # file that does not say what it revises: no answer, so Alembic is asked.
    head = migrate.head_revision()
    branch = f"revision = '0098'\ndown_revision = '{head}'\n"
    other = f"revision = '0099'\ndown_revision = '{head}'\n"
    assert _versions(tmp_path, monkeypatch, {"a.py": branch, "b.py": other}) is None
    named = f"REV = '0099'\nrevision = REV\ndown_revision = '{head}'\n"
    assert _versions(tmp_path, monkeypatch, {"a.py": named}) is None
    assert _versions(tmp_path, monkeypatch, {"a.py": "revision = '0099'\n"}) is None
