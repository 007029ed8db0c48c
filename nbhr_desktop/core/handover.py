"""Hand-over: a district installation closes its work and continues as a successor commune.

District-level government ended on 30/06/2025; the officer's PC (and its data) usually
stays with one of the communes that took over the district's area. A hand-over
1. writes a final, signed package of everything the district owns (plans, tasks, targets,
   activities with their evidence files, reports, agencies) for the province, and only
   then
2. makes the installation serve the chosen successor commune: new plans, activities,
   reports and packages are the commune's. The district's records stay, unchanged and
   owned by the district: its plans and reports print as they were (its header, its names),
   read-only; its activities in the commune's area show "by today's area" through the old
   communes' lineage (``core.units.lineage``).
The installation keeps its signing key: the province pins it for the commune at its first
package, as for any new unit. ``sync.handover.hand_over`` does both steps; this module
holds the parts that need no exchange code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import ascii_slug, fold
from nbhr_desktop.core import catalogue_seed
from nbhr_desktop.core.units.lineage import Lineage, is_reporting_unit
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.models import AdminUnit, Installation, Role

FOLDER = "ban-giao"


@dataclass(frozen=True)
class Successor:
    id: int
    code: str
    name: str
    share: str  # "whole", "part", "remaining part"

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def successors(workspace: Workspace, today: dt.date | None = None) -> list[Successor]:
    """The units this installation's unit may continue as: its successors that plan and
    report today. Empty while the unit still exists (nothing to hand over)."""
    today = today or dt.date.today()
    info = workspace.installation_info(refresh=True)
    with workspace.db.session() as session:
        unit = session.get(AdminUnit, info.unit_id)
        if info.role == Role.PROVINCE or unit.valid_to is None or unit.valid_to >= today:
            return []
        return [Successor(u.id, u.code, u.name, share)
                for u, share in Lineage(session).successors(unit)
                if is_reporting_unit(u) and u.valid_on(today)]


def _choose(options: list[Successor], query: str, unit_name: str) -> Successor:
    wanted = fold(query)
    for option in options:
        if wanted in (option.code.lower(), fold(option.name), fold(option.name.split(" ", 1)[-1])):
            return option
    names = ", ".join(o.label for o in options)
    raise UserError(_("\"{query}\" không phải đơn vị kế thừa của {unit}. Hãy chọn một trong: "
                      "{names}.").format(query=query, unit=unit_name, names=names))


def default_package_path(workspace: Workspace, today: dt.date | None = None) -> Path:
    info = workspace.installation_info()
    day = (today or dt.date.today()).strftime("%Y%m%d")
    name = f"BanGiao-{ascii_slug(info.unit_short_name)}-{info.unit_code}-{day}.nbhr"
    return workspace.location.data_dir / FOLDER / name


def choose_successor(workspace: Workspace, to: str, today: dt.date | None = None
                     ) -> Successor:
    """The successor named by ``to`` (code or name), or a ``UserError`` saying why the
    unit cannot hand over to it. Checked before anything is written."""
    today = today or dt.date.today()
    info = workspace.installation_info(refresh=True)
    if info.role == Role.PROVINCE:
        raise UserError(_("Chỉ đơn vị cấp huyện, cấp xã mới bàn giao; cấp tỉnh không bàn giao."))
    with workspace.db.session() as session:
        unit = session.get(AdminUnit, info.unit_id)
        old_label, valid_to = f"{unit.name} ({unit.code})", unit.valid_to
    options = successors(workspace, today)
    if not options:
        if valid_to is None or valid_to >= today:
            raise UserError(_("{unit} vẫn đang hoạt động nên chưa bàn giao được.").format(
                unit=old_label))
        raise UserError(_("{unit} hết hoạt động từ {day} nhưng danh mục chưa ghi đơn vị kế "
                          "thừa nào đang hoạt động. Hãy cập nhật danh mục đơn vị hành chính "
                          "(Danh mục > Đơn vị hành chính) hoặc nhận danh mục mới từ tỉnh.")
                        .format(unit=old_label, day=short_date(valid_to)))
    return _choose(options, to, old_label)


def continue_as(workspace: Workspace, target: Successor, package: Path, records: int,
                today: dt.date | None = None) -> str:
    """Make the installation serve ``target``, keeping the old unit in its history.
    Returns the old unit's label. Called once the final package is written."""
    today = today or dt.date.today()
    with workspace.db.session() as session:
        installation = session.scalars(select(Installation)).one()
        unit = session.get(AdminUnit, installation.unit_id)
        installation.history = [*(installation.history or []), {
            "unit_id": unit.id, "code": unit.code, "name": unit.name,
            "until": today.isoformat(), "package": str(package), "records": records,
            "successor_code": target.code,
        }]
        installation.unit_id = target.id
        catalogue_seed.seed_agencies(session, session.get(AdminUnit, target.id))
        label = f"{unit.name} ({unit.code})"
    workspace.installation_info(refresh=True)
    return label


def unit_for_day(session, unit_id: int, day: dt.date) -> int:
    """The unit whose records this installation holds for ``day``: the installation's own
    unit, or after a hand-over the predecessor that existed then (a commune printing the
    district's 2024 report asks for the district). Falls back to ``unit_id``."""
    unit = session.get(AdminUnit, unit_id)
    if unit is not None and unit.valid_on(day):
        return unit_id
    installation = session.scalars(select(Installation)).first()
    for entry in reversed(installation.history or []) if installation else []:
        old = session.get(AdminUnit, entry.get("unit_id") or 0)
        if old is not None and old.valid_on(day):
            return old.id
    return unit_id
