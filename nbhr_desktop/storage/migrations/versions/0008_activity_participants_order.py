"""activity index for PostgreSQL: the order by participants, walked

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 12:20:00

``ix_activity_participants`` (participants, id, and the filtered columns included):
PostgreSQL only, empty on SQLite (``WHERE 0``), as ``ix_activity_recent`` in 0007
(``storage/models/activity_indexes.py`` says what it saves).

Indexes only: no data changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_FILTERED = ['unit_id', 'deleted', 'form_id', 'commune_id', 'task_id', 'funding_id']


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.create_index('ix_activity_participants', 'activity', ['participants_total', 'id'],
                        unique=False, postgresql_include=_FILTERED)
    else:
        op.create_index('ix_activity_participants', 'activity', ['participants_total', 'id'],
                        unique=False, sqlite_where=sa.text('0'))


def downgrade() -> None:
    op.drop_index('ix_activity_participants', table_name='activity')
