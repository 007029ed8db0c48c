"""activity search: a word index (SQLite FTS5) or a trigram index (PostgreSQL)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 09:00:00

SQLite: ``activity_search``, an FTS5 index of ``activity.search_text`` kept by triggers
(``storage/search_index.py``), filled here from the log; ``ix_activity_by_id`` (the id with
the filter's columns and the summed figures) for a search's totals. An SQLite built
without FTS5 gets neither the index nor its triggers; search then reads the log.
PostgreSQL: ``ix_activity_search_trgm``, a GIN trigram index of ``search_text`` when the
``pg_trgm`` extension is installed or may be (it is a trusted extension: the database's
owner may create it); when the server refuses, no index, and search reads the table.
Both: ``ix_activity_cost`` for the order by cost. Nothing existing changes.
"""
import sqlalchemy as sa
from alembic import op

from nbhr_desktop.storage import search_index

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TRIGRAM_INDEX = "ix_activity_search_trgm"


def upgrade() -> None:
    connection = op.get_bind()
    op.create_index('ix_activity_by_id', 'activity', [
        'id', 'deleted', 'unit_id', 'start_date', 'form_id', 'commune_id', 'task_id',
        'funding_id', 'participants_total', 'participants_women', 'participants_ethnic',
        'products', 'broadcast_minutes', 'cost'], unique=False,
        postgresql_where=sa.text('false'))
    op.create_index('ix_activity_cost', 'activity', ['cost', 'id'], unique=False)
    if connection.dialect.name == "sqlite":
        search_index.create(connection)
    elif connection.dialect.name == "postgresql":
        trigram_index(connection)


def trigram_index(connection) -> bool:
    """The trigram index, if pg_trgm is there or may be installed (in a savepoint each:
    a refusal must not abort the migration)."""
    found = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n " \
            "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
    schema = connection.exec_driver_sql(found).scalar()
    try:
        with connection.begin_nested():
            if schema is None:
                connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                schema = connection.exec_driver_sql(found).scalar()
            connection.exec_driver_sql(
                f'CREATE INDEX {TRIGRAM_INDEX} ON activity USING gin '
                f'(search_text "{schema}".gin_trgm_ops)')
    except sa.exc.DBAPIError:
        return False  # not allowed here: search works, by reading the table
    return True


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.drop(connection)
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    op.drop_index('ix_activity_cost', table_name='activity')
    op.drop_index('ix_activity_by_id', table_name='activity')
