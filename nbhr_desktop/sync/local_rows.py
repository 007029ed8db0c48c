"""The local rows an import compares its incoming records with: identity columns only.

An incoming batch needs, for each of its UUIDs, the local record's id, version, author,
owner and deletion (and an activity's unit and day, for locked periods). A first import
or a re-import matches most of the table: one scan of it, kept for the whole import, is
the cheapest. A district's file into a province's large table matches a small part: a
look-up by UUID per batch. A scan is kept in memory whole, so above SCAN_LIMIT rows
(about 60 MB of them) the look-ups, a little slower, keep an import's memory to a batch.

On SQLite the driver's plain rows are kept (``Local``) and a time or day is parsed only
when a record needs it — rarely: most records are new or unchanged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Table, bindparam, func, select

SCAN_RATIO = 4  # scan when the table holds at most this many times the incoming records
SCAN_LIMIT = 100_000  # … and at most this many rows
PROBE = 500  # UUIDs per look-up query


class Local:
    """A local row as SQLite's driver returns it (the identity columns, and for an activity
    its unit and day): the times and days are read as they are needed, which is rarely —
    most records are new or unchanged."""

    __slots__ = (
        "_changed_at",
        "_start_date",
        "changed_by",
        "deleted",
        "id",
        "owner_unit_code",
        "unit_id",
        "uuid",
        "version",
    )

    def __init__(self, id, uuid, version, changed_at, changed_by, owner_unit_code,
                 deleted, unit_id=None, start_date=None):
        self.id, self.uuid, self.version = id, uuid, version
        self._changed_at, self.changed_by, self.owner_unit_code = changed_at, changed_by, \
            owner_unit_code
        self.deleted, self.unit_id, self._start_date = bool(deleted), unit_id, start_date

    @property
    def changed_at(self) -> dt.datetime:
        value = self._changed_at
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value

    @property
    def start_date(self) -> dt.date | None:
        value = self._start_date
        return dt.date.fromisoformat(value) if isinstance(value, str) else value


# Local rows an incoming batch may match: one scan of the table when it holds at most this
# many times the incoming records (a first import, a re-import), else a look-up by UUID
# per batch (a district's file into a province's large table). A scan is kept in memory
# for the whole table: above SCAN_LIMIT rows (about 60 MB of them) the look-ups, a little
# slower, keep an import's memory to one batch.
SCAN_RATIO = 4
SCAN_LIMIT = 100_000
PROBE = 500  # UUIDs per look-up query


def probing(conn: Connection, table: Table, incoming_total: int) -> bool:
    """Whether to look records up by UUID rather than scan the table."""
    local = conn.execute(select(func.count()).select_from(table)).scalar()
    return local > min(SCAN_RATIO * max(incoming_total, 1), SCAN_LIMIT)


def _names(columns) -> str:
    return ", ".join(column.name for column in columns)


def scan(conn: Connection, table: Table, columns: list) -> dict:
    """uuid → row, for every row of ``table`` (``columns`` start with id, uuid)."""
    if conn.dialect.name == "sqlite":
        cursor = conn.exec_driver_sql(f"SELECT {_names(columns)} FROM {table.name}")
        return {row[1]: Local(*row) for row in cursor}
    return {row.uuid: row for row in conn.execute(select(*columns))}


def look_up(conn: Connection, table: Table, columns: list, uuids: list[str]) -> dict:
    """uuid → row, for the rows of ``table`` with these UUIDs (in index order)."""
    uuids = sorted(uuids)
    found: dict = {}
    if conn.dialect.name == "sqlite":
        names = _names(columns)
        for start in range(0, len(uuids), PROBE):
            chunk = tuple(uuids[start:start + PROBE])
            cursor = conn.exec_driver_sql(
                f"SELECT {names} FROM {table.name} WHERE uuid IN "
                f"({', '.join('?' * len(chunk))})", chunk)
            found.update((row[1], Local(*row)) for row in cursor)
        return found
    query = select(*columns).where(table.c.uuid.in_(bindparam("uuids", expanding=True)))
    for start in range(0, len(uuids), PROBE):
        for row in conn.execute(query, {"uuids": uuids[start:start + PROBE]}):
            found[row.uuid] = row
    return found
