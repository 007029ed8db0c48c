"""What a bulk load of activities (an import of thousands, demo data) does once its rows
are written, still inside its transaction: ``after_bulk_load(connection)``, called by
``storage.bulk_load.BulkLoad.finish``.

- PostgreSQL: ``ANALYZE`` of the tables the load filled. Its planner chooses from
  statistics that the autovacuum daemon refreshes only later; until then a freshly loaded
  log is planned as the empty one it was (sequential scans, wrong join orders): pages
  about twice as slow. ANALYZE samples a fixed number of rows (a fraction of a second at
  400,000 activities) and, unlike VACUUM, may run inside the load's transaction.
- SQLite: nothing here. The search's word index has its own bulk calls, made by the
  same loads (``search_index.pause/forget/add/resume``, or ``new_rows_only`` for a load
  that only appends); ``BulkLoad`` drops and re-creates
  ``ix_activity_by_id`` and ``ix_activity_cost`` with the other indexes of ``activity``.
"""

from __future__ import annotations

from sqlalchemy import Connection

LOADED = ("activity", "activity_theme", "activity_audience", "activity_day_figure")


def after_bulk_load(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"ANALYZE {', '.join(LOADED)}")
