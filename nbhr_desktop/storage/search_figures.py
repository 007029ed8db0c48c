"""PostgreSQL: a narrow copy of the activity log for a search, kept by triggers; its word
index is the server's word index.

A search for a common word ("tap", "tap huan": three rows in four at 400,000 activities)
cannot be helped by a word index: its count and sums must add most of the log. Read from
``activity`` they cost 200–250 ms on the bench server: the heap is 368 MB (title and
description make a row 0.9 KB), and ``LIKE '% tap%'`` is tested on 300 bytes of key per
row, most of the time. ``activity_search_figures`` holds per activity only what a search
needs: the id, the columns the filter bar tests, the summed figures
(``storage.activity_fields``) and the key's words as a tsvector (``WORDS_SQL``: each word
of the key a lexeme, no text-search parser); ``words @@ 'tap' & 'huan':*`` decides a row
by a binary search of its sorted words instead of a scan of its text. The same totals:
55–60 ms (187 MB read).

Its GIN index on ``words`` (``WORDS_INDEX``, revision 0011) answers a rarer word's rows
(``core.activities.search_paths``). Until 0011 the server had its own index of the same
lexemes on ``activity`` (``ix_activity_words``, over ``WORDS_SQL``): every write computed
each key's tsvector twice, once for this copy and once for that index (a 50,000-activity
import: 0.44 s of the server's time to build the index again, 0.65 s for the copy's rows).
A typed word of several key words ("10/12", "qd-ttg") must find them side by side, which a
tsvector without positions cannot tell: the log's own test decides those.

Kept equal to ``activity`` by triggers, for every writer (the dialog, imports, demo data,
restores, a copy between servers): rows a statement inserts or deletes are added or removed by one
statement (transition tables: a ``COPY`` of a bulk load adds its rows in one go, emptying
the log before a restore removes them in one go); an update that changes a copied column
rewrites the row's copy (a row trigger with a ``WHEN``: imports update row by row and
rewrite every column, mostly unchanged); ``TRUNCATE`` empties it. A bulk load sets the
copy's word index aside with the log's own indexes and builds it again once the copy is
filled (``storage.bulk_load``, ``storage.pg_empty_load``).

Derived data: never copied by backups or server copies (``storage.copying``), outside the
models and the schema comparison (its name, and its index's, begin with
``activity_search``, like SQLite's word index), rebuilt by ``rebuild``.

SQLite has none: its FTS5 word index joined to ``ix_activity_by_id`` does the same job
(``storage.search_index``). Revisions 0010 (the copy) and 0011 (its index) make it with
their own copy of the SQL below; a test holds them equal.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Connection, Date, Integer, MetaData, Table
from sqlalchemy.dialects.postgresql import TSVECTOR

from nbhr_desktop.storage.activity_fields import NAMES as FIGURES

TABLE = "activity_search_figures"
# The key's words as a tsvector: each word between the spaces of ``search_text``
# (``storage.search_key``) one lexeme, as typed words are asked (``core.activities.words``).
WORDS_SQL = "array_to_tsvector(string_to_array(btrim(search_text), ' '))"
WORDS_INDEX = f"{TABLE}_words"
INDEX_SQL = f"CREATE INDEX {WORDS_INDEX} ON {TABLE} USING gin (words)"  # revision 0011
FUNCTIONS = ("activity_search_figures_insert", "activity_search_figures_change",
             "activity_search_figures_forget", "activity_search_figures_empty")
TRIGGERS = ("activity_search_figures_insert", "activity_search_figures_update",
            "activity_search_figures_delete", "activity_search_figures_empty")
# What the filter bar tests (``core.activities.query.conditions``), then the figures.
FILTERED = ("deleted", "unit_id", "start_date", "form_id", "commune_id", "task_id",
            "funding_id")
COPIED = ("id", *FILTERED, *FIGURES)

_TYPES = {"id": Integer, "deleted": Boolean, "start_date": Date}
table = Table(TABLE, MetaData(), *(Column(name, _TYPES.get(name, Integer)) for name in COPIED),
              Column("words", TSVECTOR))


def _columns() -> str:
    return ", ".join((*COPIED, "words"))


def _values(row: str) -> str:
    return ", ".join((*(f"{row}.{name}" for name in COPIED),
                      WORDS_SQL.replace("search_text", f"{row}.search_text")))


def create_sql() -> list[str]:
    """The table, its functions and its triggers (revision 0010 holds a copy)."""
    figures = ", ".join(f"{name} {'bigint' if name == 'cost' else 'integer'} NOT NULL"
                        for name in FIGURES)
    watched = ", ".join(("search_text", *FILTERED, *FIGURES))
    old = ", ".join(f"OLD.{name}" for name in ("id", *watched.split(", ")))
    new = ", ".join(f"NEW.{name}" for name in ("id", *watched.split(", ")))
    return [
        f"CREATE TABLE {TABLE} (id integer PRIMARY KEY, deleted boolean NOT NULL, "
        "unit_id integer NOT NULL, start_date date NOT NULL, form_id integer, "
        "commune_id integer, task_id integer, funding_id integer, "
        f"{figures}, words tsvector NOT NULL)",
        f"CREATE FUNCTION {FUNCTIONS[0]}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"INSERT INTO {TABLE} ({_columns()}) SELECT {_values('n')} FROM new_rows n; "
        "RETURN NULL; END $$",
        f"CREATE FUNCTION {FUNCTIONS[1]}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"DELETE FROM {TABLE} WHERE id = OLD.id; "
        f"INSERT INTO {TABLE} ({_columns()}) VALUES ({_values('NEW')}); RETURN NULL; END $$",
        f"CREATE FUNCTION {FUNCTIONS[2]}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"DELETE FROM {TABLE} f USING old_rows o WHERE f.id = o.id; RETURN NULL; END $$",
        f"CREATE FUNCTION {FUNCTIONS[3]}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"TRUNCATE {TABLE}; RETURN NULL; END $$",
        f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON activity REFERENCING NEW TABLE AS "
        f"new_rows FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTIONS[0]}()",
        # An import rewrites every column of the rows it updates: only a change counts.
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER UPDATE ON activity FOR EACH ROW "
        f"WHEN (({old}) IS DISTINCT FROM ({new})) EXECUTE FUNCTION {FUNCTIONS[1]}()",
        # Emptying the log before a restore deletes every row in one statement.
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER DELETE ON activity REFERENCING OLD TABLE AS "
        f"old_rows FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTIONS[2]}()",
        f"CREATE TRIGGER {TRIGGERS[3]} AFTER TRUNCATE ON activity FOR EACH STATEMENT "
        f"EXECUTE FUNCTION {FUNCTIONS[3]}()",
    ]


FILL = f"INSERT INTO {TABLE} ({_columns()}) SELECT {_values('a')} FROM activity a"


def add(connection: Connection, ids: list[int]) -> None:
    """Copy the activities ``ids``, just inserted while the triggers were off (a bulk
    load's COPY: ``storage.pg_replica_copy``), as the insert trigger would have."""
    connection.exec_driver_sql(f"{FILL} WHERE a.id = ANY(%s)", (ids,))


def exists(connection: Connection) -> bool:
    """Whether this database has the copy (PostgreSQL at revision 0010 or later)."""
    return connection.dialect.name == "postgresql" and connection.exec_driver_sql(
        f"SELECT to_regclass('{TABLE}') IS NOT NULL").scalar()


def drop(connection: Connection) -> None:
    """Triggers, functions and table gone (PostgreSQL; a first start given up)."""
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON activity")
    for name in FUNCTIONS:
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def indexes(connection: Connection) -> list[tuple[str, str]]:
    """The copy's own indexes as (name, CREATE statement), read back from the catalogue
    (its word index; not the primary key, which its constraint keeps): what a bulk load
    sets aside and builds again. Empty without the copy."""
    if not exists(connection):
        return []
    return [tuple(row) for row in connection.exec_driver_sql(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        f"WHERE i.indrelid = '{TABLE}'::regclass AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
        "ORDER BY i.indexrelid")]


def rebuild(connection: Connection) -> None:
    """Recompute the copy from the log (in the caller's transaction); nothing to do on a
    database without it. Its word index is built again after the rows (one sort instead
    of an update per row)."""
    if exists(connection):
        aside = indexes(connection)
        for name, _sql in aside:
            connection.exec_driver_sql(f"DROP INDEX {name}")
        connection.exec_driver_sql(f"DELETE FROM {TABLE}")
        connection.exec_driver_sql(FILL)
        for _name, sql in aside:
            connection.exec_driver_sql(sql)


def differences(connection: Connection) -> int:
    """Rows of the copy that differ from the log, either way (0 without the copy)."""
    if not exists(connection):
        return 0
    fresh = f"SELECT {_values('a')} FROM activity a"
    kept = f"SELECT {_columns()} FROM {TABLE}"
    return connection.exec_driver_sql(
        f"SELECT count(*) FROM (({fresh} EXCEPT ALL {kept}) UNION ALL "
        f"({kept} EXCEPT ALL {fresh})) d").scalar()
