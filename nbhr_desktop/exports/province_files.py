"""The province's own files: the submissions list of a period (``submissions``: a small
workbook, or the reminder list to print as a PDF) and the plan template it sends down for a
year (``plan-template``, JSON).

The list is counted afresh from the database when written, so the Nộp báo cáo screen and
``submissions --out`` write the same rows for the same day.
"""

from __future__ import annotations

import json
from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.exports.files import write_atomically
from nbhr_desktop.exports.registry import Exported, Exporter, Progress, register


def submissions_name(_workspace: Workspace, kind: str, *, period: Period) -> str:
    return f"TinhHinhGui-{period.file_tag}.{kind}"


def write_submissions(workspace: Workspace, target: Path, kind: str, progress: Progress, *,
                      period: Period) -> Exported:
    """The detail is the ``Submissions`` written (the command line prints it too)."""
    from nbhr_desktop.core.province.submissions import submissions

    progress(0, 0, _("Đang lập danh sách…"))
    with workspace.db.session() as session:
        sent = submissions(session, period)
    province = workspace.installation_info().unit_name
    if kind == "xlsx":
        from nbhr_desktop.workbooks.submissions_workbook import write_submissions_workbook

        write_atomically(target, lambda partial: write_submissions_workbook(
            sent, province, partial), progress)
    else:
        from nbhr_desktop.documents.submissions_pdf import write_submissions_pdf

        write_atomically(target, lambda partial: write_submissions_pdf(
            sent, province, partial), progress)
    return Exported(target, kind, sent)


def template_name(_workspace: Workspace, kind: str, *, year: int) -> str:
    return f"MauKeHoach-{year}.{kind}"


def write_template(workspace: Workspace, target: Path, kind: str, progress: Progress, *,
                   year: int) -> Exported:
    """The template in use for ``year``: the province's own, else the one shipped."""
    from nbhr_desktop.core.plans.template import load_template
    from nbhr_desktop.core.province import templates

    with workspace.db.session() as session:
        data = templates.province_template(session, year) or load_template()
    text = json.dumps(data, ensure_ascii=False, indent=1)
    write_atomically(target, lambda partial: partial.write_text(text, encoding="utf-8"),
                     progress)
    return Exported(target, kind)


register(Exporter("submissions", ("xlsx", "pdf"), ("period",), write_submissions,
                  submissions_name))
register(Exporter("plan-template", ("json",), ("year",), write_template,
                  template_name))
