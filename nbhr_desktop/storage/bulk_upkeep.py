"""What a bulk load of activities (an import of thousands, demo data) does once its rows
are written, still inside its transaction: ``after_bulk_load(connection)``, called by
``storage.bulk_load.BulkLoad.finish``.

- PostgreSQL: ``ANALYZE`` of the tables the load filled (the search copy's words too, after
  a load that at least doubled the log: ``COPY_WORDS``). Its planner chooses from
  statistics that the autovacuum daemon refreshes only later; until then a freshly loaded
  log is planned as the empty one it was (sequential scans, wrong join orders): pages
  about twice as slow. ANALYZE samples a fixed number of rows (a fraction of a second at
  400,000 activities) and, unlike VACUUM, may run inside the load's transaction. Of the
  activity table it samples only the columns queries filter, sort or join on (the search
  key among them): the long texts (title, description, notes) and the exchange
  bookkeeping cost most of its time and no plan reads their statistics (100,000
  activities: 560 → 290 ms). The autovacuum daemon later analyses every column.
  A load that at least doubled the log (``grown``) is analysed from a tenth of the sample
  (statistics target 10: 3,000 rows instead of 30,000; 50,000 activities 270 → 30 ms) when
  the daemon will analyse the tables again, with the full sample, within about a minute of
  the commit: it does so once a tenth of a table has changed (``autovacuum_analyze_scale_
  factor``), and such a load changed half of it. Until then the coarse statistics give
  the screens the very plans the full ones give (every query of the activities screen
  after a 50,000-activity import, 188 statements: the same plans).
- SQLite: nothing here. The search's word index has its own bulk calls, made by the
  same loads (``search_index.pause/forget/add/resume``, or ``new_rows_only`` for a load
  that only appends); ``BulkLoad`` drops and re-creates
  ``ix_activity_by_id`` and ``ix_activity_cost`` with the other indexes of ``activity``.
"""

from __future__ import annotations

from sqlalchemy import Connection

from nbhr_desktop.storage import search_figures
from nbhr_desktop.storage.activity_fields import FIGURES

# The activity columns whose statistics plans use: ids, links, dates, figures, the search
# key (its LIKE estimates) and the owner (an export's own records).
_PLANNED = ("id", "unit_id", "deleted", "start_date", "end_date", "form_id", "commune_id",
            "task_id", "funding_id", "lead_agency_id", "owner_unit_code", "search_text",
            *(f.name for f in FIGURES))
LOADED = (f"activity ({', '.join(_PLANNED)})", "activity_theme", "activity_audience",
          "activity_day_figure")

# The search copy's words (``storage.search_figures``), after a load that at least doubled
# the log: their statistics decide whether a search's totals read the copy through its
# word index or whole; a copy analysed when nearly empty is planned as if every word were
# rare (a common word's totals: the index and then most of the copy, 100 → 135 ms at
# 400,000). 14 ms at the coarse target (50,000 activities). A smaller load leaves their
# shares about as they were: the daemon's next analysis will do.
COPY_WORDS = f"{search_figures.TABLE} (words)"

# The statistics target of a grown log's ANALYZE (PostgreSQL's default: 100).
COARSE_TARGET = 10
# A load that doubled a table changed half of its rows: the daemon's threshold must be lower.
_REANALYSED = (
    "SELECT current_setting('autovacuum')::boolean "
    "AND current_setting('track_counts')::boolean "
    "AND current_setting('autovacuum_analyze_scale_factor')::float8 <= 0.5 "
    "AND NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = 'activity'::regclass "
    "AND array_to_string(reloptions, ',') LIKE '%%autovacuum%%')")


def after_bulk_load(connection: Connection, grown: bool = False) -> None:
    """``grown``: the load brought at least as many activities as the log held."""
    if connection.dialect.name != "postgresql":
        return
    coarse = grown and connection.exec_driver_sql(_REANALYSED).scalar()
    if coarse:
        connection.exec_driver_sql(f"SET LOCAL default_statistics_target = {COARSE_TARGET}")
    loaded = list(LOADED)
    if grown and search_figures.exists(connection):
        loaded.append(COPY_WORDS)
    connection.exec_driver_sql(f"ANALYZE {', '.join(loaded)}")
    if coarse:
        connection.exec_driver_sql("RESET default_statistics_target")
