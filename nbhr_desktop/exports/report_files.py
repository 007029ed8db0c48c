"""A stored report written to a file as the window exports it: the PDF or the workbook.

It joins ``core`` (the report and its figures) with ``documents`` and ``workbooks`` (the
writers), so it lives above them; ``core.reports.workflow`` keeps what the reports screen
asks of the data alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports import service
from nbhr_desktop.core.reports.periods import Period, report_file_name
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.documents.report_pdf import write_report_pdf
from nbhr_desktop.workbooks.report_workbook import write_report_workbook

Progress = Callable[[int, int, str], None]


def export_report_file(workspace: Workspace, report_id: int, period: Period, folder: Path,
                kind: str, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the report's PDF (``kind="pdf"``) or workbook (``"xlsx"``) into ``folder``.

    The workbook export stops when ``cancelled()`` turns true (``ExportCancelled``, nothing
    written), e.g. a progress dialog's cancel button setting a ``threading.Event``."""
    info = workspace.installation_info()
    path = Path(folder) / report_file_name(info.unit_short_name, period, f".{kind}")
    with workspace.db.session() as session:
        report = service.get_report(session, report_id)
        figures = service.report_figures(session, report)
        if kind == "pdf":
            if progress:
                progress(0, 0, _("Đang dựng báo cáo PDF…"))
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.stem}.tmp.pdf")
            write_report_pdf(session, report, str(temporary), figures=figures)
            temporary.replace(path)
        else:
            write_report_workbook(session, info.unit_id, period, path, figures=figures,
                                  report=report, progress=progress, cancelled=cancelled)
    return path
