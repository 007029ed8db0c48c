"""Who has sent what for a period (tình hình gửi báo cáo), from the province's import log.

For each reporting unit of the period (``units.reporting_units``) one row: received, late
or missing; when, from which file and key; the unit's activities of the period now in the
database; the date of its last package.

A unit has sent its data for a period when the province has imported (and applied) a file
from it whose data reaches the end of the unit's part of the period, counted as Decree
09/2019/NĐ-CP counts it: up to the period's data cut-off (the 14th of its last month; the
days after go into the next report), which is also what the due date follows:
- a package carries everything the unit had when it made the package (a "since last"
  package the changes since the one before), so one made on or after that day covers it;
- a report workbook covers the span its "Thông tin" sheet states (its period's start to
  the day its figures are counted to).
The earliest-made such file is the submission. It is late when it was made after the due
date (``deadlines``): a package's creation time is signed by the unit's key; a workbook's
is the time it was exported. ``received_at`` is when the province imported it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.province.deadlines import Deadline, deadline
from nbhr_desktop.core.province.units import UnitRef, reporting_units
from nbhr_desktop.core.reports.periods import Basis, Period, PeriodKind, parse_period, quarter
from nbhr_desktop.storage.models import Activity
from nbhr_desktop.storage.models.sync import SyncImportLog

RECEIVED, LATE, MISSING = "received", "late", "missing"
FILE_KINDS = ("package", "report-workbook")


@dataclass(frozen=True)
class SentFile:
    """An applied import of a unit's file, as the submission rules read it."""

    kind: str
    file_name: str
    fingerprint: str
    imported_at: dt.datetime
    made_at: dt.datetime | None
    covers_from: dt.date | None  # None: from the unit's beginning (a package)
    covers_until: dt.date

    @property
    def sent_at(self) -> dt.datetime:
        """When the unit made the file (the import time when the file does not say)."""
        return self.made_at or self.imported_at

    def covers(self, start: dt.date, end: dt.date) -> bool:
        return self.covers_until >= end and (self.covers_from is None or
                                             self.covers_from <= start)


@dataclass(frozen=True)
class SubmissionRow:
    unit: UnitRef
    status: str  # received, late, missing
    activities: int
    span: tuple[dt.date, dt.date]  # the unit's part of the period
    submission: SentFile | None = None
    last_package_at: dt.datetime | None = None

    @property
    def received_at(self) -> dt.datetime | None:
        return self.submission.imported_at if self.submission else None

    @property
    def file_name(self) -> str:
        return Path(self.submission.file_name).name if self.submission else ""

    @property
    def fingerprint(self) -> str:
        return self.submission.fingerprint if self.submission else ""


@dataclass(frozen=True)
class Submissions:
    period: Period
    due: Deadline
    rows: list[SubmissionRow] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def missing(self) -> list[SubmissionRow]:
        return [row for row in self.rows if row.status == MISSING]

    @property
    def due_passed(self) -> bool:
        return self.today > self.due.due_date

    def as_json(self) -> dict:
        """The shape ``submissions --json`` prints (issue 9)."""
        return {"period": self.period.key, "units": [
            {"code": row.unit.code, "name": row.unit.name, "status": row.status,
             "received_at": row.received_at.isoformat() if row.received_at else None,
             "activities": row.activities} for row in self.rows]}


def status_label(status: str, due_passed: bool = True) -> str:
    if status == RECEIVED:
        return _("Đã gửi")
    if status == LATE:
        return _("Gửi muộn")
    return _("Chưa gửi") if due_passed else _("Chưa gửi (chưa đến hạn)")


def _files(session: Session) -> dict[str, list[SentFile]]:
    log = SyncImportLog
    rows = session.execute(select(
        log.sender_unit_code, log.kind, log.file_name, log.sender_fingerprint, log.imported_at,
        log.file_created_at, log.period_key, log.data_until).where(
        log.outcome == "applied", log.kind.in_(FILE_KINDS))).all()
    files: dict[str, list[SentFile]] = {}
    for code, kind, name, fingerprint, imported, made, period_key, until in rows:
        covers_from = None
        if kind == "report-workbook":
            if not period_key or until is None:
                continue
            try:
                covers_from = parse_period(period_key).start
            except UserError:
                continue
        else:
            until = until or (made or imported).date()
        files.setdefault(code, []).append(SentFile(kind, name, fingerprint or "", imported,
                                                   made, covers_from, until))
    return files


def _activity_counts(session: Session, units: list[UnitRef], period: Period) -> dict[int, int]:
    if not units:
        return {}
    rows = session.execute(select(Activity.unit_id, func.count(Activity.id)).where(
        Activity.unit_id.in_([u.id for u in units]), Activity.deleted.is_(False),
        Activity.start_date >= period.start, Activity.start_date <= period.end)
        .group_by(Activity.unit_id))
    return {unit_id: int(count) for unit_id, count in rows}


def data_end(period: Period) -> dt.date:
    """The last day whose data a unit must have sent for the period: the Decree 09 cut-off
    end (a calendar quarter's data up to the 14th of its last month, like its cut-off
    twin, since both share the due date); a custom span's own end."""
    if period.kind == PeriodKind.CUSTOM:
        return period.end
    return period.with_basis(Basis.CUTOFF).end


def reminder_period(session: Session, period: Period, today: dt.date) -> Period:
    """The period whose missing units are worth a phone call today: ``period`` once its
    due date has passed, else the latest quarter (within it, or just before it) whose due
    date has (a year still running: its last quarter due)."""
    if today > deadline(session, period).due_date:
        return period
    day = min(period.end, today)
    year, part = day.year, (day.month - 1) // 3 + 1
    for _step in range(8):
        candidate = quarter(year, part, period.basis if period.kind != PeriodKind.CUSTOM
                            else Basis.CALENDAR)
        if today > deadline(session, candidate).due_date:
            return candidate
        year, part = (year - 1, 4) if part == 1 else (year, part - 1)
    return period


def submissions(session: Session, period: Period, today: dt.date | None = None
                ) -> Submissions:
    """One row per reporting unit of ``period``, in the order of the official lists."""
    today = today or dt.date.today()
    units = reporting_units(session, period.start, period.end)
    due = deadline(session, period)
    files = _files(session)
    counts = _activity_counts(session, units, period)
    rows = []
    reaches = data_end(period)
    for unit in units:
        start, end = unit.span_in(period.start, period.end)
        sent = files.get(unit.code, [])
        covering = [f for f in sent if f.covers(start, min(end, reaches))]
        first = min(covering, key=lambda f: (f.sent_at, f.imported_at), default=None)
        if first is None:
            status = MISSING
        else:
            status = LATE if first.sent_at.date() > due.due_date else RECEIVED
        packages = [f.sent_at for f in sent if f.kind == "package"]
        rows.append(SubmissionRow(unit, status, counts.get(unit.id, 0), (start, end), first,
                                  max(packages, default=None)))
    return Submissions(period, due, rows, today)
