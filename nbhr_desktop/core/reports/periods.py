"""Reporting periods: a quarter, a half-year, nine months, a year or custom dates.

One ``Period`` value names the dates a results report covers. It is parsed from what an
officer types on the command line (``2025-Q4``, ``2025-H1``, ``2025-9M``, ``2025``,
``2025-01-01:2025-06-30``) or from the Vietnamese words of a report's title ("Quý IV năm
2025", "6 tháng đầu năm 2025", "9 tháng năm 2025"). Custom dates that happen to cover a
standard period become that period, so the same report is never made twice under two keys.

A standard period has a basis (TIME-AND-PROVINCE.md, "Report periods"): the calendar, or
the data cut-off of Decree 09/2019/NĐ-CP, Article 12 (a quarter runs from the 15th of the
month before it to the 14th of its last month; six months from 15/12 of the previous year
to 14/06, or 15/06 to 14/12; a year from 15/12 of the previous year to 14/12). Officers are
asked for both, so both are separate reports: the cut-off one's key ends in "-ND09"
("2025-H1-ND09"); keys without it are calendar periods, as every report made before.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import fold
from nbhr_desktop.core.vnformat import roman, short_date

MIN_YEAR, MAX_YEAR = 2000, 2100
CUTOFF_TAG = "ND09"  # the key suffix of a Decree 09 cut-off period
CUTOFF_DAY = 15  # data from the 15th on belongs to the next month's report (Decree 09)


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    HALF = "half"
    NINE_MONTHS = "nine_months"
    YEAR = "year"
    CUSTOM = "custom"


class Basis(StrEnum):
    CALENDAR = "calendar"  # 01/01–31/03, 01/01–30/06, …
    CUTOFF = "cutoff"  # Decree 09/2019/NĐ-CP, Article 12


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date
    year: int
    part: int = 0  # the quarter (1–4) or half (1–2); 0 otherwise
    basis: str = Basis.CALENDAR

    # -- naming -------------------------------------------------------------------------
    @property
    def key(self) -> str:
        """Stored in ``ResultsReport.period_key`` and accepted back by ``parse_period``."""
        if self.kind == PeriodKind.CUSTOM:
            return f"{self.start.isoformat()}:{self.end.isoformat()}"
        base = {PeriodKind.QUARTER: f"{self.year}-Q{self.part}",
                PeriodKind.HALF: f"{self.year}-H{self.part}",
                PeriodKind.NINE_MONTHS: f"{self.year}-9M"}.get(self.kind, str(self.year))
        return f"{base}-{CUTOFF_TAG}" if self.is_cutoff else base

    @property
    def is_cutoff(self) -> bool:
        return self.basis == Basis.CUTOFF

    @property
    def file_tag(self) -> str:
        """ASCII for file names: "2025-Q4", "2025-H1-ND09", "20250101-20250630"."""
        if self.kind == PeriodKind.CUSTOM:
            return f"{self.start:%Y%m%d}-{self.end:%Y%m%d}"
        return self.key

    @property
    def label(self) -> str:
        """How a report's title names the period: "quý IV năm 2025", "6 tháng đầu năm 2025".

        The basis is not part of the name: a cut-off report of the second quarter is still
        the report of "quý II"; the document states its dates (``basis_text``).
        """
        if self.kind == PeriodKind.QUARTER:
            return _("quý {q} năm {year}").format(q=roman(self.part), year=self.year)
        if self.kind == PeriodKind.HALF:
            if self.part == 1:
                return _("6 tháng đầu năm {year}").format(year=self.year)
            return _("6 tháng cuối năm {year}").format(year=self.year)
        if self.kind == PeriodKind.NINE_MONTHS:
            return _("9 tháng đầu năm {year}").format(year=self.year)
        if self.kind == PeriodKind.YEAR:
            return _("năm {year}").format(year=self.year)
        return _("từ ngày {start} đến ngày {end}").format(
            start=short_date(self.start), end=short_date(self.end))

    @property
    def title_label(self) -> str:
        """The label with a capital first letter, for headings: "Quý IV năm 2025"."""
        text = self.label
        return text[:1].upper() + text[1:]

    @property
    def basis_text(self) -> str:
        """What the document says about how the dates were chosen."""
        if self.is_cutoff:
            return _("theo thời gian chốt số liệu tại Nghị định số 09/2019/NĐ-CP")
        if self.kind == PeriodKind.CUSTOM:
            return _("theo khoảng thời gian tùy chọn")
        return _("trọn kỳ theo dương lịch")

    # -- arithmetic ---------------------------------------------------------------------
    def year_earlier(self) -> Period:
        """The same period a year before, for the comparison columns."""
        if self.kind == PeriodKind.CUSTOM:
            return custom_period(_shift_year(self.start, -1), _shift_year(self.end, -1))
        return _standard(self.kind, self.year - 1, self.part, self.basis)

    def with_basis(self, basis: str) -> Period:
        """The same quarter, half or year counted on another basis."""
        if basis == self.basis:
            return self
        if self.kind == PeriodKind.CUSTOM:
            raise UserError(_("Kỳ báo cáo theo ngày tùy chọn không áp dụng mốc chốt số liệu "
                              "của Nghị định 09/2019/NĐ-CP. Hãy chọn quý, 6 tháng, 9 tháng "
                              "hoặc năm."))
        return _standard(self.kind, self.year, self.part, basis)

    @property
    def year_start(self) -> dt.date:
        """Where "lũy kế từ đầu năm" begins: 01/01, or 15/12 of the year before (cut-off)."""
        if self.kind == PeriodKind.CUSTOM:
            return dt.date(self.start.year, 1, 1)
        return _year_bounds(self.year, self.basis)[0]

    @property
    def has_year_to_date(self) -> bool:
        """True when the period starts after its year does (so a cumulative column adds)."""
        return self.start > self.year_start

    @property
    def closes_year(self) -> bool:
        """The last report of its year (a year, the second half, the fourth quarter).

        Such a report judges every task of the year, whatever its timing: there is no later
        report in which a task could still become due.
        """
        return (self.kind == PeriodKind.YEAR
                or (self.kind == PeriodKind.HALF and self.part == 2)
                or (self.kind == PeriodKind.QUARTER and self.part == 4))

    def following(self) -> Period | None:
        """The next period of the same kind ("Phương hướng" is about it); None for custom."""
        if self.kind == PeriodKind.QUARTER:
            year, part = (self.year + 1, 1) if self.part == 4 else (self.year, self.part + 1)
            return _standard(self.kind, year, part, self.basis)
        if self.kind == PeriodKind.HALF:
            year, part = (self.year + 1, 1) if self.part == 2 else (self.year, 2)
            return _standard(self.kind, year, part, self.basis)
        if self.kind == PeriodKind.NINE_MONTHS:
            return _standard(PeriodKind.QUARTER, self.year, 4, self.basis)
        if self.kind == PeriodKind.YEAR:
            return _standard(PeriodKind.YEAR, self.year + 1, 0, self.basis)
        return None

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order.

        On the cut-off basis these are report months: month m holds the 15th of the month
        before it to the 14th of m (Decree 09), so a cut-off quarter has exactly 3.
        """
        first, last = report_month(self.start, self.basis), report_month(self.end, self.basis)
        found, (year, month) = [], first
        while (year, month) <= last:
            found.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def __str__(self) -> str:
        return self.key


def report_month(day: dt.date, basis: str = Basis.CALENDAR) -> tuple[int, int]:
    """The (year, month) whose report counts ``day``: on the cut-off basis the 15th and later
    belong to the next month."""
    if basis == Basis.CUTOFF and day.day >= CUTOFF_DAY:
        return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return day.year, day.month


def _shift_year(day: dt.date, years: int) -> dt.date:
    year = day.year + years
    # 29 February has no twin in a common year: use the 28th.
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def shift_year(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (29/02 becomes 28/02 in a common year)."""
    return _shift_year(day, years)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, first: int, last: int, basis: str) -> tuple[dt.date, dt.date]:
    """Months ``first``–``last`` of ``year`` (month 0 is December of the year before)."""
    if basis == Basis.CUTOFF:
        before_year, before_month = (year - 1, 12) if first == 1 else (year, first - 1)
        return (dt.date(before_year, before_month, CUTOFF_DAY),
                dt.date(year, last, CUTOFF_DAY - 1))
    return dt.date(year, first, 1), _month_end(year, last)


def _year_bounds(year: int, basis: str) -> tuple[dt.date, dt.date]:
    return _month_span(year, 1, 12, basis)


def _standard(kind: str, year: int, part: int = 0, basis: str = Basis.CALENDAR) -> Period:
    _check_year(year)
    if kind == PeriodKind.QUARTER:
        first = 3 * (part - 1) + 1
        return Period(kind, *_month_span(year, first, first + 2, basis), year, part, basis)
    if kind == PeriodKind.HALF:
        first = 1 if part == 1 else 7
        return Period(kind, *_month_span(year, first, first + 5, basis), year, part, basis)
    if kind == PeriodKind.NINE_MONTHS:
        return Period(kind, *_month_span(year, 1, 9, basis), year, 0, basis)
    return Period(PeriodKind.YEAR, *_year_bounds(year, basis), year, 0, basis)


def quarter(year: int, q: int, basis: str = Basis.CALENDAR) -> Period:
    if q not in (1, 2, 3, 4):
        raise UserError(_("Quý phải từ 1 đến 4 (I–IV)."))
    return _standard(PeriodKind.QUARTER, year, q, basis)


def half(year: int, h: int, basis: str = Basis.CALENDAR) -> Period:
    if h not in (1, 2):
        raise UserError(_("Nửa năm phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)."))
    return _standard(PeriodKind.HALF, year, h, basis)


def nine_months(year: int, basis: str = Basis.CALENDAR) -> Period:
    return _standard(PeriodKind.NINE_MONTHS, year, 0, basis)


def whole_year(year: int, basis: str = Basis.CALENDAR) -> Period:
    return _standard(PeriodKind.YEAR, year, 0, basis)


def custom_period(start: dt.date, end: dt.date) -> Period:
    """Any span of days; one that equals a standard period becomes that period."""
    if end < start:
        raise UserError(_("Ngày kết thúc ({end}) trước ngày bắt đầu ({start}). Hãy nhập lại "
                          "khoảng thời gian.").format(end=short_date(end), start=short_date(start)))
    _check_year(start.year)
    _check_year(end.year)
    for candidate in _standard_periods(end.year):
        if candidate.start == start and candidate.end == end:
            return candidate
    return Period(PeriodKind.CUSTOM, start, end, start.year)


def _standard_periods(year: int) -> list[Period]:
    found = []
    for basis in (Basis.CALENDAR, Basis.CUTOFF):
        found += ([quarter(year, q, basis) for q in (1, 2, 3, 4)]
                  + [half(year, h, basis) for h in (1, 2)]
                  + [nine_months(year, basis), whole_year(year, basis)])
    return found


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(_("Năm {year} nằm ngoài khoảng {low}–{high}. Hãy kiểm tra lại năm của "
                          "kỳ báo cáo.").format(year=year, low=MIN_YEAR, high=MAX_YEAR))


ACCEPTED_FORMS = ("2025, 2025-Q4, 2025-H1, 2025-9M, 2025-01-01:2025-06-30, "
                  "\"Quý IV năm 2025\", \"6 tháng đầu năm 2025\", \"9 tháng năm 2025\"; "
                  "thêm -ND09 (2025-H1-ND09) để tính theo mốc chốt số liệu của Nghị định "
                  "09/2019/NĐ-CP")

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?:nam\s*)?(\d{4})"
_CUTOFF_SUFFIX = re.compile(r"^(.*?)[\s-]*\(?\s*nd\s*-?\s*09(?:/2019(?:/nd-cp)?)?\s*\)?$")
_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{4})\s*-?\s*q([1-4])$"), "quarter"),
    (re.compile(r"^q([1-4])\s*[-/]?\s*(\d{4})$"), "quarter_rev"),
    (re.compile(r"^(\d{4})\s*-?\s*h([12])$"), "half"),
    (re.compile(r"^(\d{4})\s*-?\s*(3|6|9|12)m$"), "months"),
    (re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?::|\.\.|/)\s*(\d{4}-\d{2}-\d{2})$"), "dates"),
    (re.compile(r"^nam\s*(\d{4})$"), "year"),
    (re.compile(r"^quy\s*(i|ii|iii|iv|[1-4])\s*[,/-]?\s*" + _YEAR + "$"), "quy"),
    (re.compile(r"^(6|sau) thang (dau|cuoi) " + _YEAR + "$"), "vn_half"),
    (re.compile(r"^(9|chin) thang (?:dau )?" + _YEAR + "$"), "vn_nine"),
]


def _parse_calendar(folded: str) -> Period | None:
    for pattern, kind in _PATTERNS:
        match = pattern.match(folded)
        if not match:
            continue
        groups = match.groups()
        if kind == "year":
            return whole_year(int(groups[0]))
        if kind == "quarter":
            return quarter(int(groups[0]), int(groups[1]))
        if kind == "quarter_rev":
            return quarter(int(groups[1]), int(groups[0]))
        if kind == "half":
            return half(int(groups[0]), int(groups[1]))
        if kind == "months":
            year, count = int(groups[0]), int(groups[1])
            return {3: quarter(year, 1), 6: half(year, 1), 9: nine_months(year),
                    12: whole_year(year)}[count]
        if kind == "dates":
            return custom_period(_iso_day(groups[0]), _iso_day(groups[1]))
        if kind == "quy":
            part = _ROMAN.get(groups[0]) or int(groups[0])
            return quarter(int(groups[1]), part)
        if kind == "vn_half":
            return half(int(groups[2]), 1 if groups[1] == "dau" else 2)
        if kind == "vn_nine":
            return nine_months(int(groups[1]))
    return None


def parse_period(text: str, *, cutoff: bool = False) -> Period:
    """The period named by ``text``, or a Vietnamese ``UserError`` listing the forms.

    A trailing "-ND09" (or ``cutoff=True``, the command line's ``--cutoff``) asks for the
    Decree 09 cut-off dates instead of the calendar ones.
    """
    raw = (text or "").strip()
    folded = fold(raw)
    suffix = _CUTOFF_SUFFIX.match(folded)
    if suffix and suffix.group(1):
        folded, cutoff = suffix.group(1), True
    period = _parse_calendar(folded)
    if period is None:
        raise UserError(_("Không hiểu kỳ báo cáo \"{text}\". Hãy ghi theo một trong các dạng: "
                          "{forms}.").format(text=raw, forms=ACCEPTED_FORMS))
    return period.with_basis(Basis.CUTOFF) if cutoff else period


def _iso_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(_("Ngày \"{text}\" không có thật. Hãy ghi ngày theo dạng năm-tháng-ngày, "
                          "ví dụ 2025-06-30.").format(text=text)) from None


def current_quarter(today: dt.date | None = None) -> Period:
    """The quarter that contains ``today`` (the reports screen opens on it)."""
    today = today or dt.date.today()
    return quarter(today.year, (today.month - 1) // 3 + 1)


def report_file_name(unit_short_name: str, period: Period, suffix: str) -> str:
    """ASCII, telling file names for e-mail: "BC-QCN-KimSon-2025-Q4.xlsx"."""
    from nbhr_desktop.base.text import ascii_slug

    return f"BC-QCN-{ascii_slug(unit_short_name) or 'DonVi'}-{period.file_tag}{suffix}"


__all__ = ["ACCEPTED_FORMS", "Basis", "Period", "PeriodKind", "current_quarter",
           "custom_period", "half", "nine_months", "parse_period", "quarter",
           "report_file_name", "report_month", "shift_year", "whole_year"]
