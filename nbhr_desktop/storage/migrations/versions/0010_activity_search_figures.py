"""activity search: PostgreSQL's narrow copy of the log for a search's totals

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 15:00:00

PostgreSQL only: ``activity_search_figures`` (id, the columns the filter bar tests, the
summed figures, the key's words as a tsvector), kept by triggers on ``activity`` and filled
here from the log (``storage/search_figures.py`` says why: a common word's totals read it
instead of the 368 MB log). SQLite: nothing (its FTS5 word index and ``ix_activity_by_id``
do the same job).

Derived data only: no record changes. Self-contained on purpose: the SQL below is this
revision's, whatever later code does (a test holds the live copy equal to it).
"""
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

CREATE = [
    'CREATE TABLE activity_search_figures (id integer PRIMARY KEY, deleted boolean NOT '
    'NULL, unit_id integer NOT NULL, start_date date NOT NULL, form_id integer, '
    'commune_id integer, task_id integer, funding_id integer, participants_total integer '
    'NOT NULL, participants_women integer NOT NULL, participants_ethnic integer NOT NULL,'
    ' products integer NOT NULL, broadcast_minutes integer NOT NULL, cost bigint NOT '
    'NULL, words tsvector NOT NULL)',
    'CREATE FUNCTION activity_search_figures_insert() RETURNS trigger LANGUAGE plpgsql AS'
    ' $$ BEGIN INSERT INTO activity_search_figures (id, deleted, unit_id, start_date, '
    'form_id, commune_id, task_id, funding_id, participants_total, participants_women, '
    'participants_ethnic, products, broadcast_minutes, cost, words) SELECT n.id, '
    'n.deleted, n.unit_id, n.start_date, n.form_id, n.commune_id, n.task_id, '
    'n.funding_id, n.participants_total, n.participants_women, n.participants_ethnic, '
    'n.products, n.broadcast_minutes, n.cost, '
    "array_to_tsvector(string_to_array(btrim(n.search_text), ' ')) FROM new_rows n; "
    'RETURN NULL; END $$',
    'CREATE FUNCTION activity_search_figures_change() RETURNS trigger LANGUAGE plpgsql AS'
    ' $$ BEGIN DELETE FROM activity_search_figures WHERE id = OLD.id; INSERT INTO '
    'activity_search_figures (id, deleted, unit_id, start_date, form_id, commune_id, '
    'task_id, funding_id, participants_total, participants_women, participants_ethnic, '
    'products, broadcast_minutes, cost, words) VALUES (NEW.id, NEW.deleted, NEW.unit_id, '
    'NEW.start_date, NEW.form_id, NEW.commune_id, NEW.task_id, NEW.funding_id, '
    'NEW.participants_total, NEW.participants_women, NEW.participants_ethnic, '
    'NEW.products, NEW.broadcast_minutes, NEW.cost, '
    "array_to_tsvector(string_to_array(btrim(NEW.search_text), ' '))); RETURN NULL; END "
    '$$',
    'CREATE FUNCTION activity_search_figures_forget() RETURNS trigger LANGUAGE plpgsql AS'
    ' $$ BEGIN DELETE FROM activity_search_figures f USING old_rows o WHERE f.id = o.id; '
    'RETURN NULL; END $$',
    'CREATE FUNCTION activity_search_figures_empty() RETURNS trigger LANGUAGE plpgsql AS '
    '$$ BEGIN TRUNCATE activity_search_figures; RETURN NULL; END $$',
    'CREATE TRIGGER activity_search_figures_insert AFTER INSERT ON activity REFERENCING '
    'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION '
    'activity_search_figures_insert()',
    'CREATE TRIGGER activity_search_figures_update AFTER UPDATE ON activity FOR EACH ROW '
    'WHEN ((OLD.id, OLD.search_text, OLD.deleted, OLD.unit_id, OLD.start_date, '
    'OLD.form_id, OLD.commune_id, OLD.task_id, OLD.funding_id, OLD.participants_total, '
    'OLD.participants_women, OLD.participants_ethnic, OLD.products, '
    'OLD.broadcast_minutes, OLD.cost) IS DISTINCT FROM (NEW.id, NEW.search_text, '
    'NEW.deleted, NEW.unit_id, NEW.start_date, NEW.form_id, NEW.commune_id, NEW.task_id, '
    'NEW.funding_id, NEW.participants_total, NEW.participants_women, '
    'NEW.participants_ethnic, NEW.products, NEW.broadcast_minutes, NEW.cost)) EXECUTE '
    'FUNCTION activity_search_figures_change()',
    'CREATE TRIGGER activity_search_figures_delete AFTER DELETE ON activity REFERENCING '
    'OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION '
    'activity_search_figures_forget()',
    'CREATE TRIGGER activity_search_figures_empty AFTER TRUNCATE ON activity FOR EACH '
    'STATEMENT EXECUTE FUNCTION activity_search_figures_empty()',
]
FILL = (
    'INSERT INTO activity_search_figures (id, deleted, unit_id, start_date, form_id, '
    'commune_id, task_id, funding_id, participants_total, participants_women, '
    'participants_ethnic, products, broadcast_minutes, cost, words) SELECT a.id, '
    'a.deleted, a.unit_id, a.start_date, a.form_id, a.commune_id, a.task_id, '
    'a.funding_id, a.participants_total, a.participants_women, a.participants_ethnic, '
    'a.products, a.broadcast_minutes, a.cost, '
    "array_to_tsvector(string_to_array(btrim(a.search_text), ' ')) FROM activity a")
DROP = [
    'DROP TRIGGER IF EXISTS activity_search_figures_insert ON activity',
    'DROP TRIGGER IF EXISTS activity_search_figures_update ON activity',
    'DROP TRIGGER IF EXISTS activity_search_figures_delete ON activity',
    'DROP TRIGGER IF EXISTS activity_search_figures_empty ON activity',
    'DROP FUNCTION IF EXISTS activity_search_figures_insert()',
    'DROP FUNCTION IF EXISTS activity_search_figures_change()',
    'DROP FUNCTION IF EXISTS activity_search_figures_forget()',
    'DROP FUNCTION IF EXISTS activity_search_figures_empty()',
    'DROP TABLE IF EXISTS activity_search_figures',
]


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for statement in CREATE:
        op.execute(statement)
    op.execute(FILL)
    op.execute('ANALYZE activity_search_figures')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for statement in DROP:
        op.execute(statement)
