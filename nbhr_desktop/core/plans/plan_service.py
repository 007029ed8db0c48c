"""The plans as the window uses them: one object that owns its sessions.

The plan rules are functions taking a ``Session`` (``service``, ``tasks``, ``issuing``), which
the command line and the province code combine inside one transaction. A screen never opens
a session: it calls a ``PlanService`` method on the worker thread (``ui/operations.py``), and
each method is one unit of work (``Database.session()``: committed on success, rolled back on
any error) that returns plain views (``PlanView``, ``PlanSummary``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from nbhr_desktop.core.plans import issuing, service
from nbhr_desktop.core.plans.views import Choice, PlanView, agency_choices, form_choices, plan_view
from nbhr_desktop.core.workspace import Workspace

# A change made by the editor's undo commands: (session, installation_uuid) -> anything.
Edit = Callable[[Session, str], Any]


class PlanService:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    @property
    def info(self):
        return self.workspace.installation_info()

    # -- reading -----------------------------------------------------------------------
    def list_plans(self, *, every_unit: bool = False) -> list:
        """This unit's plans (with the ones handed over to it), or every unit's (province)."""
        with self.workspace.db.session() as session:
            if every_unit:  # every unit's, counted in one query
                from nbhr_desktop.core.province.plans import all_plans

                return all_plans(session)
            return service.list_plans(session, self.info.unit_id, with_history=True)

    def view(self, plan_uuid: str) -> PlanView:
        with self.workspace.db.session() as session:
            return plan_view(service.get_plan(session, plan_uuid))

    def task_choices(self) -> tuple[list[Choice], list[Choice]]:
        """The agencies and activity forms a task's combos offer."""
        with self.workspace.db.session() as session:
            return agency_choices(session, self.info.unit_id), form_choices(session)

    def issue_problems(self, plan_uuid: str, number: int | None, day: dt.date | None
                       ) -> tuple[list[str], list[str]]:
        """What stops issuing with this number and date, and what to look at first."""
        with self.workspace.db.session() as session:
            plan = service.get_plan(session, plan_uuid)
            # The number is what the issue dialog asks for: list everything else.
            return (issuing.issue_problems(session, plan, number or 1, day),
                    issuing.issue_warnings(session, plan, day))

    # -- writing -----------------------------------------------------------------------
    def create_from_template(self, year: int) -> str:
        info = self.info
        with self.workspace.db.session() as session:
            return service.create_plan(session, info.unit_id, year, info.installation_uuid).uuid

    def copy(self, plan_uuid: str, year: int) -> str:
        info = self.info
        with self.workspace.db.session() as session:
            return service.copy_plan(session, plan_uuid, year, info.installation_uuid,
                                     unit_id=info.unit_id).uuid

    def delete(self, plan_uuid: str) -> None:
        with self.workspace.db.session() as session:
            service.delete_plan(session, plan_uuid, self.info.installation_uuid)

    def edit(self, plan_uuid: str, change: Edit) -> PlanView:
        """Apply one editor command in its own transaction; the fresh view of the plan."""
        with self.workspace.db.session() as session:
            change(session, self.info.installation_uuid)
        return self.view(plan_uuid)

    def issue(self, plan_uuid: str, number: int | None, day: dt.date | None) -> PlanView:
        with self.workspace.db.session() as session:
            issuing.issue_plan(session, plan_uuid, self.info.installation_uuid, number=number,
                               issued_date=day)
        return self.view(plan_uuid)

    def new_revision(self, plan_uuid: str) -> str:
        with self.workspace.db.session() as session:
            return issuing.new_revision(session, plan_uuid, self.info.installation_uuid).uuid
