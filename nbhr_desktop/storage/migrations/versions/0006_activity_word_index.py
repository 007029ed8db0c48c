"""activity search: keys of whole words, a word index (SQLite FTS5); the order by cost

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 09:00:00

- ``activity.search_text`` becomes the folded words of title and description, each between
  single spaces (``storage/search_key.py``): the folded text it held, with every run of
  characters that are not ASCII letters, digits or non-ASCII made one space, and a space at
  each end. A search then tests ``LIKE '% word%'`` (a word's beginning) on both engines.
- SQLite: ``activity_search``, an FTS5 index of those keys kept by triggers
  (``storage/search_index.py``), filled here; ``ix_activity_by_id`` (the id with the
  filter's columns and the summed figures) for a search's totals. An SQLite built without
  FTS5 gets neither the index nor its triggers; search then reads the log.
- PostgreSQL: ``ix_activity_words``, a GIN index of each key's words as a tsvector (no
  text-search parser: the words themselves), which a search uses when its words are rare
  enough for an index to pay (``core/activities/search_paths.py``).
- Both: ``ix_activity_cost`` for the order by cost.

Self-contained on purpose: the SQL below is this revision's, whatever later code does.
"""
import re

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_WORD = re.compile(r"[^\W_]{1,100}")  # letters and digits of any script, 100 at most

_WORDS_SQL = "array_to_tsvector(string_to_array(btrim(search_text), ' '))"
_FTS = ("CREATE VIRTUAL TABLE activity_search USING fts5(search_text, content='activity', "
        "content_rowid='id', tokenize='ascii', detail=none, columnsize=0, prefix='1 2')")
_ADD = "INSERT INTO activity_search(rowid, search_text) VALUES (NEW.id, NEW.search_text);"
_REMOVE = ("INSERT INTO activity_search(activity_search, rowid, search_text) "
           "VALUES ('delete', OLD.id, OLD.search_text);")
_TRIGGERS = [
    f"CREATE TRIGGER activity_search_insert AFTER INSERT ON activity BEGIN {_ADD} END",
    f"CREATE TRIGGER activity_search_delete AFTER DELETE ON activity BEGIN {_REMOVE} END",
    "CREATE TRIGGER activity_search_update AFTER UPDATE OF search_text ON activity "
    f"WHEN OLD.search_text IS NOT NEW.search_text BEGIN {_REMOVE} {_ADD} END",
]
_SEARCH_INDEX_COLUMNS = [
    'search_text', 'deleted', 'start_date', 'form_id', 'commune_id', 'task_id', 'funding_id',
    'participants_total', 'participants_women', 'participants_ethnic', 'products',
    'broadcast_minutes', 'cost']


def _key(folded: str | None) -> str:
    return f" {' '.join(_WORD.findall(folded or ''))} "


def _rewrite_keys(connection, where: str = "") -> None:
    last_id = -1
    while True:  # in slices of ids: a province's 400,000 keys are 120 MB of text
        rows = connection.execute(sa.text(
            f"SELECT id, search_text FROM activity WHERE id > :last {where} "
            "ORDER BY id LIMIT 20000"), {"last": last_id}).all()
        if not rows:
            break
        last_id = rows[-1][0]
        changed = [{"key": key, "id": activity_id} for activity_id, folded in rows
                   if (key := _key(folded)) != folded]
        if changed:
            connection.execute(sa.text("UPDATE activity SET search_text = :key WHERE id = :id"),
                               changed)


def _rewrite_keys_sqlite(connection) -> None:
    # The covering index over the key would be updated row by row: dropped, made again after.
    op.drop_index('ix_activity_search', table_name='activity')
    _rewrite_keys(connection)
    op.create_index('ix_activity_search', 'activity', _SEARCH_INDEX_COLUMNS, unique=False,
                    postgresql_where=sa.text('false'))


def _rewrite_keys_postgresql(connection) -> None:
    # Keys of ASCII alone with no word over 100 letters (nearly all: folded Vietnamese is
    # ASCII) in one statement, where a word is [0-9A-Za-z]+ as for Python; the others row
    # by row, by the Python rule.
    unusual = r"(search_text ~ '[^\x01-\x7f]' OR search_text ~ '[0-9A-Za-z]{101}')"
    connection.execute(sa.text(
        "UPDATE activity SET search_text = ' ' || btrim(regexp_replace("
        "search_text, '[^0-9A-Za-z]+', ' ', 'g'), ' ') || ' ' "
        f"WHERE NOT {unusual}"))
    _rewrite_keys(connection, f"AND {unusual}")
    # The word index: each key's words as the lexemes of a tsvector, no parser involved
    # (``core/activities/words.py`` queries it with the same expression).
    op.create_index('ix_activity_words', 'activity', [sa.text(_WORDS_SQL)],
                    postgresql_using='gin')


def _fts5_available(connection) -> bool:
    options = {row[0] for row in connection.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _rewrite_keys_sqlite(connection)
    else:
        _rewrite_keys_postgresql(connection)
    op.create_index('ix_activity_by_id', 'activity', [
        'id', 'deleted', 'unit_id', 'start_date', 'form_id', 'commune_id', 'task_id',
        'funding_id', 'participants_total', 'participants_women', 'participants_ethnic',
        'products', 'broadcast_minutes', 'cost'], unique=False,
        postgresql_where=sa.text('false'))
    op.create_index('ix_activity_cost', 'activity', ['cost', 'id'], unique=False)
    if sqlite and _fts5_available(connection):
        connection.exec_driver_sql(_FTS)
        # Merge segments 8 at a time rather than 4: a bulk load of 400,000 keys costs 2.2 s of
        # CPU instead of 3.0, and searches are as fast (kept in the index's own config).
        connection.exec_driver_sql(
            "INSERT INTO activity_search(activity_search, rank) VALUES ('automerge', 8)")
        for statement in _TRIGGERS:
            connection.exec_driver_sql(statement)
        # In the order of ids: FTS5's 'rebuild' reads the rows in the key's order (through
        # ix_activity_search), five times slower at 400,000 activities.
        connection.exec_driver_sql(
            "INSERT INTO activity_search(rowid, search_text) SELECT id, search_text "
            "FROM activity ORDER BY id")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        op.drop_index('ix_activity_words', table_name='activity')
    if connection.dialect.name == "sqlite":
        for name in ("activity_search_insert", "activity_search_delete", "activity_search_update"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        connection.exec_driver_sql("DROP TABLE IF EXISTS activity_search")
    op.drop_index('ix_activity_cost', table_name='activity')
    op.drop_index('ix_activity_by_id', table_name='activity')
    # The keys stay words between spaces (0.2 reads them: its LIKE '%word%' finds a word
    # of letters in them; typed punctuation no longer matches); its edits write its form.
