"""The province's submissions screen as one service that owns its sessions.

Who has sent their data for a period, and the period's due date (``submissions``,
``deadlines``: functions taking a ``Session``, shared with the command line). The window
calls these methods on the worker thread (``ui/operations.py``).
"""

from __future__ import annotations

import datetime as dt

from nbhr_desktop.core.province import deadlines
from nbhr_desktop.core.province.submissions import Submissions, reminder_period, submissions
from nbhr_desktop.core.reports.periods import Period, current_quarter, quarter
from nbhr_desktop.core.workspace import Workspace


class SubmissionService:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    def opening_period(self, today: dt.date | None = None) -> Period:
        """The last quarter whose due date has passed: the one to remind units of."""
        today = today or dt.date.today()
        with self.workspace.db.read_session() as session:
            return reminder_period(session, quarter(today.year, current_quarter(today).part),
                                   today)

    def submissions(self, period: Period) -> Submissions:
        with self.workspace.db.read_session() as session:
            return submissions(session, period)

    def set_deadline(self, period: Period, day: dt.date | None) -> None:
        """The province's due date for ``period`` (None: back to the default)."""
        info = self.workspace.installation_info()
        with self.workspace.db.session() as session:
            deadlines.set_deadline(session, info, period, day)
