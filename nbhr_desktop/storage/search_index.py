"""The word index of the activity log's search key (SQLite FTS5), kept equal to the log.

A search used to test ``search_text LIKE '%word%'`` on every row: 150–550 ms per keystroke
at 400,000 activities. ``activity_search`` is an FTS5 index over ``activity.search_text``
(external content: the text itself stays in ``activity`` and is not stored twice), which
gives the ids of the rows holding words that begin with what was typed in a few ms.

Choices, measured at 400,000 activities (``search_text`` 121 MB, ``ix_activity_search``
144 MB):

- ``tokenize='ascii'``: the key already holds the folded words between spaces
  (``storage.search_key``: lower case, no diacritics, punctuation gone), and the ascii
  tokenizer's tokens are exactly those words (ASCII letters and digits, or any non-ASCII
  character). The index and the plain ``LIKE '% word%'`` (``core.activities.words``)
  therefore agree on every word.
- ``detail=none``: a search needs only which rows hold a word, never where (the typed
  words may come in any order): 25 MB instead of 72 MB with positions. Trigram, which
  would keep substring matches, takes 80 MB and three times as long to build.
- ``prefix='1 2'``: a word of one or two letters (the first keystrokes) would otherwise
  merge thousands of words' lists (310 ms for "t"; 20 ms with them): 42 MB in all.
- ``columnsize=0``: no token counts per row (for ranking, which the list does not do).
- ``automerge`` 8 (set by the migration): segments merged 8 at a time instead of 4, a
  quarter less CPU to add 400,000 keys, searches as fast.

Triggers keep it equal to the log for every writer (the dialog, imports, demo data, a
restore), as the day figures' do: an insert adds the row's words, a delete removes them,
an update of the key does both. Tombstones stay in the index; readers filter on
``deleted``. ``rebuild`` recomputes it from the log (the migration, ``self-test --repair``,
restores); ``differences`` tells whether it still agrees (``self-test``).

Bulk loads: row by row through the triggers, the index costs an import of 50,000
activities 2.1 s of CPU; the same rows added by one statement cost 0.3 s. So a bulk load,
inside its transaction, calls ``pause`` (triggers off), ``forget(ids)`` *before* it
updates or deletes existing rows (the index must be told their old text), ``add(ids)``
(or ``add_since(first_id)``) after it has written rows, and ``resume`` at the end;
``new_rows_only(connection, first_id)`` does all of it for a load that only appends
(demo data). Each is a no-op on a database without the index.

Only SQLite: an SQLite without FTS5 (none is known among the Pythons the app ships with)
simply gets no index, and search falls back to reading the log. PostgreSQL has none: a
trigram index (``pg_trgm``) made bulk writes several times slower (demo data of 100,000:
79 s instead of ~15 s); there the same ``LIKE`` reads the log.

Migration 0006 makes the table and the triggers with its own copy of the SQL below;
``CREATE`` and the triggers here must stay equal to it (a test compares them).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

TABLE = "activity_search"
# The tables FTS5 keeps behind it; derived data, never copied.
SHADOWS = tuple(f"{TABLE}_{suffix}" for suffix in ("data", "idx", "docsize", "config"))
# (no ``docsize`` with ``columnsize=0``; listed for a database made otherwise by hand)
TRIGGERS = ("activity_search_insert", "activity_search_delete", "activity_search_update")

CREATE = (f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_text, content='activity', "
          "content_rowid='id', tokenize='ascii', detail=none, columnsize=0, prefix='1 2')")


def _trigger_sql() -> list[str]:
    add = f"INSERT INTO {TABLE}(rowid, search_text) VALUES (NEW.id, NEW.search_text);"
    remove = (f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) "
              "VALUES ('delete', OLD.id, OLD.search_text);")
    return [
        f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON activity BEGIN {add} END",
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER DELETE ON activity BEGIN {remove} END",
        # An import rewrites every column of the rows it updates: only a changed key counts.
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF search_text ON activity "
        f"WHEN OLD.search_text IS NOT NEW.search_text BEGIN {remove} {add} END",
    ]


def exists(connection: Connection) -> bool:
    """Whether this database has the index (SQLite with FTS5, at revision 0006 or later)."""
    if connection.dialect.name != "sqlite":
        return False
    return connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).first() is not None


def drop(connection: Connection) -> None:
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def pause(connection: Connection) -> bool:
    """Triggers off for a bulk load (see the module's text); False when there is no index."""
    if not exists(connection):
        return False
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    return True


def resume(connection: Connection) -> None:
    if exists(connection):
        for name in TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        for statement in _trigger_sql():
            connection.exec_driver_sql(statement)


def _chunks(ids) -> Iterator[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), 500):
        yield ids[start:start + 500]


def forget(connection: Connection, ids) -> None:
    """Remove the entries of these activities as their rows are now (before a paused load
    updates or deletes them)."""
    if not exists(connection):
        return
    for chunk in _chunks(ids):
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) SELECT 'delete', id, "
            f"search_text FROM activity WHERE id IN ({', '.join('?' * len(chunk))})",
            tuple(chunk))


def add(connection: Connection, ids) -> None:
    """Add the entries of these activities as their rows are now (after a paused load
    wrote them)."""
    if not exists(connection):
        return
    ids = list(ids)
    if ids and max(ids) - min(ids) + 1 == len(ids) == len(set(ids)):
        # New rows of a batch have consecutive ids: one range read, no list of 500 ids.
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}(rowid, search_text) SELECT id, search_text FROM activity "
            "WHERE id BETWEEN ? AND ?", (min(ids), max(ids)))
        return
    for chunk in _chunks(ids):
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}(rowid, search_text) SELECT id, search_text FROM activity "
            f"WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk))


def add_since(connection: Connection, first_id: int) -> None:
    """Add the entries of every activity from ``first_id`` on (rows a load appended)."""
    if exists(connection):
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}(rowid, search_text) SELECT id, search_text FROM activity "
            f"WHERE id >= ?", (int(first_id),))


@contextmanager
def new_rows_only(connection: Connection, first_id: int) -> Iterator[None]:
    """A load that only appends activities from ``first_id`` on (demo data): triggers off
    while it writes, its rows added at the end in one statement."""
    paused = pause(connection)
    yield
    if paused:
        add_since(connection, first_id)
        resume(connection)


def rebuild(connection: Connection) -> None:
    """Recompute the whole index from ``activity.search_text`` (in the caller's
    transaction); nothing to do on a database without it."""
    if exists(connection):
        connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")
        connection.exec_driver_sql(FILL)


# Every row, in the order of ids. FTS5 builds its lists fast only from ascending rowids; its
# own 'rebuild' (and a SELECT without ORDER BY) reads the log through the covering index on
# the key, in the key's order: 13.5 s of CPU at 400,000 activities instead of 2.7 s.
FILL = (f"INSERT INTO {TABLE}(rowid, search_text) SELECT id, search_text FROM activity "
        "ORDER BY id")


def differences(connection: Connection) -> bool:
    """True when the index no longer agrees with the log (FTS5's own check, comparing it
    with ``activity``: a few seconds at 400,000 activities); False when it agrees or
    when there is none."""
    if not exists(connection):
        return False
    try:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")
    except DBAPIError:  # SQLITE_CORRUPT_VTAB: an entry missing, or one too many
        return True
    return False
