"""Finding a unit by what a user types: its code or its name, in any spelling.

Names are compared folded (``base.text.fold``): case, diacritics and the placement of tone
marks do not matter ("Hoà" = "Hòa", "Thuỷ" = "Thủy", "kim son" = "Kim Sơn"). A code names
one unit at a time (374 is huyện Hoa Lư until 2024 and TP Hoa Lư in 2025; 14638 is xã Ân
Hòa until 30/06/2025 and the new xã Kim Sơn after): the unit valid today wins, else the
latest.
"""

from __future__ import annotations

import datetime as dt
import difflib

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import NotFoundError, UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import fold
from nbhr_desktop.core.units.lineage import is_reporting_unit
from nbhr_desktop.core.units.validity import validity_text
from nbhr_desktop.storage.models import AdminUnit, UnitLevel


def unit_keys(unit: AdminUnit) -> set[str]:
    return {fold(unit.name), fold(unit.short_name), fold(f"{unit.kind} {unit.short_name}"),
            unit.code.lower()}


def _newest_first(units: list[AdminUnit], today: dt.date) -> list[AdminUnit]:
    return sorted(units, key=lambda u: (not u.valid_on(today),
                                        -(u.valid_from or dt.date.min).toordinal(), u.id))


def describe(unit: AdminUnit) -> str:
    """"Huyện Kim Sơn (376, đến 30/06/2025)"."""
    when = validity_text(unit)
    return f"{unit.name} ({unit.code}, {when})" if when else f"{unit.name} ({unit.code})"


def candidates(session: Session, *, levels: tuple[str, ...] | None = None,
               reporting: bool = False) -> list[AdminUnit]:
    units = session.scalars(select(AdminUnit).where(AdminUnit.deleted.is_(False)))
    return [u for u in units if (levels is None or u.level in levels)
            and (not reporting or u.level == UnitLevel.PROVINCE or is_reporting_unit(u))]


def find_unit(session: Session, query: str, *, levels: tuple[str, ...] | None = None,
              reporting: bool = False, today: dt.date | None = None) -> AdminUnit:
    """The unit named by ``query``: "376", "14620", "Kim Sơn", "kim son", "Xã Phát Diệm".

    ``reporting`` keeps to units that plan and report (districts, and communes directly
    under the province). When a short name is shared by a district-level unit and another
    unit (Huyện Kim Sơn and Xã Kim Sơn; TP Ninh Bình and Tỉnh Ninh Bình) the district-level
    unit wins unless the query names the kind or the code. Unknown names fail listing the
    closest ones.
    """
    today = today or dt.date.today()
    units = candidates(session, levels=levels, reporting=reporting)
    wanted = fold(query)
    by_uuid = [u for u in units if u.uuid == query.strip()]
    if by_uuid:
        return by_uuid[0]
    by_code = [u for u in units if u.code.lower() == wanted]
    if by_code:
        return _newest_first(by_code, today)[0]
    matches = [u for u in units if wanted in unit_keys(u)]
    if len(matches) > 1:
        exact_name = [u for u in matches if fold(u.name) == wanted]
        if len({(u.name, u.level) for u in exact_name}) == 1:
            return _newest_first(exact_name, today)[0]
        district = [u for u in matches if u.level == UnitLevel.DISTRICT]
        if len(district) == 1:
            return district[0]
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = ", ".join(describe(u) for u in _newest_first(matches, today))
        raise UserError(_("Tên \"{query}\" trùng với nhiều đơn vị: {names}. Hãy ghi rõ tên "
                          "đầy đủ hoặc mã đơn vị.").format(query=query, names=names))
    by_key: dict[str, list[AdminUnit]] = {}
    for unit in _newest_first(units, today):
        for key in {fold(unit.name), fold(unit.short_name)}:
            by_key.setdefault(key, []).append(unit)
    close = difflib.get_close_matches(wanted, list(by_key), n=4, cutoff=0.4)
    found = list(dict.fromkeys(u for c in close for u in by_key[c]))[:6]
    suggestions = [describe(u) for u in found] or sorted(describe(u) for u in units)[:8]
    raise NotFoundError(
        _("Không tìm thấy đơn vị \"{query}\". Tên gần giống: {names}.").format(
            query=query, names=", ".join(suggestions))
    )
