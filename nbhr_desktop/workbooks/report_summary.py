"""The *Tổng hợp* sheet: the period's figures as summary tables with totals.

Tables, one under the other: I. overall figures against the same period a year earlier;
II. by form and month (or quarter, for periods longer than six months); III. by plan task
(target, result, %); IV. by commune; V. by audience; VI. by theme; VII. by funding source.
Every number is a number cell with its format, computed by ``period_figures``.
"""

from __future__ import annotations

from openpyxl import Workbook

from nbhr_desktop.core.i18n import _
from nbhr_desktop.core.reports.figures import Group, PeriodFigures, Totals, change_percent
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.vnformat import roman
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.print_setup import prepare_sheet
from nbhr_desktop.workbooks.typed_cells import TypedCells, title_rows

GROUP_HEADERS = ("Số hoạt động", "Lượt người", "Nữ", "DTTS", "Sản phẩm", "Phút phát sóng",
                 "Kinh phí (đồng)")


def time_buckets(period: Period) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Columns of table II: months when the period has at most six, else quarters.

    Returns the (key, label) columns and a map from month key ("2025-10") to column key.
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


class _Summary:
    def __init__(self, sheet, figures: PeriodFigures, period: Period):
        self.sheet = sheet
        self.cells = TypedCells(sheet)
        self.figures = figures
        self.period = period

    def section(self, title: str) -> None:
        self.cells.append([])
        self.cells.append([self.cells.text(title, st.SECTION)])

    def header(self, names: list[str]) -> None:
        widths = [6, 44] + [13] * len(names)
        self.cells.append([self.cells.text(name, st.HEADER) for name in names],
                          [(name, width * 0.85) for name, width in zip(names, widths)])

    def totals_cells(self, totals: Totals, total: bool = False) -> list:
        c = self.cells
        int_style, money_style = (st.TOTAL_INT, st.TOTAL_MONEY) if total else (st.INT, st.MONEY)
        return [c.int(totals.activities, int_style), c.int(totals.attendances, int_style),
                c.int(totals.women, int_style), c.int(totals.ethnic, int_style),
                c.int(totals.products, int_style), c.int(totals.minutes, int_style),
                c.money(totals.cost, money_style)]

    # -- I ------------------------------------------------------------------------------
    def overall(self) -> None:
        c = self.cells
        before = self.figures.year_earlier
        self.section(_("I. TỔNG HỢP CHUNG"))
        self.header([_("STT"), _("Chỉ tiêu"), _("Kỳ này"), _("Cùng kỳ năm trước"),
                     _("Tăng, giảm")])
        labels = [
            ("activities", _("Số hoạt động truyền thông")),
            ("attendances", _("Lượt người tham dự")),
            ("women", _("Trong đó: lượt nữ")),
            ("ethnic", _("Trong đó: lượt người dân tộc thiểu số")),
            ("products", _("Sản phẩm truyền thông")),
            ("minutes", _("Thời lượng phát sóng (phút)")),
            ("cost", _("Kinh phí thực hiện (đồng)")),
        ]
        for index, (name, label) in enumerate(labels, start=1):
            now = getattr(self.figures.totals, name)
            then = getattr(before.totals, name) if before else None
            kind = c.money if name == "cost" else c.int
            change = change_percent(now, then) if then is not None else None
            self.cells.append([c.int(index, st.CENTER), c.text(label), kind(now), kind(then),
                               c.percent(None if change is None else change / 100)])

    # -- II -----------------------------------------------------------------------------
    def by_form_and_time(self) -> None:
        c = self.cells
        columns, mapping = time_buckets(self.period)
        word = _("THÁNG") if columns and "Q" not in columns[0][0] else _("QUÝ")
        self.section(_("II. SỐ HOẠT ĐỘNG THEO HÌNH THỨC VÀ {word}").format(word=word))
        self.header([_("STT"), _("Hình thức truyền thông"), *[label for _k, label in columns],
                     _("Tổng số hoạt động"), _("Lượt người"), _("Sản phẩm"),
                     _("Kinh phí (đồng)")])

        def per_bucket(months: dict[str, Totals]) -> dict[str, int]:
            counts = {key: 0 for key, _label in columns}
            for month, totals in months.items():
                counts[mapping[month]] += totals.activities
            return counts

        for index, group in enumerate(self.figures.by_form, start=1):
            counts = per_bucket(self.figures.by_form_month.get(group.key, {}))
            t = group.totals
            self.cells.append([c.int(index, st.CENTER), c.text(group.name),
                               *[c.int(counts[key]) for key, _label in columns],
                               c.int(t.activities), c.int(t.attendances), c.int(t.products),
                               c.money(t.cost)], [(group.name, 44)])
        counts = per_bucket({g.key: g.totals for g in self.figures.by_month})
        t = self.figures.totals
        self.cells.append([c.blank(st.TOTAL_TEXT), c.text(_("Tổng cộng"), st.TOTAL_TEXT),
                           *[c.int(counts[key], st.TOTAL_INT) for key, _label in columns],
                           c.int(t.activities, st.TOTAL_INT), c.int(t.attendances, st.TOTAL_INT),
                           c.int(t.products, st.TOTAL_INT), c.money(t.cost, st.TOTAL_MONEY)])

    # -- III ----------------------------------------------------------------------------
    def by_task(self) -> None:
        c = self.cells
        self.section(_("III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU CỦA KẾ HOẠCH"))
        self.header([_("STT"), _("Nhiệm vụ / chỉ tiêu"), _("Đơn vị tính"), _("Chỉ tiêu"),
                     _("Kết quả"), _("Tỷ lệ đạt"), _("Số hoạt động"), _("Lượt người"),
                     _("Kinh phí (đồng)")])
        activities = attendances = cost = 0
        for index, task in enumerate(self.figures.tasks, start=1):
            f = task.figures
            activities, attendances, cost = (activities + f.activities,
                                             attendances + f.attendances, cost + f.cost)
            self.cells.append([c.int(index, st.CENTER), c.text(task.title, st.TOTAL_TEXT),
                               c.blank(), c.blank(), c.blank(), c.blank(),
                               c.int(f.activities), c.int(f.attendances), c.money(f.cost)],
                              [(task.title, 40)])
            for target in task.targets:
                share = None if target.percent is None else target.percent / 100
                self.cells.append([c.blank(), c.text(f"- {target.indicator}"),
                                   c.text(target.unit, st.CENTER), c.int(target.quantity),
                                   c.int(target.result), c.percent(share), c.blank(), c.blank(),
                                   c.blank()], [(f"- {target.indicator}", 44)])
        if not self.figures.tasks:
            self.cells.append([c.blank(), c.text(_("Không có kế hoạch nào áp dụng cho kỳ này."))])
            return
        self.cells.append([c.blank(st.TOTAL_TEXT), c.text(_("Tổng cộng"), st.TOTAL_TEXT),
                           *[c.blank(st.TOTAL_TEXT)] * 4, c.int(activities, st.TOTAL_INT),
                           c.int(attendances, st.TOTAL_INT), c.money(cost, st.TOTAL_MONEY)])

    # -- IV–VII -------------------------------------------------------------------------
    def groups(self, title: str, first: str, rows: list[Group], *, exclusive: bool) -> None:
        c = self.cells
        self.section(title)
        self.header([_("STT"), first, *[_(h) for h in GROUP_HEADERS]])
        for index, group in enumerate(rows, start=1):
            self.cells.append([c.int(index, st.CENTER), c.text(group.name),
                               *self.totals_cells(group.totals)], [(group.name, 44)])
        label = _("Tổng cộng") if exclusive else _("Tổng số (mỗi hoạt động tính một lần)")
        self.cells.append([c.blank(st.TOTAL_TEXT), c.text(label, st.TOTAL_TEXT),
                           *self.totals_cells(self.figures.totals, total=True)])


def summary_width(period: Period) -> int:
    columns, _mapping = time_buckets(period)
    return max(9, 2 + len(columns) + 4)


def write_summary_sheet(workbook: Workbook, unit_name: str, period: Period,
                        figures: PeriodFigures) -> None:
    sheet = workbook.create_sheet(_("Tổng hợp"))
    width = summary_width(period)
    prepare_sheet(sheet, [6, 44] + [13] * (width - 2), header_row=3, repeat_from=1,
                  unit_name=unit_name, title=_("Tổng hợp {period}").format(period=period.label))
    summary = _Summary(sheet, figures, period)
    title_rows(summary.cells, unit_name,
               _("TỔNG HỢP KẾT QUẢ TRUYỀN THÔNG VỀ QUYỀN CON NGƯỜI {period}").format(
                   period=period.label.upper()),
               _("(Từ ngày {start} đến ngày {end})").format(start=f"{period.start:%d/%m/%Y}",
                                                          end=f"{period.end:%d/%m/%Y}"),
               width)
    summary.overall()
    summary.by_form_and_time()
    summary.by_task()
    summary.groups(_("IV. THEO XÃ, THỊ TRẤN"), _("Xã, thị trấn"), figures.by_commune,
                   exclusive=True)
    summary.groups(_("V. THEO ĐỐI TƯỢNG"), _("Đối tượng"), figures.by_audience, exclusive=False)
    summary.groups(_("VI. THEO CHỦ ĐỀ"), _("Chủ đề"), figures.by_theme, exclusive=False)
    summary.groups(_("VII. THEO NGUỒN KINH PHÍ"), _("Nguồn kinh phí"), figures.by_funding,
                   exclusive=True)
