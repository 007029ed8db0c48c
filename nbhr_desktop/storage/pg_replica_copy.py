"""PostgreSQL: a bulk load's COPY into an activity table without the server's per-row
triggers, when the connected role may set ``session_replication_role``; what those triggers
do is then done once per COPY, by this module.

Each activity a COPY writes fires six foreign-key checks (unit, commune, form, funding,
task, lead agency) and each theme or audience link one or two: per row, a trigger queued,
an SPI query, a row lock on the catalogue item (50,000 activities: about 1.0 s of the
server's 1.7 s COPY of ``activity``, and most of the 0.7 s of the links'). Dropping the keys
would lock the tables they point at against every reader until the load commits (see
``storage.bulk_load``); ``session_replication_role = replica`` (``SET LOCAL``: this
transaction only) skips the checks without any DDL. It skips every ordinary trigger too,
so it is used only when each trigger it would skip is one this module stands in for:

- the foreign keys (internal triggers): the distinct values of each key column among the
  rows sent (a few hundred: units, catalogue items…) are looked up once, with the same row
  lock the checks take (``FOR KEY SHARE``: a catalogue item in use cannot be deleted
  before the load commits). A value that is not there fails the load with the error the
  server's check raises (``ForeignKeyViolation``), before anything is committed. Keys to
  ``activity`` itself need no lock: the load holds the activity tables exclusively;
- the search copy's insert trigger (``storage.search_figures``): its rows added by one
  statement from the rows just written.

Any other trigger that an insert would fire (one added later, one set to fire on a
replica only), an internal trigger that is not a foreign key's, a key of several columns
or a key column the COPY does not send: the table is loaded as before, with its triggers.
So is every table when the role may not set the parameter (PostgreSQL 15: a superuser, or
``GRANT SET ON PARAMETER session_replication_role TO role``): the refused ``SET`` is
undone by a savepoint and not tried again during the load. The setting is put back after
each COPY, so nothing else of the load (updates, the links' deletes, the index builds)
runs without its triggers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from nbhr_desktop.storage import search_figures

# Ordinary triggers on an insert that a COPY without triggers makes up for (trigger name →
# what it would have done for the rows written, given their ids).
STOOD_IN: dict[str, Callable[[Connection, list[int]], None]] = {
    search_figures.TRIGGERS[0]: search_figures.add,
}
INSERT = 4  # pg_trigger.tgtype: fires on INSERT (TRIGGER_TYPE_INSERT)
_SAVEPOINT = "nbhr_replication_role"


@dataclass(frozen=True)
class _Key:
    """A one-column foreign key; ``target`` and ``target_column`` as SQL names."""

    name: str
    column: str
    target: str
    target_column: str


@dataclass(frozen=True)
class _Plan:
    """How one table's COPY may go without triggers: its keys to check, the triggers to
    stand in for (``ReplicaCopies._plan`` gives ``None`` when it may not)."""

    keys: tuple[_Key, ...]
    stood_in: tuple[str, ...]


class ReplicaCopies:
    """COPYs of one bulk load (its transaction) without per-row triggers, where allowed.
    ``locked``: the activity tables are held exclusively by this load."""

    def __init__(self, connection: Connection, locked: frozenset[str]):
        self.connection = connection
        self.locked = locked
        self.allowed: bool | None = None  # the role may set the parameter (None: not tried)
        self.previous: str | None = None  # the setting before ``_replica`` changed it
        # A load sends a table many COPYs alike: its plan is read once (until ``forget``:
        # the load changes the tables' keys or triggers), and a key value found once is
        # not looked up again (its row stays locked until the load commits).
        self.plans: dict[tuple[str, tuple[str, ...]], _Plan | None] = {}
        self.found: dict[tuple[str, str], set] = {}

    def forget(self) -> None:
        """The load changed the activity tables' keys or triggers: plan again."""
        self.plans.clear()

    @contextmanager
    def copying(self, table: str, columns: Sequence[str], rows: Sequence[Sequence]
                ) -> Iterator[bool]:
        """Around one COPY of ``rows`` (values in ``columns`` order, the first the table's
        own id or, for a link, the activity's) into ``table``: yields whether the COPY
        runs without triggers; afterwards their work is done and the keys are checked."""
        plan = None if self.allowed is False or not rows else self._planned(table, columns)
        if plan is None or not self._replica():
            yield False
            return
        before = self.previous
        yield True
        self.connection.exec_driver_sql(f"SET LOCAL session_replication_role = {before}")
        for key in plan.keys:
            self._check(table, key, list(columns).index(key.column), rows)
        if plan.stood_in:
            ids = list(dict.fromkeys(row[0] for row in rows))
            for name in plan.stood_in:
                STOOD_IN[name](self.connection, ids)

    def _replica(self) -> bool:
        """``SET LOCAL session_replication_role = replica`` if the role may (once refused,
        not tried again in this load)."""
        if self.allowed is False:
            return False
        run = self.connection.exec_driver_sql
        if self.allowed:  # allowed once in this transaction: allowed again
            run("SET LOCAL session_replication_role = replica")
            return True
        self.previous = run("SHOW session_replication_role").scalar()
        run(f"SAVEPOINT {_SAVEPOINT}")
        try:
            run("SET LOCAL session_replication_role = replica")
        except DBAPIError:  # permission denied: undo the failed statement only
            run(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
            run(f"RELEASE SAVEPOINT {_SAVEPOINT}")
            self.allowed = False
            return False
        run(f"RELEASE SAVEPOINT {_SAVEPOINT}")  # keeps the setting, till the COPY is done
        self.allowed = True
        return True

    def _planned(self, table: str, columns: Sequence[str]) -> _Plan | None:
        key = (table, tuple(columns))
        if key not in self.plans:
            self.plans[key] = self._plan(table, columns)
        return self.plans[key]

    def _plan(self, table: str, columns: Sequence[str]) -> _Plan | None:
        if self.connection.dialect.name != "postgresql" or table not in self.locked:
            return None
        triggers = self.connection.exec_driver_sql(
            "SELECT t.tgname, t.tgisinternal, t.tgenabled, c.contype FROM pg_trigger t "
            "LEFT JOIN pg_constraint c ON c.oid = t.tgconstraint "
            "WHERE t.tgrelid = %s::regclass AND t.tgtype & %s <> 0 "
            "AND t.tgenabled IN ('O', 'R')", (table, INSERT)).all()
        stood_in = []
        for name, internal, enabled, kind in triggers:
            if enabled == "R":
                return None  # would fire only in replica mode
            if internal and kind == "f":
                continue  # a foreign key's check: done by ``_check``
            if internal or name not in STOOD_IN:
                return None
            stood_in.append(name)
        keys = []
        for name, attributes, target, target_columns in self.connection.exec_driver_sql(
                "SELECT c.conname, array(SELECT a.attname::text FROM unnest(c.conkey) k "
                "  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k), "
                "c.confrelid::regclass::text, array(SELECT quote_ident(a.attname) FROM "
                "  unnest(c.confkey) k JOIN pg_attribute a ON a.attrelid = c.confrelid "
                "  AND a.attnum = k) "
                "FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = %s::regclass "
                "ORDER BY c.oid", (table,)):
            if len(attributes) != 1 or attributes[0] not in columns:
                return None
            keys.append(_Key(name, attributes[0], target, target_columns[0]))
        return _Plan(tuple(keys), tuple(stood_in))

    def _check(self, table: str, key: _Key, index: int, rows: Sequence[Sequence]) -> None:
        """Every value of ``key`` among ``rows`` is in the table it points at (locked
        ``FOR KEY SHARE`` as the server's own check locks it), or the load fails."""
        known = self.found.setdefault((key.target, key.target_column), set())
        values = {row[index] for row in rows}
        values.discard(None)
        values -= known
        if not values:
            return
        lock = "" if key.target in self.locked else " FOR KEY SHARE"
        found = {value for (value,) in self.connection.exec_driver_sql(
            f"SELECT {key.target_column} FROM {key.target} "
            f"WHERE {key.target_column} = ANY(%s){lock}", (sorted(values),))}
        missing = values - found
        if missing:
            raise _violation(table, key, min(missing))
        if key.target not in self.locked:  # (rows of the load's own tables may go again)
            known |= found


def _violation(table: str, key: _Key, value) -> Exception:
    """The error PostgreSQL's own check raises, worded as it words it."""
    from psycopg.errors import ForeignKeyViolation  # the PostgreSQL driver, present here

    return ForeignKeyViolation(
        f'insert or update on table "{table}" violates foreign key constraint "{key.name}"\n'
        f'DETAIL:  Key ({key.column})=({value}) is not present in table "{key.target}".')
