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

- **PostgreSQL's narrow copy** (``storage.search_figures``): the id, filtered columns,
  figures and key words of each activity (187 MB at 400,000, against the log's 368 MB),
  the words tested by ``@@`` instead of ``LIKE``. A search's totals are read from it
  whatever the words' share: the planner reads a rarer word's rows through the copy's
  GIN word index and a common word's by a scan of the copy (the copy's statistics
  estimate a word's share well). At 400,000: a common word 60–80 ms (the log's LIKE:
  250–330), a word in 2 % of the log 13–15 ms (the old index on the log: 20).
- **PostgreSQL's word index** (the copy's GIN index), for a page of words in at most
  ``GIN_SHARE`` of the log (``word_share``; a common word's page comes from the walk or
  the plain query). Words in a few percent of it or more are walked again, further
  (``LONG_WALK_ROWS``): their page is near the start of the order. Otherwise the page is
  read from the copy alone when the filters and the order are columns it holds (a word
  in 2 % of 400,000 rows, newest first: 30 → 23–26 ms for the whole page), or else the
  ids the index finds are fetched from ``activity`` by id and the log decides the rest
  (the title order, a typed word of several key words). A short word being typed ("tap
  huan c") is left out of the index's question when the other words find nearly the same
  rows (``_asked``): the index would unite the rows of every word it begins.

An SQLite without FTS5 keeps the plain query; the walk serves every engine (a common
word's first page).
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Float, and_, any_, func, literal, select, text
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
# PostgreSQL: a word the sample finds in at least 2 × page / LONG_WALK_ROWS of the log (5 %
# for a first page) is walked again, up to this many rows (~3 µs each): its page is among
# the first 4,000 rows of the order, where reading it from the copy's word index means
# finding and sorting every matching row (a word in 14 % of 400,000 rows, newest first:
# the whole page 90 ms from the copy, 15 ms walked). Its cost does not grow with the log.
LONG_WALK_ROWS = 8000

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
    """Whether this search on PostgreSQL should use its word index (the GIN index of
    ``storage.search_figures``): the typed words in at most ``GIN_SHARE`` of the log
    (``word_share``). False without the copy."""
    share = word_share(session, spec)
    return share is not None and share <= GIN_SHARE


def word_share(session: Session, spec) -> float | None:
    """PostgreSQL: the typed words' share of the log, measured in a fixed sample of the
    copy's pages (``REPEATABLE``: the same for the same words and data); 0 for a small log
    (any road is quick); ``None`` on SQLite, without typed words or without the copy.

    The sample reads the copy (``storage.search_figures``), whose rows are half the log's
    width, and tests its words with the word index's own test (a typed word of several key
    words: each of them, so a share a little too large; it only chooses a road): 2,000
    rows in 1–1.5 ms at 400,000, the log's LIKE 2.5–4 ms.

    A keystroke asks at least twice (its first page, then its ids or the next pages): the
    answer is kept for the same words on the same server and log size (``reltuples``,
    which the server updates as the log grows), so the next asks cost one catalogue read
    instead of the sample. Every road gives the same rows: a share kept a little too long
    costs time only."""
    connection = session.connection()
    typed = w.typed_words(spec.text)
    if connection.dialect.name != "postgresql" or not typed:
        return None
    known = session.info.get(_LOG_SIZE)  # read once per session (a page asks twice)
    if known is None:
        known = session.info[_LOG_SIZE] = tuple(connection.execute(text(
            "SELECT reltuples, to_regclass(:copy) IS NOT NULL FROM pg_class "
            "WHERE oid = 'activity'::regclass"), {"copy": search_figures.TABLE}).one())
    rows, copied = known
    if not copied:
        return None
    if rows is None or rows <= SMALL_LOG:
        return 0.0  # a small log (or never analysed)
    key = (connection.engine.url, tuple(typed))
    kept = _SHARES.get(key)
    if kept is None or kept.rows != rows:
        sample = func.cast(min(100.0, 100.0 * SAMPLE_ROWS / rows), Float)
        sampled = search_figures.table.tablesample(func.system(sample), seed=literal(0))
        narrowed = w.without_short_prefix(typed)
        counts = [func.count(), func.count().filter(w.gin_matches(typed, sampled.c.words))]
        if narrowed is not None:  # the same sample, for ``_asked``
            counts.append(func.count().filter(w.gin_matches(narrowed, sampled.c.words)))
        found, matching, *wider = connection.execute(
            select(*counts).select_from(sampled)).one()
        found = max(found, 1)
        kept = _Share(rows, matching / found, wider[0] / found if wider else None)
        if len(_SHARES) >= _KEPT_SHARES:
            _SHARES.clear()  # a few hundred searches typed: start again
        _SHARES[key] = kept
    return kept.share


class _Share(NamedTuple):
    rows: float  # the log's size when measured (``reltuples``)
    share: float  # of the typed words
    narrowed: float | None  # of the typed words without a short prefix (``_asked``)


# word_share's answers: (server, typed words) → _Share. A plain dict: atomic get and set.
_SHARES: dict[tuple, _Share] = {}
_KEPT_SHARES = 256
_LOG_SIZE = "nbhr_search_log_size"  # session.info: (reltuples, the copy exists)


def _gin_conditions(session: Session, spec) -> list | None:
    """The words as conditions on ``activity`` answered from PostgreSQL's word index: the
    ids of the copy's rows holding them, and the plain test for a typed word of several
    key words (side by side: the copy's words have no positions); ``None`` when no index
    is worth using (the plain test alone).

    ``id = ANY(ARRAY(SELECT …))``, not ``id IN (SELECT …)``: the planner makes IN a join
    and, knowing no better than the words' estimate, may walk the order's index testing
    each row against the copy (a word in 2 % of 400,000 sorted by title: 0.8–1.3 s). The
    array is found first (the copy's GIN index) and its rows are fetched by primary key."""
    if not gin_selective(session, spec):
        return None
    typed = w.typed_words(spec.text)
    copy = search_figures.table
    found = select(copy.c.id).where(w.gin_matches(typed, copy.c.words, asked=_asked(
        session, typed))).scalar_subquery()
    return [Activity.id == any_(func.array(found)),
            *w.plain_tests(Activity.search_text, w.unindexed(typed))]


def _on_copy(elements: list) -> list | None:
    """``elements`` (conditions, ORDER BY terms) on the copy's columns instead of the
    log's, or ``None`` when one needs a column the copy does not hold."""
    copy, log = search_figures.table, Activity.__table__

    def to_copy(element):
        if getattr(element, "table", None) is log and element.name in copy.c:
            return copy.c[element.name]
        return None

    moved = [replacement_traverse(element, {}, to_copy) for element in elements]
    if any(getattr(part, "table", None) is log
           for element in moved for part in iterate(element)):
        return None
    return moved


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
        found = _copy_totals(session, spec, where)
        if found is not None:
            return found
        words = _gin_conditions(session, spec)
        if words is None:
            return None
        row = session.execute(select(*sums).where(*where, *words)).one()
    return tuple(int(v or 0) for v in row)


def _copy_totals(session: Session, spec, where: list) -> tuple[int, ...] | None:
    """The totals from PostgreSQL's narrow copy of the log (``storage.search_figures``), or
    ``None`` when it cannot answer: no copy, a typed word of several key words (side by
    side: the copy's words have no positions), or a filter on a column it does not hold.
    Whatever the words' share: the planner reads a rare word's rows through the copy's word
    index, a common word's by a scan of the copy."""
    typed = w.typed_words(spec.text)
    if not typed or w.unindexed(typed) or not search_figures.exists(session.connection()):
        return None
    moved = _on_copy(where)
    if moved is None:
        return None
    copy = search_figures.table
    sums = [func.count(copy.c.id)] + [func.coalesce(func.sum(copy.c[c.key]), 0) for c in _SUMS]
    row = session.execute(select(*sums).where(*moved, w.gin_matches(
        typed, copy.c.words, asked=_asked(session, typed)))).one()
    return tuple(int(v or 0) for v in row)


def _copy_page(session: Session, spec, where: list, order: list, offset: int,
               limit: int, *, log_read: bool) -> list[int] | None:
    """A page of the search read from PostgreSQL's copy alone (its word index, then its
    filtered columns and the order's), or ``None`` when the copy cannot answer: a typed
    word of several key words, a filter or an order on a column it does not hold (the
    title). The page is the plain query's: the copy holds the log's values, and the id
    breaks ties as there. ``log_read``: this session has read ``activity`` already (a
    walk), so it holds the log's lock."""
    typed = w.typed_words(spec.text)
    if w.unindexed(typed):
        return None
    moved = _on_copy([*where, *order])
    if moved is None:
        return None
    copy = search_figures.table
    if not log_read:
        # The log's lock first, as a bulk load takes it before the copy's (it sets the
        # copy's index aside after the log's triggers): holding the copy while waiting for
        # the log (the page's rows are read from it next) could deadlock with an import.
        session.execute(text("LOCK TABLE activity IN ACCESS SHARE MODE"))
    query = (select(copy.c.id).where(*moved[:len(where)], w.gin_matches(
                 typed, copy.c.words, asked=_asked(session, typed)))
             .order_by(*moved[len(where):]).offset(offset).limit(limit))
    return list(session.scalars(query))


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
    walked = sort.key in WALKED_ORDERS
    log_read = walked and offset + limit <= WALK_ROWS // 4 and not _walk_too_short(
        session, spec, offset + limit)
    if log_read:
        found = walk_first(session, spec, where, key, sort.descending, offset, limit,
                           order=order)
        if found is not None:
            return found
    if indexed(session, spec):
        query = _joined([Activity.id], spec, where)
    else:
        words = _gin_conditions(session, spec)
        if words is None:
            return None
        share = word_share(session, spec)
        if walked and share and (offset + limit) / share <= LONG_WALK_ROWS / 2:
            log_read = True
            found = walk_first(session, spec, where, key, sort.descending, offset, limit,
                               order=order, rows=LONG_WALK_ROWS)
            if found is not None:
                return found
        found = _copy_page(session, spec, where, order, offset, limit, log_read=log_read)
        if found is not None:
            return found
        query = select(Activity.id).where(*where, *words)
    return list(session.scalars(query.order_by(*order).offset(offset).limit(limit)))


def _walk_too_short(session: Session, spec, wanted: int) -> bool:
    """PostgreSQL: whether these words were measured already (``word_share``'s answer kept,
    whatever the log's size then: no query at all) in too few rows for ``WALK_ROWS`` rows
    to hold ``wanted`` of them (the next keystroke's page of a word typed again, a page
    scrolled to): the walk is skipped. A rare word's page at 400,000 spends 2–3 ms in a
    walk that finds nothing, on a page otherwise read from the word index in under 1 ms."""
    typed = w.typed_words(spec.text)
    if not typed:
        return False
    kept = _SHARES.get((session.get_bind().url, tuple(typed)))
    return kept is not None and kept.share * WALK_ROWS < wanted


# The rows a narrower question to the word index may add to the matching ones and still
# cost less than asking for a short prefix (~1.5 µs each to fetch and test, against 10–25
# ms for the prefix in the index at 400,000 activities).
NARROW_ROWS = 5000


def _asked(session: Session, typed: list[w.Typed]) -> list[w.Typed] | None:
    """PostgreSQL: the typed words to ask the word index (``gin_matches``' ``asked``):
    without a short word being typed ("tap huan c") when the sample kept for them
    (``word_share``; none is taken here) shows that this adds at most ``NARROW_ROWS``
    rows to test — the other words find nearly the same rows. Otherwise all of them."""
    kept = _SHARES.get((session.get_bind().url, tuple(typed)))
    if kept is None or kept.narrowed is None:
        return None
    if (kept.narrowed - kept.share) * kept.rows > NARROW_ROWS:
        return None
    return w.without_short_prefix(typed)


def walk_first(session: Session, spec, where: list, key, descending: bool, offset: int,
               limit: int, *, order: list | None = None, rows: int | None = None
               ) -> list[int] | None:
    """The page from the first ``rows`` (``WALK_ROWS``) rows of the order, when they hold it.

    One statement: the first ``rows`` rows of the order with the plain test's verdict
    beside each, of which the database returns the first ``offset + limit`` that match.
    It reads the order lazily, so it stops as soon as the page is full (a common word: a
    few hundred rows read, a rare one: all ``rows`` tested, nothing sent back). Fewer
    matches than the page needs: ``None``. PostgreSQL walks ``order``, the plain query's
    own ORDER BY (the title's: its indexed prefix in byte order, as the plain page is
    sorted). The rows come out in the walk's order: neither engine reorders a subquery
    read whole by a scan (``LIMIT`` keeps it from being merged into the outer query)."""
    postgres = session.connection().dialect.name == "postgresql"
    if postgres and order is not None:
        walked_order = order
    else:
        walked_order = [key.desc(), Activity.id.desc()] if descending else [key.asc(),
                                                                             Activity.id.asc()]
    verdict = and_(*w.plain_tests(Activity.search_text, w.typed_words(spec.text)))
    walked = (select(Activity.id, verdict.label("matched")).where(*where)
              .order_by(*walked_order).limit(rows or WALK_ROWS).subquery("walked"))
    found = list(session.execute(select(walked.c.id).where(walked.c.matched)
                                 .limit(offset + limit)).scalars())
    return found[offset:] if len(found) == offset + limit else None
