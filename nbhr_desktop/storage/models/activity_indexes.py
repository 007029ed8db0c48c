"""Indexes for browsing the activity log at scale (the activities screen and its totals).

Owned by the activities feature; kept apart from the model so the model stays a plain
description of the data. An activity row is wide (title, description and their folded
search key: about 1.3 KB), so counting and summing 100,000 of them by reading the table
costs a scan of 130 MB. ``ix_activity_browse`` holds the date, the links the filter bar
uses and every summed figure (about 50 bytes a row): the count and totals of the filtered
rows, and the sorted list of ids for a page, are read from the index alone on SQLite and
PostgreSQL (index-only scan) whenever no free text is searched; ``ix_activity_search``
does the same for searches on SQLite.
"""

from sqlalchemy import Index, text

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
# it empty, as above: it has no word index, see migration 0006).
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

# PostgreSQL's word index of the search key: each key's words as the lexemes of a tsvector
# (``array_to_tsvector``: no text-search parser, the words themselves), in a GIN index that
# answers "holds these words, or words beginning so" (``core/activities/words.py`` queries
# it with this very expression). SQLite has FTS5 instead (``storage/search_index.py``).
WORDS_SQL = "array_to_tsvector(string_to_array(btrim(search_text), ' '))"
ix_activity_words = Index(
    "ix_activity_words", text(WORDS_SQL), postgresql_using="gin", _table=Activity.__table__,
).ddl_if(dialect="postgresql")
