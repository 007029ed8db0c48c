"""What the window reads about activities: the table's pages and totals, the progress of a
plan's tasks, and the dashboard's figures.

One object that owns its sessions (the shape of every service the window calls): each
method opens a reading session, runs the query functions of ``query``, ``progress`` and
``stats`` (which take a ``Session``, for the command line and the reports to combine), and
returns plain rows. Screens call it on the worker thread (``ui/operations.py``).
"""

from __future__ import annotations

import datetime as dt

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import Lookups, load_lookups
from nbhr_desktop.core.activities.progress import PlanChoice, TaskProgress, plans_for_progress
from nbhr_desktop.core.activities.progress import task_progress as _task_progress
from nbhr_desktop.core.activities.stats import dashboard_data, latest_data_day
from nbhr_desktop.core.workspace import Workspace


class ActivityReader:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    @property
    def unit_id(self) -> int:
        return self.workspace.installation_info().unit_id

    # -- the activity table ------------------------------------------------------------
    def first_page(self, spec: q.ActivityFilter, sort: q.Sort, lookups: Lookups | None,
                   size: int) -> tuple[Lookups, list[q.ActivityRow]]:
        """The names the table shows (loaded again when ``lookups`` is None) and its first
        ``size`` rows."""
        unit_id = self.unit_id
        with self.workspace.db.read_session() as session:
            found = load_lookups(session, unit_id) if lookups is None else lookups
            return found, q.page(session, spec, sort, found, 0, size)

    def page(self, spec: q.ActivityFilter, sort: q.Sort, lookups: Lookups, offset: int,
             size: int) -> list[q.ActivityRow]:
        with self.workspace.db.read_session() as session:
            return q.page(session, spec, sort, lookups, offset, size)

    def totals(self, spec: q.ActivityFilter) -> q.Totals:
        with self.workspace.db.read_session() as session:
            return q.totals(session, spec)

    # -- progress of a plan's tasks ----------------------------------------------------
    def task_progress(self, plan_id: int | None, *, with_plans: bool
                      ) -> tuple[list[PlanChoice] | None, int | None, list[TaskProgress]]:
        """The plans to choose from (when asked), the plan shown (``plan_id`` if it is
        still among them, else the newest) and its tasks' progress."""
        unit_id = self.unit_id
        with self.workspace.db.read_session() as session:
            choices = plans_for_progress(session, unit_id) if with_plans else None
            if choices is not None and plan_id not in [c.id for c in choices]:
                plan_id = choices[0].id if choices else None
            rows = _task_progress(session, plan_id) if plan_id is not None else []
        return choices, plan_id, rows

    # -- the dashboard -----------------------------------------------------------------
    def dashboard(self, period, *, every_unit: bool = False):
        """The dashboard's figures for ``period``: this unit's, or the province's view."""
        unit_id = self.unit_id
        with self.workspace.db.read_session() as session:
            if every_unit:
                from nbhr_desktop.core.province.dashboard import province_dashboard

                return province_dashboard(session, unit_id, period)
            return dashboard_data(session, unit_id, period.start, period.end)

    def latest_data_day(self) -> dt.date | None:
        unit_id = self.unit_id
        with self.workspace.db.read_session() as session:
            return latest_data_day(session, unit_id)
