"""Pre-filled drafts of a results report's five narrative sections, drawn from the figures.

The officer edits every section; the drafts only save the counting and the usual wording,
and never say what the figures contradict: no "đạt" when nothing was done, no "chưa đạt"
for a task that is not due or already reached its target, and a cause ("Nguyên nhân") only
where there is something to explain, left for the officer to write.
Text conventions (the PDF and the screen follow them): one paragraph per line; a line
"1. Ưu điểm" is an item heading (bold in the PDF); a line starting "- " is a bullet, and the
last bullet of a list ends with "." (``close_lists``).
The assessment and direction sections are in ``narrative_review.py``.
"""

from __future__ import annotations

from nbhr_desktop.base.i18n import _, official_vietnamese
from nbhr_desktop.core.reports.figures import PeriodFigures, change_percent
from nbhr_desktop.core.reports.judging import Verdict, tally, verdict_label
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.reports.scope import ReportScope
from nbhr_desktop.core.vnformat import money, number, percent, short_date
from nbhr_desktop.storage.models import Plan, PlanStatus, UnitLevel

SECTION_KEYS = ("leadership", "results", "assessment", "direction", "recommendations")


@official_vietnamese()
def section_titles(period: Period | None = None) -> dict[str, str]:
    """The sections' headings; "Phương hướng" names the period it is about."""
    direction = _("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ")
    following = period.following() if period is not None else None
    if following is not None:
        direction = _("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {period}").format(
            period=following.label.upper())
    return {
        "leadership": _("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
        "results": _("II. KẾT QUẢ THỰC HIỆN"),
        "assessment": _("III. ĐÁNH GIÁ"),
        "direction": direction,
        "recommendations": _("V. KIẾN NGHỊ"),
    }


def close_lists(lines: list[str]) -> list[str]:
    """End each run of "- " bullets with ".": the items before it keep their ";"."""
    out = list(lines)
    for index, line in enumerate(out):
        if not line.startswith("- "):
            continue
        following = out[index + 1] if index + 1 < len(out) else ""
        if following.startswith("- "):
            continue
        out[index] = line.rstrip().rstrip(";,.") + "."
    return out


def in_sentence(unit_name: str) -> str:
    """"Huyện Kim Sơn" inside a sentence: "huyện Kim Sơn" (only the kind is lower-cased)."""
    return unit_name[:1].lower() + unit_name[1:]


def _plan_reference(plan: Plan, unit_name: str) -> str:
    if not plan.number:  # not numbered by the clerical office yet: name it by its subject
        subject = (plan.subject or "").strip() or _("năm {year}").format(year=plan.year)
        return _("Kế hoạch {subject}").format(subject=subject[:1].lower() + subject[1:])
    when = _(" ngày {day}").format(day=short_date(plan.issued_date)) if plan.issued_date else ""
    return _("Kế hoạch số {code}{when} của UBND {unit}").format(
        code=f"{plan.number:02d}/{plan.code}", when=when, unit=in_sentence(unit_name))


def _below(level: str) -> str:
    """Whom the unit directs besides its own offices: a district its communes and towns; a
    commune (from 01/07/2025 the lowest level) its villages and residential groups."""
    if level == UnitLevel.COMMUNE:
        return _("các ban, ngành, đoàn thể và các thôn, tổ dân phố")
    return _("các cơ quan, đơn vị, UBND các xã, thị trấn")


def leadership(period: Period, unit_name: str, plans: list[Plan],
               level: str = UnitLevel.DISTRICT) -> str:
    lines = [_(
        "Thực hiện Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ và Công "
        "văn số 524/UBND-VP9 ngày 21/12/2022 của UBND tỉnh Ninh Bình về công tác truyền thông "
        "về quyền con người, UBND {unit} đã quán triệt và chỉ đạo {below} triển khai thực "
        "hiện nghiêm túc.").format(unit=in_sentence(unit_name), below=_below(level))]
    if plans:
        refs = "; ".join(_plan_reference(p, unit_name) for p in plans)
        issued = all(p.status == PlanStatus.ISSUED for p in plans)
        verb = _("đã ban hành") if issued else _("đã xây dựng")
        lines.append(_(
            "UBND {unit} {verb} {refs}, xác định rõ nhiệm vụ, chỉ tiêu, thời gian thực "
            "hiện và phân công cơ quan chủ trì, phối hợp.").format(
                unit=in_sentence(unit_name), verb=verb, refs=refs))
    lines.append(_(
        "Trong {period}, UBND {unit} thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị thực "
        "hiện kế hoạch, lồng ghép nội dung truyền thông về quyền con người với công tác phổ "
        "biến, giáo dục pháp luật và các nhiệm vụ chính trị của địa phương.").format(
            period=period.label, unit=in_sentence(unit_name)))
    return "\n".join(lines)


def _when(scope: ReportScope) -> str:
    """"quý II năm 2024", with its dates when they are not the calendar's."""
    period = scope.period
    if period.is_cutoff or scope.cut_short:
        return _("{period} (từ ngày {start} đến ngày {end})").format(
            period=period.label, start=short_date(period.start),
            end=short_date(scope.counted_end))
    return period.label


def _comparison(figures: PeriodFigures, period: Period) -> str:
    if not figures.has_comparison:
        return _("Chưa có số liệu cùng kỳ năm trước ({previous}) để so sánh.").format(
            previous=period.year_earlier().label)
    before = figures.year_earlier.totals
    now = figures.totals.activities
    change = change_percent(now, before.activities)
    if now == before.activities:
        trend = _("bằng cùng kỳ")
    else:
        word = _("tăng") if now > before.activities else _("giảm")
        trend = _("{word} {n} hoạt động ({share})").format(
            word=word, n=number(abs(now - before.activities)), share=percent(abs(change)))
    return _("So với cùng kỳ năm trước ({previous}: {n} hoạt động, {people} lượt người tham "
             "dự), số hoạt động {trend}.").format(
        previous=period.year_earlier().label, n=number(before.activities),
        people=number(before.attendances), trend=trend)


def _general(scope: ReportScope, figures: PeriodFigures) -> list[str]:
    t = figures.totals
    if t.activities == 0:
        lines = [_("Trong {period}, chưa ghi nhận hoạt động truyền thông về quyền con người "
                   "nào.").format(period=_when(scope))]
    else:
        lines = [_(
            "Trong {period}, đã tổ chức {n} hoạt động truyền thông về quyền con người, thu hút "
            "{people} lượt người tham dự (trong đó {women} lượt nữ, {ethnic} lượt người dân tộc "
            "thiểu số); phát hành {products} sản phẩm truyền thông; phát sóng {minutes} phút "
            "trên hệ thống truyền thanh; tổng kinh phí thực hiện {cost}.").format(
            period=_when(scope), n=number(t.activities), people=number(t.attendances),
            women=number(t.women), ethnic=number(t.ethnic), products=number(t.products),
            minutes=number(t.minutes), cost=money(t.cost, unit=" đồng"))]
    if figures.excluded:
        lines.append(_("Số liệu tính đến ngày {day} (ngày báo cáo); {n} hoạt động có ngày thực "
                       "hiện sau ngày này chưa được tính vào kết quả.").format(
            day=short_date(scope.counted_end), n=number(figures.excluded)))
    ytd = figures.year_to_date
    if ytd is not None:
        lines.append(_("Lũy kế từ đầu năm (từ ngày {start} đến ngày {end}): {n} hoạt động, "
                       "{people} lượt người tham dự, {products} sản phẩm truyền thông, kinh phí "
                       "{cost}.").format(
            start=short_date(scope.period.year_start), end=short_date(scope.counted_end),
            n=number(ytd.activities), people=number(ytd.attendances),
            products=number(ytd.products), cost=money(ytd.cost, unit=" đồng")))
    lines.append(_comparison(figures, scope.period))
    return lines


def _task_counts(scope: ReportScope, figures: PeriodFigures) -> str:
    count = tally(figures.tasks)
    parts = []
    for n, text in ((count.met, _("{n} nhiệm vụ đạt chỉ tiêu")),
                    (count.done, _("{n} nhiệm vụ đã thực hiện")),
                    (count.not_met, _("{n} nhiệm vụ đến hạn chưa đạt")),
                    (count.not_done, _("{n} nhiệm vụ đến hạn chưa thực hiện")),
                    (count.not_due, _("{n} nhiệm vụ chưa đến hạn")),
                    (count.not_entered, _("{n} nhiệm vụ chưa cập nhật kết quả"))):
        if n:
            parts.append(text.format(n=number(n)))
    if scope.period.has_year_to_date:
        lead = _("Lũy kế từ đầu năm đến ngày {day}, trong {total} nhiệm vụ của kế hoạch có: "
                 "{parts}.")
    else:
        lead = _("Đến ngày {day}, trong {total} nhiệm vụ của kế hoạch có: {parts}.")
    return lead.format(day=short_date(scope.counted_end), total=number(count.total),
                       parts="; ".join(parts))


def results(scope: ReportScope, figures: PeriodFigures) -> str:
    lines = [_("1. Kết quả chung"), *_general(scope, figures)]
    if figures.by_form:
        lines.append(_("2. Kết quả theo hình thức truyền thông"))
        for g in figures.by_form:
            # Only what the form produced: a poster has no attendances, a talk no products.
            parts = [_("{n} hoạt động").format(n=number(g.totals.activities))]
            if g.totals.attendances:
                parts.append(_("{n} lượt người tham dự").format(n=number(g.totals.attendances)))
            if g.totals.products:
                parts.append(_("{n} sản phẩm").format(n=number(g.totals.products)))
            if g.totals.minutes:
                parts.append(_("{n} phút phát sóng").format(n=number(g.totals.minutes)))
            lines.append(f"- {g.name}: {', '.join(parts)};")
    if figures.tasks:
        lines.append(_("{n}. Kết quả thực hiện nhiệm vụ, chỉ tiêu của kế hoạch").format(
            n=3 if figures.by_form else 2))
        lines.append(_task_counts(scope, figures))
        for task in figures.tasks:
            verdict = verdict_label(task.verdict).lower()
            if task.verdict == Verdict.NOT_ENTERED:  # the summary already says which
                lines.append(f"- {task.title}: {task.summary()};")
                continue
            if task.verdict == Verdict.NOT_DUE:
                verdict = _("chưa đến hạn (thời gian thực hiện: {timing})").format(
                    timing=task.timing_in_text)
            lines.append(f"- {task.title}: {task.summary()}, {verdict};")
    return "\n".join(close_lists(lines))


def recommendations(level: str = UnitLevel.DISTRICT) -> str:
    reach = (_("các thôn, tổ dân phố") if level == UnitLevel.COMMUNE
             else _("các xã, thị trấn"))
    return "\n".join(close_lists([
        _("- Đề nghị các sở, ngành của tỉnh tiếp tục tổ chức tập huấn, bồi dưỡng kiến thức "
          "về quyền con người cho cán bộ làm công tác thông tin cơ sở;"),
        _("- Cung cấp tài liệu, ấn phẩm truyền thông về quyền con người để phát hành đến "
          "{reach};").format(reach=reach),
        _("- Quan tâm bố trí kinh phí hỗ trợ cho công tác truyền thông ở cơ sở;"),
    ]))


@official_vietnamese()
def draft_sections(scope: ReportScope, figures: PeriodFigures, unit_name: str,
                   plans: list[Plan], level: str = UnitLevel.DISTRICT) -> dict[str, str]:
    """All five sections as drafts, keyed as in ``ResultsReport.narrative``, worded for the
    unit's level (``UnitLevel``)."""
    from nbhr_desktop.core.reports.narrative_review import assessment, direction

    return {
        "leadership": leadership(scope.period, unit_name, plans, level),
        "results": results(scope, figures),
        "assessment": assessment(scope, figures, unit_name, level),
        "direction": direction(scope, figures),
        "recommendations": recommendations(level),
    }

