"""exchange integrity: workbook row provenance on activities, key fingerprints on pins

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-29 09:00:00

- ``activity.entry_saved_at`` / ``entry_row_hash``: which save of a data-entry workbook the
  activity's content came from, so an older copy of the workbook never reverts a newer
  correction. Existing activities keep NULL (nothing known about their workbook).
- ``sync_pinned_key.fingerprint``: a unit's key may be registered from its short code
  before its first file arrives. Existing pins get the fingerprint of their key.
"""
import hashlib

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def _fingerprint(public_key: str) -> str:
    # The same digest as nbhr_desktop.sync.keys.fingerprint, frozen here as of this revision.
    return hashlib.sha256(public_key.encode("ascii")).hexdigest().upper()[:24]


def upgrade() -> None:
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entry_saved_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('entry_row_hash', sa.String(length=64), nullable=True))
    with op.batch_alter_table('sync_pinned_key', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fingerprint', sa.String(length=32), nullable=False,
                                      server_default=''))
    pins = sa.table('sync_pinned_key', sa.column('id', sa.Integer),
                    sa.column('public_key', sa.String), sa.column('fingerprint', sa.String))
    connection = op.get_bind()
    for row in connection.execute(sa.select(pins.c.id, pins.c.public_key)).all():
        if row.public_key:
            connection.execute(pins.update().where(pins.c.id == row.id)
                               .values(fingerprint=_fingerprint(row.public_key)))


def downgrade() -> None:
    with op.batch_alter_table('sync_pinned_key', schema=None) as batch_op:
        batch_op.drop_column('fingerprint')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_column('entry_row_hash')
        batch_op.drop_column('entry_saved_at')
