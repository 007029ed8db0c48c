"""units, agencies and texts by date; hand-over history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Schema: unit lineage (``admin_unit.successors``), validity of agencies and of catalogue
entries (which now also hold the texts printed on documents: legal bases, recipients,
addressees), and on the installation the catalogue version it was brought up to and the
units it served before a hand-over.

Data: TP Hoa Lư carried the app's provisional code "HL2025"; its official code is 374
(reused from huyện Hoa Lư, which ended on 31/12/2024). The unit keeps its UUID and every
record keeps its identity; only the code changes, in the unit and wherever it names the
owner of a record or a party to an exchange. Every installation makes the same change, so
versions are not raised (raising them would make each office's copy look like a new edit).

The new units, agencies and texts themselves are added when the workspace opens
(``core.catalogue_seed.refresh``), from the catalogue files of this release: the same code
that seeds a new installation, so an upgraded one ends up with the same records.
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

OLD_CODE = "HL2025"
NEW_CODE = "374"
# Frozen copy of core.catalogue_seed: seeded records' UUIDs are uuid5(NAMESPACE, "unit:<key>").
SEED_NAMESPACE = "6f1c2a8e-37a1-4e5b-9b0e-1079524f2022"
SYNCED_TABLES = ("admin_unit", "agency", "catalogue_item", "plan", "plan_section", "plan_task",
                 "task_target", "activity", "evidence_file", "results_report")


def upgrade() -> None:
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('successors', sa.JSON(), server_default='[]',
                                      nullable=False))
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.add_column(sa.Column('valid_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('valid_to', sa.Date(), nullable=True))
    with op.batch_alter_table('catalogue_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('valid_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('valid_to', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('scope', sa.String(length=40), server_default='',
                                      nullable=False))
    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('catalogue_version', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('history', sa.JSON(), server_default='[]',
                                      nullable=False))
    _recode_tp_hoa_lu()


def _recode_tp_hoa_lu() -> None:
    import uuid

    seeded = str(uuid.uuid5(uuid.UUID(SEED_NAMESPACE), f"unit:{OLD_CODE}"))
    bind = op.get_bind()
    unit = sa.table("admin_unit", sa.column("uuid"), sa.column("code"))
    bind.execute(unit.update().where(sa.or_(unit.c.uuid == seeded, unit.c.code == OLD_CODE))
                 .values(code=NEW_CODE))
    for name in SYNCED_TABLES:
        table = sa.table(name, sa.column("owner_unit_code"))
        bind.execute(table.update().where(table.c.owner_unit_code == OLD_CODE)
                     .values(owner_unit_code=NEW_CODE))
    for name, column in (("sync_pinned_key", "unit_code"),
                         ("sync_export_log", "recipient_unit_code"),
                         ("sync_import_log", "sender_unit_code")):
        table = sa.table(name, sa.column(column))
        bind.execute(table.update().where(table.c[column] == OLD_CODE)
                     .values({column: NEW_CODE}))


def downgrade() -> None:
    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.drop_column('history')
        batch_op.drop_column('catalogue_version')
    with op.batch_alter_table('catalogue_item', schema=None) as batch_op:
        batch_op.drop_column('scope')
        batch_op.drop_column('valid_to')
        batch_op.drop_column('valid_from')
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_column('valid_to')
        batch_op.drop_column('valid_from')
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.drop_column('successors')
