"""A first start the officer leaves ("Thoát") leaves nothing behind.

Opening a data folder creates the database (and the folder) before the first-run dialog
can ask which unit it serves. If the officer quits there, what this start created is taken
away again: the SQLite file with its folder, or our tables on a PostgreSQL server. Nothing
that existed before the start is touched, and nothing is removed once it holds an
installation.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text

from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location, make_engine


@dataclass(frozen=True)
class FreshStart:
    location: Location
    created_folder: bool
    created_database: bool

    @classmethod
    def before_open(cls, location: Location) -> FreshStart:
        """Note, before ``Workspace.open``, whether the folder and database exist yet."""
        path = location.sqlite_path
        if location.is_sqlite:
            created = path is not None and (not path.exists() or path.stat().st_size == 0)
        else:
            engine = make_engine(location)
            try:
                created = not inspect(engine).has_table("alembic_version")
            finally:
                engine.dispose()
        return cls(location, not location.data_dir.exists(), created)

    def undo(self, workspace: Workspace) -> bool:
        """Remove what this start created, if it still holds no installation."""
        if not self.created_database or workspace.is_initialised():
            return False
        workspace.close()
        if self.location.is_sqlite:
            path = self.location.sqlite_path
            for name in (path.name, path.name + "-wal", path.name + "-shm",
                         path.name + "-journal"):
                (path.parent / name).unlink(missing_ok=True)
        else:
            self._drop_tables()
        if self.created_folder:
            _remove_empty_folders(self.location.data_dir)
        return True

    def _drop_tables(self) -> None:
        from nbhr_desktop.storage import search_figures
        from nbhr_desktop.storage.models import Base

        engine = make_engine(self.location)
        try:
            with engine.begin() as connection:  # outside the models: made by a revision
                search_figures.drop(connection)
            Base.metadata.drop_all(engine)
            with engine.begin() as connection:
                connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        finally:
            engine.dispose()


def _remove_empty_folders(folder: Path) -> None:
    """The folder and any empty sub-folders (backups/…), never a file."""
    if not folder.is_dir():
        return
    for child in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if child.is_dir():
            with contextlib.suppress(OSError):
                child.rmdir()
    with contextlib.suppress(OSError):
        folder.rmdir()
