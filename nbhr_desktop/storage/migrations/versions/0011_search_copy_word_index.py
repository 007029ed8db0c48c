"""activity search: PostgreSQL's word index on the narrow copy of the log

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 19:00:00

PostgreSQL only: ``ix_activity_words`` (GIN over each key's words, an expression of
``activity.search_text``) is dropped, and ``activity_search_figures_words`` (GIN over the
copy's ``words``: the very same lexemes, stored) takes its place. Every write computed each
key's tsvector twice, once for the copy (revision 0010) and once for that index; a search
now reads a rarer word's rows from the copy's index (``storage/search_figures.py``,
``core/activities/search_paths.py``). SQLite: nothing (FTS5).

Indexes only: no data changes. Self-contained on purpose: the SQL below is this
revision's, whatever later code does (a test holds the live copy equal to it).
"""
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

INDEX = 'CREATE INDEX activity_search_figures_words ON activity_search_figures USING gin (words)'
OLD_INDEX = ("CREATE INDEX ix_activity_words ON activity USING gin "
             "((array_to_tsvector(string_to_array(btrim(search_text), ' '))))")
# A GIN index of 400,000 keys builds a third faster with more than the default 64 MB.
_MEMORY = "SET LOCAL maintenance_work_mem = '256MB'"


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('DROP INDEX IF EXISTS ix_activity_words')
    op.execute(_MEMORY)
    op.execute(INDEX)
    op.execute('RESET maintenance_work_mem')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('DROP INDEX IF EXISTS activity_search_figures_words')
    op.execute(_MEMORY)
    op.execute(OLD_INDEX)
    op.execute('RESET maintenance_work_mem')
