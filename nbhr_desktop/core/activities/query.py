"""Finding activities: a filter spec turned into one SQL query, sorted and paged in the database.

The activity log can hold years of a whole province (100,000 rows and more), so nothing
here loads everything: the table asks for a COUNT with the totals of the filtered rows and
then for pages of ~200 rows as it scrolls. Names of forms, communes, tasks… are not joined
in: the catalogues are small, so ``Lookups`` holds them in memory, rows carry ids, and
sorting by a name uses a CASE over the catalogue's alphabetical order (no join, same SQL on
SQLite and PostgreSQL).

Free-text search folds the query like ``Activity.search_text`` (diacritics and case
removed), and every word must begin a word of the activity: "tap huan cedaw" finds "Tập
huấn Công ước CEDAW" (``words``); SQLite answers it from a word index (``search_paths``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, make_dataclass, replace

from sqlalchemy import ARRAY, Integer, and_, any_, bindparam, case, exists, func, literal, select
from sqlalchemy import text as sql_text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from nbhr_desktop.base.text import fold
from nbhr_desktop.core.activities import fast_paths, search_paths, words
from nbhr_desktop.core.activities.lookups import Lookups
from nbhr_desktop.core.reports.day_sums import LOGGED
from nbhr_desktop.storage.activity_fields import FIGURES, Totals, totals_of
from nbhr_desktop.storage.models import Activity, activity_audience, activity_theme
from nbhr_desktop.storage.models.activity_indexes import LIVE_DATES_CONDITION, title_order
from nbhr_desktop.storage.search_key import words_of


@dataclass(frozen=True)
class ActivityFilter:
    """What the user asked to see. Empty tuples and ``None`` mean "any"."""

    start: dt.date | None = None
    end: dt.date | None = None
    form_ids: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    audience_ids: tuple[int, ...] = ()
    commune_ids: tuple[int, ...] = ()
    task_ids: tuple[int, ...] = ()
    without_task: bool = False  # only activities not linked to any plan task
    funding_ids: tuple[int, ...] = ()
    text: str = ""
    unit_id: int | None = None  # one district's activities (a province database holds all)
    unit_ids: tuple[int, ...] = ()  # several units' (the province's unit picker)
    include_deleted: bool = False

    def with_text(self, text: str) -> ActivityFilter:
        return replace(self, text=text)

    def is_empty(self) -> bool:
        default = ActivityFilter(unit_id=self.unit_id)
        return all(getattr(self, f.name) == getattr(default, f.name) for f in fields(self))

    def words(self) -> list[str]:
        """The key words of the text (``storage.search_key``): none for punctuation alone."""
        return words_of(fold(self.text))


def conditions(spec: ActivityFilter, *, links_first: bool = False,
               text: bool = True, undeleted=None) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter; each uses an index where one can help.

    ``links_first``: a theme or audience filter as ``id IN (links of the items)``, which
    the database answers from the link table's item index, visiting only the matching
    activities; otherwise as ``EXISTS``, tested on each row met while walking an order's
    index (best when many rows match). Same rows either way. ``text=False``: without the
    free-text words (a caller that tests them its own way). ``undeleted``: the test that
    leaves deleted activities out, written otherwise (for an index whose condition it is).
    """
    where: list[ColumnElement[bool]] = []
    if spec.unit_id is not None:
        where.append(Activity.unit_id == spec.unit_id)
    if spec.unit_ids:
        where.append(Activity.unit_id.in_(spec.unit_ids))
    if not spec.include_deleted:
        # "IS NOT true" rather than "= false": SQLite would otherwise walk the nearly useless
        # index on ``deleted`` and fetch every row by rowid, five times slower than a scan.
        where.append(Activity.deleted.is_not(True) if undeleted is None else undeleted)
    if spec.start is not None:
        where.append(Activity.start_date >= spec.start)
    if spec.end is not None:
        where.append(Activity.start_date <= spec.end)
    if spec.form_ids:
        where.append(Activity.form_id.in_(spec.form_ids))
    if spec.commune_ids:
        where.append(Activity.commune_id.in_(spec.commune_ids))
    if spec.funding_ids:
        where.append(Activity.funding_id.in_(spec.funding_ids))
    if spec.without_task:
        where.append(Activity.task_id.is_(None))
    elif spec.task_ids:
        where.append(Activity.task_id.in_(spec.task_ids))
    # Several themes or audiences: an activity with any of them (the usual "or" of a picker).
    for link, items in ((activity_theme, spec.theme_ids), (activity_audience, spec.audience_ids)):
        if not items:
            continue
        if links_first:
            where.append(Activity.id.in_(select(link.c.activity_id)
                                         .where(link.c.item_id.in_(items))))
        else:
            where.append(exists().where(and_(link.c.activity_id == Activity.id,
                                             link.c.item_id.in_(items))))
    if text:
        where += words.plain_tests(Activity.search_text, words.typed_words(spec.text))
    return where


# -- totals (``Totals``: the count and the figures' sums, ``storage.activity_fields``) ------

def totals(session: Session, spec: ActivityFilter) -> Totals:
    """Count and sums of the filtered rows: from the per-day figures when the filter allows
    (``fast_paths``), otherwise computed by the database in one pass."""
    summed = fast_paths.figure_totals(session, spec)
    if summed is not None:
        return totals_of(summed)
    share = fast_paths.link_share(session, spec)
    searched = search_paths.totals(session, spec, conditions(
        spec, text=False, links_first=share is not None and share <= LINKS_FIRST))
    if searched is not None:
        return Totals(*searched)
    return plain_totals(session, spec, links_first=share is not None and share <= LINKS_FIRST)


def plain_totals(session: Session, spec: ActivityFilter, *, links_first: bool = False) -> Totals:
    """Count and sums of the filtered rows read from the log itself (the reference)."""
    row = session.execute(select(*LOGGED).where(*conditions(spec, links_first=links_first))).one()
    return totals_of(row)


# -- columns and sorting -----------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    key: str
    title_source: str  # Vietnamese; the UI translates it
    numeric: bool = False
    lookup: str = ""  # the Lookups table that names the id, for display and sorting
    visible: bool = True  # shown by default (the column chooser can change it)


def _t(text: str) -> str:  # marks column titles for extraction; translated by the UI
    return text


COLUMNS: list[Column] = [
    Column("start_date", _t("Ngày")),
    Column("end_date", _t("Đến ngày"), visible=False),
    Column("title", _t("Tên hoạt động")),
    Column("form_id", _t("Hình thức"), lookup="forms"),
    Column("commune_id", _t("Xã, thị trấn"), lookup="communes"),
    Column("themes", _t("Chủ đề"), lookup="themes", visible=False),
    Column("audiences", _t("Đối tượng"), lookup="audiences", visible=False),
    Column("task_id", _t("Nhiệm vụ"), lookup="tasks"),
    Column("lead_agency_id", _t("Cơ quan chủ trì"), lookup="agencies", visible=False),
    Column("location", _t("Địa điểm"), visible=False),
    *(Column(f.name, f.short, numeric=True, visible=f.shown) for f in FIGURES),
    Column("funding_id", _t("Nguồn kinh phí"), lookup="funding", visible=False),
    # Whose activity it is: shown by default at the province, which holds every unit's.
    Column("unit_id", _t("Đơn vị"), lookup="units", visible=False),
]
PROVINCE_COLUMNS = ("unit_id",)  # visible by default at the province as well
COLUMN_KEYS = [c.key for c in COLUMNS]
_BY_KEY = {c.key: c for c in COLUMNS}



@dataclass(frozen=True)
class Sort:
    key: str = "start_date"
    descending: bool = True


class _unindexed(FunctionElement):
    """An ORDER BY key SQLite must not take from an index (``+column`` on SQLite).

    With a free-text filter SQLite cannot know how few rows match, and walking the date
    index while testing the words on each row is slow when they are rare (300 ms on
    100,000 rows); a sort of the matching rows is not (``search_paths`` walks the order
    itself only as far as it pays).
    """

    inherit_cache = True
    name = "unindexed"


@compiles(_unindexed)
def _unindexed_default(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


@compiles(_unindexed, "sqlite")
def _unindexed_sqlite(element, compiler, **kw):
    return "+" + compiler.process(element.clauses, **kw)


def _rank_case(column, lookups: Lookups, table: str):
    """The alphabetical rank of each id's name, so ORDER BY needs no join."""
    ranks = lookups.ranks(table)
    if not ranks:
        return literal(0)
    return case(ranks, value=column, else_=len(ranks))


def _link_rank(link_table, lookups: Lookups, table: str):
    """Sort by the first (alphabetically) theme or audience; none sorts last."""
    ranks = lookups.ranks(table)
    inner = (select(func.min(case(ranks, value=link_table.c.item_id, else_=len(ranks))))
             .where(link_table.c.activity_id == Activity.id).scalar_subquery())
    return func.coalesce(inner, len(ranks) + 1)


def sort_expression(sort: Sort, lookups: Lookups):
    column = _BY_KEY.get(sort.key)
    if column is None:
        raise ValueError(f"unknown column {sort.key!r}")
    if sort.key == "title":
        expr = Activity.search_text  # folded title first: sorts "Ân Hòa" beside "An"
    elif sort.key == "themes":
        expr = _link_rank(activity_theme, lookups, "themes")
    elif sort.key == "audiences":
        expr = _link_rank(activity_audience, lookups, "audiences")
    elif column.lookup:
        expr = _rank_case(getattr(Activity, sort.key), lookups, column.lookup)
    else:
        expr = getattr(Activity, sort.key)
    return expr


def order_by(sort: Sort, lookups: Lookups, spec: ActivityFilter | None = None) -> list:
    # The title: the folded text in byte order on both engines; PostgreSQL first orders by
    # its indexed prefix (``storage.models.activity_indexes.title_order``).
    terms = title_order() if sort.key == "title" else [sort_expression(sort, lookups)]
    if spec is not None and spec.words():
        terms = [_unindexed(term) for term in terms]
    # The id breaks ties so that pages never overlap or skip rows.
    if sort.descending:
        return [*(term.desc() for term in terms), Activity.id.desc()]
    return [*(term.asc() for term in terms), Activity.id.asc()]


# -- rows ---------------------------------------------------------------------------------

# The figures of a row (``storage.activity_fields``), first in ``ActivityRow``'s fields.
_RowFigures = make_dataclass("_RowFigures", [(f.name, int) for f in FIGURES], slots=True)


@dataclass(slots=True)
class ActivityRow(_RowFigures):
    """One line of the table: plain values and ids (names come from ``Lookups``)."""

    id: int
    start_date: dt.date
    end_date: dt.date | None
    title: str
    form_id: int | None
    commune_id: int | None
    task_id: int | None
    lead_agency_id: int | None
    location: str
    funding_id: int | None
    unit_id: int | None = None
    themes: list[int] = field(default_factory=list)
    audiences: list[int] = field(default_factory=list)

    def value(self, key: str):
        return getattr(self, key)


# Plain columns fetched for every row of a page, in ``ActivityRow``'s order (themes and
# audiences come separately).
_ROW_COLUMNS = [getattr(Activity, f.name) for f in fields(ActivityRow)
                if f.name not in ("themes", "audiences")]


def page(session: Session, spec: ActivityFilter, sort: Sort, lookups: Lookups,
         offset: int, limit: int) -> list[ActivityRow]:
    """``limit`` rows from ``offset`` of the filtered, sorted list.

    Two steps: the ids of the page first (sorted and cut in the database, from the narrow
    ``ix_activity_browse`` index whenever the filter and the order allow), then the 200
    wide rows by primary key. Sorting 100,000 wide rows would read the whole table.
    """
    summed = fast_paths.figure_totals(session, spec)
    if summed is not None and summed[0] <= offset:
        return []  # counted from the figures: nothing there (a year not yet logged)
    # A theme or audience filter: walk the order's index testing each row while matches
    # are common, start from the link table's item index when they are few (a walk would
    # test most of the log) or when the order has no index to walk (all are sorted anyway).
    share = fast_paths.link_share(session, spec)
    rare_links = share is not None and share <= RARE_LINKS
    walked = sort.key in _WALKED_ORDERS
    links_first = share is not None and (rare_links or not walked) and share <= LINKS_FIRST
    page_ids = search_paths.page_ids(
        session, spec, conditions(spec, text=False, links_first=links_first), sort,
        sort_expression(sort, lookups), order_by(sort, lookups, spec), offset, limit)
    if page_ids is None:
        table = getattr(_BY_KEY.get(sort.key), "lookup", "")
        page_ids = fast_paths.ranked_page_ids(session, spec, conditions(spec), sort, lookups,
                                              table, offset, limit)
    if page_ids is None:
        page_ids = plain_page_ids(session, spec, sort, lookups, offset, limit,
                                  links_first=links_first)
    if not page_ids:
        return []
    by_id = rows_by_id(session, page_ids)
    return [by_id[i] for i in page_ids if i in by_id]


_LINKS = ((activity_theme, "themes"), (activity_audience, "audiences"))


def rows_by_id(session: Session, ids: list[int]) -> dict[int, ActivityRow]:
    """The rows of ``ids`` (a page) with their themes and audiences.

    PostgreSQL: one statement, each row's links gathered in an array beside it. Three
    statements (the rows, then each link table) cost three round trips and three plans of
    a table with many indexes: 3.8 → 2.4–2.7 ms for a page of 200 at 400,000. SQLite,
    in-process, has no round trip to save and keeps the three."""
    if session.get_bind().dialect.name == "postgresql":
        gathered = [func.array(select(table.c.item_id)
                               .where(table.c.activity_id == Activity.id)
                               .order_by(table.c.item_id).scalar_subquery())
                    for table, _attribute in _LINKS]
        by_id = {}
        for values in session.execute(select(*_ROW_COLUMNS, *gathered)
                                      .where(among(session, Activity.id, ids))):
            row = ActivityRow(*values[:len(_ROW_COLUMNS)])
            row.themes, row.audiences = (list(found or ()) for found in values[-2:])
            by_id[row.id] = row
        return by_id
    by_id = {values.id: ActivityRow(*values) for values in session.execute(
        select(*_ROW_COLUMNS).where(among(session, Activity.id, ids)))}
    for table, attribute in _LINKS:
        links = session.execute(select(table.c.activity_id, table.c.item_id)
                                .where(among(session, table.c.activity_id, ids)))
        for activity_id, item_id in links:
            getattr(by_id[activity_id], attribute).append(item_id)
    return by_id


def among(session: Session, column, ids: list[int]) -> ColumnElement[bool]:
    """``column IN (ids)``: on PostgreSQL as ``= ANY`` of one array parameter, which the
    server binds and plans in half the time of 200 parameters (a page's rows and links:
    4.5 → 2 ms)."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    return column.in_(ids)


# Orders an index gives already sorted (a first page is the start of a walk along it).
_WALKED_ORDERS = ("start_date", "title")
# A link filter matching at most this share of the log is "rare": see ``page``.
RARE_LINKS = 0.02
# Up to this share, visiting the matching activities one by one (about 2 µs each on
# SQLite) costs less than reading the whole log and testing each row (a theme of 13 % of
# 400,000 activities: 110 ms against 900 ms).
LINKS_FIRST = 0.5


def plain_page_ids(session: Session, spec: ActivityFilter, sort: Sort, lookups: Lookups,
                   offset: int, limit: int, *, links_first: bool = False) -> list[int]:
    """The ids of a page by one sorted query (the reference for the shorter roads)."""
    return list(session.scalars(plain_page_ids_statement(
        spec, sort, lookups, offset, limit, links_first=links_first,
        dialect=session.get_bind().dialect.name)))


def plain_page_ids_statement(spec: ActivityFilter, sort: Sort, lookups: Lookups, offset: int,
                             limit: int, *, links_first: bool = False, dialect: str = ""):
    """The SELECT of ``plain_page_ids`` (tests read its plans)."""
    undeleted = None
    if dialect == "sqlite" and sort.key == "start_date":
        # The same rows, with the deleted left out in the words of ``ix_activity_live_dates``
        # (its condition, which makes it usable and tests nothing more): an OFFSET deep in
        # the list walks that index without reading the table (300 → 10 ms at 200,000).
        undeleted = sql_text(LIVE_DATES_CONDITION)
    return (select(Activity.id)
            .where(*conditions(spec, links_first=links_first, undeleted=undeleted))
            .order_by(*order_by(sort, lookups, spec)).offset(offset).limit(limit))


def ids(session: Session, spec: ActivityFilter, limit: int | None = None) -> list[int]:
    """Ids of the filtered rows (bulk actions over a filter, exports)."""
    stmt = select(Activity.id).where(*_indexed_conditions(session, spec)).order_by(Activity.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def position_of(session: Session, spec: ActivityFilter, sort: Sort, lookups: Lookups,
                activity_id: int, window: int = 5000) -> int | None:
    """The row number of an activity in the sorted list (to select it after a save), looking
    only at the first ``window`` rows so a huge list never costs a full scan of ids."""
    stmt = (select(Activity.id).where(*_indexed_conditions(session, spec))
            .order_by(*order_by(sort, lookups, spec)).limit(window))
    for index, found in enumerate(session.scalars(stmt)):
        if found == activity_id:
            return index
    return None


def _indexed_conditions(session: Session, spec: ActivityFilter) -> list[ColumnElement[bool]]:
    """``conditions``, with the words answered from the word index when there is one."""
    searched = search_paths.conditions(session, spec)
    if searched is None:
        return conditions(spec)
    return conditions(spec, text=False) + searched
