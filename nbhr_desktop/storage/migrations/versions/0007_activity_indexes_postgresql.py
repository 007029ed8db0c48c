"""activity indexes for PostgreSQL: the id in the browse index, newest first, title order

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 10:10:00

What SQLite's indexes give the activities screen, PostgreSQL's did not
(``storage/models/activity_indexes.py`` says why and what each saves):

- ``ix_activity_browse`` gets ``INCLUDE (id)`` on PostgreSQL (SQLite's holds the rowid);
- ``ix_activity_recent`` (date, id, and the filtered columns included): PostgreSQL only,
  empty on SQLite (``WHERE 0``);
- ``ix_activity_title`` (the first 100 characters of the folded text in byte order, id):
  PostgreSQL only, empty on SQLite, whose ``ix_activity_search`` holds the text whole;
- ``ix_activity_unit_start``, ``ix_activity_start_date`` and ``ix_activity_deleted``
  become empty on PostgreSQL (``WHERE false``): the indexes above serve their queries
  there, and each costs every bulk write.

Indexes only: no data changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_BROWSE = ['unit_id', 'deleted', 'start_date', 'form_id', 'commune_id', 'task_id',
           'funding_id', 'participants_total', 'participants_women', 'participants_ethnic',
           'products', 'broadcast_minutes', 'cost']
_FILTERED = ['unit_id', 'deleted', 'form_id', 'commune_id', 'task_id', 'funding_id']
_EMPTIED = {'ix_activity_unit_start': ['unit_id', 'deleted', 'start_date'],
            'ix_activity_start_date': ['start_date'], 'ix_activity_deleted': ['deleted']}


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_index('ix_activity_browse', table_name='activity')
        op.create_index('ix_activity_browse', 'activity', _BROWSE, unique=False,
                        postgresql_include=['id'])
        op.create_index('ix_activity_recent', 'activity', ['start_date', 'id'], unique=False,
                        postgresql_include=_FILTERED)
        op.create_index('ix_activity_title', 'activity',
                        [sa.text('substr(search_text COLLATE "C", 1, 100)'), 'id'],
                        unique=False)
        for name, columns in _EMPTIED.items():
            op.drop_index(name, table_name='activity')
            op.create_index(name, 'activity', columns, unique=False,
                            postgresql_where=sa.text('false'))
    else:
        op.create_index('ix_activity_recent', 'activity', ['start_date', 'id'], unique=False,
                        sqlite_where=sa.text('0'))
        op.create_index('ix_activity_title', 'activity', ['search_text', 'id'], unique=False,
                        sqlite_where=sa.text('0'))


def downgrade() -> None:
    op.drop_index('ix_activity_title', table_name='activity')
    op.drop_index('ix_activity_recent', table_name='activity')
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_index('ix_activity_browse', table_name='activity')
        op.create_index('ix_activity_browse', 'activity', _BROWSE, unique=False)
        for name, columns in _EMPTIED.items():
            op.drop_index(name, table_name='activity')
            op.create_index(name, 'activity', columns, unique=False)
