"""A bulk load of activities (an import, demo data): what is set aside while the rows go in,
and the one place where the work after the load happens (``BulkLoad.finish``).

Row by row, SQLite keeps every secondary index of the activity tables (ten on ``activity``,
one holding the long search text) and the day-figure triggers (``storage.aggregates``) up to
date: together more than the insert itself. A load large enough to be worth it drops them,
writes, and then, still inside its one transaction:

1. builds the indexes again from their own stored SQL (one sort each instead of a B-tree
   update per row);
2. recounts the day figures of the units it wrote, and puts the triggers back. After the
   indexes on purpose: the recount then reads the narrow covering ``ix_activity_browse``
   instead of the wide table rows (40 % less time at 400,000 activities);
3. on PostgreSQL, refreshes the planner's statistics (``storage.bulk_upkeep``).

Anything else derived from the activity rows that a bulk load must bring up to date (a
search index…) belongs in ``finish``, after the indexes.

DDL is transactional in SQLite and PostgreSQL: if the load fails or the process dies, the
rollback restores indexes, triggers and figures with everything else (the transaction must
then not be committed, as a failed load's never is). Other writers wait for the
transaction (SQLite's single writer; PostgreSQL locks the table for the trigger DDL), so
none can write unseen.

PostgreSQL: setting the figure triggers aside (``DROP TRIGGER``) locks the three activity
tables ACCESS EXCLUSIVE until the load commits; from then on, and only then, dropping their
own plain indexes and the links' foreign keys to ``activity`` locks nobody out who was not
already (``_set_aside_postgresql``). A load that brings a table at least as many rows as it
holds does so, as SQLite's does: each index is then one sort after the COPY instead of a
B-tree (or GIN) update per row, and each link key one join instead of a check per link
(50,000 activities: the server's CPU for the COPYs and the rebuilds 4.5 → 3.2 s). The
foreign keys to other tables stay: dropping one would lock the table it points at (units,
catalogues, plan tasks) against every reader of every screen until the load commits. Their
per-row checks cost the COPYs about 1.3 s per 50,000 activities; where the role may, each
COPY of the locked tables runs without per-row triggers and its references are checked
once instead (``copying``, ``storage.pg_replica_copy``: no DDL).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext

from sqlalchemy import Connection

from nbhr_desktop.storage import aggregates, bulk_upkeep, search_figures
from nbhr_desktop.storage.pg_empty_load import BUILD_MEMORY
from nbhr_desktop.storage.pg_replica_copy import ReplicaCopies

ACTIVITY_TABLES = ("activity", "activity_theme", "activity_audience")
# An index whose condition is always false (one that exists for PostgreSQL only, e.g.
# ``ix_activity_recent``) holds no row and costs a load nothing; built again it would read
# the whole table for nothing (0.1 s at 300,000 activities): it is left as it is.
_NEVER_HOLDS = re.compile(r"\bWHERE\s+(0|false)\s*$", re.IGNORECASE)
# SQLite's sorter threads (``sorter_threads``: PRAGMA threads) build the indexes a fifth
# faster on an idle two-core PC (300,000 activities: 3.28 -> 2.64 s), for more CPU in all
# and about 70 MB more. An import asks for them: by then its reading process has ended
# (``sync.read_ahead``), so the second core is idle and that memory free. The demo does
# not: at 400,000 activities the 70 MB would pass its 400 MB bound.


class BulkLoad:
    """What one bulk load has set aside, in the load's transaction (``connection``)."""

    def __init__(self, connection: Connection, *, sorter_threads: int = 0):
        self.connection = connection
        self.sorter_threads = sorter_threads
        self.indexes: dict[str, list[tuple[str, str]]] = {}  # table → (name, SQL) dropped
        # PostgreSQL: table → (name, definition) of the foreign keys dropped from it
        self.keys: dict[str, list[tuple[str, str]]] = {}
        self.figures_aside = False
        self.figure_units: set[int] | None = set()  # None: every unit's
        self.replica = ReplicaCopies(connection, frozenset(ACTIVITY_TABLES))

    # -- setting aside ----------------------------------------------------------------------
    def set_indexes_aside(self, table: str) -> bool:
        """Drop ``table``'s secondary indexes (once per load); True if some were dropped.
        The caller decides whether the load is large enough for it. PostgreSQL: only an
        activity table, and only once the figure triggers are aside (it is locked then)."""
        if table in self.indexes:
            return bool(self.indexes.get(table))
        if self.connection.dialect.name == "postgresql":
            return self._set_aside_postgresql(table)
        if self.connection.dialect.name != "sqlite":
            return False
        found = [(name, sql) for name, sql in self.connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL", (table,))  # sql is NULL for UNIQUE/PK autoindexes
            if not _NEVER_HOLDS.search(sql)]
        quote = self.connection.dialect.identifier_preparer.quote
        for name, _sql in found:
            self.connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
        self.indexes[table] = [tuple(index) for index in found]
        return bool(found)

    def _set_aside_postgresql(self, table: str) -> bool:
        """The plain indexes of an activity table (not those backing a constraint, nor
        those whose condition never holds) and its foreign keys to ``activity``, whose
        rows this load writes: both tables are locked by the trigger DDL already. With
        ``activity``'s, the word index of its search copy: dropping it locks the copy,
        which only the search reads, and always after the log (``core.activities.
        search_paths`` takes the log's lock first too)."""
        if table not in ACTIVITY_TABLES or not self.figures_aside:
            return False
        indexes = [(name, sql) for name, sql in self.connection.exec_driver_sql(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
            "FROM pg_index i WHERE i.indrelid = %s::regclass AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
            "ORDER BY i.indexrelid", (table,)) if not _NEVER_HOLDS.search(sql)]
        keys = [tuple(row) for row in self.connection.exec_driver_sql(
            "SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE contype = 'f' AND conrelid = %s::regclass "
            "AND confrelid = 'activity'::regclass ORDER BY oid", (table,))]
        if table == "activity":
            # The search copy's word index too (``storage.search_figures``), whose rows the
            # load adds with the log's: built again by ``finish`` once the copy is filled.
            indexes += search_figures.indexes(self.connection)
        for name, _definition in keys:
            self.connection.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        for name, _sql in indexes:
            self.connection.exec_driver_sql(f"DROP INDEX {name}")
        self.indexes[table] = indexes
        self.keys[table] = keys
        self.replica.forget()  # its keys changed
        return bool(indexes or keys)

    def set_figures_aside(self, unit_ids: Iterable[int] | None = ()) -> None:
        """Turn the day-figure triggers off for the rest of the load; the figures of the
        units noted (``add_units``; ``None``: every unit) are recounted by ``finish``."""
        if not self.figures_aside:
            aggregates.drop_triggers(self.connection)
            self.figures_aside = True
        self.add_units(unit_ids)

    def add_units(self, unit_ids: Iterable[int] | None) -> None:
        """Units whose activities (or their links) the load writes or moves away from."""
        if unit_ids is None:
            self.figure_units = None
        elif self.figure_units is not None:
            self.figure_units.update(unit for unit in unit_ids if unit is not None)

    def copying(self, table: str, columns: Sequence[str], rows: Sequence[Sequence]
                ) -> AbstractContextManager[bool]:
        """Around the COPY of ``rows`` into ``table``: PostgreSQL, once the activity tables
        are locked (the figure triggers aside), without the per-row triggers where the
        role may (``storage.pg_replica_copy``); otherwise nothing."""
        if not self.figures_aside or self.connection.dialect.name != "postgresql":
            return nullcontext(False)
        return self.replica.copying(table, columns, rows)

    # -- after the load ---------------------------------------------------------------------
    def finish(self, tables: Iterable[str] | None = None) -> None:
        """Everything after a bulk load of ``tables`` (default: all it set aside): their
        indexes built again, then, once the activity table is done, its day figures."""
        names = list(self.indexes) if tables is None else list(tables)
        # Its indexes were set aside: the load brought at least as many rows as it held.
        grown = "activity" in names and bool(self.indexes.get("activity"))
        restore = [index for name in names for index in self.indexes.pop(name, [])]
        figures = self.figures_aside and (tables is None or "activity" in names)
        keys = [(name, key) for name in names for key in self.keys.pop(name, [])]
        if restore and self.connection.dialect.name == "postgresql":
            # The server's memory for building an index, as for an empty log's load.
            self.connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")
        # The sorter threads sort the day-figure recount's groups too (300,000 activities:
        # 2.0 -> 1.8 s).
        threads = self.sorter_threads if (restore or figures) and \
            self.connection.dialect.name == "sqlite" else 0
        if threads:
            self.connection.exec_driver_sql(f"PRAGMA threads = {int(threads)}")
        try:
            for _name, sql in restore:
                self.connection.exec_driver_sql(sql)
            for table, (name, definition) in keys:  # one join each, validating every row
                self.connection.exec_driver_sql(
                    f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
            self.replica.forget()
            if restore and self.connection.dialect.name == "postgresql":
                self.connection.exec_driver_sql("RESET maintenance_work_mem")
            if figures:
                aggregates.rebuild(self.connection, self.figure_units)
                aggregates.create_triggers(self.connection)
                bulk_upkeep.after_bulk_load(self.connection, grown)  # PostgreSQL's statistics
                self.figures_aside = False
                self.figure_units = set()
        finally:
            if threads:
                self.connection.exec_driver_sql("PRAGMA threads = 0")


@contextmanager
def bulk_load(connection: Connection, unit_ids: Iterable[int] | None) -> Iterator[BulkLoad]:
    """A load of activities of ``unit_ids`` (``None``: any unit; every unit whose activities
    or their links it writes): the activity tables' indexes and the figure triggers set
    aside throughout, and
    ``finish`` when the block ends without an error (an error leaves it to the rollback)."""
    load = BulkLoad(connection)
    for table in ACTIVITY_TABLES:
        load.set_indexes_aside(table)
    load.set_figures_aside(unit_ids)
    yield load
    load.finish()
