"""What the reports screen asks for, as plain data safe to hand across threads.

Each function opens its own session on the worker thread, does one thing (load a period,
save edits, submit, reopen, redraft, export) and returns detached dataclasses; the screen
never holds ORM objects. Exports write to a folder under the telling ASCII file name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from nbhr_desktop.core.province.units import scope_for
from nbhr_desktop.core.reports import locking, service
from nbhr_desktop.core.reports.figures import PeriodFigures, scope_figures
from nbhr_desktop.core.reports.locking import FlaggedActivity
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.reports.scope import excluded_text
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.models import ReportStatus, ResultsReport

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportSnapshot:
    id: int
    uuid: str
    period_key: str
    status: str
    subject: str
    addressees: list[str]
    recipients: list[str]
    narrative: dict[str, str]
    signer_name: str
    signer_title: str
    signer_authority: str
    number: int | None
    issued_date: dt.date | None
    submitted_at: dt.datetime | None
    version: int

    @property
    def submitted(self) -> bool:
        return self.status == ReportStatus.SUBMITTED

    @classmethod
    def of(cls, report: ResultsReport) -> ReportSnapshot:
        return cls(
            id=report.id, uuid=report.uuid, period_key=report.period_key, status=report.status,
            subject=report.subject, addressees=list(report.addressees or []),
            recipients=list(report.recipients or []), narrative=dict(report.narrative or {}),
            signer_name=report.signer_name, signer_title=report.signer_title,
            signer_authority=report.signer_authority, number=report.number,
            issued_date=report.issued_date, submitted_at=report.submitted_at,
            version=report.version)


@dataclass(frozen=True)
class PeriodView:
    period: Period
    report: ReportSnapshot
    figures: PeriodFigures
    out_of_date: bool = False
    flagged: list[FlaggedActivity] = field(default_factory=list)

    @property
    def excluded_notice(self) -> str:
        """"Không tính 3 hoạt động ghi ngày sau ngày báo cáo (…)", or ""."""
        if self.figures.scope is None:
            return ""
        return excluded_text(self.figures.excluded, self.figures.scope)


def load_period(workspace: Workspace, period: Period) -> PeriodView:
    """The period's figures and its report (a pre-filled draft is stored on first open).

    The figures are those the report prints: up to its date (its issue date, else today).
    """
    info = workspace.installation_info()
    with workspace.db.session() as session:
        report = service.find_report(session, info.unit_id, period)
        if report is None:  # a new draft: its figures are counted once
            figures = scope_figures(session, scope_for(session, info.unit_id, period,
                                                       dt.date.today()))
            report = service.open_report(session, info, period, figures)
        else:
            figures = service.report_figures(session, report)
        state = locking.lock_state(session, report)
        return PeriodView(period, ReportSnapshot.of(report), figures, state.out_of_date,
                          state.flagged)


def save(workspace: Workspace, report_id: int, edit: service.ReportEdit) -> ReportSnapshot:
    info = workspace.installation_info()
    with workspace.db.session() as session:
        return ReportSnapshot.of(service.save_report(session, info, report_id, edit))


def submit(workspace: Workspace, report_id: int, edit: service.ReportEdit | None,
           period: Period) -> PeriodView:
    """Save the last edits, then submit (which locks the period)."""
    info = workspace.installation_info()
    with workspace.db.session() as session:
        if edit is not None:
            service.save_report(session, info, report_id, edit)
        service.submit_report(session, info, report_id)
    return load_period(workspace, period)


def reopen(workspace: Workspace, report_id: int, period: Period) -> PeriodView:
    info = workspace.installation_info()
    with workspace.db.session() as session:
        service.reopen_report(session, info, report_id)
    return load_period(workspace, period)


def redraft(workspace: Workspace, report_id: int, keys: tuple[str, ...]) -> ReportSnapshot:
    info = workspace.installation_info()
    with workspace.db.session() as session:
        return ReportSnapshot.of(service.redraft_sections(session, info, report_id, keys))
