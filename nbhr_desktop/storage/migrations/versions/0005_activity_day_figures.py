"""activity figures per unit, day and item, kept by the database

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 14:00:00

``activity_day_figure`` (``storage/models/activity_figures.py``): the activity log's count
and sums per grouping (form, commune, task, funding, audience, theme), unit, day and item,
which the reports and the dashboard read instead of the whole log; triggers keep it equal
to the log (``storage/aggregates.py``). Existing databases get it filled from their log
here; nothing existing changes.
"""
import sqlalchemy as sa
from alembic import op

from nbhr_desktop.storage import aggregates

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'activity_day_figure',
        sa.Column('dimension', sa.String(length=8), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('activities', sa.Integer(), nullable=False),
        sa.Column('attendances', sa.BigInteger(), nullable=False),
        sa.Column('women', sa.BigInteger(), nullable=False),
        sa.Column('ethnic', sa.BigInteger(), nullable=False),
        sa.Column('products', sa.BigInteger(), nullable=False),
        sa.Column('minutes', sa.BigInteger(), nullable=False),
        sa.Column('cost', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('dimension', 'unit_id', 'day', 'item_id',
                                name='pk_activity_day_figure'),
        sqlite_with_rowid=False,
    )
    connection = op.get_bind()
    aggregates.create_triggers(connection)
    aggregates.rebuild(connection)  # the data already logged


def downgrade() -> None:
    aggregates.drop_triggers(op.get_bind())
    op.drop_table('activity_day_figure')
