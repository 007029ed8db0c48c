"""province consolidation: due dates and plan templates sent down; what each file covered

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 12:00:00

- ``report_deadline`` and ``plan_template``: province-owned records that travel down to the
  units with the catalogues (new tables, so nothing existing changes).
- ``sync_import_log``: the sender's key code, when the file was made, the report period of
  a report workbook and the last day a file's data covers, for the province's submission
  tracking. Earlier log lines keep everything they had; their key code is taken from the
  summary they already stored (``counts["sender_fingerprint"]``), the rest stays unknown.
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_SYNCED = (
    ('id', sa.Integer(), False), ('uuid', sa.String(length=36), False),
    ('owner_unit_code', sa.String(length=16), False), ('version', sa.Integer(), False),
    ('changed_at', sa.DateTime(), False), ('changed_by', sa.String(length=36), False),
    ('deleted', sa.Boolean(), False),
)


def _synced_table(name: str, *columns, indexed: str) -> None:
    op.create_table(
        name, *columns,
        *(sa.Column(column, kind, nullable=nullable) for column, kind, nullable in _SYNCED),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{name}')),
        sa.UniqueConstraint('uuid', name=op.f(f'uq_{name}_uuid')))
    with op.batch_alter_table(name, schema=None) as batch_op:
        for column in ('deleted', 'owner_unit_code', indexed):
            batch_op.create_index(batch_op.f(f'ix_{name}_{column}'), [column], unique=False)


def upgrade() -> None:
    _synced_table('report_deadline',
                  sa.Column('period_key', sa.String(length=40), nullable=False),
                  sa.Column('due_date', sa.Date(), nullable=False),
                  sa.Column('note', sa.Text(), nullable=False), indexed='period_key')
    _synced_table('plan_template',
                  sa.Column('year', sa.Integer(), nullable=False),
                  sa.Column('name', sa.String(length=200), nullable=False),
                  sa.Column('data', sa.JSON(), nullable=False), indexed='year')
    with op.batch_alter_table('sync_import_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sender_fingerprint', sa.String(length=32),
                                      server_default='', nullable=False))
        batch_op.add_column(sa.Column('file_created_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('period_key', sa.String(length=40), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('data_until', sa.Date(), nullable=True))
    log = sa.table('sync_import_log', sa.column('id', sa.Integer),
                   sa.column('counts', sa.JSON), sa.column('sender_fingerprint', sa.String))
    connection = op.get_bind()
    for row in connection.execute(sa.select(log.c.id, log.c.counts)).all():
        code = (row.counts or {}).get('sender_fingerprint') if isinstance(row.counts, dict) \
            else None
        if isinstance(code, str) and code:
            connection.execute(log.update().where(log.c.id == row.id)
                               .values(sender_fingerprint=code[:32]))


def downgrade() -> None:
    with op.batch_alter_table('sync_import_log', schema=None) as batch_op:
        batch_op.drop_column('data_until')
        batch_op.drop_column('period_key')
        batch_op.drop_column('file_created_at')
        batch_op.drop_column('sender_fingerprint')
    for name, indexed in (('plan_template', 'year'), ('report_deadline', 'period_key')):
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column in (indexed, 'owner_unit_code', 'deleted'):
                batch_op.drop_index(batch_op.f(f'ix_{name}_{column}'))
        op.drop_table(name)
