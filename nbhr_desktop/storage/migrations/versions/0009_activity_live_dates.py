"""activity index for SQLite: the undeleted activities by date, for pages deep in the list

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 13:40:00

``ix_activity_live_dates`` (start date, where not deleted): SQLite only, empty on
PostgreSQL (``WHERE false``), whose ``ix_activity_recent`` answers the same walk
(``storage/models/activity_indexes.py`` says what it saves).

Indexes only: no data changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.create_index('ix_activity_live_dates', 'activity', ['start_date'], unique=False,
                        postgresql_where=sa.text('false'))
    else:
        op.create_index('ix_activity_live_dates', 'activity', ['start_date'], unique=False,
                        sqlite_where=sa.text('+deleted = 0'))


def downgrade() -> None:
    op.drop_index('ix_activity_live_dates', table_name='activity')
