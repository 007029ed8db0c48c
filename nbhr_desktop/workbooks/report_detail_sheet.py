"""The *Chi tiết* sheet: every activity of the period, one typed row each, streamed.

Dates are dates, counts are integers, money is a number with a thousands format (its column
says "(đồng)"), long text wraps. The columns a printed list needs come first; the long
free-text columns (task, agency, place, contents, notes) and the activity code follow.
Every column prints: the sheet is fitted two A4 landscape pages wide, printed across then
down, and the first four columns (STT, dates, name) repeat on the second page so each half
can be read alone. The totals row comes from ``scope_figures``; the rows above add up to it.
"""

from __future__ import annotations

from operator import itemgetter

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from nbhr_desktop.core.i18n import _
from nbhr_desktop.core.reports.detail import FIELDS, activity_values
from nbhr_desktop.core.reports.figures import PeriodFigures
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.print_setup import finish_sheet, prepare_sheet
from nbhr_desktop.workbooks.progress import Steps
from nbhr_desktop.workbooks.typed_cells import TypedCells, title_rows
from nbhr_desktop.workbooks.xml_rows import XmlRows, add_streamed_sheet

# (header, width in Excel character units, ActivityRow field or "#", kind)
DETAIL_COLUMNS: list[tuple[str, float, str, str]] = [
    ("STT", 5, "#", "int"),
    ("Ngày bắt đầu", 10.5, "start_date", "date"),
    ("Ngày kết thúc", 10.5, "end_date", "date"),
    ("Tên hoạt động", 30, "title", "text"),
    ("Hình thức", 13, "form", "text"),
    ("Xã, thị trấn", 12, "commune", "text"),
    ("Đối tượng", 17, "audiences", "text"),
    ("Chủ đề", 19, "themes", "text"),
    ("Lượt người", 8, "participants_total", "int"),
    ("Nữ", 7, "participants_women", "int"),
    ("DTTS", 7, "participants_ethnic", "int"),
    ("Sản phẩm", 8, "products", "int"),
    ("Phút phát sóng", 8, "broadcast_minutes", "int"),
    ("Kinh phí (đồng)", 14.5, "cost", "money"),
    ("Nguồn kinh phí", 12, "funding", "text"),
    # The second printed page (after the repeated first four columns).
    ("Nhiệm vụ kế hoạch", 24, "task", "text"),
    ("Cơ quan chủ trì", 18, "lead_agency", "text"),
    ("Địa điểm", 16, "location", "text"),
    ("Mô tả sản phẩm", 18, "product_note", "text"),
    ("Nội dung", 32, "description", "text"),
    ("Ghi chú", 18, "note", "text"),
    ("Mã hoạt động", 38, "uuid", "code"),
]
PRINTED_COLUMNS = 15  # the columns of the first printed page (title merged over them)
PAGES_WIDE = 2
REPEATED_COLUMNS = "A:D"  # STT, start, end, name: on both printed pages
HEADER_ROW = 4
TOTAL_FIELDS = {"participants_total": "attendances", "participants_women": "women",
                "participants_ethnic": "ethnic", "products": "products",
                "broadcast_minutes": "minutes", "cost": "cost"}


# The detail rows' cells: kind, named style, wrapped width (texts decide a row's height).
_KINDS = {"int": "int", "date": "date", "money": "money", "text": "text", "code": "text"}
_STYLES = {"int": st.INT, "date": st.DATE, "money": st.MONEY, "text": st.TEXT, "code": st.PLAIN}
XML_COLUMNS = [(_KINDS[kind], _STYLES[kind], width if kind == "text" else None)
               for _h, width, _f, kind in DETAIL_COLUMNS]
# Where each column's value sits in an ``activity_values`` tuple (the row number first).
_PICK = itemgetter(*[FIELDS.index(field) for _h, _w, field, _k in DETAIL_COLUMNS[1:]])
ROWS_PER_WRITE = 200  # rows joined into one write (fewer calls, bounded memory)
PROGRESS_EVERY = 1000  # rows between progress reports and cancel checks


def write_detail_sheet(workbook: Workbook, session: Session, unit_name: str, period: Period,
                       figures: PeriodFigures, steps: Steps | None = None) -> int:
    """Write the sheet; returns the number of activities written.

    The activity rows go in as ready-made XML (``xml_rows``): most of a big export's time.
    """
    sheet = add_streamed_sheet(workbook, _("Chi tiết"))
    prepare_sheet(sheet, [width for _h, width, _f, _k in DETAIL_COLUMNS], header_row=HEADER_ROW,
                  unit_name=unit_name,
                  title=_("Chi tiết hoạt động {period}").format(period=period.label))
    cells = TypedCells(sheet)
    scope = figures.scope
    coverage = (scope.coverage_text() if scope is not None else _("từ {start} đến {end}").format(
        start=f"{period.start:%d/%m/%Y}", end=f"{figures.end:%d/%m/%Y}"))
    title_rows(cells, unit_name, _("DANH SÁCH HOẠT ĐỘNG TRUYỀN THÔNG VỀ QUYỀN CON NGƯỜI"),
               _("{period} ({coverage})").format(period=period.title_label, coverage=coverage),
               PRINTED_COLUMNS)
    cells.append([cells.text(_(header), st.HEADER) for header, _w, _f, _k in DETAIL_COLUMNS],
                 [(_(header), width * 0.85) for header, width, _f, _k in DETAIL_COLUMNS])
    total = figures.totals.activities
    count = 0
    unit_ids = scope.unit_ids if scope is not None else (figures.unit_id,)
    rows = XmlRows(sheet, XML_COLUMNS)
    first = cells.row + 1
    batch: list[str] = []
    for values in activity_values(session, unit_ids, period.start, figures.end):
        batch.append(rows.row(first + count, (count + 1, *_PICK(values))))
        count += 1
        if len(batch) == ROWS_PER_WRITE:
            sheet.append_xml("".join(batch), len(batch))
            batch.clear()
            if steps and count % PROGRESS_EVERY == 0:
                steps.rows(count, total)
    if batch:
        sheet.append_xml("".join(batch), len(batch))
    cells.row += count
    if steps:
        steps.rows(count, total)
    totals_row = [cells.blank(st.TOTAL_TEXT) for _column in DETAIL_COLUMNS[:PRINTED_COLUMNS]]
    totals_row[3] = cells.text(_("Tổng cộng ({n} hoạt động)").format(n=count), st.TOTAL_TEXT)
    for index, (_h, _w, field, _k) in enumerate(DETAIL_COLUMNS[:PRINTED_COLUMNS]):
        if field in TOTAL_FIELDS:
            value = getattr(figures.totals, TOTAL_FIELDS[field])
            totals_row[index] = (cells.money(value, st.TOTAL_MONEY) if field == "cost"
                                 else cells.int(value, st.TOTAL_INT))
    cells.append(totals_row)
    # The filter covers the activities, not the totals row under them.
    finish_sheet(sheet, header_row=HEADER_ROW, last_row=HEADER_ROW + count,
                 columns=len(DETAIL_COLUMNS))
    sheet.print_area = f"A1:{get_column_letter(len(DETAIL_COLUMNS))}{cells.row}"
    sheet.print_title_cols = REPEATED_COLUMNS
    sheet.page_setup.fitToWidth = PAGES_WIDE
    sheet.page_setup.pageOrder = "overThenDown"
    return count


def column_index(field: str) -> int:
    """1-based column of an ActivityRow field (tests and readers of the sheet)."""
    return next(i for i, c in enumerate(DETAIL_COLUMNS, start=1) if c[2] == field)
