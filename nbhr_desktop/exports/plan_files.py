"""A plan as its Decree-30 PDF (``plan-pdf``): the file the editor saves, previews and
prints, and ``export-plan-pdf`` writes.

The plan is named by ``plan_uuid``, else the unit's newest plan (of ``year`` when given).
``as_draft`` True prints it as a draft ("DỰ THẢO", no number or date), None by its status.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.plans import service
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.exports.files import write_atomically
from nbhr_desktop.exports.registry import Exported, Exporter, Progress, register


@dataclass(frozen=True)
class PlanFile:
    uuid: str
    year: int
    name: str  # the usual file name of this plan ("KH-QCN-2025-KimSon-DuThao.pdf")


def _plan(session: Session, workspace: Workspace, plan_uuid: str | None, year: int | None):
    if plan_uuid:
        return service.get_plan(session, plan_uuid)
    return service.latest_plan(session, workspace.installation_info().unit_id, year)


def _name(workspace: Workspace, kind: str, *, plan_uuid: str | None = None,
          year: int | None = None, as_draft: bool | None = None) -> str:
    from nbhr_desktop.documents.plan_pdf import default_file_name

    with workspace.db.session() as session:
        return default_file_name(session, _plan(session, workspace, plan_uuid, year),
                                 as_draft=as_draft)


def write_pdf(workspace: Workspace, target: Path, kind: str, progress: Progress, *,
              plan_uuid: str | None = None, year: int | None = None,
              as_draft: bool | None = None) -> Exported:
    from nbhr_desktop.documents.plan_pdf import default_file_name, write_plan_pdf

    with workspace.db.session() as session:
        plan = _plan(session, workspace, plan_uuid, year)
        progress(0, 0, _("Đang dựng kế hoạch PDF…"))
        write_atomically(target, lambda partial: write_plan_pdf(
            session, plan, str(partial), as_draft=as_draft), progress)
        detail = PlanFile(plan.uuid, plan.year,
                          default_file_name(session, plan, as_draft=as_draft))
    return Exported(target, kind, detail)


register(Exporter("plan-pdf", ("pdf",), ("plan_uuid", "year", "as_draft"), write_pdf, _name))
