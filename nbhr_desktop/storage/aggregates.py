"""Keeping ``activity_day_figure`` equal to the activity log: triggers, and a rebuild.

Triggers rather than code in each writer: activities are written by the activity dialog,
bulk edits, package and workbook imports, demo data, a hand-over and a restore; the
database applies the same few lines to every one of them, on SQLite and PostgreSQL alike.

- an activity inserted, updated (only the columns that count) or deleted: its old figures
  leave its old (unit, day, item) rows and its new figures join the new ones, for each
  grouping; a tombstone (``deleted``) counts nowhere;
- an audience or theme linked or unlinked: the activity moves between that item and "none"
  (item 0, which holds the activities with no audience, or no theme).

A hard delete subtracts BEFORE the row goes, while its links are still there (their cascade
comes afterwards and finds no activity, so it changes nothing). Rows whose count falls to
zero are left in place (they sum to nothing); readers skip them and a rebuild drops them.

``rebuild(connection)`` recomputes the whole table from the log with one INSERT … SELECT per
grouping (the migration that adds the table, ``self-test --repair``, after a restore).

The triggers cost a bulk load about as much again as the insert itself (demo data of
100,000 activities: 6.4 s → 12.0 s). Such loads (imports, demo data) remove them, write,
then recompute the figures of the units they wrote and put the triggers back, all inside
one transaction (``storage.bulk_load``).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from nbhr_desktop.storage.activity_fields import FIGURES, FigureField
from nbhr_desktop.storage.models.activity_figures import DIMENSIONS, LINK_DIMENSIONS

TABLE = "activity_day_figure"
KEY = "dimension, unit_id, day, item_id"


class _Sums:
    """The summed columns a statement names: the count and each figure's sum, and the
    activity columns they come from, in ``storage.activity_fields`` order."""

    def __init__(self, figures: tuple[FigureField, ...]) -> None:
        self.sums = ("activities", *(f.total for f in figures))
        self.sources = tuple(f.name for f in figures)
        # An update of any other column (title, description, sync bookkeeping…) changes
        # no figure.
        self.counted = ("unit_id", "deleted", "start_date", *DIMENSIONS.values(),
                        *self.sources)


def _present(connection: Connection) -> _Sums:
    """The figures the table has a column for. All of them, except while a migration older
    than a figure runs: revision 0005 made the table (and calls ``create_triggers`` and
    ``rebuild``) before any later figure existed, and must still work when upgrading."""
    columns = set(connection.execute(text(f"SELECT * FROM {TABLE} WHERE 1 = 0")).keys())
    return _Sums(tuple(f for f in FIGURES if f.total in columns))


def _upsert(sums: _Sums, select_sql: str) -> str:
    """Add the rows of ``select_sql`` (dimension, unit, day, item, sums) into the table."""
    adds = ", ".join(f"{c} = {TABLE}.{c} + excluded.{c}" for c in sums.sums)
    # "WHERE true": SQLite needs it to tell the SELECT's end from the ON CONFLICT clause.
    return (f"INSERT INTO {TABLE} ({KEY}, {', '.join(sums.sums)}) SELECT * FROM "
            f"({select_sql}) AS figures WHERE true ON CONFLICT ({KEY}) DO UPDATE SET {adds}")


def _values(sums: _Sums, row: str, sign: int) -> str:
    """The count and sums of one activity row (``NEW``/``OLD``/``a``) with a sign."""
    values = [f"{sign}"] + [f"{sign} * COALESCE({row}.{c}, 0)" for c in sums.sources]
    return ", ".join(values)


def _activity_statements(sums: _Sums, row: str, sign: int) -> list[str]:
    """Statements adding (``sign`` 1) or removing (-1) one activity row everywhere."""
    statements = []
    values = _values(sums, row, sign)
    for dimension, column in DIMENSIONS.items():
        statements.append(_upsert(
            sums, f"SELECT '{dimension}', {row}.unit_id, {row}.start_date, "
            f"COALESCE({row}.{column}, 0), {values}"))
    for dimension, link in LINK_DIMENSIONS.items():
        statements.append(_upsert(
            sums, f"SELECT '{dimension}', {row}.unit_id, {row}.start_date, l.item_id, "
            f"{values} FROM {link} AS l WHERE l.activity_id = {row}.id "
            f"UNION ALL SELECT '{dimension}', {row}.unit_id, {row}.start_date, 0, "
            f"{values} WHERE NOT EXISTS "
            f"(SELECT 1 FROM {link} AS l WHERE l.activity_id = {row}.id)"))
    return statements


def _link_statements(sums: _Sums, dimension: str, link: str, row: str, sign: int
                     ) -> list[str]:
    """A link row added (``sign`` 1) or removed (-1): the activity joins or leaves the item,
    and leaves or joins "none" when it is its first or was its last link."""
    live = f"a.id = {row}.activity_id AND NOT a.deleted"
    none_case = (f"NOT EXISTS (SELECT 1 FROM {link} AS l WHERE l.activity_id = {row}.activity_id"
                 f" AND l.item_id <> {row}.item_id)")
    return [
        _upsert(sums, f"SELECT '{dimension}', a.unit_id, a.start_date, {row}.item_id, "
                f"{_values(sums, 'a', sign)} FROM activity AS a WHERE {live}"),
        _upsert(sums, f"SELECT '{dimension}', a.unit_id, a.start_date, 0, "
                f"{_values(sums, 'a', -sign)} FROM activity AS a WHERE {live} AND {none_case}"),
    ]


def _triggers(sums: _Sums) -> list[tuple[str, str, str, str, str | None, list[str]]]:
    """(name, timing, event, table, condition, statements) of every trigger."""
    columns = ", ".join(sums.counted)
    triggers = [
        ("adf_activity_insert", "AFTER", "INSERT", "activity", "NOT NEW.deleted",
         _activity_statements(sums, "NEW", 1)),
        ("adf_activity_update_old", "BEFORE", f"UPDATE OF {columns}", "activity",
         "NOT OLD.deleted", _activity_statements(sums, "OLD", -1)),
        ("adf_activity_update_new", "AFTER", f"UPDATE OF {columns}", "activity",
         "NOT NEW.deleted", _activity_statements(sums, "NEW", 1)),
        ("adf_activity_delete", "BEFORE", "DELETE", "activity", "NOT OLD.deleted",
         _activity_statements(sums, "OLD", -1)),
    ]
    for dimension, link in LINK_DIMENSIONS.items():
        triggers.append((f"adf_{link}_insert", "AFTER", "INSERT", link, None,
                         _link_statements(sums, dimension, link, "NEW", 1)))
        triggers.append((f"adf_{link}_delete", "AFTER", "DELETE", link, None,
                         _link_statements(sums, dimension, link, "OLD", -1)))
    return triggers


def create_triggers(connection: Connection) -> None:
    postgres = connection.dialect.name == "postgresql"
    for name, timing, event, table, condition, statements in _triggers(_present(connection)):
        body = ";\n".join(statements) + ";"
        when = f" WHEN ({condition})" if condition else ""
        if postgres:
            # OR REPLACE: a first run that was given up drops its tables (and their
            # triggers) but leaves the functions behind.
            returned = "OLD" if event == "DELETE" else "NEW"
            connection.execute(text(
                f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN\n{body}\nRETURN {returned}; END $$"))
            connection.execute(text(
                f"CREATE TRIGGER {name} {timing} {event} ON {table} FOR EACH ROW{when} "
                f"EXECUTE FUNCTION {name}()"))
        else:
            connection.execute(text(
                f"CREATE TRIGGER {name} {timing} {event} ON {table} FOR EACH ROW{when} "
                f"BEGIN\n{body}\nEND"))


def drop_triggers(connection: Connection) -> None:
    postgres = connection.dialect.name == "postgresql"
    # Names and tables only: the statements (and so the figures) do not matter here.
    for name, _timing, _event, table, _condition, _statements in _triggers(_Sums(())):
        if postgres:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))
        else:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def _grouped(sums: _Sums, dimension: str, item: str, join: str = "", units: str = "") -> str:
    """The rows of one grouping, counted from the log."""
    added = ", ".join(["COUNT(*)"] + [f"SUM(COALESCE(a.{c}, 0))" for c in sums.sources])
    return (f"SELECT '{dimension}', a.unit_id, a.start_date, {item}, {added} "
            f"FROM activity AS a {join} WHERE NOT a.deleted{units} "
            f"GROUP BY a.unit_id, a.start_date, {item}")


def _from_log(sums: _Sums, units: str = "") -> list[str]:
    selects = [_grouped(sums, dimension, f"COALESCE(a.{column}, 0)", units=units)
               for dimension, column in DIMENSIONS.items()]
    selects += [_grouped(sums, dimension, "COALESCE(l.item_id, 0)",
                         f"LEFT JOIN {link} AS l ON l.activity_id = a.id", units)
                for dimension, link in LINK_DIMENSIONS.items()]
    return selects


def rebuild(connection: Connection, unit_ids=None) -> None:
    """Recompute the rows from the activity log (in the caller's transaction): every unit's,
    or those of ``unit_ids`` only."""
    where = units = ""
    if unit_ids is not None:
        listed = ", ".join(str(int(i)) for i in sorted(set(unit_ids))) or "NULL"
        where, units = f" WHERE unit_id IN ({listed})", f" AND a.unit_id IN ({listed})"
    sums = _present(connection)
    connection.execute(text(f"DELETE FROM {TABLE}{where}"))
    for select_sql in _from_log(sums, units):
        connection.execute(text(
            f"INSERT INTO {TABLE} ({KEY}, {', '.join(sums.sums)}) {select_sql}"))


def differences(connection: Connection) -> int:
    """How many (grouping, unit, day, item) rows differ from the log (0: in agreement)."""
    sums = _present(connection)
    stored = f"SELECT * FROM (SELECT {KEY}, {', '.join(sums.sums)} FROM {TABLE} " \
             f"WHERE activities <> 0) AS s"
    log = "SELECT * FROM (" + " UNION ALL ".join(_from_log(sums)) + ") AS f"
    count = 0
    for left, right in ((stored, log), (log, stored)):
        count += int(connection.execute(text(
            f"SELECT COUNT(*) FROM ({left} EXCEPT {right}) AS d")).scalar() or 0)
    return count
