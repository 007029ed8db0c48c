"""Drafts of the report's "III. Đánh giá" and "IV. Phương hướng, nhiệm vụ" sections.

Both follow the judged tasks (``judging.py``), so they agree with the annex: strengths are
claimed only from what was done and met; a limitation is a task that was due and is not met
(or a hand-entered result still missing); the cause of a limitation is left for the officer
to write, since no figure knows it. "Phương hướng" is about the period after this one: the
next quarter or half-year, or the next year for a year report.
"""

from __future__ import annotations

import datetime as dt

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.figures import PeriodFigures
from nbhr_desktop.core.reports.judging import TaskStanding, Verdict
from nbhr_desktop.core.reports.narrative import close_lists, in_sentence
from nbhr_desktop.core.reports.periods import Period, PeriodKind
from nbhr_desktop.core.reports.scope import ReportScope
from nbhr_desktop.core.vnformat import number
from nbhr_desktop.storage.models import UnitLevel

# Where the officer writes the causes: Decree 30's own forms mark a blank with dots (as
# many as fit the rest of the line, so the justified line above it is not stretched).
CAUSE_BLANK = "…" * 20


def _strengths(figures: PeriodFigures, unit_name: str, level: str) -> list[str]:
    """Nothing done in the period: no strength to claim (the results say what stands)."""
    t = figures.totals
    if not t.activities:
        return []
    communes = [g for g in figures.by_commune if g.key]
    if level == UnitLevel.COMMUNE:  # a commune's own work: no communes beneath it to count
        where = _("trên địa bàn {unit}").format(unit=in_sentence(unit_name))
    elif communes:
        where = _("đến {n} xã, thị trấn").format(n=number(len(communes)))
    else:
        where = _("ở cấp huyện")
    lines = [_(
        "Công tác truyền thông về quyền con người được triển khai bằng {forms} hình thức, "
        "{where}, với {n} hoạt động và {people} lượt người tham dự; nội dung bám sát các "
        "công ước quốc tế về quyền con người mà Việt Nam là thành viên và chính sách, pháp "
        "luật của Nhà nước.").format(forms=number(len(figures.by_form)), where=where,
                                    n=number(t.activities), people=number(t.attendances))]
    measured = [task for task in figures.tasks if task.targets]
    met = [task for task in measured if task.verdict == Verdict.MET]
    if met:
        text = (_("Lũy kế từ đầu năm, có {n}/{total} nhiệm vụ đã đạt chỉ tiêu của kế hoạch "
                  "năm.") if figures.year_to_date is not None
                else _("Có {n}/{total} nhiệm vụ đã đạt chỉ tiêu của kế hoạch năm."))
        lines.append(text.format(
            n=number(len(met)), total=number(len(measured))))
    return lines


def _limitations(figures: PeriodFigures) -> tuple[list[str], bool]:
    """The bullets, and whether any of them needs a cause (a missing figure does not)."""
    lines, needs_cause = [], False
    if figures.totals.activities == 0:
        lines.append(_("- Trong kỳ chưa tổ chức được hoạt động truyền thông nào;"))
        needs_cause = True
    for task in figures.tasks:
        if task.verdict == Verdict.NOT_MET:
            unmet = [t.label() for t in task.targets
                     if t.verdict in (Verdict.NOT_MET, Verdict.NOT_DONE)]
            lines.append(_("- Nhiệm vụ “{title}” đã đến hạn nhưng chưa đạt chỉ tiêu: "
                           "{unmet};").format(title=task.title, unmet=", ".join(unmet)))
            needs_cause = True
        elif task.verdict == Verdict.NOT_DONE:
            lines.append(_("- Nhiệm vụ “{title}” đã đến hạn nhưng chưa được triển khai;")
                         .format(title=task.title))
            needs_cause = True
    for task in figures.tasks:
        if not task.due:  # a figure still to come is not a limitation yet
            continue
        for target in task.targets:
            if target.verdict == Verdict.NOT_ENTERED:
                lines.append(_("- Chưa cập nhật kết quả chỉ tiêu “{indicator}” (nhiệm vụ "
                               "“{title}”);").format(indicator=target.indicator,
                                                       title=task.title))
    return lines, needs_cause


def assessment(scope: ReportScope, figures: PeriodFigures, unit_name: str = "",
               level: str = UnitLevel.DISTRICT) -> str:
    strengths = _strengths(figures, unit_name, level)
    limitations, needs_cause = _limitations(figures)
    lines: list[str] = []
    item = 1
    if strengths:
        lines += [_("{n}. Ưu điểm").format(n=item), *strengths]
        item += 1
    if not limitations:
        lines += [_("{n}. Hạn chế").format(n=item), _(
            "Đến ngày {day}, không có nhiệm vụ, chỉ tiêu nào đã đến hạn mà chưa đạt.").format(
                day=scope.counted_end.strftime("%d/%m/%Y"))]
        return "\n".join(lines)
    lines += [_("{n}. Hạn chế và nguyên nhân").format(n=item), *limitations]
    if needs_cause:
        lines.append(_("Nguyên nhân: {blank}").format(blank=CAUSE_BLANK))
    return "\n".join(close_lists(lines))


def _overlaps(task: TaskStanding, period: Period) -> bool:
    start = task.timing_start or dt.date(period.year, 1, 1)
    end = task.timing_end or dt.date(period.year, 12, 31)
    return start <= period.end and end >= period.start


def _next_year(scope: ReportScope, figures: PeriodFigures) -> list[str]:
    year = scope.period.year + 1
    lines = [_(
        "Tiếp tục thực hiện Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ; "
        "tham mưu xây dựng, ban hành Kế hoạch truyền thông về quyền con người năm {year}, "
        "trong đó kế thừa những nội dung đã làm tốt và khắc phục những hạn chế nêu trên. Một "
        "số nhiệm vụ trọng tâm năm {year}:").format(year=year)]
    unfinished = [t for t in figures.tasks if t.verdict in (Verdict.NOT_MET, Verdict.NOT_DONE)]
    if unfinished:  # named in "Hạn chế" above; next year's plan decides what carries over
        lines.append(_("- Khắc phục các hạn chế nêu trên; xem xét đưa {n} nội dung năm "
                       "{previous} chưa hoàn thành vào kế hoạch năm {year};").format(
            n=number(len(unfinished)), previous=scope.period.year, year=year))
    lines += [
        _("- Tổ chức các hoạt động truyền thông về quyền con người theo kế hoạch năm {year}, "
          "đa dạng hóa hình thức, tăng cường truyền thông trên nền tảng số và mạng xã hội;")
        .format(year=year),
        _("- Theo dõi, đôn đốc, tổng hợp và báo cáo kết quả đúng thời hạn;"),
    ]
    return lines


def _next_period(scope: ReportScope, figures: PeriodFigures, following: Period | None
                 ) -> list[str]:
    when = following.label if following is not None else _("thời gian tới")
    lines = [_("Trong {when}, tập trung thực hiện các nhiệm vụ sau:").format(when=when)]
    for task in figures.tasks:
        if task.verdict in (Verdict.NOT_MET, Verdict.NOT_DONE):
            missing = [t.shortfall() for t in task.targets if t.remaining]
            rest = _(" (còn {missing})").format(missing=", ".join(missing)) if missing else ""
            lines.append(_("- Khẩn trương hoàn thành nhiệm vụ “{title}”{rest};").format(
                title=task.title, rest=rest))
    if following is not None:
        for task in figures.tasks:
            if (task.verdict == Verdict.NOT_DUE and not task.whole_year
                    and _overlaps(task, following)):
                started = task.timing_start is not None and task.timing_start <= scope.counted_end
                text = (_("- Tiếp tục thực hiện nhiệm vụ “{title}” (thời gian thực hiện: "
                          "{timing});") if started else
                        _("- Triển khai nhiệm vụ “{title}” (thời gian thực hiện: {timing});"))
                lines.append(text.format(title=task.title,
                                         timing=task.timing_in_text))
    if any(t.verdict == Verdict.NOT_ENTERED for task in figures.tasks for t in task.targets):
        lines.append(_("- Cập nhật đầy đủ kết quả các chỉ tiêu chưa có số liệu;"))
    lines += [
        _("- Tiếp tục thực hiện các nhiệm vụ thường xuyên của kế hoạch; đa dạng hóa hình thức "
          "truyền thông, tăng cường truyền thông trên nền tảng số và mạng xã hội;"),
        _("- Theo dõi, đôn đốc, tổng hợp và báo cáo kết quả đúng thời hạn;"),
    ]
    return lines


def direction(scope: ReportScope, figures: PeriodFigures) -> str:
    """About the next period; a year report (or the second half) is about the next year."""
    period = scope.period
    following = period.following()
    if period.kind == PeriodKind.YEAR or (following is not None and following.year > period.year
                                          and period.kind == PeriodKind.HALF):
        lines = _next_year(scope, figures)
    else:
        lines = _next_period(scope, figures, following)
    return "\n".join(close_lists(lines))
