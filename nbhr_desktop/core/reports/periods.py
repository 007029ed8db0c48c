"""Reporting periods: a quarter, a half-year, nine months, a year or custom dates.

One ``Period`` value names the dates a results report covers. It is parsed from what an
officer types on the command line (``2025-Q4``, ``2025-H1``, ``2025-9M``, ``2025``,
``2025-01-01:2025-06-30``) or from the Vietnamese words of a report's title ("Quý IV năm
2025", "6 tháng đầu năm 2025", "9 tháng năm 2025"). Custom dates that happen to cover a
standard period become that period, so the same report is never made twice under two keys.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from nbhr_desktop.core.errors import UserError
from nbhr_desktop.core.i18n import _
from nbhr_desktop.core.text import fold
from nbhr_desktop.core.vnformat import roman, short_date

MIN_YEAR, MAX_YEAR = 2000, 2100


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    HALF = "half"
    NINE_MONTHS = "nine_months"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date
    year: int
    part: int = 0  # the quarter (1–4) or half (1–2); 0 otherwise

    # -- naming -------------------------------------------------------------------------
    @property
    def key(self) -> str:
        """Stored in ``ResultsReport.period_key`` and accepted back by ``parse_period``."""
        if self.kind == PeriodKind.QUARTER:
            return f"{self.year}-Q{self.part}"
        if self.kind == PeriodKind.HALF:
            return f"{self.year}-H{self.part}"
        if self.kind == PeriodKind.NINE_MONTHS:
            return f"{self.year}-9M"
        if self.kind == PeriodKind.YEAR:
            return str(self.year)
        return f"{self.start.isoformat()}:{self.end.isoformat()}"

    @property
    def file_tag(self) -> str:
        """ASCII for file names: "2025-Q4", "2025", "20250101-20250630"."""
        if self.kind == PeriodKind.CUSTOM:
            return f"{self.start:%Y%m%d}-{self.end:%Y%m%d}"
        return self.key

    @property
    def label(self) -> str:
        """How a report's title names the period: "quý IV năm 2025", "6 tháng đầu năm 2025"."""
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

    # -- arithmetic ---------------------------------------------------------------------
    def year_earlier(self) -> Period:
        """The same period a year before, for the comparison columns."""
        if self.kind == PeriodKind.CUSTOM:
            return custom_period(_shift_year(self.start, -1), _shift_year(self.end, -1))
        return _standard(self.kind, self.year - 1, self.part)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        found, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            found.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def __str__(self) -> str:
        return self.key


def _shift_year(day: dt.date, years: int) -> dt.date:
    year = day.year + years
    # 29 February has no twin in a common year: use the 28th.
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _standard(kind: str, year: int, part: int = 0) -> Period:
    _check_year(year)
    if kind == PeriodKind.QUARTER:
        first = 3 * (part - 1) + 1
        return Period(kind, dt.date(year, first, 1), _month_end(year, first + 2), year, part)
    if kind == PeriodKind.HALF:
        first = 1 if part == 1 else 7
        return Period(kind, dt.date(year, first, 1), _month_end(year, first + 5), year, part)
    if kind == PeriodKind.NINE_MONTHS:
        return Period(kind, dt.date(year, 1, 1), dt.date(year, 9, 30), year)
    return Period(PeriodKind.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31), year)


def quarter(year: int, q: int) -> Period:
    if q not in (1, 2, 3, 4):
        raise UserError(_("Quý phải từ 1 đến 4 (I–IV)."))
    return _standard(PeriodKind.QUARTER, year, q)


def half(year: int, h: int) -> Period:
    if h not in (1, 2):
        raise UserError(_("Nửa năm phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)."))
    return _standard(PeriodKind.HALF, year, h)


def nine_months(year: int) -> Period:
    return _standard(PeriodKind.NINE_MONTHS, year)


def whole_year(year: int) -> Period:
    return _standard(PeriodKind.YEAR, year)


def custom_period(start: dt.date, end: dt.date) -> Period:
    """Any span of days; one that equals a standard period becomes that period."""
    if end < start:
        raise UserError(_("Ngày kết thúc ({end}) trước ngày bắt đầu ({start}). Hãy nhập lại "
                          "khoảng thời gian.").format(end=short_date(end), start=short_date(start)))
    _check_year(start.year)
    _check_year(end.year)
    if start.year == end.year:
        for candidate in _standard_periods(start.year):
            if candidate.start == start and candidate.end == end:
                return candidate
    return Period(PeriodKind.CUSTOM, start, end, start.year)


def _standard_periods(year: int) -> list[Period]:
    return ([quarter(year, q) for q in (1, 2, 3, 4)] + [half(year, h) for h in (1, 2)]
            + [nine_months(year), whole_year(year)])


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(_("Năm {year} nằm ngoài khoảng {low}–{high}. Hãy kiểm tra lại năm của "
                          "kỳ báo cáo.").format(year=year, low=MIN_YEAR, high=MAX_YEAR))


ACCEPTED_FORMS = ("2025, 2025-Q4, 2025-H1, 2025-9M, 2025-01-01:2025-06-30, "
                  "\"Quý IV năm 2025\", \"6 tháng đầu năm 2025\", \"9 tháng năm 2025\"")

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?:nam\s*)?(\d{4})"
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


def parse_period(text: str) -> Period:
    """The period named by ``text``, or a Vietnamese ``UserError`` listing the forms."""
    raw = (text or "").strip()
    folded = fold(raw)
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
    raise UserError(_("Không hiểu kỳ báo cáo \"{text}\". Hãy ghi theo một trong các dạng: "
                      "{forms}.").format(text=raw, forms=ACCEPTED_FORMS))


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
    from nbhr_desktop.core.text import ascii_slug

    return f"BC-QCN-{ascii_slug(unit_short_name) or 'DonVi'}-{period.file_tag}{suffix}"
