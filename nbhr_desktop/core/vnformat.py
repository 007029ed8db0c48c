"""Vietnamese formatting of dates, money and numbers, as documents and screens show them."""

from __future__ import annotations

import datetime as dt

from nbhr_desktop.base.i18n import _


def money(amount: int | None, *, unit: str = " đ") -> str:
    """Whole đồng with dot thousands separators: 12500000 -> "12.500.000 đ"."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(int(amount)):,}".replace(",", ".") + unit


def money_short(amount: int | None) -> str:
    """An amount a card can show on one line, to three significant digits: 6272500000 ->
    "6,27 tỷ đ", 894250000 -> "894 triệu đ", 26500000 -> "26,5 triệu đ"; below a million,
    the whole figure. Digits are cut rather than rounded, so that spending just under the
    budget never reads as equal to it."""
    if amount is None:
        return ""
    for size, template in ((10**9, _("{0} tỷ đ")), (10**6, _("{0} triệu đ"))):
        if abs(amount) >= size:
            whole = abs(int(amount)) // size
            decimals = max(0, 3 - len(str(whole)))
            part = abs(int(amount)) % size * 10**decimals // size
            shown = f"{whole:,}".replace(",", ".")
            if part:
                shown += "," + f"{part:0{decimals}d}".rstrip("0")
            return template.format(("-" if amount < 0 else "") + shown)
    return money(amount)


def number(value: int | None) -> str:
    """An integer with dot thousands separators: 12500 -> "12.500"."""
    if value is None:
        return ""
    return money(value, unit="")


def percent(value: float | None, digits: int = 1) -> str:
    """The one way a percentage is written (documents, workbooks, screens): a decimal comma,
    one decimal, no space: 85.5 -> "85,5%", 2331.4 -> "2.331,4%".

    A share below 100 never reads "100,0%" (99.96 -> "99,9%"): a target not yet reached must
    not look reached next to "Chưa đạt".
    """
    shown = percent_value(value, digits)
    if shown is None:
        return ""
    text = f"{shown:,.{digits}f}".replace(",", "\u00a0").replace(".", ",")
    return text.replace("\u00a0", ".") + "%"


def percent_value(value: float | None, digits: int = 1) -> float | None:
    """``value`` rounded as ``percent`` shows it (workbooks store this, so a spreadsheet's
    own rounding shows the same digits)."""
    if value is None:
        return None
    shown = round(value, digits)
    if value < 100 <= shown:
        shown = 100 - 10 ** -digits
    return shown + 0.0  # no "-0,0%"


def short_date(day: dt.date | None) -> str:
    """05/01/2023."""
    return day.strftime("%d/%m/%Y") if day else ""


def document_day(day: dt.date) -> str:
    """Day and month as Decree 30 writes them in the date line.

    Days under 10 and the months 1 and 2 take a leading zero; other months do not:
    "ngày 05 tháng 01 năm 2023", "ngày 15 tháng 3 năm 2023", "ngày 20 tháng 12 năm 2023".
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return _("ngày {day} tháng {month} năm {year}").format(
        day=f"{day.day:02d}", month=month, year=day.year
    )


def document_date_line(place: str, day: dt.date | None, year: int | None = None) -> str:
    """"Kim Sơn, ngày 05 tháng 01 năm 2023"; a draft leaves day and month blank."""
    if day is None:
        blank = "\u00a0" * 6
        return _("{place}, ngày{b}tháng{b}năm {year}").format(place=place, b=blank, year=year or "")
    return f"{place}, {document_day(day)}"


def document_number(number: int | None, code: str) -> str:
    """"Số: 15/KH-UBND"; numbers under 10 take a leading 0; a draft leaves it blank."""
    if number is None:
        return _("Số:{b}/{code}").format(b="\u00a0" * 6, code=code)
    return _("Số: {number}/{code}").format(number=f"{number:02d}", code=code)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]


def roman(n: int) -> str:
    """1 -> "I" (section numbers and "Quý I")."""
    return ROMAN[n - 1] if 1 <= n <= len(ROMAN) else str(n)
