"""Locked periods: a submitted report locks its period (SYNC.md, "Locked periods").

Changes to the period's activities stay allowed — a late correction is real — but they are
flagged rather than slipped in: ``flagged_activities`` lists every activity dated inside the
period that was changed (or deleted) after submission, and ``is_out_of_date`` tells when
the figures no longer match the fingerprint kept at submission. The activities screen and
the exchange import call ``report_lock_for`` to warn before or while they change a day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from nbhr_desktop.core.reports.figures import scope_figures
from nbhr_desktop.core.reports.scope import report_scope
from nbhr_desktop.storage.models import Activity, ReportStatus, ResultsReport


def report_lock_for(session: Session, unit_id: int, day: dt.date) -> ResultsReport | None:
    """The submitted report of ``unit_id`` whose period contains ``day``, if any.

    When periods overlap (a quarter inside a submitted year) the shortest one is returned,
    since it is the one the change most directly contradicts.
    """
    reports = session.scalars(select(ResultsReport).where(
        ResultsReport.unit_id == unit_id, ResultsReport.deleted.is_(False),
        ResultsReport.status == ReportStatus.SUBMITTED,
        ResultsReport.period_start <= day, ResultsReport.period_end >= day)).all()
    if not reports:
        return None
    return min(reports, key=lambda r: ((r.period_end - r.period_start).days, r.id))


@dataclass(frozen=True)
class FlaggedActivity:
    """An activity changed after its period's report was submitted."""

    activity_id: int
    uuid: str
    start_date: dt.date
    title: str
    changed_at: dt.datetime
    deleted: bool


def flagged_activities(session: Session, report: ResultsReport) -> list[FlaggedActivity]:
    """Activities dated in the report's period and changed (or deleted) after submission."""
    if report.status != ReportStatus.SUBMITTED or report.submitted_at is None:
        return []
    rows = session.execute(select(
        Activity.id, Activity.uuid, Activity.start_date, Activity.title, Activity.changed_at,
        Activity.deleted,
    ).where(
        Activity.unit_id == report.unit_id,
        Activity.start_date >= report.period_start, Activity.start_date <= report.period_end,
        Activity.changed_at > report.submitted_at,
    ).order_by(Activity.changed_at, Activity.id))
    return [FlaggedActivity(*row) for row in rows]


def current_fingerprint(session: Session, report: ResultsReport) -> str:
    return scope_figures(session, report_scope(report, session=session),
                         with_year_earlier=False).fingerprint()


def is_out_of_date(report: ResultsReport, session: Session | None = None) -> bool:
    """True when the period's figures differ from those the report was submitted with."""
    if report.status != ReportStatus.SUBMITTED or not report.figures_fingerprint:
        return False
    session = session or object_session(report)
    if session is None:
        raise ValueError("is_out_of_date needs a session: pass one or an attached report")
    return current_fingerprint(session, report) != report.figures_fingerprint


@dataclass(frozen=True)
class LockState:
    """What the reports screen shows about a submitted report."""

    locked: bool
    out_of_date: bool
    flagged: list[FlaggedActivity]


def lock_state(session: Session, report: ResultsReport) -> LockState:
    if report.status != ReportStatus.SUBMITTED:
        return LockState(False, False, [])
    return LockState(True, is_out_of_date(report, session), flagged_activities(session, report))
