"""PostgreSQL: a bulk load into an empty activity log (demo data on a new database) with the
log's plain indexes and foreign keys made after the rows, in the load's transaction.

Row by row, PostgreSQL updates every index of ``activity`` and of its search copy (the
copy's word index is a GIN index, the costliest) and runs a foreign-key check per
reference (six per activity, two per theme or audience link): at 100,000 demo
activities the COPY took 10 s of the server's time, twice what SQLite spends on the whole
command. Made after the rows, each index is one sort and each foreign key one join.

Only when the log is empty: dropping an index or a foreign key locks the table (and the
tables it references, against writes) until the load commits, which would shut every
other user of an office server out of their own activities; with an empty log there is
nothing of theirs to shut out. A log holding rows keeps everything here; an import
(``storage.bulk_load``) sets aside only what the figure triggers' DDL has locked already
(the activity tables' own indexes, the links' keys to ``activity``). The definitions are
read back from the catalogue (``pg_get_indexdef``, ``pg_get_constraintdef``) and made
again exactly, with the same names; primary keys and unique constraints stay (other
foreign keys and the upserts of imports lean on them). A failure inside the load rolls
the DDL back with the rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from nbhr_desktop.storage import search_figures

TABLES = ("activity", "activity_theme", "activity_audience")
# The server's memory for building an index (per build, freed after; its default is
# 64 MB): the GIN word index of 400,000 activities builds a third faster with 256 MB.
BUILD_MEMORY = "256MB"


def _definitions(connection: Connection) -> tuple[list[tuple], list[tuple]]:
    """(plain indexes as (name, CREATE statement), foreign keys as (table, name, text)) of
    the activity tables; the indexes end with the search copy's word index
    (``storage.search_figures``: its rows come with the log's, by its insert trigger)."""
    tables = ", ".join(f"'{t}'::regclass" for t in TABLES)
    indexes = connection.exec_driver_sql(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        f"WHERE i.indrelid IN ({tables}) AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
        "ORDER BY i.indexrelid").all()
    keys = connection.exec_driver_sql(
        "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) "
        f"FROM pg_constraint WHERE contype = 'f' AND conrelid IN ({tables}) ORDER BY oid"
    ).all()
    return ([tuple(row) for row in indexes] + search_figures.indexes(connection),
            [tuple(row) for row in keys])


@contextmanager
def built_after(connection: Connection) -> Iterator[bool]:
    """Within the block (inside the load's transaction), the activity tables of an empty
    PostgreSQL log have no plain index and no foreign key; both are made again when it
    ends without an error. Yields whether they were set aside (False: not PostgreSQL, or
    the log holds rows)."""
    if connection.dialect.name != "postgresql" or connection.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM activity)").scalar():
        yield False
        return
    indexes, keys = _definitions(connection)
    for table, name, _definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    for name, _sql in indexes:
        connection.exec_driver_sql(f"DROP INDEX {name}")
    yield True
    connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
    for table, name, definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
    connection.exec_driver_sql("RESET maintenance_work_mem")
