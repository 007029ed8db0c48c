"""Pre-filled drafts of a results report's five narrative sections, drawn from the figures.

The officer edits every section; the drafts only save the counting and the usual wording.
Text conventions (the PDF and the screen follow them): one paragraph per line; a line
"1. Ưu điểm" is an item heading (bold in the PDF); a line starting "- " is a bullet.
"""

from __future__ import annotations

from nbhr_desktop.core.i18n import _
from nbhr_desktop.core.reports.figures import PeriodFigures, change_percent
from nbhr_desktop.core.reports.periods import Period
from nbhr_desktop.core.vnformat import money, number, percent, short_date
from nbhr_desktop.storage.models import Plan, PlanStatus

SECTION_KEYS = ("leadership", "results", "assessment", "direction", "recommendations")


def section_titles() -> dict[str, str]:
    return {
        "leadership": _("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
        "results": _("II. KẾT QUẢ THỰC HIỆN"),
        "assessment": _("III. ĐÁNH GIÁ"),
        "direction": _("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ"),
        "recommendations": _("V. KIẾN NGHỊ"),
    }


def _in_sentence(unit_name: str) -> str:
    """"Huyện Kim Sơn" inside a sentence: "huyện Kim Sơn" (only the kind is lower-cased)."""
    return unit_name[:1].lower() + unit_name[1:]


def _plan_reference(plan: Plan, unit_name: str) -> str:
    if not plan.number:  # not numbered by the clerical office yet: name it by its subject
        subject = (plan.subject or "").strip() or _("năm {year}").format(year=plan.year)
        return _("Kế hoạch {subject}").format(subject=subject[:1].lower() + subject[1:])
    when = _(" ngày {day}").format(day=short_date(plan.issued_date)) if plan.issued_date else ""
    return _("Kế hoạch số {code}{when} của UBND {unit}").format(
        code=f"{plan.number:02d}/{plan.code}", when=when, unit=_in_sentence(unit_name))


def leadership(period: Period, unit_name: str, plans: list[Plan]) -> str:
    lines = [_(
        "Thực hiện Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ và Công "
        "văn số 524/UBND-VP9 ngày 21/12/2022 của UBND tỉnh Ninh Bình về công tác truyền thông "
        "về quyền con người, UBND {unit} đã quán triệt và chỉ đạo các cơ quan, đơn vị, UBND các "
        "xã, thị trấn triển khai thực hiện nghiêm túc.").format(unit=_in_sentence(unit_name))]
    if plans:
        refs = "; ".join(_plan_reference(p, unit_name) for p in plans)
        issued = all(p.status == PlanStatus.ISSUED for p in plans)
        verb = _("đã ban hành") if issued else _("đã xây dựng")
        lines.append(_(
            "UBND {unit} {verb} {refs}, xác định rõ nhiệm vụ, chỉ tiêu, thời gian thực "
            "hiện và phân công cơ quan chủ trì, phối hợp.").format(
                unit=_in_sentence(unit_name), verb=verb, refs=refs))
    lines.append(_(
        "Trong {period}, UBND {unit} thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị thực "
        "hiện kế hoạch, lồng ghép nội dung truyền thông về quyền con người với công tác phổ "
        "biến, giáo dục pháp luật và các nhiệm vụ chính trị của địa phương.").format(
            period=period.label, unit=_in_sentence(unit_name)))
    return "\n".join(lines)


def _comparison(figures: PeriodFigures, period: Period) -> str:
    before = figures.year_earlier
    if before is None:
        return ""
    change = change_percent(figures.totals.activities, before.totals.activities)
    previous = period.year_earlier().label
    if change is None:
        return _("Cùng kỳ năm trước ({previous}) chưa ghi nhận hoạt động nào.").format(
            previous=previous)
    word = _("tăng") if change >= 0 else _("giảm")
    return _("So với cùng kỳ năm trước ({previous}: {n} hoạt động, {people} lượt người), số "
             "hoạt động {word} {share}.").format(
        previous=previous, n=number(before.totals.activities),
        people=number(before.totals.attendances), word=word, share=percent(abs(change)))


def results(period: Period, figures: PeriodFigures) -> str:
    t = figures.totals
    lines = [_("1. Kết quả chung"), _(
        "Trong {period}, đã tổ chức {n} hoạt động truyền thông về quyền con người, thu hút "
        "{people} lượt người tham dự (trong đó {women} lượt nữ, {ethnic} lượt người dân tộc "
        "thiểu số); phát hành {products} sản phẩm truyền thông; phát sóng {minutes} phút trên "
        "hệ thống truyền thanh; tổng kinh phí thực hiện {cost}.").format(
        period=period.label, n=number(t.activities), people=number(t.attendances),
        women=number(t.women), ethnic=number(t.ethnic), products=number(t.products),
        minutes=number(t.minutes), cost=money(t.cost, unit=" đồng"))]
    comparison = _comparison(figures, period)
    if comparison:
        lines.append(comparison)
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
        lines.append(_("3. Kết quả thực hiện các nhiệm vụ của kế hoạch"))
        for task in figures.tasks:
            lines.append(f"- {task.title}: {task.summary()};")
    return "\n".join(lines)


def assessment(figures: PeriodFigures) -> str:
    t = figures.totals
    communes = [g for g in figures.by_commune if g.key]
    lines = [_("1. Ưu điểm"), _(
        "Công tác truyền thông về quyền con người được triển khai bằng {forms} hình thức, "
        "đến {communes} xã, thị trấn và nhiều nhóm đối tượng; nội dung bám sát các công ước "
        "quốc tế về quyền con người mà Việt Nam là thành viên và chính sách, pháp luật của "
        "Nhà nước.").format(forms=number(len(figures.by_form)), communes=number(len(communes)))]
    done = [task for task in figures.tasks if task.targets and task.complete]
    if done:
        lines.append(_("Có {n}/{total} nhiệm vụ đã đạt chỉ tiêu đề ra.").format(
            n=number(len(done)), total=number(len([x for x in figures.tasks if x.targets]))))
    lines.append(_("2. Hạn chế và nguyên nhân"))
    behind = [task for task in figures.tasks if task.targets and not task.complete]
    for task in behind:
        lines.append(_("- Nhiệm vụ \"{title}\" chưa đạt chỉ tiêu ({summary});").format(
            title=task.title, summary=task.summary()))
    if t.attendances and t.ethnic * 10 < t.attendances:
        lines.append(_("- Tỷ lệ người dân tộc thiểu số tham dự còn thấp ({share} số lượt "
                       "người);").format(share=percent(100.0 * t.ethnic / t.attendances)))
    if t.activities == 0:
        lines.append(_("- Trong kỳ chưa tổ chức được hoạt động truyền thông nào;"))
    lines.append(_(
        "Nguyên nhân: kinh phí bố trí cho công tác truyền thông còn hạn chế; đội ngũ làm công "
        "tác thông tin cơ sở chủ yếu kiêm nhiệm; việc phối hợp giữa các cơ quan, đơn vị có lúc "
        "chưa chặt chẽ."))
    return "\n".join(lines)


def direction(period: Period, figures: PeriodFigures) -> str:
    lines = [_(
        "Tiếp tục triển khai các nhiệm vụ của kế hoạch; đa dạng hóa hình thức truyền thông, "
        "tăng cường truyền thông trên nền tảng số và mạng xã hội, chú trọng vùng đồng bào dân "
        "tộc thiểu số.")]
    for task in figures.tasks:
        if task.targets and not task.complete:
            lines.append(_("- Tập trung hoàn thành nhiệm vụ \"{title}\" ({summary});").format(
                title=task.title, summary=task.summary()))
    lines.append(_("- Theo dõi, đôn đốc và tổng hợp kết quả, báo cáo đúng thời hạn."))
    return "\n".join(lines)


def recommendations() -> str:
    return "\n".join([
        _("- Đề nghị các sở, ngành của tỉnh tiếp tục tổ chức tập huấn, bồi dưỡng kiến thức "
          "về quyền con người cho cán bộ làm công tác thông tin cơ sở;"),
        _("- Cung cấp tài liệu, ấn phẩm truyền thông về quyền con người để phát hành đến các "
          "xã, thị trấn;"),
        _("- Quan tâm bố trí kinh phí hỗ trợ cho công tác truyền thông ở cơ sở."),
    ])


def draft_sections(period: Period, figures: PeriodFigures, unit_name: str,
                   plans: list[Plan]) -> dict[str, str]:
    """All five sections as drafts, keyed as in ``ResultsReport.narrative``."""
    return {
        "leadership": leadership(period, unit_name, plans),
        "results": results(period, figures),
        "assessment": assessment(figures),
        "direction": direction(period, figures),
        "recommendations": recommendations(),
    }
