"""Indexes for browsing the activity log at scale (the activities screen and its totals).

Owned by the activities feature; kept apart from the model so the model stays a plain
description of the data. An activity row is wide (title, description and their folded
search key: about 1.3 KB), so counting and summing 100,000 of them by reading the table
costs a scan of 130 MB. ``ix_activity_browse`` holds the date, the links the filter bar
uses and every summed figure (about 50 bytes a row): the count and totals of the filtered
rows, and the sorted list of ids for a page, are read from the index alone on SQLite and
PostgreSQL (index-only scan) whenever no free text is searched; ``ix_activity_search``
does the same for searches on SQLite.

PostgreSQL differs in four ways (revisions 0007 and 0008), all measured on the activities
screen (``bench/bench_activities.py --pg``); SQLite has one of its own (0009, below):

- an index there does not hold the row's id as SQLite's holds its rowid, so
  ``ix_activity_browse`` carries ``id`` as an INCLUDE column: a page sorted by a figure
  (cost, participants…) is then a top-N sort of the narrow index (index-only) instead of a
  scan of the wide table, 60 → 10 ms at 100,000 activities;
- ``ix_activity_recent`` (empty on SQLite): the default order, newest first, walked with
  every column the filter bar tests at hand (index-only), so a filter matching few recent
  rows costs no table reads (a rare form: 37 → 4 ms). SQLite answers such filters from
  the column's own index and sorts;
- ``ix_activity_search`` is empty there (below), so the table sorted by title (its folded
  text) is ordered by ``ix_activity_title`` instead: the first ``TITLE_PREFIX`` characters,
  byte order, then the whole text (60 → 2.5 ms). Byte order (``COLLATE "C"``) is what
  SQLite's BINARY compares, so both engines list the same rows in the same order whatever
  the server's locale;
- ``ix_activity_participants`` (empty on SQLite, 0008): the order by participants walked
  instead of sorted (first page 60–90 → about 2 ms at 400,000).
"""

from sqlalchemy import Index, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from nbhr_desktop.storage.activity_fields import FIGURES
from nbhr_desktop.storage.models.activities import Activity

# Every summed figure (``storage.activity_fields``), so that totals are read from the index
# alone. A new figure changes both indexes: its migration drops and recreates them.
_FIGURES = [getattr(Activity, f.name) for f in FIGURES]

ix_activity_browse = Index(
    "ix_activity_browse",
    # unit, tombstone and date first: the reports' and dashboard's period queries
    # (unit_id = ?, deleted = false, date range) become index-only range reads; the
    # activities screen, which filters on neither, scans this narrow index whole.
    Activity.unit_id, Activity.deleted, Activity.start_date, Activity.form_id,
    Activity.commune_id, Activity.task_id, Activity.funding_id, *_FIGURES,
    postgresql_include=["id"],  # SQLite's index holds the rowid (= id) already
)

# The columns ``core.activities.query.conditions`` tests, besides the date and id.
_FILTERED = ["unit_id", "deleted", "form_id", "commune_id", "task_id", "funding_id"]

# PostgreSQL only (SQLite gets it empty: ``WHERE 0``): newest first, as the table opens.
ix_activity_recent = Index(
    "ix_activity_recent",
    Activity.start_date, Activity.id,
    postgresql_include=_FILTERED,
    sqlite_where=text("0"),
)

# PostgreSQL only (SQLite gets it empty): the order by participants, walked (revision
# 0008). Without it PostgreSQL sorts the whole browse index for a first page (60–90 ms at
# 400,000; SQLite's top-N sort of its own index takes 30); with the filtered columns
# included, a filter sorted so is tested in the index too, as on ``ix_activity_recent``.
ix_activity_participants = Index(
    "ix_activity_participants",
    Activity.participants_total, Activity.id,
    postgresql_include=_FILTERED,
    sqlite_where=text("0"),
)

# SQLite only (PostgreSQL gets it empty; ``ix_activity_recent`` serves it there): the
# undeleted activities by date, newest first as the table opens, without the table. A
# page deep in the list (the scroll bar dragged to the middle of 400,000 rows) is an
# OFFSET walk: along ``ix_activity_start_date`` each entry stepped over also read its row
# from the table to test ``deleted`` (300 ms at 200,000 rows); along this one, 5 ms
# (revision 0009). SQLite uses a partial index only for a query holding its condition
# (and tests no other term without the table): that page query alone leaves the deleted
# out as ``+deleted = 0`` (``query.plain_page_ids``). The other queries say ``deleted IS
# NOT 1`` (or ``IS 0``): with that condition SQLite's planner (no statistics kept) took this
# narrow index for other orders too and read the table for each row (the order by
# participants: 40 → 575 ms at 400,000); the unary ``+`` keeps the index on ``deleted``
# from answering the term (SQLite would walk it and sort).
LIVE_DATES_CONDITION = "+deleted = 0"
ix_activity_live_dates = Index(
    "ix_activity_live_dates",
    Activity.start_date,
    sqlite_where=text(LIVE_DATES_CONDITION),
    postgresql_where=text("false"),
)
# Free-text search tests every row (``search_text LIKE '%word%'``). On SQLite this index
# holds the folded text with the same columns, about a quarter of the table's bytes, so a
# search and its totals read the index instead of the table: four times less to read.
# PostgreSQL gets the index empty (``WHERE false``): a B-tree entry there may not exceed
# about 2.7 KB, which a long description could, and its planner has no use for it.
ix_activity_search = Index(
    "ix_activity_search",
    Activity.search_text, Activity.deleted, Activity.start_date, Activity.form_id,
    Activity.commune_id, Activity.task_id, Activity.funding_id, *_FIGURES,
    postgresql_where=text("false"),
)

# A search's rows come from the word index (``storage/search_index.py``) as ids; their
# count and sums, and a page sorted by any of these columns, are read from this narrow copy
# (about 45 bytes a row) by id instead of from the wide table (SQLite only: PostgreSQL gets
# it empty, as above: its word index lives on the narrow copy ``storage.search_figures``).
ix_activity_by_id = Index(
    "ix_activity_by_id",
    Activity.id, Activity.deleted, Activity.unit_id, Activity.start_date, Activity.form_id,
    Activity.commune_id, Activity.task_id, Activity.funding_id, Activity.participants_total,
    Activity.participants_women, Activity.participants_ethnic, Activity.products,
    Activity.broadcast_minutes, Activity.cost,
    postgresql_where=text("false"),
)

# The order by cost, walked: its first page (and a search's, see core/activities/
# search_paths.py) reads a few hundred entries instead of sorting the whole log.
ix_activity_cost = Index("ix_activity_cost", Activity.cost, Activity.id)

# PostgreSQL's word index is not here: it is the GIN index of the narrow copy of the log
# (``storage.search_figures``, revision 0011; ``ix_activity_words`` on this table before).
# SQLite has FTS5 instead (``storage/search_index.py``).

# -- the title order -----------------------------------------------------------------------

TITLE_PREFIX = 100  # characters: short enough for any B-tree entry, long enough to decide


class title_prefix(FunctionElement):  # noqa: N801 (an SQL function, named like one)
    """The first ``TITLE_PREFIX`` characters of the folded text in byte order
    (PostgreSQL); SQLite orders by the text itself, which its own index holds whole."""

    inherit_cache = True
    name = "title_prefix"


class byte_order(FunctionElement):  # noqa: N801
    """A text in byte order: ``COLLATE "C"`` on PostgreSQL, SQLite's default (BINARY)."""

    inherit_cache = True
    name = "byte_order"


@compiles(title_prefix)
def _title_prefix(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


@compiles(title_prefix, "postgresql")
def _title_prefix_pg(element, compiler, **kw):
    # The collation inside: PostgreSQL reports the index's expression so (and a migration
    # check compares it).
    return f'substr({compiler.process(element.clauses, **kw)} COLLATE "C", 1, {TITLE_PREFIX})'


@compiles(byte_order)
def _byte_order(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


@compiles(byte_order, "postgresql")
def _byte_order_pg(element, compiler, **kw):
    return f'{compiler.process(element.clauses, **kw)} COLLATE "C"'


def title_order(column=Activity.search_text) -> list:
    """ORDER BY terms of the title sort (then the id): the prefix, then the whole text."""
    return [title_prefix(column), byte_order(column)]


# PostgreSQL only (SQLite gets it empty): the title sort's first term, walked in order.
ix_activity_title = Index(
    "ix_activity_title",
    title_prefix(Activity.search_text), Activity.id,
    sqlite_where=text("0"),
)
