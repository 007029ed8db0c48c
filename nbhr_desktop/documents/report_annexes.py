"""The results report's annexes (Phụ lục I, II, …): its figures as ruled tables.

I. the overall figures: the period, the total from the year's start (lũy kế) when the
period starts later, and the same period a year earlier with the change, signed ("+12",
"-3"); without anything recorded a year earlier those two columns are left out and a note
says why. "Trong đó" rows belong to the row above and carry no number.
II. by form. III. the plan's tasks, each judged (``core.reports.judging``): the year's
target, the period's result, the cumulative result, the share reached and the verdict.
IV. by commune. V. by audience.
"""

from __future__ import annotations

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.figures import Group, PeriodFigures, overall_rows, signed
from nbhr_desktop.core.reports.judging import TaskStanding, verdict_label
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.vnformat import number, percent, roman, short_date
from nbhr_desktop.documents import frame
from nbhr_desktop.storage.activity_fields import FIGURES

# The figures' columns (annex header, width) come from ``storage.activity_fields``.
GROUP_HEADER = ["STT", "{first}", "Số hoạt động", *(f.annex_header for f in FIGURES)]
GROUP_WIDTHS = [10, 70, 20, *(f.widths["annex"] for f in FIGURES)]
GROUP_ALIGN = ["CENTER", "LEFT"] + ["RIGHT"] * (1 + len(FIGURES))


def figure_cells(totals) -> list[str]:
    """The count and each figure's sum of a ``Totals``, as the annexes print them."""
    return [number(totals.activities), *(number(getattr(totals, f.total)) for f in FIGURES)]


def _group_rows(groups: list[Group], figures: PeriodFigures, total_label: str
                ) -> tuple[list[list[str]], int]:
    rows, index = [], 0
    for group in groups:
        t = group.totals
        # "Cấp huyện (không riêng xã nào)", "Chưa xác định": not one of the listed items.
        index += 1 if group.key else 0
        rows.append([str(index) if group.key else "", group.name, *figure_cells(t)])
    rows.append(["", total_label, *figure_cells(figures.totals)])
    return rows, len(rows) - 1


def overall_table(figures: PeriodFigures, period: Period
                  ) -> tuple[list[str], list[list[str]], list[float], list[str]]:
    """Header, rows, widths and alignment of the overall table."""
    header = [_("STT"), _("Chỉ tiêu"), _("Kỳ báo cáo")]
    widths, align = [13, 64, 25], ["CENTER", "LEFT", "RIGHT"]
    ytd = figures.year_to_date
    if ytd is not None:
        header.append(_("Lũy kế từ đầu năm"))
        widths.append(25)
        align.append("RIGHT")
    compare = figures.has_comparison
    if compare:
        header += [_("Cùng kỳ năm trước ({previous})").format(
            previous=period.year_earlier().label), _("Tăng (+), giảm (-)")]
        widths += [27, 25]
        align += ["RIGHT", "RIGHT"]
    rows = []
    for row in overall_rows():
        now = getattr(figures.totals, row.measure)
        cells = [row.number, row.label, number(now)]
        if ytd is not None:
            cells.append(number(getattr(ytd, row.measure)))
        if compare:
            then = getattr(figures.year_earlier.totals, row.measure)
            cells += [number(then), signed(now - then)]
        rows.append(cells)
    return header, rows, widths, align


def _target_share(value: float | None) -> str:
    return "" if value is None else percent(value)


def task_table(tasks: list[TaskStanding], cumulative: bool
               ) -> tuple[list[str], list[list[str]], list[int], list[float], list[str]]:
    """Header, rows, bold rows, widths and alignment of the tasks table.

    ``cumulative``: the period starts after its year, so "Kết quả trong kỳ" and "Lũy kế từ
    đầu năm" are two columns; otherwise one "Kết quả" column.
    """
    header = [_("STT"), _("Nhiệm vụ / chỉ tiêu"), _("Thời gian thực hiện"), _("Đơn vị tính"),
              _("Chỉ tiêu năm")]
    header += ([_("Kết quả trong kỳ"), _("Lũy kế từ đầu năm")] if cumulative
               else [_("Kết quả")])
    header += [_("Tỷ lệ đạt"), _("Đánh giá")]
    # "Chưa đến hạn" and "Chưa cập nhật" each fit one line of the verdict column.
    widths = [10, 78, 20, 19, 15] + ([16, 16] if cumulative else [18]) + [16, 28]
    align = ["CENTER", "LEFT", "CENTER", "CENTER", "RIGHT"] + (
        ["RIGHT", "RIGHT"] if cumulative else ["RIGHT"]) + ["RIGHT", "CENTER"]
    rows, bold = [], []
    for task in tasks:
        bold.append(len(rows))
        blanks = [""] * (5 if cumulative else 4)  # unit, target, result(s), share
        rows.append([str(task.number), task.title, task.timing, *blanks,
                     verdict_label(task.verdict)])
        for target in task.targets:
            entered = target.result is not None
            results = ([number(target.in_period) if target.in_period is not None else "",
                        number(target.result) if entered else ""] if cumulative
                       else [number(target.result) if entered else ""])
            rows.append(["", f"- {target.indicator}", "", target.unit, number(target.quantity),
                         *results, _target_share(target.percent),
                         verdict_label(target.verdict)])
    return header, rows, bold, widths, align


def _task_legend(figures: PeriodFigures) -> list:
    """Above the table (a legend read first, and never a page of its own after it)."""
    scope = figures.scope
    notes = [_("Tỷ lệ đạt: kết quả lũy kế từ đầu năm so với chỉ tiêu năm.")]
    if scope is not None and not scope.period.closes_year:
        notes.append(_("Chưa đến hạn: thời gian thực hiện kết thúc sau ngày {day}.").format(
            day=short_date(scope.due_by)))
    notes.append(_("Chưa cập nhật: kết quả nhập trực tiếp chưa được nhập."))
    return [frame.paragraph(" ".join(notes), kind="legend")]


def annexes(figures: PeriodFigures, period: Period, reference: str,
            province=None) -> list[frame.Annex]:
    """Phụ lục I, II, … with the figures; numbered in the order they appear.

    ``province`` (``province_annexes.ProvinceAnnexData``): the province's report, whose
    ``figures`` carry only its own plan's tasks; it adds the unit table and the units that
    have not sent their data, in place of the commune table (its units are its communes).
    """
    subtitle = _("(Kèm theo {ref})").format(ref=reference)
    made: list[frame.Annex] = []

    def add(title: str, header: list[str], rows, widths, align, *, landscape: bool,
            bold_rows=(), notes=(), intro=()):
        made.append(frame.Annex(
            label="", title=title, subtitle=subtitle, header_rows=[header], rows=rows,
            col_widths=widths, align=align, landscape=landscape, bold_rows=list(bold_rows),
            notes=list(notes), intro=list(intro)))

    header, rows, widths, align = overall_table(figures, period)
    notes = []
    if figures.scope is not None:
        notes.append(frame.paragraph(figures.scope.coverage_text() + "."))
    if not figures.has_comparison:
        notes.append(frame.paragraph(_(
            "Không có số liệu cùng kỳ năm trước ({previous}) trên phần mềm nên không so "
            "sánh.").format(previous=period.year_earlier().label)))
    add(_("Số liệu tổng hợp {period}").format(period=period.label), header, rows, widths,
        align, landscape=False, notes=notes)
    rows, total = _group_rows(figures.by_form, figures, _("Tổng cộng"))
    add(_("Kết quả theo hình thức truyền thông"),
        [h.format(first=_("Hình thức truyền thông")) for h in GROUP_HEADER], rows,
        GROUP_WIDTHS, GROUP_ALIGN, landscape=True, bold_rows=[total])
    if figures.tasks:
        header, rows, bold, widths, align = task_table(figures.tasks, period.has_year_to_date)
        add(_("Kết quả thực hiện nhiệm vụ, chỉ tiêu của kế hoạch"), header, rows, widths,
            align, landscape=True, bold_rows=bold, intro=_task_legend(figures))
    if province is None:
        rows, total = _group_rows(figures.by_commune, figures, _("Tổng cộng"))
        add(_("Kết quả theo xã, thị trấn"),
            [h.format(first=_("Xã, thị trấn")) for h in GROUP_HEADER], rows, GROUP_WIDTHS,
            GROUP_ALIGN, landscape=True, bold_rows=[total])
    else:
        from nbhr_desktop.documents.province_annexes import province_annexes

        made.extend(province_annexes(province, subtitle))
    rows, total = _group_rows(figures.by_audience, figures,
                              _("Tổng số (mỗi hoạt động tính một lần)"))
    add(_("Kết quả theo đối tượng"), [h.format(first=_("Đối tượng")) for h in GROUP_HEADER],
        rows, GROUP_WIDTHS, GROUP_ALIGN, landscape=True, bold_rows=[total],
        notes=[frame.paragraph(_("Ghi chú: một hoạt động dành cho nhiều đối tượng được tính "
                                 "ở từng đối tượng."))])
    for index, annex in enumerate(made, start=1):
        annex.label = _("Phụ lục {n}").format(n=roman(index)) if len(made) > 1 else _("Phụ lục")
    return made
