"""The results report workbook e-mailed to the province (openpyxl, write-only).

Sheets: *Tổng hợp* (the overall table) and one sheet for each other summary table (*Theo
hình thức*, *Theo nhiệm vụ*, *Theo địa bàn*, *Theo đối tượng*, *Theo chủ đề*, *Theo nguồn
KP*: one table per sheet so each prints with its own header, see ``report_summary``),
*Chi tiết* (every counted activity as typed cells), *Kế hoạch* (tasks and targets),
*Thông tin* (unit, period and its basis, report date, when and by which version it was
made, record counts, fingerprint). The whole workbook is written in write-only mode so a
period of 100,000 activities streams through in constant memory (about 110 MB resident),
the detail rows as ready-made XML (``xml_rows``: four times faster than openpyxl's cells);
the figures come from ``scope_figures`` (GROUP BY in the database), the same numbers the
PDF prints. User text is always stored as text (``text_value``, ``xml_rows``), never as a
formula. The export reports its progress and can be cancelled (``progress.Steps``).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from nbhr_desktop import __version__
from nbhr_desktop.base.i18n import _, official_vietnamese, ui_
from nbhr_desktop.core.province.by_unit import own_figures
from nbhr_desktop.core.province.units import is_province, scope_for
from nbhr_desktop.core.reports.figures import PeriodFigures, scope_figures
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.reports.scope import report_as_of
from nbhr_desktop.storage.models import AdminUnit, ResultsReport
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.print_setup import finish_sheet, prepare_sheet
from nbhr_desktop.workbooks.progress import Cancelled, Progress, Steps
from nbhr_desktop.workbooks.report_detail_sheet import write_detail_sheet
from nbhr_desktop.workbooks.report_plan_sheet import write_plan_sheet
from nbhr_desktop.workbooks.report_summary import write_summary_sheets
from nbhr_desktop.workbooks.typed_cells import TypedCells

# Labels of the "Thông tin" rows a reader of the workbook relies on (``report_import``):
# they are part of the file's format, so they are not translated.
INFO_SHEET = "Thông tin"
INFO_UNIT_CODE = "Mã đơn vị"
INFO_UNIT_UUID = "Mã định danh đơn vị"
INFO_DATA_HASH = "Mã băm dữ liệu chi tiết (SHA-256)"
INFO_PERIOD_KEY = "Mã kỳ báo cáo"
INFO_COUNTED_TO = "Tính số liệu đến ngày"
INFO_MADE_AT = "Lập lúc"
INFO_ACTIVITIES = "Số hoạt động (trang Chi tiết)"
MADE_FORMAT = "%d/%m/%Y %H:%M (UTC%z)"


@dataclass
class WorkbookResult:
    path: Path
    activities: int
    fingerprint: str


def _info_sheet(workbook: Workbook, unit: AdminUnit, period: Period, figures: PeriodFigures,
                detail, report: ResultsReport | None, task_count: int) -> None:
    unit_name, written = unit.name, detail.activities
    sheet = workbook.create_sheet(_("Thông tin"))
    prepare_sheet(sheet, [34, 90], header_row=1, unit_name=unit_name,
                  title=_("Thông tin về tệp"))
    cells = TypedCells(sheet)
    cells.append([cells.text(_("Mục"), st.HEADER), cells.text(_("Nội dung"), st.HEADER)])
    made = dt.datetime.now().astimezone()
    rows: list[tuple[str, object]] = [
        (_("Đơn vị"), unit_name),
        (_("Kỳ báo cáo"), period.title_label),
        (INFO_PERIOD_KEY, period.key),
        (_("Từ ngày"), period.start),
        (_("Đến ngày"), period.end),
        (_("Cách tính kỳ"), period.basis_text),
        (INFO_COUNTED_TO, figures.end),
        (_("Hoạt động sau ngày báo cáo, không tính"), figures.excluded),
        (INFO_MADE_AT, made.strftime(MADE_FORMAT)),
        (_("Phần mềm"), f"NBHR Desktop {__version__}"),
        (INFO_ACTIVITIES, written),
        (_("Số nhiệm vụ kế hoạch (trang Kế hoạch)"), task_count),
        (_("Số kế hoạch áp dụng"), len(figures.plan_ids)),
        (_("Quy tắc tính"), _("Hoạt động thuộc kỳ theo ngày bắt đầu; không tính hoạt động "
                              "đã xóa và hoạt động có ngày sau ngày báo cáo. Một hoạt động có "
                              "nhiều đối tượng hoặc chủ đề được tính ở từng đối tượng, chủ "
                              "đề. Nhiệm vụ được đánh giá theo kết quả lũy kế từ đầu năm và "
                              "thời gian thực hiện.")),
        (_("Mã băm số liệu (SHA-256)"), figures.fingerprint()),
        # For the province's import of this workbook (``report_import``).
        (INFO_UNIT_CODE, unit.code),
        (INFO_UNIT_UUID, unit.uuid),
        (INFO_DATA_HASH, detail.data_hash),
    ]
    if report is not None:
        status = _("Đã nộp") if report.submitted_at else _("Dự thảo")
        rows.append((_("Trạng thái báo cáo"), status))
        if report.submitted_at:
            rows.append((_("Nộp lúc (UTC)"), report.submitted_at.strftime("%d/%m/%Y %H:%M")))
            rows.append((_("Mã băm số liệu khi nộp"), report.figures_fingerprint))
    for label, value in rows:
        if isinstance(value, dt.date):
            cell = cells.date(value)
        elif isinstance(value, int):
            cell = cells.int(value)
        else:
            cell = cells.text(str(value))
        cells.append([cells.text(label), cell], [(str(value), 90), (label, 34)])
    finish_sheet(sheet, header_row=1, last_row=1 + len(rows), columns=2)


def province_units(session: Session, figures: PeriodFigures, province_id: int):
    """(lines, submissions) of the province's "Theo đơn vị" sheet, as of the figures' end."""
    from nbhr_desktop.core.province.by_unit import unit_lines
    from nbhr_desktop.core.province.submissions import submissions

    sent = submissions(session, figures.period, figures.end)
    return unit_lines(session, figures, province_id, sent), sent


@official_vietnamese()
def write_report_workbook(session: Session, unit_id: int, period: Period, out: Path | str, *,
                          figures: PeriodFigures | None = None,
                          report: ResultsReport | None = None,
                          progress: Progress | None = None,
                          cancelled: Cancelled | None = None) -> WorkbookResult:
    """Write the workbook to ``out``: it appears there only once complete, and a failed or
    cancelled export (``ExportCancelled`` when ``cancelled()`` turns true) leaves no file.

    Without ``figures`` it counts up to the report's date (today when there is no report).
    ``progress(done, total, text)`` follows the detail rows (``total`` 0: a busy step).
    """
    out = Path(out)
    steps = Steps(progress, cancelled)
    unit = session.get(AdminUnit, unit_id)
    if figures is None:
        steps.phase(ui_("Đang tính số liệu…"))
        as_of = report_as_of(report) if report is not None else dt.date.today()
        figures = scope_figures(session, scope_for(session, unit_id, period, as_of))
    steps.phase(ui_("Đang lập bảng tổng hợp…"))
    workbook = Workbook(write_only=True)
    # A hidden sibling file, renamed over the target once complete (created normally, so
    # it gets the user's usual permissions, unlike a mkstemp file).
    temp_name = out.with_name(f".{out.stem}-{uuid.uuid4().hex[:8]}.xlsx")
    try:
        st.register_styles(workbook)
        summary, units = figures, None
        if is_province(unit):  # the units' tasks are counted per unit, in "Theo đơn vị"
            summary, units = own_figures(figures, unit_id), province_units(
                session, figures, unit_id)
        write_summary_sheets(workbook, unit.name, summary, units)
        detail = write_detail_sheet(workbook, session, unit.name, period, figures, steps)
        written = detail.activities
        task_count = write_plan_sheet(workbook, session, unit.name, period, summary)
        _info_sheet(workbook, unit, period, figures, detail, report, task_count)
        steps.phase(ui_("Đang nén và lưu tệp…"))
        out.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(temp_name)
        steps.check()  # a cancel pressed while saving still leaves no file
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        _discard_sheet_streams(workbook)
        raise
    steps.done(written, ui_("Đã lưu {name}").format(name=out.name))
    return WorkbookResult(out, written, figures.fingerprint())


def _discard_sheet_streams(workbook: Workbook) -> None:
    """Close and delete the temporary files openpyxl streams each sheet into.

    openpyxl removes them only as it saves, or when the process ends: a long-running window
    whose export failed or was cancelled would keep up to hundreds of MB in the temp folder.
    """
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        rows = getattr(sheet, "_rows", None)
        try:
            if rows is not None:
                rows.close()  # first the rows, which still write their closing tag
            writer.close()
        except Exception:  # a stream broken by the failure itself: the file still goes
            pass
        if os.path.exists(writer.out):
            writer.cleanup()
