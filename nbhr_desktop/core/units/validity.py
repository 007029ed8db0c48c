"""A unit acts only within its validity (TIME-AND-PROVINCE.md).

A district cannot draft, issue or report for a period after it ended (30/06/2025), and a
commune formed on 01/07/2025 cannot act for the time before. Its documents up to then keep
its name and stay readable. The refusal says what to do instead: continue as a successor
commune through a hand-over, or leave the earlier period to the predecessor.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.units.lineage import Lineage, successor_label
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.storage.models import AdminUnit, UnitLevel


class UnitNotActing(UserError):
    """The unit did not exist for (part of) the period it is asked to act for."""


def validity_text(unit: AdminUnit) -> str:
    """"từ 01/07/2025", "đến 30/06/2025", "01/01/2025 - 30/06/2025" or ""."""
    if unit.valid_from and unit.valid_to:
        return f"{short_date(unit.valid_from)} - {short_date(unit.valid_to)}"
    if unit.valid_to:
        return _("đến {day}").format(day=short_date(unit.valid_to))
    if unit.valid_from:
        return _("từ {day}").format(day=short_date(unit.valid_from))
    return ""


def _names(units: list[AdminUnit], limit: int = 3) -> str:
    labels = [successor_label(u) for u in units[:limit]]
    if len(units) > limit:
        labels.append(_("và {n} đơn vị khác").format(n=len(units) - limit))
    return ", ".join(labels)


def acting_problem(session: Session, unit: AdminUnit, start: dt.date, end: dt.date,
                   action: str) -> str | None:
    """Why ``unit`` cannot ``action`` ("lập kế hoạch", …) for ``start``–``end``, or None.

    The unit must exist on the period's last day (a report is made at the end of its
    period; a plan's period is cut to the unit's validity before it gets here).
    """
    period = f"{short_date(start)} - {short_date(end)}" if start != end else short_date(start)
    if unit.valid_to and end > unit.valid_to:
        lineage = Lineage(session)
        after = [u for u, _share in lineage.successors(unit)]
        reason = _("{unit} chỉ hoạt động đến ngày {day}").format(
            unit=unit.name, day=short_date(unit.valid_to))
        if unit.level == UnitLevel.DISTRICT and unit.valid_to == dt.date(2025, 6, 30):
            reason += _(" (từ 01/07/2025 không còn chính quyền cấp huyện)")
        message = _("{reason}, nên không thể {action} cho kỳ {period}. Dữ liệu đến ngày {day} "
                    "vẫn xem và in được.").format(reason=reason, action=action, period=period,
                                                  day=short_date(unit.valid_to))
        communes = [u for u in after if u.level == UnitLevel.COMMUNE]
        if communes:
            message += " " + _(
                "Để làm việc tiếp, hãy bàn giao và tiếp tục với một xã, phường kế thừa "
                "(lệnh \"handover --to {code}\" hoặc Cài đặt > Bàn giao): {names}.").format(
                    code=communes[0].code, names=_names(communes))
        elif after:
            message += " " + _("Đơn vị kế thừa: {names}.").format(names=_names(after))
        return message
    if unit.valid_from and end < unit.valid_from:
        lineage = Lineage(session)
        before = [u for u, _share in lineage.predecessors(unit)]
        message = _("{unit} hoạt động từ ngày {day}, nên không thể {action} cho kỳ {period}."
                    ).format(unit=unit.name, day=short_date(unit.valid_from), action=action,
                             period=period)
        districts = {u.parent.name for u in before if u.parent is not None
                     and u.parent.level == UnitLevel.DISTRICT}
        if districts:
            message += " " + _("Việc trước ngày đó do {names} thực hiện.").format(
                names=", ".join(sorted(districts)))
        return message
    return None


def ensure_acts(session: Session, unit: AdminUnit, start: dt.date, end: dt.date,
                action: str) -> None:
    """Raise ``UnitNotActing`` with the reason and what to do, when the unit cannot act."""
    problem = acting_problem(session, unit, start, end, action)
    if problem:
        raise UnitNotActing(problem)


def year_span(unit: AdminUnit, year: int) -> tuple[dt.date, dt.date] | None:
    """The part of ``year`` in which the unit existed (a plan's period), or None."""
    start = max(dt.date(year, 1, 1), unit.valid_from or dt.date.min)
    end = min(dt.date(year, 12, 31), unit.valid_to or dt.date.max)
    return (start, end) if start <= end else None


def default_year(unit, today: dt.date | None = None) -> int:
    """The year to show a unit's work in: this year when the unit exists today, else the
    last whole year it existed (Huyện Kim Sơn: 2024), else its last year at all.
    ``unit`` is anything with ``valid_from`` and ``valid_to``."""
    today = today or dt.date.today()
    start, end = unit.valid_from, unit.valid_to
    if (start is None or start <= today) and (end is None or today <= end):
        return today.year
    last = min(today.year, (end or today).year)
    first = start.year if start else 2000
    for year in range(last, first - 1, -1):
        whole = (start is None or start <= dt.date(year, 1, 1)) and (
            end is None or end >= dt.date(year, 12, 31))
        if whole:
            return year
    return last
