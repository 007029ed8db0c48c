"""What a bulk load of activities (an import of thousands, demo data) does once its rows
are written, still inside its transaction: ``after_bulk_load(connection)``, called by
``storage.bulk_load.BulkLoad.finish``.

- PostgreSQL: ``ANALYZE`` of the tables the load filled. Its planner chooses from
  statistics that the autovacuum daemon refreshes only later; until then a freshly loaded
  log is planned as the empty one it was (sequential scans, wrong join orders): pages
  about twice as slow. ANALYZE samples a fixed number of rows (a fraction of a second at
  400,000 activities) and, unlike VACUUM, may run inside the load's transaction. Of the
  activity table it samples only the columns queries filter, sort or join on (the search
  key among them): the long texts (title, description, notes) and the exchange
  bookkeeping cost most of its time and no plan reads their statistics (100,000
  activities: 560 → 290 ms). The autovacuum daemon later analyses every column.
- SQLite: nothing here. The search's word index has its own bulk calls, made by the
  same loads (``search_index.pause/forget/add/resume``, or ``new_rows_only`` for a load
  that only appends); ``BulkLoad`` drops and re-creates
  ``ix_activity_by_id`` and ``ix_activity_cost`` with the other indexes of ``activity``.
"""

from __future__ import annotations

from sqlalchemy import Connection

from nbhr_desktop.storage.activity_fields import FIGURES

# The activity columns whose statistics plans use: ids, links, dates, figures, the search
# key (its LIKE estimates) and the owner (an export's own records).
_PLANNED = ("id", "unit_id", "deleted", "start_date", "end_date", "form_id", "commune_id",
            "task_id", "funding_id", "lead_agency_id", "owner_unit_code", "search_text",
            *(f.name for f in FIGURES))
LOADED = (f"activity ({', '.join(_PLANNED)})", "activity_theme", "activity_audience",
          "activity_day_figure")


def after_bulk_load(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"ANALYZE {', '.join(LOADED)}")
