"""First run: choose the unit and role, seed the catalogues, create this installation."""

from __future__ import annotations

import difflib
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.core import catalogue_seed
from nbhr_desktop.core.errors import NotFoundError, UserError
from nbhr_desktop.core.i18n import _
from nbhr_desktop.core.text import fold
from nbhr_desktop.core.workspace import InstallationInfo, Workspace
from nbhr_desktop.storage.models import AdminUnit, Installation, Role, UnitLevel


def _unit_keys(unit: AdminUnit) -> set[str]:
    return {fold(unit.name), fold(unit.short_name), fold(f"{unit.kind} {unit.short_name}"),
            unit.code.lower()}


def find_unit(session: Session, query: str, *, levels: tuple[str, ...] | None = None) -> AdminUnit:
    """The unit named by its official code or name: "376", "Kim Sơn", "kim son", "Huyện Kim Sơn".

    When a short name is shared (TP Ninh Bình and Tỉnh Ninh Bình), the district-level unit
    wins unless the query names the kind. Unknown names fail listing the closest ones.
    """
    units = [u for u in session.scalars(select(AdminUnit).where(AdminUnit.deleted.is_(False)))
             if levels is None or u.level in levels]
    wanted = fold(query)
    matches = [u for u in units if wanted in _unit_keys(u)]
    if len(matches) > 1:
        exact_name = [u for u in matches if fold(u.name) == wanted or u.code.lower() == wanted]
        if len(exact_name) == 1:
            return exact_name[0]
        current = [u for u in matches if u.valid_to is None or u.level == UnitLevel.DISTRICT]
        district = [u for u in current if u.level == UnitLevel.DISTRICT]
        if len(district) == 1:
            return district[0]
    if len(matches) == 1 or (matches and len({u.id for u in matches}) == 1):
        return matches[0]
    if matches:
        names = ", ".join(sorted(f"{u.name} ({u.code})" for u in matches))
        raise UserError(_("Tên \"{query}\" trùng với nhiều đơn vị: {names}. Hãy ghi rõ tên "
                          "đầy đủ hoặc mã đơn vị.").format(query=query, names=names))
    by_key = {fold(u.name): u for u in units} | {fold(u.short_name): u for u in units}
    close = difflib.get_close_matches(wanted, list(by_key), n=4, cutoff=0.4)
    suggestions = sorted({by_key[c].name for c in close}) or sorted(u.name for u in units)[:8]
    raise NotFoundError(
        _("Không tìm thấy đơn vị \"{query}\". Tên gần giống: {names}.").format(
            query=query, names=", ".join(suggestions))
    )


def seed_catalogues(session: Session) -> None:
    catalogue_seed.seed_units(session)
    catalogue_seed.seed_catalogues(session)


def initialise(workspace: Workspace, unit_query: str, role: str = Role.DISTRICT,
               officer_name: str = "") -> InstallationInfo:
    """Make this data folder serve a unit. Refuses a folder that already serves another."""
    if role not in (Role.DISTRICT, Role.PROVINCE):
        raise UserError(_("Vai trò \"{role}\" không hợp lệ: chọn district (huyện) hoặc "
                          "province (tỉnh).").format(role=role))
    with workspace.db.session() as session:
        seed_catalogues(session)
        levels = (UnitLevel.PROVINCE,) if role == Role.PROVINCE else (UnitLevel.DISTRICT,)
        unit = find_unit(session, unit_query, levels=levels)
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
    from nbhr_desktop.sync.keys import ensure_installation_key  # exchange signing key

    ensure_installation_key(workspace)
    for hook in AFTER_INIT_HOOKS:
        hook(workspace)
    return workspace.installation_info(refresh=True)


# Features that need their own set-up at init (e.g. the exchange key pair) append here.
AFTER_INIT_HOOKS: list = []
