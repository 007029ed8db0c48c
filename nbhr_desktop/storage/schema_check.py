"""Is a database's schema the one its revision says? Compared with that revision, migrated.

A backup, or the live database, names its Alembic revision; the tables, columns, indexes
and foreign keys it holds must be exactly those the migrations make at that revision. The
reference is built once per revision in a throw-away SQLite file (a fraction of a
second). A table dropped, a column removed or retyped, an index or a foreign key gone by
hand shows up as a plain list of differences, before anything relies on them.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect

from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage import migrate, search_index

# Tables that are not part of the schema: SQLite's own, the marker of a backup file, and
# SQLite's search word index (FTS5 and its shadow tables): derived, made only where FTS5
# exists (never on PostgreSQL, which has its own GIN index), checked by its own self-test.
IGNORED = ("sqlite_", "nbhr_backup_info", search_index.TABLE)


@dataclass(frozen=True)
class Table:
    columns: dict[str, tuple] = field(default_factory=dict)  # name → (type, not null, pk)
    indexes: frozenset = frozenset()  # (name or "", unique, columns)
    foreign_keys: frozenset = frozenset()  # (column, table, column)


def _ignored(name: str) -> bool:
    return name.startswith(IGNORED)


def describe_sqlite(connection: sqlite3.Connection) -> dict[str, Table]:
    """Tables of an open SQLite database, as PRAGMAs report them."""
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    tables = {}
    for name in names:
        if _ignored(name):
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        columns = {row[1]: (str(row[2]).upper(), bool(row[3]), int(row[5]))
                   for row in connection.execute(f"PRAGMA table_info({quoted})")}
        indexes = set()
        for row in connection.execute(f"PRAGMA index_list({quoted})"):
            index_name, unique, origin = row[1], bool(row[2]), row[3]
            index_quoted = '"' + index_name.replace('"', '""') + '"'
            cols = tuple(r[2] for r in connection.execute(f"PRAGMA index_info({index_quoted})"))
            # Automatic indexes of UNIQUE / PRIMARY KEY constraints are named by position.
            indexes.add((index_name if origin == "c" else "", unique, cols))
        keys = frozenset((row[3], row[2], row[4])
                         for row in connection.execute(f"PRAGMA foreign_key_list({quoted})"))
        tables[name] = Table(columns, frozenset(indexes), keys)
    return tables


def describe_engine(engine: Engine) -> dict[str, Table]:
    """Any database through SQLAlchemy's inspector: names only (types differ by dialect)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            return describe_sqlite(connection.connection.driver_connection)
    inspector = inspect(engine)
    tables = {}
    for name in inspector.get_table_names():
        if _ignored(name):
            continue
        columns = {c["name"]: ("", not c["nullable"], 0) for c in inspector.get_columns(name)}
        indexes = frozenset((i["name"], bool(i["unique"]), tuple(i["column_names"]))
                            for i in inspector.get_indexes(name))
        keys = frozenset((fk["constrained_columns"][0], fk["referred_table"],
                          fk["referred_columns"][0])
                         for fk in inspector.get_foreign_keys(name) if fk["constrained_columns"])
        tables[name] = Table(columns, indexes, keys)
    return tables


@lru_cache(maxsize=4)
def reference(revision: str) -> dict[str, Table]:
    """The schema the migrations make at ``revision``, in SQLite."""
    with tempfile.TemporaryDirectory(prefix="nbhr-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        engine = create_engine(f"sqlite:///{path}")
        try:
            migrate.upgrade(engine, revision)
        finally:
            engine.dispose()
        connection = sqlite3.connect(path)
        try:
            return describe_sqlite(connection)
        finally:
            connection.close()


def _names_only(schema: dict[str, Table]) -> dict[str, Table]:
    return {name: Table({c: ("", v[1], 0) for c, v in t.columns.items()}, frozenset(),
                        frozenset()) for name, t in schema.items()}


def differences(actual: dict[str, Table], expected: dict[str, Table], *,
                names_only: bool = False) -> list[str]:
    """What differs, in Vietnamese, most telling first (missing tables, then columns…)."""
    if names_only:
        actual, expected = _names_only(actual), _names_only(expected)
    found = [_("thiếu bảng {t}").format(t=t) for t in sorted(set(expected) - set(actual))]
    found += [_("có bảng lạ {t}").format(t=t) for t in sorted(set(actual) - set(expected))]
    for name in sorted(set(actual) & set(expected)):
        have, want = actual[name], expected[name]
        for column in sorted(set(want.columns) - set(have.columns)):
            found.append(_("bảng {t} thiếu cột {c}").format(t=name, c=column))
        for column in sorted(set(have.columns) - set(want.columns)):
            found.append(_("bảng {t} có cột lạ {c}").format(t=name, c=column))
        for column in sorted(set(have.columns) & set(want.columns)):
            if have.columns[column] != want.columns[column]:
                found.append(_("bảng {t}, cột {c} khác kiểu hoặc ràng buộc").format(
                    t=name, c=column))
        if have.indexes != want.indexes and not names_only:
            found.append(_("bảng {t} khác chỉ mục").format(t=name))
        if have.foreign_keys != want.foreign_keys and not names_only:
            found.append(_("bảng {t} khác khóa ngoại").format(t=name))
    return found


def check_engine(engine: Engine) -> list[str]:
    """Differences between a live database and the schema of the revision it is at."""
    revision = migrate.current_revision(engine)
    if revision is None:
        return [_("chưa có lược đồ (cơ sở dữ liệu trống)")]
    if revision not in migrate.known_revisions():
        return [_("lược đồ {rev} không phải của phiên bản ứng dụng này").format(rev=revision)]
    return differences(describe_engine(engine), reference(revision),
                       names_only=engine.dialect.name != "sqlite")
