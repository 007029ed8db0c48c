"""First run: choose the unit and role, seed the catalogues, create this installation."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core import catalogue_seed
from nbhr_desktop.core.installation_key import ensure_installation_key
from nbhr_desktop.core.units.lookup import candidates, find_unit
from nbhr_desktop.core.units.ref import UnitRef
from nbhr_desktop.core.workspace import InstallationInfo, Workspace
from nbhr_desktop.storage.models import Installation, Role, UnitLevel

__all__ = ["find_unit", "initialise", "seed_catalogues", "unit_choices"]


def seed_catalogues(session: Session) -> None:
    catalogue_seed.seed_units(session)
    catalogue_seed.seed_catalogues(session)


def unit_choices(workspace: Workspace) -> list[UnitRef]:
    """The province and every unit that plans and reports (districts until 30/06/2025, the
    communes and wards since 01/07/2025), after seeding the shipped catalogue."""
    with workspace.db.session() as session:
        seed_catalogues(session)
        return [UnitRef.of(u) for u in candidates(session, reporting=True)]


def initialise(workspace: Workspace, unit_query: str, role: str = Role.DISTRICT,
               officer_name: str = "") -> InstallationInfo:
    """Make this data folder serve a unit. Refuses a folder that already serves another."""
    if role not in (Role.DISTRICT, Role.PROVINCE):
        raise UserError(_("Vai trò \"{role}\" không hợp lệ: chọn district (huyện) hoặc "
                          "province (tỉnh).").format(role=role))
    with workspace.db.session() as session:
        seed_catalogues(session)
        # A reporting unit is a district (until 30/06/2025) or, since 01/07/2025, a commune
        # or ward directly under the province.
        levels = (UnitLevel.PROVINCE,) if role == Role.PROVINCE else (
            UnitLevel.DISTRICT, UnitLevel.COMMUNE)
        unit = find_unit(session, unit_query, levels=levels, reporting=True)
        current = session.scalars(select(Installation)).first()
        if current is not None:
            if current.unit_id != unit.id:
                raise UserError(_(
                    "Thư mục dữ liệu này đã dùng cho {current}. Hãy chọn thư mục dữ liệu "
                    "khác (--data-dir) cho {unit}.").format(current=current.unit.name,
                                                             unit=unit.name))
            current.role = role
            if officer_name:
                current.officer_name = officer_name
        else:
            session.add(Installation(
                installation_uuid=str(uuid.uuid4()), unit_id=unit.id, role=role,
                officer_name=officer_name,
            ))
        catalogue_seed.seed_agencies(session, unit)
        catalogue_seed.mark_current(session)
    ensure_installation_key(workspace)  # the exchange signing key, and the report's key code
    return workspace.installation_info(refresh=True)


def ended_unit_note(workspace: Workspace, today=None) -> str:
    """For a unit that has ended (a district after 30/06/2025): what it can still do, and
    how to work for a successor instead. Empty for a unit in force."""

    from nbhr_desktop.core.units.lineage import Lineage, is_reporting_unit
    from nbhr_desktop.core.vnformat import short_date
    from nbhr_desktop.storage.models import AdminUnit

    today = today or dt.date.today()
    info = workspace.installation_info()
    with workspace.db.session() as session:
        unit = session.get(AdminUnit, info.unit_id)
        if unit.valid_to is None or unit.valid_to >= today:
            return ""
        after = [u for u, _share in Lineage(session).successors(unit)
                 if is_reporting_unit(u) and u.valid_on(today)]
        note = _("Lưu ý: {unit} chỉ hoạt động đến ngày {day}; dữ liệu này dùng cho các kỳ đến "
                 "ngày đó.").format(unit=unit.name, day=short_date(unit.valid_to))
        if after:
            first = after[0]
            note += " " + _("Đơn vị kế thừa đang hoạt động: {names}. Làm việc cho đơn vị mới: "
                            "khởi tạo thư mục khác (init --unit {code}) hoặc, khi đã xong hồ sơ "
                            "của {unit}, bàn giao: handover --to {code}.").format(
                names=", ".join(f"{u.code} {u.name}" for u in after), code=first.code,
                unit=unit.name)
        return note
