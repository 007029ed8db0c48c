"""Task timing: "Quý I", "Tháng 3", "Cả năm", a date range or free text, and its dates.

A task's timing is stored as a kind plus dates (``PlanTask.timing_*``). The dates are
derived for quarters, months and the whole year so that progress and the issuing check can
compare them with the plan's period without parsing labels.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.vnformat import roman, short_date
from nbhr_desktop.storage.models import TimingKind


@dataclass(frozen=True)
class Timing:
    """A task's timing; ``value`` is the quarter (1–4) or the month (1–12)."""

    kind: str
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""

    @property
    def label(self) -> str:
        return timing_label(self.kind, self.start, self.end, self.text)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not 1 <= month <= 12:
        raise UserError(_("Tháng {month} không hợp lệ: chọn từ 1 đến 12.").format(month=month))
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def quarter_range(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    if not 1 <= quarter <= 4:
        raise UserError(_("Quý {q} không hợp lệ: chọn từ 1 đến 4.").format(q=quarter))
    start, _end = month_range(year, quarter * 3 - 2)
    _start, end = month_range(year, quarter * 3)
    return start, end


def year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def make_timing(kind: str, year: int, *, value: int | None = None,
                start: dt.date | None = None, end: dt.date | None = None,
                text: str = "") -> Timing:
    """Build a timing and derive its dates. Free text covers the whole year for checks."""
    if kind == TimingKind.QUARTER:
        return Timing(kind, *quarter_range(year, int(value or 1)))
    if kind == TimingKind.MONTH:
        return Timing(kind, *month_range(year, int(value or 1)))
    if kind == TimingKind.YEAR:
        return Timing(kind, *year_range(year))
    if kind == TimingKind.RANGE:
        if start is None or end is None:
            raise UserError(_("Hãy nhập cả ngày bắt đầu và ngày kết thúc của nhiệm vụ."))
        if end < start:
            raise UserError(_("Ngày kết thúc ({end}) trước ngày bắt đầu ({start}): hãy sửa "
                              "lại thời gian thực hiện.").format(end=short_date(end),
                                                                 start=short_date(start)))
        return Timing(kind, start, end)
    if kind == TimingKind.TEXT:
        if not text.strip():
            raise UserError(_("Hãy ghi thời gian thực hiện, ví dụ \"Thường xuyên\"."))
        return Timing(kind, *year_range(year), text=text.strip())
    raise UserError(_("Kiểu thời gian \"{kind}\" không hợp lệ.").format(kind=kind))


def timing_value(kind: str, start: dt.date | None) -> int | None:
    """The quarter or month a stored timing stands for (for editors)."""
    if start is None:
        return None
    if kind == TimingKind.QUARTER:
        return (start.month - 1) // 3 + 1
    if kind == TimingKind.MONTH:
        return start.month
    return None


def timing_label(kind: str, start: dt.date | None, end: dt.date | None, text: str = "") -> str:
    """What the annex prints in "Thời gian thực hiện"."""
    if kind == TimingKind.TEXT:
        return text
    if kind == TimingKind.YEAR:
        return _("Cả năm")
    if start is None:
        return ""
    if kind == TimingKind.QUARTER:
        return _("Quý {q}").format(q=roman(timing_value(kind, start) or 1))
    if kind == TimingKind.MONTH:
        return _("Tháng {m}").format(m=start.month)
    if end is None or end == start:
        return short_date(start)
    # A range of whole months reads better as months: "Tháng 3 - Tháng 5".
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.year == end.year:
        if start.month == end.month:
            return _("Tháng {m}").format(m=start.month)
        return _("Tháng {a} - Tháng {b}").format(a=start.month, b=end.month)
    if start.year == end.year:  # "02/03 - 31/05/2025" fits the annex's narrow column
        return _("{a} - {b}").format(a=start.strftime("%d/%m"), b=short_date(end))
    return _("{a} - {b}").format(a=short_date(start), b=short_date(end))


def shift_year(day: dt.date | None, years: int) -> dt.date | None:
    """The same day ``years`` later; 29/02 becomes 28/02 in a common year."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
