"""A free-text search's totals and first page at 400,000 activities, within a keystroke.

The plain query tests every row's key (``words.at_word_start``): 150–550 ms. Two roads
that give the very same rows (a test holds them to the plain query):

- **The word index** (``storage.search_index``, SQLite): the ids of the rows holding the
  words, joined to ``ix_activity_by_id`` (the id with the columns the filter bar tests
  and every summed figure, ~45 bytes a row) for the totals and for a page sorted in the
  database. Its cost follows the number of matching rows: a rare word costs a few ms, a
  word in three rows of four ~100 ms (its totals must add them all).
- **The order's own index walked** (``walk_first``): the first ``WALK_ROWS`` rows of the
  order that pass the other filters, each tested with the plain test. When they hold the
  page, it is exactly the page of the full answer: a common word's first page costs a
  few ms whatever the size of the log. When they do not (a rarer word), the index road
  takes over, having lost only those few thousand tests.

- **PostgreSQL's word index** (``ix_activity_words``, GIN): the same words as a condition
  the planner answers from the index, used when the planner expects them in at most
  ``GIN_SHARE`` of the log (a common word is read faster by a plain scan).
- **PostgreSQL's narrow copy** (``storage.search_figures``): a common word's totals read
  from the id, filtered columns, figures and key words of each activity (187 MB at
  400,000, against the log's 368 MB), the words tested by ``@@`` instead of ``LIKE``:
  "tap huan" 250–330 → 120–130 ms on the bench server.

An SQLite without FTS5 keeps the plain query; the walk serves every engine (a common
word's first page).
"""

from __future__ import annotations

from sqlalchemy import Float, and_, func, literal, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Join
from sqlalchemy.sql.visitors import InternalTraversal, iterate, replacement_traverse

from nbhr_desktop.core.activities import words as w
from nbhr_desktop.storage import search_figures, search_index
from nbhr_desktop.storage.models import Activity

BY_ID = "ix_activity_by_id"
# Orders an index gives already sorted, so that a walk reads only the rows it tests.
WALKED_ORDERS = ("start_date", "title", "cost")
# Rows a walk tests at most (~10 µs each on SQLite: the wide row and its key) before the
# index road takes over: a page of 200 is found there when a fifth of the rows match.
WALK_ROWS = 1000

_SUMS = (Activity.participants_total, Activity.participants_women, Activity.participants_ethnic,
         Activity.products, Activity.broadcast_minutes, Activity.cost)


def indexed(session: Session, spec) -> bool:
    """Whether this search can use SQLite's word index."""
    typed = w.typed_words(spec.text)
    return (bool(typed) and w.match_expression(typed) is not None
            and search_index.exists(session.connection()))


# PostgreSQL: the word index is used while at most this share of the log holds the words.
# Above it a bitmap of most rows costs more than reading them all, and a plan reading them
# all would work out each row's words too (600 ms at 100,000).
GIN_SHARE = 0.15
# The share is measured on a sample of about this many rows (a few ms). The planner's own
# estimate cannot serve: for a word being typed (a prefix) it guesses one row whatever the
# statistics say.
SAMPLE_ROWS = 2000
SMALL_LOG = 5000  # rows: below, the index is always used (any road is quick)


def gin_selective(session: Session, spec) -> bool:
    """Whether this search on PostgreSQL should use its word index (``ix_activity_words``):
    the typed words' share in a fixed sample of the log's pages (``REPEATABLE``: the same
    choice for the same words and data).

    A keystroke asks twice (its first page, then its totals): the answer is kept for the
    same words on the same server and log size (``reltuples``, which the server updates as
    the log grows), so the second costs one catalogue read instead of the sample (4 ms at
    400,000). Either road gives the same rows: a choice kept a little too long costs time
    only."""
    connection = session.connection()
    typed = w.typed_words(spec.text)
    if connection.dialect.name != "postgresql" or not typed:
        return False
    rows = connection.execute(text(
        "SELECT reltuples FROM pg_class WHERE oid = 'activity'::regclass")).scalar()
    if rows is None or rows <= SMALL_LOG:
        return True  # a small log (or never analysed)
    key = (connection.engine.url, rows, SAMPLE_ROWS, GIN_SHARE, tuple(typed))
    chosen = _CHOSEN.get(key)
    if chosen is None:
        sample = func.cast(min(100.0, 100.0 * SAMPLE_ROWS / rows), Float)
        sampled = Activity.__table__.tablesample(func.system(sample), seed=literal(0))
        found, matching = connection.execute(select(
            func.count(),
            func.count().filter(and_(*w.plain_tests(sampled.c.search_text, typed)))
        ).select_from(sampled)).one()
        chosen = matching <= GIN_SHARE * max(found, 1)
        if len(_CHOSEN) >= _KEPT_CHOICES:
            _CHOSEN.clear()  # a few hundred searches typed: start again
        _CHOSEN[key] = chosen
    return chosen


_CHOSEN: dict[tuple, bool] = {}  # gin_selective's answers (plain dict: atomic get and set)
_KEPT_CHOICES = 256


def _gin_conditions(session: Session, spec) -> list | None:
    """The words as conditions on PostgreSQL with its word index, or ``None`` (no index
    worth using: the plain test alone)."""
    if not gin_selective(session, spec):
        return None
    typed = w.typed_words(spec.text)
    return [w.gin_matches(typed), *w.plain_tests(Activity.search_text, typed)]


def _joined(columns, spec, where: list):
    """SELECT ``columns`` of the activities matching the words and ``where`` (the other
    filters), from the word index joined to the narrow id index."""
    typed = w.typed_words(spec.text)
    joined = _IndexedJoin(w.fts, Activity.__table__, Activity.id == w.fts.c.rowid, BY_ID)
    return (select(*columns).select_from(joined)
            .where(w.matches(typed), *where,
                   *w.plain_tests(Activity.search_text, w.unindexed(typed))))


class _IndexedJoin(Join):
    """``left JOIN right INDEXED BY index ON …`` on SQLite (a plain join elsewhere).

    The search's totals need it: SQLite would otherwise fetch each matching row from the
    wide table (1.3 KB a row) rather than from the narrow ``ix_activity_by_id``, twice as
    slow ("tap huan" at 400,000: 22 ms instead of 12). SQLAlchemy renders no table hints
    for SQLite, hence this one construct."""

    inherit_cache = True
    _traverse_internals = [*Join._traverse_internals, ("index", InternalTraversal.dp_string)]

    def __init__(self, left, right, onclause, index: str):
        super().__init__(left, right, onclause)
        self.index = index


@compiles(_IndexedJoin, "sqlite")
def _indexed_join_sqlite(element, compiler, **kw):
    kw["asfrom"] = True
    return (f"{compiler.process(element.left, **kw)} JOIN "
            f"{compiler.process(element.right, **kw)} INDEXED BY {element.index} "
            f"ON {compiler.process(element.onclause, **kw)}")


@compiles(_IndexedJoin)
def _indexed_join_default(element, compiler, **kw):
    return compiler.visit_join(element, **kw)


def totals(session: Session, spec, where: list) -> tuple[int, ...] | None:
    """Count and sums of the search's rows (``where``: the filter without its words), or
    ``None`` with no index to use."""
    sums = [func.count(Activity.id)] + [func.coalesce(func.sum(c), 0) for c in _SUMS]
    if indexed(session, spec):
        row = session.execute(_joined(sums, spec, where)).one()
    else:
        words = _gin_conditions(session, spec)
        if words is None:
            return _copy_totals(session, spec, where)
        row = session.execute(select(*sums).where(*where, *words)).one()
    return tuple(int(v or 0) for v in row)


def _copy_totals(session: Session, spec, where: list) -> tuple[int, ...] | None:
    """The totals from PostgreSQL's narrow copy of the log (``storage.search_figures``), or
    ``None`` when it cannot answer: no copy, a typed word of several key words (side by
    side: the copy's words have no positions), or a filter on a column it does not hold."""
    typed = w.typed_words(spec.text)
    if not typed or w.unindexed(typed) or not search_figures.exists(session.connection()):
        return None
    copy = search_figures.table
    log = Activity.__table__

    def to_copy(element):
        if getattr(element, "table", None) is log and element.name in copy.c:
            return copy.c[element.name]
        return None

    moved = [replacement_traverse(condition, {}, to_copy) for condition in where]
    if any(getattr(element, "table", None) is log
           for condition in moved for element in iterate(condition)):
        return None
    sums = [func.count(copy.c.id)] + [func.coalesce(func.sum(copy.c[c.key]), 0) for c in _SUMS]
    row = session.execute(select(*sums).where(*moved, w.gin_matches(typed, copy.c.words))).one()
    return tuple(int(v or 0) for v in row)


def conditions(session: Session, spec) -> list | None:
    """The words as conditions answered from a word index (with the plain test where the
    index cannot decide), or ``None`` with no index to use."""
    if not indexed(session, spec):
        return _gin_conditions(session, spec)
    typed = w.typed_words(spec.text)
    return [Activity.id.in_(w.indexed_ids(typed)),
            *w.plain_tests(Activity.search_text, w.unindexed(typed))]


def page_ids(session: Session, spec, where: list, sort, key, order: list, offset: int,
             limit: int) -> list[int] | None:
    """The ids of a page of the search, or ``None`` when no road applies.

    ``where``: the other filters; ``key``: the order's expression; ``order``: the ORDER BY
    of the plain query (key then id)."""
    if not spec.words():
        return None
    if sort.key in WALKED_ORDERS and offset + limit <= WALK_ROWS // 4:
        found = walk_first(session, spec, where, key, sort.descending, offset, limit)
        if found is not None:
            return found
    if indexed(session, spec):
        query = _joined([Activity.id], spec, where)
    else:
        words = _gin_conditions(session, spec)
        if words is None:
            return None
        query = select(Activity.id).where(*where, *words)
    return list(session.scalars(query.order_by(*order).offset(offset).limit(limit)))


def walk_first(session: Session, spec, where: list, key, descending: bool, offset: int,
               limit: int) -> list[int] | None:
    """The page from the first ``WALK_ROWS`` rows of the order, when they hold it.

    The rows come in the order's index order with the plain test's verdict beside each;
    reading stops as soon as the page is full (a common word: a few hundred rows)."""
    walked_order = [key.desc(), Activity.id.desc()] if descending else [key.asc(),
                                                                         Activity.id.asc()]
    verdict = and_(*w.plain_tests(Activity.search_text, w.typed_words(spec.text)))
    # Core, not the ORM: ORM results are read whole before the first row is returned.
    rows = session.connection().execute(select(Activity.id, verdict).where(*where)
                                        .order_by(*walked_order).limit(WALK_ROWS))
    found: list[int] = []
    try:
        for activity_id, matched in rows:
            if matched:
                found.append(activity_id)
                if len(found) == offset + limit:
                    return found[offset:]
    finally:
        rows.close()
    return None
