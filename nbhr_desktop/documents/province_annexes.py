"""The province report's own annexes: the figures unit by unit, and the units that have not
sent their data for the period (with the due date), as ruled tables like the others.

The unit table has a line for the province's own activities, one per reporting unit of
the period (zeros included) and a totals line equal to the report's totals
(``core.province.by_unit``).
"""

from __future__ import annotations

from dataclasses import dataclass

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.province.by_unit import UnitLine, lines_total
from nbhr_desktop.core.province.submissions import Submissions
from nbhr_desktop.core.vnformat import number, short_date
from nbhr_desktop.documents import frame
from nbhr_desktop.storage.activity_fields import FIGURES

# The figures' columns (annex header, width) come from ``storage.activity_fields``.
UNIT_HEADER = ["STT", "Đơn vị", "Số hoạt động", *(f.annex_header for f in FIGURES),
               "Nhiệm vụ đạt / tổng số"]
# A province year: 7-digit totals.
UNIT_WIDTHS = [9, 48, 16, *(f.widths["units_annex"] for f in FIGURES), 18]
UNIT_ALIGN = ["CENTER", "LEFT"] + ["RIGHT"] * (1 + len(FIGURES)) + ["CENTER"]


def _figure_cells(totals) -> list[str]:
    """The count and each figure's sum, as the annex prints them."""
    return [number(totals.activities), *(number(getattr(totals, f.total)) for f in FIGURES)]
MISSING_HEADER = ["STT", "Mã", "Đơn vị", "Phần kỳ phải gửi", "Gói dữ liệu gần nhất"]
MISSING_WIDTHS = [10, 14, 60, 42, 30]
MISSING_ALIGN = ["CENTER", "CENTER", "LEFT", "CENTER", "CENTER"]


@dataclass(frozen=True)
class ProvinceAnnexData:
    lines: list[UnitLine]
    submissions: Submissions


def unit_rows(lines: list[UnitLine]) -> tuple[list[list[str]], int]:
    rows, index = [], 0
    for line in lines:
        t = line.totals
        index += 0 if line.own else 1
        rows.append(["" if line.own else str(index), line.name, *_figure_cells(t),
                     line.tasks_text])
    t = lines_total(lines)
    met = sum(line.tasks_met for line in lines)
    tasks = sum(line.tasks_total for line in lines)
    rows.append(["", _("Tổng cộng"), *_figure_cells(t), f"{met}/{tasks}" if tasks else "—"])
    return rows, len(rows) - 1


def missing_rows(submissions: Submissions) -> list[list[str]]:
    rows = []
    for index, row in enumerate(submissions.missing, start=1):
        start, end = row.span
        last = short_date(row.last_package_at.date()) if row.last_package_at else _("chưa có")
        rows.append([str(index), row.unit.code, row.unit.name,
                     f"{short_date(start)} - {short_date(end)}", last])
    return rows or [["", "", _("Không có: mọi đơn vị đã gửi số liệu."), "", ""]]


def province_annexes(data: ProvinceAnnexData, subtitle: str) -> list[frame.Annex]:
    rows, total = unit_rows(data.lines)
    by_unit = frame.Annex(
        label="", title=_("Kết quả theo đơn vị"), subtitle=subtitle,
        header_rows=[[_(h) for h in UNIT_HEADER]], rows=rows, col_widths=UNIT_WIDTHS,
        align=UNIT_ALIGN, landscape=True, bold_rows=[0, total], notes=[frame.paragraph(_(
            "Nhiệm vụ đạt: nhiệm vụ trong kế hoạch của đơn vị đã đạt chỉ tiêu hoặc đã thực "
            "hiện, đánh giá như ở báo cáo của đơn vị."))])
    sent = data.submissions
    missing = frame.Annex(
        label="", title=_("Đơn vị chưa gửi số liệu"), subtitle=subtitle,
        header_rows=[[_(h) for h in MISSING_HEADER]], rows=missing_rows(sent),
        col_widths=MISSING_WIDTHS, align=MISSING_ALIGN, landscape=False,
        notes=[frame.paragraph(_(
            "Hạn gửi số liệu {period}: ngày {due}. Tính đến ngày lập báo cáo, có {missing}/{total}"
            " đơn vị chưa gửi; {late} đơn vị gửi muộn.").format(
                period=sent.period.label, due=short_date(sent.due.due_date),
                missing=number(len(sent.missing)), total=number(len(sent.rows)),
                late=number(sent.count("late"))))])
    return [by_unit, missing]
