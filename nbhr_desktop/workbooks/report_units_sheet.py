"""The province workbook's "Theo đơn vị" sheet: one row per unit, and whether it has sent.

The province's own activities first, then every reporting unit of the period (zeros
included), then the totals, which equal the "Tổng hợp" sheet's (``core.province.by_unit``).
Numbers are number cells; the last column says whether the unit has sent its data for the
period (received, late, not yet), so the sheet doubles as the list of units to remind.
"""

from __future__ import annotations

from openpyxl import Workbook

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.province.by_unit import UnitLine, lines_total
from nbhr_desktop.core.province.submissions import Submissions, status_label
from nbhr_desktop.core.reports.figures import PeriodFigures, Totals
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.storage.activity_fields import FIGURES, MONEY
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.summary_sheet import SummarySheet
from nbhr_desktop.workbooks.typed_cells import TypedCells

SHEET_NAME = "Theo đơn vị"
# The figures' columns (header, width) come from ``storage.activity_fields``.
HEADERS = ("STT", "Mã", "Đơn vị", "Số hoạt động", *(f.sheet_header for f in FIGURES),
           "Nhiệm vụ đạt", "Tổng số nhiệm vụ", "Tình hình gửi số liệu")
WIDTHS = [6, 8, 30, 11, *(f.widths["units"] for f in FIGURES), 10, 10, 16]


def _figures(c: TypedCells, totals: Totals, total: bool = False) -> list:
    int_style, money_style = (st.TOTAL_INT, st.TOTAL_MONEY) if total else (st.INT, st.MONEY)
    return [c.int(totals.activities, int_style),
            *(c.money(getattr(totals, f.total), money_style) if f.kind == MONEY
              else c.int(getattr(totals, f.total), int_style) for f in FIGURES)]


def write_units_sheet(workbook: Workbook, unit_name: str, figures: PeriodFigures,
                      lines: list[UnitLine], submissions: Submissions) -> None:
    table = SummarySheet(workbook, _(SHEET_NAME), _("KẾT QUẢ THEO ĐƠN VỊ"), unit_name,
                         figures, [_(h) for h in HEADERS], WIDTHS)
    c = table.cells
    index = 0
    for line in lines:
        index += 0 if line.own else 1
        number = c.blank(st.CENTER) if line.own else c.int(index, st.CENTER)
        status = "" if line.own or not line.status else status_label(
            line.status, submissions.due_passed)
        c.append([number, c.text(line.code, st.CENTER), c.text(line.name),
                  *_figures(c, line.totals), c.int(line.tasks_met), c.int(line.tasks_total),
                  c.text(status)], [(line.name, 30)])
    c.append([c.blank(st.TOTAL_TEXT), c.blank(st.TOTAL_TEXT), c.text(_("Tổng cộng"), st.TOTAL_TEXT),
              *_figures(c, lines_total(lines), total=True),
              c.int(sum(line.tasks_met for line in lines), st.TOTAL_INT),
              c.int(sum(line.tasks_total for line in lines), st.TOTAL_INT),
              c.blank(st.TOTAL_TEXT)])
    table.note(_("Hạn gửi số liệu {period}: ngày {due}. Đã gửi {sent}/{total} đơn vị (gửi muộn "
                 "{late}); chưa gửi {missing}.").format(
        period=submissions.period.label, due=short_date(submissions.due.due_date),
        sent=len(submissions.rows) - len(submissions.missing), total=len(submissions.rows),
        late=submissions.count("late"), missing=len(submissions.missing)))
    table.note(_("Nhiệm vụ đạt: nhiệm vụ trong kế hoạch của đơn vị đã đạt chỉ tiêu hoặc đã "
                 "thực hiện, đánh giá như ở báo cáo của đơn vị."))
