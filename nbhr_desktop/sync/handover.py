"""Hand-over, both steps: the district's final package, then the switch to the commune.

The rules (who may hand over to whom, what is kept) are in ``core.handover``; this module
only puts the export in front of them, so that nothing changes unless the package exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from nbhr_desktop.core import handover as rules
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.models import AdminUnit
from nbhr_desktop.sync.export import export_package


@dataclass(frozen=True)
class HandoverResult:
    package: Path
    counts: dict[str, int]
    attachments: int
    old_unit: str  # "Huyện Kim Sơn (376)"
    new_unit_code: str
    new_unit_name: str

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def hand_over(workspace: Workspace, to: str, out: str | Path | None = None, *,
              progress=None, today: dt.date | None = None) -> HandoverResult:
    """Export everything the unit owns (with evidence files) for the province, then continue
    as the successor named by ``to`` ("14638", "Xã Kim Sơn")."""
    target = rules.choose_successor(workspace, to, today)
    info = workspace.installation_info()
    with workspace.db.session() as session:
        unit = session.get(AdminUnit, info.unit_id)
        province = unit.parent.code if unit.parent is not None else ""
    path = Path(out) if out else rules.default_package_path(workspace, today)
    path.parent.mkdir(parents=True, exist_ok=True)
    exported = export_package(workspace, path, recipient=province, with_attachments=True,
                              progress=progress)
    old = rules.continue_as(workspace, target, exported.path, exported.total, today)
    return HandoverResult(exported.path, exported.counts, exported.attachments, old,
                          target.code, target.name)
