"""Fast bulk writing for imports: many rows per statement, no per-row ORM or compile work.

``bulk_insert`` runs one driver-level ``executemany`` with the column types' own bind
processors, so values are stored exactly as SQLAlchemy would store them (dates, JSON,
booleans) on SQLite and PostgreSQL alike, without SQLAlchemy building a parameter dict per
row — the difference between seconds and a fraction of one for 50,000 activities.

``search_text`` is ``activity_search_text`` computed piece by piece through a cache (each
whitespace-separated piece folded and split into the key's words once): the same result (a
test checks it against the original on arbitrary text), several times faster on long
Vietnamese descriptions.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Connection, Date, DateTime, Table
from sqlalchemy.exc import SQLAlchemyError

from nbhr_desktop.storage.bulk_load import ACTIVITY_TABLES
from nbhr_desktop.storage.search_key import words_of

_MARKS = re.compile("[\u0300-\u036f]+")


class _FoldTable(dict):
    """str.translate table built on demand: each character → itself without diacritics."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char == "đ":
            value = "d"
        elif char == "Đ":
            value = "D"
        else:
            value = "".join(c for c in unicodedata.normalize("NFD", char)
                            if unicodedata.category(c) != "Mn")
        self[code] = value
        return value


_FOLD = _FoldTable()


def _fold_text(text: str) -> str:
    """Vietnamese marks all decompose into U+0300–U+036F, which one regex removes after NFD
    (both in C); the per-character table then handles whatever else is left (other marks,
    other scripts), character by character as ``fold`` would."""
    if not text.isascii():
        text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        text = _MARKS.sub("", text)
        if not text.isascii():
            text = text.translate(_FOLD)
    return " ".join(text.lower().split())


# Folding a whole description runs the regex and NFD over every character of every record
# (a second per 50,000 activities); the same few thousand Vietnamese syllables recur, so
# each whitespace-separated word is folded once and looked up after. Every step of the fold
# (NFD, removing marks, lower-case incl. final sigma) stops at whitespace, so folding word
# by word gives the same text; a word that folds to nothing (a lone mark) is dropped, as
# collapsing the spaces around it would. Bounded: arbitrary text must not grow it forever.
_WORDS: dict[str, str] = {}
_WORDS_LIMIT = 200_000


def _fold_word(word: str) -> str:
    if len(_WORDS) >= _WORDS_LIMIT:
        _WORDS.clear()
    folded = _WORDS[word] = " ".join(words_of(_fold_text(word)))
    return folded


def search_text(title: str | None, description: str | None) -> str:
    """Equal to ``activity_search_text(title, description)``, faster. The title's and the
    description's words are worked out apart (no word spans the space put between them)."""
    title_words, description_words = _key_words(title or ""), _key_words(description or "")
    if title_words and description_words:
        return f" {title_words} {description_words} "
    return f" {title_words or description_words} "


# The same texts recur across a log: the same kinds of activity month after month under
# the same titles, descriptions copied from one to the next (the demo's 50,000 activities:
# 13 % of titles and half of the descriptions distinct). Each text is worked out once:
# the demo's 50,000 keys 0.33 -> 0.20 s; with every text distinct, 0.48 -> 0.45 s (a text
# not seen before costs a lookup more, and no joined copy of both). Bounded like ``_WORDS``.
_TEXTS: dict[str, str] = {}
_TEXTS_LIMIT = 20_000


def _key_words(text: str) -> str:
    """The key words of one text, joined by single spaces ("" for none)."""
    found = _TEXTS.get(text)
    if found is not None:
        return found
    if text.isascii():
        found = " ".join(words_of(text.lower()))
    else:
        parts = text.split()
        folded = list(map(_WORDS.get, parts))  # in C; only unseen words call back into Python
        if None in folded:
            folded = [_fold_word(p) if f is None else f
                      for p, f in zip(parts, folded, strict=True)]
        if "" in folded:  # a piece of punctuation alone, or a lone mark: no word
            folded = [w for w in folded if w]
        found = " ".join(folded)
    if len(_TEXTS) >= _TEXTS_LIMIT:
        _TEXTS.clear()
    _TEXTS[text] = found
    return found


def _placeholders(paramstyle: str, count: int) -> str:
    if paramstyle == "qmark":
        return ", ".join("?" * count)
    if paramstyle == "numeric":
        return ", ".join(f":{i}" for i in range(1, count + 1))
    return ", ".join(["%s"] * count)  # format, pyformat (psycopg takes %s positionally)


def processor(kind, dialect):
    """The column type's bind processor; SQLite's date formats done by ``isoformat``, which
    writes the same text as SQLAlchemy's default storage format, at a fraction of the cost."""
    if dialect.name == "sqlite" and isinstance(kind, DateTime) and \
            getattr(kind, "_storage_format", None) is None:
        return lambda value: value.isoformat(" ", "microseconds")
    if dialect.name == "sqlite" and isinstance(kind, Date) and not isinstance(kind, DateTime):
        return dt.date.isoformat
    return kind._cached_bind_processor(dialect)


def bulk_insert(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys), each value as SQLAlchemy would store it."""
    if not rows:
        return
    dialect = conn.dialect
    columns = list(rows[0])
    processors = [processor(table.c[name].type, dialect) for name in columns]
    prepare = [(name, p) for name, p in zip(columns, processors, strict=True)]
    data = [tuple(p(row[name]) if p is not None and row[name] is not None else row[name]
                  for name, p in prepare) for row in rows]
    insert_rows(conn, table, columns, data)


def insert_rows(conn: Connection, table: Table, columns: list[str], rows: list) -> None:
    """Insert rows of driver-ready values (sequences in ``columns`` order): one
    ``executemany`` on SQLite, ``COPY`` on PostgreSQL (psycopg 3), which streams the rows
    in one statement instead of one round trip each."""
    if not rows:
        return
    quote = conn.dialect.identifier_preparer
    names = ", ".join(quote.quote(name) for name in columns)
    if conn.dialect.name == "postgresql":
        pairs = _pairs_text(rows) if len(columns) == 2 else None
        cursor = conn.connection.cursor()
        try:
            with cursor.copy(f"COPY {quote.format_table(table)} ({names}) FROM STDIN") as copy:
                if pairs is not None:
                    copy.write(pairs)
                else:
                    write = copy.write_row
                    for row in rows:
                        write(row)
        finally:
            cursor.close()
        return
    executemany(conn, f"INSERT INTO {quote.format_table(table)} ({names}) "
                      f"VALUES ({_placeholders(conn.dialect.paramstyle, len(columns))})", rows)


def _pairs_text(rows: list) -> str | None:
    """COPY's text for rows of two integers (a link table's: an activity and an item), or
    None where a value is not one. Written here at once, not row by row by the driver:
    50,000 activities have about 170,000 links (driver: 0.4 s; here: 0.05 s)."""
    try:
        return "".join([f"{a:d}\t{b:d}\n" for a, b in rows])
    except (TypeError, ValueError):
        return None


# Measured and left out: storing a batch's rows on a helper thread while the next batch is
# parsed and checked. The importing thread is busy in Python the whole time, so the helper
# waits for the GIL after every row it stores (CPython hands it over every 5 ms): a 300,000-
# activity import took more CPU (30.4 s against 29.7 s) and more time on a busy PC.
def executemany(conn: Connection, sql: str, rows: list) -> None:
    """The driver's own ``executemany`` in the connection's transaction: SQLAlchemy would
    inspect every row of a large batch first, and wants tuples."""
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


# SQLite's default page cache (2 MB) is far smaller than the indexes of 50,000 activities:
# inserting them then thrashes, and takes twice as long. An import borrows a larger cache
# (only used as pages are touched) and gives it back afterwards. 64 MB imports 300,000
# activities as fast as 128 MB did (the indexes are rebuilt, not updated, see set_aside),
# and is resident memory an import of that size cannot spare.
IMPORT_CACHE_KIB = 65_536


@contextmanager
def import_cache(conn: Connection) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        # After a failed statement the connection may refuse even this; the original error
        # matters, and the pool discards a broken connection anyway.
        with suppress(SQLAlchemyError):
            conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


# An import holds the whole file as millions of small dicts and lists while it makes
# millions more (rows, tuples); each full pass of Python's cycle collector walks all of them,
# and its thresholds trigger several passes per import: about a third of a 50,000-activity
# import. Nothing an import builds needs the cycle collector (reference counting frees it),
# so the collector waits until the import is over. Nested use keeps the outermost state.
@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Activity has ten secondary indexes (one on the long search text), each updated row by row
# as 50,000 rows go in: about 40 % of the insert. Building an index once over the finished
# table is one sort, so an import that brings a table at least as many rows as it holds
# sets its indexes aside and builds them again when the table is done
# (``storage.bulk_load``, which also says why a failure leaves nothing behind).
REBUILD_INDEXES_FROM = 5_000


def worth_rebuilding(conn: Connection, table: Table, rows: int) -> bool:
    """Whether ``rows`` new rows are worth dropping ``table``'s indexes for (SQLite; on
    PostgreSQL ``BulkLoad`` takes only the activity tables, while they are locked)."""
    if rows < REBUILD_INDEXES_FROM or (conn.dialect.name != "sqlite"
                                       and table.name not in ACTIVITY_TABLES):
        return False
    quote = conn.dialect.identifier_preparer
    existing = conn.exec_driver_sql(f"SELECT count(*) FROM {quote.format_table(table)}").scalar()
    return existing <= rows
