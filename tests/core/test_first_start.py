"""Quitting the first-run dialog leaves no empty database behind, and never removes data."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect

from nbhr_desktop.core.first_start import FreshStart
from nbhr_desktop.core.setup import initialise, seed_catalogues
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location


def _quit_first_run(location: Location) -> bool:
    fresh = FreshStart.before_open(location)
    workspace = Workspace.open(location)
    with workspace.db.session() as session:  # what the dialog does while it is open
        seed_catalogues(session)
    try:
        return fresh.undo(workspace)
    finally:
        workspace.close()


def test_a_new_folder_goes_away(tmp_path):
    location = Location.resolve(data_dir=tmp_path / "NBHRDesktop")
    assert _quit_first_run(location)
    assert not location.data_dir.exists()


def test_a_folder_that_existed_keeps_its_other_files(tmp_path):
    folder = tmp_path / "Dữ liệu"
    folder.mkdir()
    (folder / "ghi chú.txt").write_text("của cán bộ", encoding="utf-8")
    location = Location.resolve(data_dir=folder)
    assert _quit_first_run(location)
    assert sorted(p.name for p in folder.iterdir()) == ["ghi chú.txt"]


def test_a_database_with_data_is_never_removed(tmp_path):
    location = Location.resolve(data_dir=tmp_path / "data")
    with Workspace.open(location) as workspace:
        initialise(workspace, "Kim Sơn")
    assert not _quit_first_run(location)  # not created by this start
    with Workspace.open(location) as workspace:
        assert workspace.is_initialised()


def test_an_empty_database_left_before_is_kept_too(tmp_path):
    """Only what this start created goes: an older empty file is not ours to judge."""
    location = Location.resolve(data_dir=tmp_path / "data")
    Workspace.open(location).close()
    assert not _quit_first_run(location)
    assert location.sqlite_path.exists()


def test_postgresql_tables_created_now_are_dropped(pg_location):
    engine = create_engine(pg_location.db_url)
    try:
        assert _quit_first_run(pg_location)
        assert inspect(engine).get_table_names() == []
        with Workspace.open(pg_location) as workspace:
            initialise(workspace, "Kim Sơn")
        assert not _quit_first_run(pg_location)
        assert "installation" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
