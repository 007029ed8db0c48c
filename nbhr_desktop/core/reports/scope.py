"""What a results report counts: whose activities, over which period, up to which day.

A ``ReportScope`` is the units (one for a commune or district report; several when the
province consolidates), the period, and the report's own date (``as_of``). Activities dated
after the report's date are not results yet (TIME-AND-PROVINCE.md): a report drafted on
20/09 for the calendar third quarter counts up to 20/09 and says so, and the officer is
told how many activities that leaves out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.periods import Period, parse_period, shift_year
from nbhr_desktop.core.vnformat import number, short_date
from nbhr_desktop.storage.models import Activity, ResultsReport


@dataclass(frozen=True)
class ReportScope:
    unit_ids: tuple[int, ...]
    period: Period
    as_of: dt.date | None = None  # the report's date; None: the period is over

    @property
    def counted_end(self) -> dt.date:
        """The last day counted: the period's end, or the report's date when earlier."""
        if self.as_of is not None and self.as_of < self.period.end:
            return self.as_of
        return self.period.end

    @property
    def cut_short(self) -> bool:
        return self.counted_end < self.period.end

    @property
    def due_by(self) -> dt.date:
        """Tasks whose timing ends by this day are judged; later ones are "chưa đến hạn".

        The last report of a year judges every task of the year (``Period.closes_year``).
        """
        if self.period.closes_year:
            return max(self.counted_end, dt.date(self.period.year, 12, 31))
        return self.counted_end

    def year_earlier(self) -> ReportScope:
        """The same span a year before (cut just as short, so the two compare fairly)."""
        as_of = shift_year(self.as_of, -1) if self.cut_short and self.as_of else None
        return ReportScope(self.unit_ids, self.period.year_earlier(), as_of)

    def activities(self, start: dt.date | None = None,
                   end: dt.date | None = None) -> ColumnElement[bool]:
        """The counted activities of these units from ``start`` (default: the period's) to
        ``end`` (default: the last counted day)."""
        return in_units(self.unit_ids, start or self.period.start, end or self.counted_end)

    def coverage_text(self) -> str:
        """"Số liệu tính từ ngày 15/03/2024 đến ngày 14/06/2024, theo thời gian chốt …"."""
        text = _("Số liệu tính từ ngày {start} đến ngày {end}, {basis}").format(
            start=short_date(self.period.start), end=short_date(self.counted_end),
            basis=self.period.basis_text)
        if self.cut_short:
            text += _("; hoạt động sau ngày báo cáo {day} chưa được tính").format(
                day=short_date(self.counted_end))
        return text


def in_units(unit_ids, start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Non-deleted activities of ``unit_ids`` that start within ``start``–``end``."""
    ids = list(unit_ids)
    unit = Activity.unit_id == ids[0] if len(ids) == 1 else Activity.unit_id.in_(ids)
    return and_(unit, Activity.deleted.is_(False), Activity.start_date >= start,
                Activity.start_date <= end)


def excluded_count(session: Session, scope: ReportScope) -> int:
    """Activities dated inside the period but after the report's date (not counted)."""
    if not scope.cut_short:
        return 0
    after = scope.counted_end + dt.timedelta(days=1)
    return int(session.scalar(select(func.count(Activity.id)).where(
        in_units(scope.unit_ids, after, scope.period.end))) or 0)


def excluded_text(count: int, scope: ReportScope) -> str:
    """The line the command line and the screen show; empty when nothing was left out."""
    if not count:
        return ""
    return _("Không tính {n} hoạt động có ngày sau ngày báo cáo ({day}).").format(
        n=number(count), day=short_date(scope.counted_end))


def report_as_of(report: ResultsReport, today: dt.date | None = None) -> dt.date:
    """The day a report speaks from: its issue date, else the day it was submitted, else
    today (a draft)."""
    if report.issued_date is not None:
        return report.issued_date
    if report.submitted_at is not None:
        return report.submitted_at.date()
    return today or dt.date.today()


def report_scope(report: ResultsReport, today: dt.date | None = None,
                 session: Session | None = None) -> ReportScope:
    """The report's units (at the province: its own and every reporting unit's,
    ``core.province.units``), its period and its date."""
    from sqlalchemy.orm import object_session

    from nbhr_desktop.core.province.units import scope_unit_ids

    session = session or object_session(report) or (
        object_session(report.unit) if report.unit is not None else None)
    unit_ids = (scope_unit_ids(session, report.unit_id) if session is not None
                else (report.unit_id,))
    return ReportScope(unit_ids, parse_period(report.period_key), report_as_of(report, today))
