"""PostgreSQL's indexes and constraints by name and definition, to compare before and after a
bulk load that sets some aside."""

from __future__ import annotations

SCHEMA = (
    "SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
    "UNION ALL SELECT 'constraint', conname, pg_get_constraintdef(oid) || "
    "CASE WHEN convalidated THEN '' ELSE ' NOT VALID' END FROM pg_constraint "
    "WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2")


def schema(workspace) -> list[tuple]:
    with workspace.db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(SCHEMA)]
