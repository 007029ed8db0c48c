"""The summary tables of the report workbook, one table per sheet.

I. overall figures ("Tổng hợp": the period, the total from the year's start when the period
starts later, the same period a year earlier and the signed change); II. by form and month
(or quarter, for periods longer than six months); III. the plan's tasks, judged; IV. by
commune; V. by audience; VI. by theme; VII. by funding source.

Why one table per sheet: a printed table must repeat its own header rows on every page,
and print titles (Excel's and LibreOffice's "rows to repeat") are one range per sheet.
Tables stacked on one sheet can only repeat one of their headers, and manual page breaks
are ignored once a sheet is fitted to the page width; so each table gets its own sheet
with its header row as that sheet's print titles, which both programs honour however the
rows wrap or the printer scales.
Every number is a number cell with its format, computed by ``scope_figures``.
"""

from __future__ import annotations

from openpyxl import Workbook

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.figures import Group, PeriodFigures, Totals, overall_rows
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.vnformat import roman
from nbhr_desktop.storage.activity_fields import FIGURES, MONEY
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.report_tasks_sheet import write_tasks_sheet
from nbhr_desktop.workbooks.summary_sheet import SummarySheet
from nbhr_desktop.workbooks.typed_cells import TypedCells

GROUP_HEADERS = ("Số hoạt động", *(f.sheet_header for f in FIGURES))


def time_buckets(period: Period) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Columns of table II: months when the period has at most six, else quarters.

    Returns the (key, label) columns and a map from month key ("2025-10") to column key.
    On the cut-off basis the months are report months (15th to 14th, Decree 09).
    """
    months = period.months
    one_year = len({y for y, _m in months}) == 1
    if len(months) <= 6:
        columns = [(f"{y:04d}-{m:02d}", _("Tháng {m}").format(m=m) if one_year
                    else f"{m:02d}/{y}") for y, m in months]
        return columns, {key: key for key, _label in columns}
    columns, mapping = [], {}
    for y, m in months:
        q = (m - 1) // 3 + 1
        key = f"{y:04d}-Q{q}"
        if not columns or columns[-1][0] != key:
            columns.append((key, _("Quý {q}").format(q=roman(q)) if one_year
                            else _("Quý {q}/{y}").format(q=roman(q), y=y)))
        mapping[f"{y:04d}-{m:02d}"] = key
    return columns, mapping


def _totals_cells(c: TypedCells, totals: Totals, total: bool = False) -> list:
    """The count and each figure's sum (``storage.activity_fields``), money as money."""
    int_style, money_style = (st.TOTAL_INT, st.TOTAL_MONEY) if total else (st.INT, st.MONEY)
    return [c.int(totals.activities, int_style),
            *(c.money(getattr(totals, f.total), money_style) if f.kind == MONEY
              else c.int(getattr(totals, f.total), int_style) for f in FIGURES)]


def write_overall(workbook: Workbook, unit_name: str, figures: PeriodFigures) -> None:
    """Sheet "Tổng hợp": table I. Column B holds the labels, column C this period."""
    period = figures.period
    headers = [_("STT"), _("Chỉ tiêu"), _("Kỳ này")]
    ytd = figures.year_to_date
    if ytd is not None:
        headers.append(_("Lũy kế từ đầu năm"))
    compare = figures.has_comparison
    if compare:
        headers += [_("Cùng kỳ năm trước"), _("Tăng (+), giảm (-)")]
    # The title fits the table's width (a merged title does not wrap); the period and
    # what it covers are in the line under it.
    table = SummarySheet(workbook, _("Tổng hợp"), _("I. TỔNG HỢP CHUNG"), unit_name, figures,
                         headers, [6, 50] + [16] * (len(headers) - 2))
    c = table.cells
    for row in overall_rows():
        kind = c.money if row.measure == "cost" else c.int
        now = getattr(figures.totals, row.measure)
        cells = [c.text(row.number, st.CENTER), c.text(row.label), kind(now)]
        if ytd is not None:
            cells.append(kind(getattr(ytd, row.measure)))
        if compare:
            then = getattr(figures.year_earlier.totals, row.measure)
            cells += [kind(then), c.signed(now - then)]
        c.append(cells)
    if not compare:
        table.note(_("Không có số liệu cùng kỳ năm trước ({previous}) trên phần mềm nên không "
                     "so sánh.").format(previous=period.year_earlier().label))
    table.note(_("Các bảng khác ở các trang tính: Theo hình thức, Theo nhiệm vụ, Theo địa bàn, "
                 "Theo đối tượng, Theo chủ đề, Theo nguồn KP; từng hoạt động ở trang Chi tiết."))


def write_by_form(workbook: Workbook, unit_name: str, figures: PeriodFigures) -> None:
    period = figures.period
    columns, mapping = time_buckets(period)
    word = _("THÁNG") if columns and "Q" not in columns[0][0] else _("QUÝ")
    headers = [_("STT"), _("Hình thức truyền thông"), *[label for _k, label in columns],
               _("Tổng số hoạt động"), _("Lượt người"), _("Sản phẩm"), _("Kinh phí (đồng)")]
    table = SummarySheet(workbook, _("Theo hình thức"),
                         _("II. SỐ HOẠT ĐỘNG THEO HÌNH THỨC VÀ {word}").format(word=word),
                         unit_name, figures, headers, [6, 36] + [11] * (len(headers) - 3) + [15])
    c = table.cells

    def per_bucket(months: dict[str, Totals]) -> dict[str, int]:
        counts = {key: 0 for key, _label in columns}
        for month, totals in months.items():
            counts[mapping[month]] += totals.activities
        return counts

    for index, group in enumerate(figures.by_form, start=1):
        counts = per_bucket(figures.by_form_month.get(group.key, {}))
        t = group.totals
        c.append([c.int(index, st.CENTER), c.text(group.name),
                  *[c.int(counts[key]) for key, _label in columns], c.int(t.activities),
                  c.int(t.attendances), c.int(t.products), c.money(t.cost)], [(group.name, 36)])
    counts = per_bucket({g.key: g.totals for g in figures.by_month})
    t = figures.totals
    c.append([c.blank(st.TOTAL_TEXT), c.text(_("Tổng cộng"), st.TOTAL_TEXT),
              *[c.int(counts[key], st.TOTAL_INT) for key, _label in columns],
              c.int(t.activities, st.TOTAL_INT), c.int(t.attendances, st.TOTAL_INT),
              c.int(t.products, st.TOTAL_INT), c.money(t.cost, st.TOTAL_MONEY)])
    if period.is_cutoff:
        table.note(_("Tháng tính theo thời gian chốt số liệu: từ ngày 15 của tháng trước đến "
                     "ngày 14 của tháng (Nghị định số 09/2019/NĐ-CP)."))


def write_groups(workbook: Workbook, unit_name: str, figures: PeriodFigures, name: str,
                 title: str, first: str, rows: list[Group], *, exclusive: bool) -> None:
    headers = [_("STT"), first, *[_(h) for h in GROUP_HEADERS]]
    table = SummarySheet(workbook, name, title, unit_name, figures, headers,
                         [6, 40, 12, *(15 if f.kind == MONEY else 12 for f in FIGURES)])
    c = table.cells
    index = 0
    for group in rows:
        # "Cấp huyện (không riêng xã nào)", "Chưa xác định": not one of the listed items.
        index += 1 if group.key else 0
        number = c.int(index, st.CENTER) if group.key else c.blank(st.CENTER)
        c.append([number, c.text(group.name), *_totals_cells(c, group.totals)],
                 [(group.name, 40)])
    label = _("Tổng cộng") if exclusive else _("Tổng số (mỗi hoạt động tính một lần)")
    c.append([c.blank(st.TOTAL_TEXT), c.text(label, st.TOTAL_TEXT),
              *_totals_cells(c, figures.totals, total=True)])
    if not exclusive:
        table.note(_("Một hoạt động có nhiều mục được tính ở từng mục, nên các dòng cộng lại "
                     "có thể lớn hơn tổng số."))


def write_summary_sheets(workbook: Workbook, unit_name: str, figures: PeriodFigures,
                         units=None) -> None:
    """Tables I–VII, each on its own sheet (see the module's note on printing).

    ``units``: the province's report, ``(lines, submissions)`` for its "Theo đơn vị" sheet,
    which follows "Tổng hợp" (``report_units_sheet``)."""
    write_overall(workbook, unit_name, figures)
    if units is not None:
        from nbhr_desktop.workbooks.report_units_sheet import write_units_sheet

        write_units_sheet(workbook, unit_name, figures, *units)
    write_by_form(workbook, unit_name, figures)
    write_tasks_sheet(workbook, unit_name, figures)
    write_groups(workbook, unit_name, figures, _("Theo địa bàn"), _("IV. THEO XÃ, THỊ TRẤN"),
                 _("Xã, thị trấn"), figures.by_commune, exclusive=True)
    write_groups(workbook, unit_name, figures, _("Theo đối tượng"), _("V. THEO ĐỐI TƯỢNG"),
                 _("Đối tượng"), figures.by_audience, exclusive=False)
    write_groups(workbook, unit_name, figures, _("Theo chủ đề"), _("VI. THEO CHỦ ĐỀ"),
                 _("Chủ đề"), figures.by_theme, exclusive=False)
    write_groups(workbook, unit_name, figures, _("Theo nguồn KP"), _("VII. THEO NGUỒN KINH PHÍ"),
                 _("Nguồn kinh phí"), figures.by_funding, exclusive=True)

