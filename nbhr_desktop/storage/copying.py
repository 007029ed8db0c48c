"""Copying every table of one database into another of the same schema revision.

Used where the SQLite online backup API cannot help: a backup of a PostgreSQL database is
a portable SQLite file made by this copy, and restoring into PostgreSQL copies back the
other way. Both sides are *reflected* rather than taken from the models, so the copy
works at any schema revision (a backup made just before a migration is at the old one).
"""

from __future__ import annotations

from sqlalchemy import Connection, MetaData, Table, bindparam, func, select, text, update

from nbhr_desktop.storage import search_figures, search_index

# Tables the copy leaves alone: Alembic's own (each side already records its revision)
# and the marker a backup file carries.
SKIPPED_TABLES = {"alembic_version", "nbhr_backup_info"}
# Tables derived from the others, which the target remakes from what was copied (its own
# triggers also fire on every copied row, so copying them too would count twice).
# (``search_figures.TABLE``: PostgreSQL's copy for search totals, filled by its triggers as
# the activities come.)
DERIVED_TABLES = {"activity_day_figure", search_index.TABLE, *search_index.SHADOWS,
                  search_figures.TABLE}
BATCH_ROWS = 5000


def reflect(connection: Connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(bind=connection)
    return metadata


def copyable_tables(metadata: MetaData) -> list[Table]:
    """Tables in foreign-key order (parents first)."""
    return [t for t in metadata.sorted_tables
            if t.name not in SKIPPED_TABLES and t.name not in DERIVED_TABLES]


def _self_references(table: Table) -> list[str]:
    """Columns pointing at the same table (admin_unit.parent_id, plan.previous_revision_id)."""
    return [
        fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name
    ]


def copy_all(source: Connection, target: Connection) -> dict[str, int]:
    """Copy every row of every table from ``source`` into the empty tables of ``target``.

    Self-references are inserted as NULL and filled in afterwards, because PostgreSQL
    checks each foreign key as soon as a row is inserted and a parent may come later in
    the table. Returns the number of rows copied per table.
    """
    source_meta = reflect(source)
    target_meta = reflect(target)
    counts: dict[str, int] = {}
    for target_table in copyable_tables(target_meta):
        source_table = source_meta.tables.get(target_table.name)
        if source_table is None:
            counts[target_table.name] = 0
            continue
        columns = [c.name for c in target_table.columns if c.name in source_table.columns]
        deferred = [c for c in _self_references(target_table) if c in columns]
        pending: list[dict] = []
        copied = 0
        result = source.execution_options(yield_per=BATCH_ROWS).execute(
            select(*[source_table.c[name] for name in columns])
        )
        for chunk in result.partitions(BATCH_ROWS):
            rows = [dict(row._mapping) for row in chunk]
            for row in rows:
                if any(row.get(c) is not None for c in deferred):
                    pending.append({"_id": row["id"], **{f"_v_{c}": row[c] for c in deferred}})
                    for c in deferred:
                        row[c] = None
            target.execute(target_table.insert(), rows)
            copied += len(rows)
        if pending:
            statement = update(target_table).where(target_table.c.id == bindparam("_id")).values(
                {c: bindparam(f"_v_{c}") for c in deferred}
            )
            target.execute(statement, pending)
        counts[target_table.name] = copied
    if "activity_day_figure" in target_meta.tables:
        from nbhr_desktop.storage import aggregates

        aggregates.rebuild(target)  # exact, and without the rows the emptying left at zero
    search_index.rebuild(target)  # its triggers filled it as the rows came; made anew
    return counts


def delete_all(connection: Connection) -> None:
    """Empty every table (children first), keeping the schema."""
    for table in reversed(copyable_tables(reflect(connection))):
        connection.execute(table.delete())


def reset_sequences(connection: Connection) -> None:
    """PostgreSQL: move each ``id`` sequence past the copied ids so new rows don't collide."""
    if connection.dialect.name != "postgresql":
        return
    for table in copyable_tables(reflect(connection)):
        if "id" not in table.columns:
            continue
        sequence = connection.execute(
            select(func.pg_get_serial_sequence(table.name, "id"))
        ).scalar()
        if not sequence:
            continue
        highest = connection.execute(select(func.max(table.c.id))).scalar()
        connection.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": highest or 1, "called": highest is not None},
        )
