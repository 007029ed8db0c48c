"""A period's report as a file: the Decree-30 PDF (``report-pdf``) and the workbook of its
figures (``report-workbook``).

Both print the stored report of the period or, when there is none yet, the pre-filled
draft (not stored: the command line can print a report nobody has opened). Both count up
to the report's date (its issue date, else today), so the window and the command line give
the same figures for the same period; ``ReportFile.excluded_line`` says how many later
activities were left out. A Decree-09 cut-off period is just another ``Period``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.province.units import scope_for
from nbhr_desktop.core.reports import service
from nbhr_desktop.core.reports.figures import scope_figures
from nbhr_desktop.core.reports.periods import Period, report_file_name
from nbhr_desktop.core.reports.scope import excluded_text, report_scope
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.exports.files import write_atomically
from nbhr_desktop.exports.registry import Exported, Exporter, Progress, register
from nbhr_desktop.storage.partials import partial_path


@dataclass(frozen=True)
class ReportFile:
    """What a caller says after a report export."""

    period: Period
    activities: int
    cost: float
    excluded_line: str  # "Không tính 3 hoạt động ghi ngày sau ngày báo cáo (…)", or ""


def _name(workspace: Workspace, kind: str, *, period: Period, **_params) -> str:
    return report_file_name(workspace.installation_info().unit_short_name, period, f".{kind}")


def write_pdf(workspace: Workspace, target: Path, kind: str, progress: Progress, *,
              period: Period, as_draft: bool | None = None) -> Exported:
    """``as_draft`` True prints "DỰ THẢO" even on a submitted report; None: by its status."""
    from nbhr_desktop.documents.report_pdf import write_report_pdf

    info = workspace.installation_info()
    with workspace.db.session() as session:
        try:
            progress(0, 0, _("Đang tính số liệu…"))
            report = service.find_report(session, info.unit_id, period)
            if report is None:  # a draft, counted once (the province's is 300,000 rows)
                figures = scope_figures(session, scope_for(session, info.unit_id, period,
                                                           dt.date.today()))
                report = service.build_draft(session, info, period, figures)
            else:
                figures = service.report_figures(session, report)
            scope = report_scope(report, session=session)
            progress(0, 0, _("Đang dựng báo cáo PDF…"))
            write_atomically(target, lambda partial: write_report_pdf(
                session, report, str(partial), figures=figures, as_draft=as_draft), progress)
        finally:
            session.expunge_all()  # an unsaved draft must not be stored by the commit
    return Exported(target, kind, ReportFile(period, figures.totals.activities,
                                             figures.totals.cost,
                                             excluded_text(figures.excluded, scope)))


def write_workbook(workspace: Workspace, target: Path, kind: str, progress: Progress, *,
                   period: Period) -> Exported:
    from nbhr_desktop.workbooks.report_workbook import write_report_workbook

    info = workspace.installation_info()
    with workspace.db.session() as session:
        report = service.find_report(session, info.unit_id, period)
        scope = (report_scope(report, session=session) if report is not None
                 else scope_for(session, info.unit_id, period, dt.date.today()))
        progress(0, 0, _("Đang tính số liệu…"))
        figures = scope_figures(session, scope)
        partial_name = partial_path(target).name

        def shown(done: int, total: int, text: str) -> None:  # "Đã lưu" names the target
            progress(done, total, text.replace(partial_name, target.name))
        written = write_atomically(target, lambda partial: write_report_workbook(
            session, info.unit_id, period, partial, figures=figures, report=report,
            progress=shown), progress)
    return Exported(target, kind, ReportFile(period, written.activities, figures.totals.cost,
                                             excluded_text(figures.excluded, scope)))


register(Exporter("report-pdf", ("pdf",), ("period", "as_draft"), write_pdf, _name))
register(Exporter("report-workbook", ("xlsx",), ("period",), write_workbook, _name))
