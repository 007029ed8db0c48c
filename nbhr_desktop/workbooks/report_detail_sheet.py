"""The *Chi tiết* sheet: every activity of the period, one typed row each, streamed.

Dates are dates, counts are integers, money is a number with a thousands format (its column
says "(đồng)"), long text wraps. The columns a printed list needs come first; the long
free-text columns (task, agency, place, contents, notes) and the activity code follow.
Every column prints: the sheet is fitted two A4 landscape pages wide, printed across then
down, and the first four columns (STT, dates, name) repeat on the second page so each half
can be read alone. The totals row comes from ``scope_figures``; the rows above add up to it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from operator import itemgetter

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.detail import FIELDS, activity_values
from nbhr_desktop.core.reports.figures import PeriodFigures
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.storage.activity_fields import BY_NAME, FIGURES, MONEY
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
    # The figures (``storage.activity_fields``: their sheet header and width).
    *((f.sheet_header, f.widths["detail"], f.name, f.kind) for f in FIGURES),
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
# A consolidated (province) workbook names each row's unit, before its commune.
UNIT_COLUMN = ("Đơn vị", 14, "unit", "text")
# Keys for filing a row again (the province's import of an e-mailed workbook,
# ``report_import``): codes of the shared catalogues and units, UUIDs of the unit's own
# plan task and agency. Hidden and not printed: the printed list stays as it was.
KEY_COLUMNS: list[tuple[str, float, str, str]] = [
    ("Mã đơn vị", 9, "unit_code", "code"),
    ("Mã xã", 9, "commune_code", "code"),
    ("Mã hình thức", 12, "form_code", "code"),
    ("Mã chủ đề", 14, "theme_codes", "code"),
    ("Mã đối tượng", 14, "audience_codes", "code"),
    ("Mã nguồn kinh phí", 10, "funding_code", "code"),
    ("Mã nhiệm vụ", 38, "task_uuid", "code"),
    ("Mã cơ quan chủ trì", 38, "agency_uuid", "code"),
]
# The columns of the first printed page, up to the funding source (title merged over them).
PRINTED_COLUMNS = [c[2] for c in DETAIL_COLUMNS].index("funding") + 1
PAGES_WIDE = 2
REPEATED_COLUMNS = "A:D"  # STT, start, end, name: on both printed pages
HEADER_ROW = 4
TOTAL_FIELDS = {f.name: f.total for f in FIGURES}
# What the data hash on "Thông tin" covers: every field that decides what the province
# counts and where (identity, dates, unit, commune, classification, task, figures). The
# free texts (name, contents, notes) are descriptive and left out: hashing them would
# cost a second cleaning of every text on the way out. Written out, not read from
# ``storage.activity_fields``: workbooks already sent carry a hash of exactly these, which
# the province's import recomputes; a new figure joins only with a new workbook version.
HASHED_FIELDS = ("uuid", "start_date", "end_date", "unit_code", "commune_code", "form_code",
                 "theme_codes", "audience_codes", "funding_code", "task_uuid",
                 "participants_total", "participants_women", "participants_ethnic",
                 "products", "broadcast_minutes", "cost")


# The detail rows' cells: kind, named style, wrapped width (texts decide a row's height).
_KINDS = {"int": "int", "date": "date", "money": "money", "text": "text", "code": "text"}
_STYLES = {"int": st.INT, "date": st.DATE, "money": st.MONEY, "text": st.TEXT, "code": st.PLAIN}
ROWS_PER_WRITE = 200  # rows joined into one write (fewer calls, bounded memory)
PROGRESS_EVERY = 1000  # rows between progress reports and cancel checks


def detail_columns(consolidated: bool = False) -> list[tuple[str, float, str, str]]:
    """The sheet's columns: the printed ones (with "Đơn vị" in a province's workbook),
    then the hidden key columns."""
    columns = list(DETAIL_COLUMNS)
    if consolidated:
        columns.insert(columns.index(("Xã, thị trấn", 12, "commune", "text")), UNIT_COLUMN)
    return columns + KEY_COLUMNS


def hash_text(values) -> str:
    """One row's part of the data hash, from ``HASHED_FIELDS`` values in order (dates as
    ISO text, missing values as ""); ``report_import`` rebuilds it from the cells."""
    return "\x1f".join("" if v is None else v.isoformat() if hasattr(v, "isoformat")
                        else str(v) for v in values) + "\n"


def write_detail_sheet(workbook: Workbook, session: Session, unit_name: str, period: Period,
                       figures: PeriodFigures, steps: Steps | None = None) -> DetailResult:
    """Write the sheet; returns the number of activities written and their data hash.

    The activity rows go in as ready-made XML (``xml_rows``): most of a big export's time.
    """
    scope = figures.scope
    unit_ids = scope.unit_ids if scope is not None else (figures.unit_id,)
    columns = detail_columns(consolidated=len(unit_ids) > 1)
    printed = PRINTED_COLUMNS + (len(columns) - len(DETAIL_COLUMNS) - len(KEY_COLUMNS))
    shown = len(columns) - len(KEY_COLUMNS)
    sheet = add_streamed_sheet(workbook, _("Chi tiết"))
    prepare_sheet(sheet, [width for _h, width, _f, _k in columns], header_row=HEADER_ROW,
                  unit_name=unit_name,
                  title=_("Chi tiết hoạt động {period}").format(period=period.label))
    for index in range(shown + 1, len(columns) + 1):
        sheet.column_dimensions[get_column_letter(index)].hidden = True
    cells = TypedCells(sheet)
    coverage = (scope.coverage_text() if scope is not None else _("từ {start} đến {end}").format(
        start=f"{period.start:%d/%m/%Y}", end=f"{figures.end:%d/%m/%Y}"))
    title_rows(cells, unit_name, _("DANH SÁCH HOẠT ĐỘNG TRUYỀN THÔNG VỀ QUYỀN CON NGƯỜI"),
               _("{period} ({coverage})").format(period=period.title_label, coverage=coverage),
               printed)
    cells.append([cells.text(_(header), st.HEADER) for header, _w, _f, _k in columns],
                 [(_(header), width * 0.85) for header, width, _f, _k in columns[:shown]])
    xml_columns = [(_KINDS[kind], _STYLES[kind], width if kind == "text" else None)
                   for _h, width, _f, kind in columns]
    pick = itemgetter(*[FIELDS.index(field) for _h, _w, field, _k in columns[1:]])
    hashed = itemgetter(*[FIELDS.index(field) for field in HASHED_FIELDS])
    digest = hashlib.sha256()
    total = figures.totals.activities
    count = 0
    rows = XmlRows(sheet, xml_columns)
    first = cells.row + 1
    batch: list[str] = []
    for values in activity_values(session, unit_ids, period.start, figures.end):
        batch.append(rows.row(first + count, (count + 1, *pick(values))))
        digest.update(hash_text(hashed(values)).encode("utf-8"))
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
    totals_row = [cells.blank(st.TOTAL_TEXT) for _column in columns[:printed]]
    totals_row[3] = cells.text(_("Tổng cộng ({n} hoạt động)").format(n=count), st.TOTAL_TEXT)
    for index, (_h, _w, field, _k) in enumerate(columns[:printed]):
        if field in TOTAL_FIELDS:
            value = getattr(figures.totals, TOTAL_FIELDS[field])
            totals_row[index] = (cells.money(value, st.TOTAL_MONEY)
                                 if BY_NAME[field].kind == MONEY
                                 else cells.int(value, st.TOTAL_INT))
    cells.append(totals_row)
    # The filter covers the activities, not the totals row under them.
    finish_sheet(sheet, header_row=HEADER_ROW, last_row=HEADER_ROW + count,
                 columns=shown)
    sheet.print_area = f"A1:{get_column_letter(shown)}{cells.row}"
    sheet.print_title_cols = REPEATED_COLUMNS
    sheet.page_setup.fitToWidth = PAGES_WIDE
    sheet.page_setup.pageOrder = "overThenDown"
    return DetailResult(count, digest.hexdigest())


@dataclass(frozen=True)
class DetailResult:
    activities: int
    data_hash: str  # SHA-256 over ``hash_text`` of every row, in the sheet's order


def column_index(field: str, consolidated: bool = False) -> int:
    """1-based column of an ActivityRow field (tests and readers of the sheet)."""
    return next(i for i, c in enumerate(detail_columns(consolidated), start=1)
                if c[2] == field)
