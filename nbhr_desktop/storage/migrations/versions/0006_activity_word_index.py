"""activity search: a word index (SQLite FTS5); the order by cost

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 09:00:00

SQLite: ``activity_search``, an FTS5 index of ``activity.search_text`` kept by triggers
(``storage/search_index.py``), filled here from the log; ``ix_activity_by_id`` (the id with
the filter's columns and the summed figures) for a search's totals. An SQLite built
without FTS5 gets neither the index nor its triggers; search then reads the log.
PostgreSQL gets no search index: a GIN trigram index (``pg_trgm``) made searches 2-6x
faster at 100,000 activities but every bulk write several times slower (demo data of
100,000: 79 s instead of about 15 s; building it 11 s), see the report of issue 14.
Both: ``ix_activity_cost`` for the order by cost. Nothing existing changes.
"""
import sqlalchemy as sa
from alembic import op

from nbhr_desktop.storage import search_index

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

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


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.drop(connection)
    op.drop_index('ix_activity_cost', table_name='activity')
    op.drop_index('ix_activity_by_id', table_name='activity')
