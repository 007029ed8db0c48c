"""When units must send a period's data to the province (hạn gửi báo cáo).

By default the Decree 09/2019/NĐ-CP cut-off end of the period plus five days (the second
quarter: 14/06 + 5 = 19/06; the year: 14/12 + 5 = 19/12), the same for the calendar and the
cut-off report of one period. The province may set another day per period; the day is a
record it owns (``ReportDeadline``), sent down to every unit in its packages. A unit keeps
what it receives and cannot change it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core import catalogue_seed
from nbhr_desktop.core.reports.periods import (
    CUTOFF_TAG,
    Basis,
    Period,
    PeriodKind,
    half,
    nine_months,
    quarter,
    whole_year,
)
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.storage.models import ReportDeadline, Role

DAYS_AFTER_CUTOFF = 5


def deadline_key(period: Period) -> str:
    """The period without its basis: "2026-Q2" for both "2026-Q2" and "2026-Q2-ND09"."""
    return period.key.removesuffix(f"-{CUTOFF_TAG}")


def default_due_date(period: Period) -> dt.date:
    """The Decree 09 cut-off end plus five days (a custom span: its end plus five days)."""
    if period.kind == PeriodKind.CUSTOM:
        return period.end + dt.timedelta(days=DAYS_AFTER_CUTOFF)
    return period.with_basis(Basis.CUTOFF).end + dt.timedelta(days=DAYS_AFTER_CUTOFF)


@dataclass(frozen=True)
class Deadline:
    period_key: str
    due_date: dt.date
    set_by_province: bool  # False: the default rule (stored or not)
    note: str = ""

    def text(self) -> str:
        how = _("do tỉnh quy định") if self.set_by_province else _(
            "mặc định: mốc chốt số liệu Nghị định 09 + 5 ngày")
        return f"{short_date(self.due_date)} ({how})"


def _record(session: Session, key: str) -> ReportDeadline | None:
    return session.scalars(select(ReportDeadline).where(
        ReportDeadline.period_key == key, ReportDeadline.deleted.is_(False))
        .order_by(ReportDeadline.version.desc(), ReportDeadline.id)).first()


def deadline(session: Session, period: Period) -> Deadline:
    key = deadline_key(period)
    record = _record(session, key)
    if record is not None:
        return Deadline(key, record.due_date, record.due_date != default_due_date(period),
                        record.note)
    return Deadline(key, default_due_date(period), False)


def deadline_uuid(key: str) -> str:
    """One record per period whichever province PC sets it (its versions then decide)."""
    return catalogue_seed.seed_uuid("report-deadline", key)


def set_deadline(session: Session, info, period: Period, due: dt.date | None,
                 note: str = "") -> Deadline:
    """Set (or, with ``due`` None, go back to the default for) a period's due date.

    Only the province sets due dates: they are its records, sent down to every unit.
    """
    if info.role != Role.PROVINCE:
        raise UserError(_("Chỉ cấp tỉnh đặt hạn gửi báo cáo; đơn vị nhận hạn từ tỉnh qua gói "
                          "trao đổi dữ liệu."))
    if due is not None and not period.start <= due <= period.end + dt.timedelta(days=366):
        raise UserError(_("Hạn gửi {day} không hợp lý cho kỳ {period} ({start} - {end}): hạn "
                          "phải sau ngày đầu kỳ và không quá một năm sau cuối kỳ.").format(
            day=short_date(due), period=period.label, start=short_date(period.start),
            end=short_date(period.end)))
    key = deadline_key(period)
    uuid = deadline_uuid(key)
    record = session.scalars(select(ReportDeadline).where(ReportDeadline.uuid == uuid)).first()
    if record is None:
        if due is None:
            return deadline(session, period)
        record = ReportDeadline(uuid=uuid, period_key=key, due_date=due, version=0,
                                owner_unit_code=info.unit_code, note="")
        session.add(record)
    if due is None:
        record.deleted = True  # a tombstone: units go back to the default too
    else:
        record.deleted, record.due_date = False, due
    record.note = nfc(note).strip()
    record.touch(info.installation_uuid)
    session.flush()
    return deadline(session, period)


def standard_periods(year: int) -> list[Period]:
    """The periods of a year that have deadlines: four quarters, two halves, nine months,
    the year (calendar keys; the cut-off reports share them)."""
    return ([quarter(year, q) for q in (1, 2, 3, 4)] + [half(year, 1), half(year, 2)]
            + [nine_months(year), whole_year(year)])


def ensure_year(session: Session, info, year: int) -> int:
    """Store the default due dates of ``year`` that the province has not set, so that its
    next package tells every unit its deadlines. Returns how many were added."""
    added = 0
    for period in standard_periods(year):
        key = deadline_key(period)
        uuid = deadline_uuid(key)
        if session.scalars(select(ReportDeadline.id).where(
                ReportDeadline.uuid == uuid)).first() is None:
            record = ReportDeadline(uuid=uuid, period_key=key, note="", version=0,
                                    due_date=default_due_date(period),
                                    owner_unit_code=info.unit_code)
            record.touch(info.installation_uuid)
            session.add(record)
            added += 1
    session.flush()
    return added


__all__ = ["Deadline", "deadline", "deadline_key", "default_due_date", "ensure_year",
           "set_deadline", "standard_periods"]
