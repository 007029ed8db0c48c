"""Writing an import's changes as the comparison hands them over, batch by batch.

The comparison (``sync.diff``) classifies a batch of incoming records and gives its changes
to the ``Writer`` at once, inside the import's one transaction; nothing of a large file is
kept after its batch is written. Per batch: new records get their ids up front (so their
links and children need no query to find them), then one driver-level ``executemany`` (or
``COPY`` on PostgreSQL) per table; updates are one ``executemany``; foreign keys are turned
from UUIDs into local ids by dictionary look-ups. Incoming records keep their own version,
``changed_at`` and ``changed_by``; only a conflict the user resolves here becomes a new
local change (``sync.apply.resolve``).

Before its first write the writer calls ``before_first_write`` (the automatic backup): a
file that changes nothing is never backed up. When a table is done it writes the table's
resolved conflicts, fixes references to records later in the same table, and finishes the
bulk load of that table (``storage.bulk_load``): the indexes it set aside are built again.

A large batch of activities is written without the per-row triggers that keep the day
figures (``storage.aggregates``): they would double its cost. The writer notes the units
whose activities it writes (before and after); the bulk load recomputes their figures when
the activity table is done, still inside the import's transaction, so a failed import
leaves triggers and figures as they were. The search's word index is kept the same way while
those triggers are off (``searched``; ``storage.search_index``). On PostgreSQL such a load's
COPYs also go without the foreign keys' per-row checks where the role may
(``BulkLoad.copying``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from operator import itemgetter

from sqlalchemy import Boolean, Date, DateTime
from sqlalchemy.sql.sqltypes import JSON

from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage import search_index
from nbhr_desktop.storage.bulk_load import BulkLoad
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.storage.models.sync import SyncLineage
from nbhr_desktop.sync import bulk, lineage
from nbhr_desktop.sync.diff import Change, Conflict, Sink
from nbhr_desktop.sync.records import _getter, uuid_map
from nbhr_desktop.sync.tables import BY_NAME, IDENTITY, TABLES, TableSpec

LINEAGE = SyncLineage.__table__
CHUNK = 500
# From how many activity rows an import sets the figure triggers aside: below it the
# triggers cost less than recomputing the units' figures (a few ms per 1,000 rows of a unit).
FIGURES_ASIDE_FROM = 2_000
# New activities are added to SQLite's word index this many at a time: each addition
# flushes FTS5's pending terms into a new segment, which it merges as they pile up; 8,000
# rows at a time cost a third less than 2,000 (300,000 activities: 1.85 s against 2.63 s),
# and more no less.
SEARCH_ADDS = 8_000


def _storage(kind, dialect) -> Callable | None:
    """What a value of this column type becomes for the driver (None: itself)."""
    if isinstance(kind, Boolean):
        return None  # both drivers take Python's bool
    if isinstance(kind, JSON):
        return json.dumps  # the text SQLAlchemy's JSON type stores
    if dialect.name == "sqlite" and isinstance(kind, Date | DateTime):
        return bulk.processor(kind, dialect)
    return None


def _repeats(kind) -> bool:
    """Days: a few hundred distinct values among thousands of records."""
    return isinstance(kind, Date) and not isinstance(kind, DateTime)


def _remembered(convert: Callable) -> Callable:
    seen: dict = {}

    def converted(value):
        text = seen.get(value)
        if text is None:
            text = seen[value] = convert(value)
        return text
    return converted


class _Shape:
    """How one table's changes become rows: the columns in order and what each value
    needs before the driver takes it."""

    def __init__(self, spec: TableSpec, dialect):
        table = spec.table
        self.content = [c.name for c in spec.columns]
        self.fk_columns = [fk.column for fk in spec.foreign_keys]
        self.search = spec.name == "activity"
        # Identity (id first, changed_at taken from the typed values), content, foreign
        # keys, the search key.
        self.columns = (["id", "uuid", "owner_unit_code", "version", "changed_at",
                         "changed_by", "deleted"] + self.content + self.fk_columns
                        + (["search_text"] if self.search else []))
        self.converters = [(index,
                            _remembered(convert) if _repeats(table.c[name].type) else convert)
                           for index, name in enumerate(self.columns)
                           if (convert := _storage(table.c[name].type, dialect)) is not None]
        self.identity = itemgetter("uuid", "owner_unit_code", "version", "changed_by", "deleted")
        self.references = _getter([fk.key for fk in spec.foreign_keys])
        self.self_references = [(fk.key, fk.column) for fk in spec.foreign_keys
                                if fk.target == spec.name]
        self.content_values = itemgetter(*self.content) if len(self.content) > 1 else (
            (lambda typed, name=self.content[0]: (typed[name],)) if self.content
            else (lambda typed: ()))
        assert set(IDENTITY) <= set(self.columns)


class Writer(Sink):
    """Bulk writes of an import's changes, table by table, parents first."""

    def __init__(self, conn, progress=None, own_unit: str = "", *,
                 counts: dict[str, int] | None = None,
                 resolve: Callable[[list[Conflict]], list[Change]] | None = None,
                 before_first_write: Callable[[], None] | None = None,
                 step: Callable[[str], None] | None = None):
        self.conn = conn
        self.dialect = conn.dialect
        self.progress = progress
        self.own_unit = own_unit
        self.counts = counts or {}
        self.resolve = resolve
        self.before_first_write = before_first_write
        self.step = step
        self.wrote = False
        self.resolved = 0
        self.maps: dict[str, dict[str, int]] = {}  # table → uuid → local id (when loaded)
        self.shapes: dict[str, _Shape] = {}
        self.next_id: dict[str, int] = {}
        # Indexes and figure triggers set aside, until finished; the indexes are built again
        # with the second core (``bulk_load``) where there is one.
        self.load = BulkLoad(conn, sorter_threads=2 if (os.cpu_count() or 1) > 1 else 0)
        self.decided: set[str] = set()  # tables whose indexes were weighed (``set_aside``)
        self.later: list[tuple] = []  # (table, uuid, column, target uuid): same-table refs
        self.announced: set[str] = set()
        self.unsearched: list[int] = []  # new activities not yet in the word index
        self.now = utcnow()
        # table → [rows, summed versions, highest id] inserted (``sync.replay``'s mark)
        self.inserted: dict[str, list[int]] = {}

    # -- the comparison's sink --------------------------------------------------------------
    def batch(self, spec: TableSpec, changes: list[Change]) -> None:
        if changes:
            self.write(spec, changes, len(changes))

    def table_done(self, spec: TableSpec, conflicts: list[Conflict]) -> None:
        resolved = self.resolve(conflicts) if self.resolve and conflicts else []
        if resolved:
            self.resolved += len(resolved)
            self.write(spec, resolved, 0)
        self.fix_later(spec)
        search_paused = spec.name == "activity" and self.load.figures_aside
        self.load.finish([spec.table.name] + [link.table.name for link in spec.links])
        if search_paused:  # ``searched`` has added every row written meanwhile
            self.add_searched()
            search_index.resume(self.conn)
        if self.step is not None and spec.name in self.announced:
            self.step(spec.name)

    # -- look-ups -------------------------------------------------------------------------
    def ids(self, table: str) -> dict[str, int]:
        if table not in self.maps:
            self.maps[table] = uuid_map(self.conn, BY_NAME[table].table, reverse=True)
        return self.maps[table]

    def reserve_ids(self, table, count: int) -> list[int] | range:
        """Ids for ``count`` new rows of ``table``, taken before they are inserted."""
        if self.dialect.name == "postgresql":
            # From the table's own sequence: another session inserting meanwhile takes
            # other numbers.
            # The sequence's name looked up once (OFFSET 0 keeps the planner from moving the
            # look-up into every row: 50,000 ids 110 → 13 ms).
            return [row[0] for row in self.conn.exec_driver_sql(
                "SELECT nextval(s.id) FROM (SELECT pg_get_serial_sequence(%s, 'id')::regclass "
                "AS id OFFSET 0) s, generate_series(1, %s)", (table.name, count))]
        # SQLite: this transaction holds the write lock (``Database.writer``).
        first = self.next_id.get(table.name)
        if first is None:
            first = (self.conn.exec_driver_sql(
                f"SELECT max(id) FROM {self.quote(table)}").scalar() or 0) + 1
        self.next_id[table.name] = first + count
        return range(first, first + count)

    def quote(self, table) -> str:
        return self.dialect.identifier_preparer.format_table(table)

    @property
    def marker(self) -> str:
        return "?" if self.dialect.paramstyle == "qmark" else "%s"

    # -- writing ----------------------------------------------------------------------------
    def write(self, spec: TableSpec, changes: list[Change], batch_size: int) -> None:
        if not self.wrote:
            self.wrote = True
            if self.before_first_write is not None:
                self.before_first_write()
        if spec.name not in self.announced:
            self.announced.add(spec.name)
            if self.progress:
                self.progress(TABLES.index(spec) + 1, len(TABLES) + 2,
                              _("Đang ghi {label}…").format(label=spec.label))
        shape = self.shapes.get(spec.name)
        if shape is None:
            shape = self.shapes[spec.name] = _Shape(spec, self.dialect)
        inserts = [c for c in changes if c.local_id is None]
        updates = [c for c in changes if c.local_id is not None]
        own: dict[str, int] = {}  # uuid → id of this batch's records
        if spec.name == "activity":
            self.set_figures_aside(len(changes), batch_size, updates)
        if inserts:
            ids = self.reserve_ids(spec.table, len(inserts))
            for change, new_id in zip(inserts, ids, strict=True):
                own[change.record["uuid"]] = new_id
            self.note_inserted(spec.name, inserts, ids)
            rows = self.rows(spec, shape, inserts, own)
            self.note_figure_units(spec, shape, rows)
            self.set_aside(spec.table, len(inserts), batch_size, spec.name)
            with self.load.copying(spec.table.name, shape.columns, rows):
                bulk.insert_rows(self.conn, spec.table, shape.columns, rows)
            self.searched(spec, [row[0] for row in rows], new=True)
            if spec.name in self.maps:
                self.maps[spec.name].update(own)
        if updates:
            for change in updates:
                own[change.record["uuid"]] = change.local_id
            rows = self.rows(spec, shape, updates, own)
            self.note_figure_units(spec, shape, rows)
            marker, quote = self.marker, self.dialect.identifier_preparer.quote
            sets = ", ".join(f"{quote(column)} = {marker}" for column in shape.columns[1:])
            updated = [row[0] for row in rows]
            if self.searched(spec, None):
                search_index.forget(self.conn, updated)  # their old words, while still there
            bulk.executemany(self.conn,
                             f"UPDATE {self.quote(spec.table)} SET {sets} WHERE id = {marker}",
                             [row[1:] + [row[0]] for row in rows])
            self.searched(spec, updated)
        self.write_links(spec, changes, own, batch_size)
        self.write_lineage(spec, changes)

    def note_inserted(self, table: str, inserts: list[Change], ids) -> None:
        count, versions, highest = self.inserted.get(table, (0, 0, 0))
        self.inserted[table] = [count + len(inserts),
                                versions + sum(c.record["version"] for c in inserts),
                                max(highest, max(ids))]

    def rows(self, spec: TableSpec, shape: _Shape, changes: list[Change],
             own: dict[str, int]) -> list[list]:
        maps = [self.ids(fk.target) for fk in spec.foreign_keys]
        content, identity, references = shape.content_values, shape.identity, shape.references
        search = bulk.search_text if shape.search else None
        converters = shape.converters
        get = dict.get
        rows = []
        for change in changes:
            record = change.record
            uuid, owner, version, by, deleted = identity(record)
            row = [own[uuid], uuid, owner, version, change.typed["changed_at"], by, deleted,
                   *content(change.typed), *map(get, maps, references(record))]
            if search is not None:  # (keyed already when read ahead: ``sync.read_ahead``)
                key = change.typed.get("search_text")
                row.append(search(record["title"], record["description"]) if key is None
                           else key)
            for index, convert in converters:
                value = row[index]
                if value is not None:
                    row[index] = convert(value)
            rows.append(row)
        if shape.self_references:
            self.note_later(spec, shape, changes)
        return rows

    def note_later(self, spec: TableSpec, shape: _Shape, changes: list[Change]) -> None:
        """References to a record of the same table not yet written (a unit's parent later
        in the file) were written as NULL: they are set once the table is done."""
        ids = self.ids(spec.name)
        for change in changes:
            record = change.record
            for key, column in shape.self_references:
                value = record[key]
                if value is not None and value not in ids:
                    self.later.append((spec.name, record["uuid"], column, value))

    def fix_later(self, spec: TableSpec) -> None:
        mine = [item for item in self.later if item[0] == spec.name]
        if not mine:
            return
        self.later = [item for item in self.later if item[0] != spec.name]
        self.maps.pop(spec.name, None)  # loaded again with every row of this import
        ids = self.ids(spec.name)
        marker = self.marker
        for _table, uuid, column, target in mine:
            self.conn.exec_driver_sql(
                f"UPDATE {self.quote(spec.table)} SET "
                f"{self.dialect.identifier_preparer.quote(column)} = {marker} WHERE id = {marker}",
                (ids.get(target), ids[uuid]))

    def set_aside(self, table, inserts: int, batch_size: int, spec_name: str) -> None:
        """Set a table's indexes aside for the rest of this import when it will receive
        at least as many rows as it holds (``bulk.worth_rebuilding``); estimated from the
        first batch that inserts into it."""
        if table.name in self.decided:
            return
        self.decided.add(table.name)
        expected = inserts if not batch_size else inserts * max(
            self.counts.get(spec_name, batch_size), batch_size) // batch_size
        if bulk.worth_rebuilding(self.conn, table, expected):
            self.load.set_indexes_aside(table.name)

    def set_figures_aside(self, changes: int, batch_size: int, updates: list[Change]) -> None:
        """Turn the figure triggers off for the rest of the activity table when it will
        receive at least ``FIGURES_ASIDE_FROM`` rows; while off, note the units the updated
        rows belonged to before this import (an update may move a row to another unit)."""
        if not self.load.figures_aside:
            expected = changes if not batch_size else changes * max(
                self.counts.get("activity", batch_size), batch_size) // batch_size
            if expected < FIGURES_ASIDE_FROM:
                return
            self.load.set_figures_aside()
            search_index.pause(self.conn)  # the word index too: ``searched`` adds the rows
        ids = [change.local_id for change in updates]
        marker = self.marker
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            self.load.add_units(unit for (unit,) in self.conn.exec_driver_sql(
                f"SELECT DISTINCT unit_id FROM activity WHERE id IN "
                f"({', '.join([marker] * len(chunk))})", tuple(chunk)))

    def searched(self, spec: TableSpec, ids: list[int] | None, *, new: bool = False) -> bool:
        """While the triggers are off, add the written activities to the word index
        (``ids``); True when they are off (then updates must ``forget`` first). New rows
        (consecutive ids) are added ``SEARCH_ADDS`` at a time (``add_searched``)."""
        paused = spec.name == "activity" and self.load.figures_aside
        if paused and ids:
            if not new:
                search_index.add(self.conn, ids)
                return paused
            self.unsearched += ids
            if len(self.unsearched) >= SEARCH_ADDS:
                self.add_searched()
        return paused

    def add_searched(self) -> None:
        if self.unsearched:
            search_index.add(self.conn, self.unsearched)
            self.unsearched = []

    def note_figure_units(self, spec: TableSpec, shape: _Shape, rows: list[list]) -> None:
        if self.load.figures_aside and spec.name == "activity":
            column = shape.columns.index("unit_id")
            self.load.add_units(row[column] for row in rows)

    def write_links(self, spec: TableSpec, changes: list[Change], own: dict[str, int],
                    batch_size: int) -> None:
        marker = self.marker
        updated = [c.local_id for c in changes if c.local_id is not None]
        for link in spec.links:
            quoted = self.dialect.identifier_preparer.quote(link.own_column)
            for start in range(0, len(updated), CHUNK):
                chunk = updated[start:start + CHUNK]
                self.conn.exec_driver_sql(
                    f"DELETE FROM {self.quote(link.table)} WHERE {quoted} IN "
                    f"({', '.join([marker] * len(chunk))})", tuple(chunk))
            targets = self.ids(link.target)
            rows = [[own[c.record["uuid"]], targets[value]]
                    for c in changes for value in dict.fromkeys(c.record.get(link.name) or ())]
            if rows:
                self.set_aside(link.table, len(rows), batch_size, spec.name)
                columns = [link.own_column, link.other_column]
                with self.load.copying(link.table.name, columns, rows):
                    bulk.insert_rows(self.conn, link.table, columns, rows)

    def write_lineage(self, spec: TableSpec, changes: list[Change]) -> None:
        """A record's own stamp needs no row; a row is kept when it knows more (the states
        it was built on) or when this unit may send it on ("since last"). The rows of the
        changed records that existed are replaced."""
        rows = [{"uuid": c.record["uuid"], "table_name": spec.name,
                 "stamps": lineage.render(c.vector), "received_at": self.now}
                for c in changes if len(c.vector) > 1
                or c.record["owner_unit_code"] == self.own_unit]
        if not rows:
            return
        known = [c.record["uuid"] for c in changes if c.local_id is not None]
        for start in range(0, len(known), CHUNK):
            self.conn.execute(LINEAGE.delete().where(
                LINEAGE.c.uuid.in_(known[start:start + CHUNK])))
        bulk.bulk_insert(self.conn, LINEAGE, rows)
