"""Table III of the report workbook, "Theo nhiệm vụ": the plan's tasks, judged.

A task row (bold title, timing, the task's verdict, what its activities added in the period)
and under it a row per target: the year's target, the period's result, the cumulative
result from the year's start (lũy kế), the share reached and the target's verdict
(``core.reports.judging``). A hand-entered result not yet entered stays blank and reads
"Chưa cập nhật", never 0 %.
"""

from __future__ import annotations

from openpyxl import Workbook

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.figures import PeriodFigures
from nbhr_desktop.core.reports.judging import verdict_label
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.summary_sheet import SummarySheet

TITLE_WIDTH = 44


def write_tasks_sheet(workbook: Workbook, unit_name: str, figures: PeriodFigures) -> None:
    headers = [_("STT"), _("Nhiệm vụ / chỉ tiêu"), _("Thời gian thực hiện"), _("Đơn vị tính"),
               _("Chỉ tiêu năm"), _("Kết quả trong kỳ"), _("Lũy kế từ đầu năm"),
               _("Tỷ lệ đạt"), _("Đánh giá"), _("Số hoạt động trong kỳ"),
               _("Lượt người trong kỳ"), _("Kinh phí trong kỳ (đồng)")]
    widths = [6, TITLE_WIDTH, 12, 11, 10, 10, 10, 9, 13, 10, 10, 14]
    table = SummarySheet(workbook, _("Theo nhiệm vụ"),
                         _("III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU CỦA KẾ HOẠCH"), unit_name,
                         figures, headers, widths)
    c = table.cells
    if not figures.tasks:
        table.note(_("Không có kế hoạch nào áp dụng cho kỳ này."))
        return
    activities = attendances = cost = 0
    for task in figures.tasks:
        f = task.in_period
        activities, attendances, cost = (activities + f.activities,
                                         attendances + f.attendances, cost + f.cost)
        c.append([c.int(task.number, st.CENTER), c.text(task.title, st.TOTAL_TEXT),
                  c.text(task.timing, st.CENTER), c.blank(), c.blank(), c.blank(), c.blank(),
                  c.blank(), c.text(verdict_label(task.verdict), st.CENTER),
                  c.int(f.activities), c.int(f.attendances), c.money(f.cost)],
                 [(task.title, TITLE_WIDTH), (task.timing, 12)])
        for target in task.targets:
            c.append([c.blank(), c.text(f"- {target.indicator}"), c.blank(),
                      c.text(target.unit, st.CENTER), c.int(target.quantity),
                      c.int(target.in_period), c.int(target.result), c.percent(target.percent),
                      c.text(verdict_label(target.verdict), st.CENTER), c.blank(), c.blank(),
                      c.blank()], [(f"- {target.indicator}", TITLE_WIDTH)])
    c.append([c.blank(st.TOTAL_TEXT), c.text(_("Tổng cộng"), st.TOTAL_TEXT),
              *[c.blank(st.TOTAL_TEXT)] * 7, c.int(activities, st.TOTAL_INT),
              c.int(attendances, st.TOTAL_INT), c.money(cost, st.TOTAL_MONEY)])
    note = _("Tỷ lệ đạt: kết quả lũy kế từ đầu năm so với chỉ tiêu cả năm.")
    scope = figures.scope
    if scope is not None and not scope.period.closes_year:
        note += " " + _("\"Chưa đến hạn\": thời gian thực hiện kết thúc sau ngày {day}.").format(
            day=scope.due_by.strftime("%d/%m/%Y"))
    note += " " + _("\"Chưa cập nhật\": kết quả nhập trực tiếp chưa được nhập.")
    table.note(note)
