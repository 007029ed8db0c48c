"""The narrative drafts of the province's consolidated report.

The same five sections as a unit's report (``core.reports.narrative``), drawn from the
province's totals, with the province's own plan and tasks (the units' tasks are counted per
unit in the "Theo đơn vị" annex, not listed one by one), and with what only the province
says: who directed the work below it on the period's dates (the districts until 30/06/2025,
the communes and wards after), how many units have sent their data and which have not, and
the recommendations to the central level.
"""

from __future__ import annotations

import datetime as dt
import re

from nbhr_desktop.base.i18n import _, official_vietnamese
from nbhr_desktop.core.province.by_unit import UnitLine, own_figures
from nbhr_desktop.core.province.submissions import LATE, MISSING, Submissions
from nbhr_desktop.core.reports import narrative
from nbhr_desktop.core.reports.figures import PeriodFigures
from nbhr_desktop.core.reports.narrative import close_lists, in_sentence
from nbhr_desktop.core.reports.scope import ReportScope
from nbhr_desktop.core.vnformat import number
from nbhr_desktop.storage.models import Plan

TWO_TIER = dt.date(2025, 7, 1)  # communes and wards report to the province from this day
LISTED = 12  # missing units named in the text; the annex lists them all


def units_below(start: dt.date, end: dt.date) -> str:
    """Who reports to the province on these dates, as a sentence names them."""
    if end < TWO_TIER:
        return _("UBND các huyện, thành phố")
    if start >= TWO_TIER:
        return _("UBND các xã, phường")
    return _("UBND các huyện, thành phố (đến ngày 30/6/2025) và UBND các xã, phường (từ ngày "
             "01/7/2025)")


def leadership(scope: ReportScope, unit_name: str, plans: list[Plan]) -> str:
    period = scope.period
    below = units_below(period.start, period.end)
    lines = [_(
        "Thực hiện Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ phê duyệt "
        "Đề án truyền thông về quyền con người ở Việt Nam, UBND {unit} đã ban hành Công văn số "
        "524/UBND-VP9 ngày 21/12/2022 triển khai thực hiện, giao nhiệm vụ cụ thể cho các sở, "
        "ban, ngành, các cơ quan báo chí của tỉnh và {below}.").format(
            unit=in_sentence(unit_name), below=below)]
    own = narrative.leadership(period, unit_name, plans).splitlines()
    lines += own[1:-1] if len(own) > 2 else []  # the plans sentence, when there are plans
    lines.append(_(
        "Trong {period}, UBND {unit} thường xuyên theo dõi, đôn đốc các sở, ban, ngành và "
        "{below} thực hiện; tổng hợp số liệu do các đơn vị gửi qua phần mềm NBHR Desktop (gói "
        "dữ liệu, bảng tính báo cáo).").format(period=period.label,
                                               unit=in_sentence(unit_name), below=below))
    return "\n".join(lines)


def _names(rows, limit: int = LISTED) -> str:
    names = [row.unit.name for row in rows[:limit]]
    if len(rows) > limit:
        names.append(_("và {n} đơn vị khác").format(n=number(len(rows) - limit)))
    return ", ".join(names)


def units_block(number_: int, lines: list[UnitLine], submissions: Submissions) -> list[str]:
    """"N. Kết quả của các đơn vị": who sent their data, who did most, their tasks."""
    out = [_("{n}. Kết quả của các đơn vị").format(n=number_)]
    total = len(submissions.rows)
    sent = total - submissions.count(MISSING)
    text = _("- Có {sent}/{total} đơn vị đã gửi số liệu kỳ này (hạn gửi {due})").format(
        sent=number(sent), total=number(total),
        due=submissions.due.due_date.strftime("%d/%m/%Y"))
    if submissions.count(LATE):
        text += _(", trong đó {n} đơn vị gửi muộn").format(n=number(submissions.count(LATE)))
    out.append(text + ";")
    missing = submissions.missing
    if missing:
        out.append(_("- Chưa gửi số liệu: {names} (danh sách tại phụ lục);").format(
            names=_names(missing)))
    units = [line for line in lines if not line.own and line.totals.activities]
    if units:
        top = max(units, key=lambda line: (line.totals.activities, line.name))
        out.append(_("- {n} đơn vị có hoạt động trong kỳ; nhiều nhất là {unit} với {count} hoạt "
                     "động, {people} lượt người tham dự;").format(
            n=number(len(units)), unit=top.name, count=number(top.totals.activities),
            people=number(top.totals.attendances)))
    met = sum(line.tasks_met for line in lines if not line.own)
    tasks = sum(line.tasks_total for line in lines if not line.own)
    if tasks:
        out.append(_("- Kế hoạch của các đơn vị có {total} nhiệm vụ, trong đó {met} nhiệm vụ "
                     "đã đạt chỉ tiêu hoặc đã thực hiện (chi tiết từng đơn vị tại phụ lục "
                     "\"Kết quả theo đơn vị\").").format(total=number(tasks), met=number(met)))
    return close_lists(out)


def recommendations() -> str:
    return "\n".join(close_lists([
        _("- Đề nghị các bộ, ngành Trung ương tiếp tục tổ chức tập huấn, bồi dưỡng kiến thức, "
          "kỹ năng truyền thông về quyền con người cho cán bộ làm công tác thông tin, tuyên "
          "truyền của tỉnh và cơ sở;"),
        _("- Cung cấp tài liệu, ấn phẩm, sản phẩm truyền thông về quyền con người dùng chung "
          "để địa phương phát hành, đăng phát;"),
        _("- Quan tâm hỗ trợ kinh phí thực hiện Đề án cho các địa phương còn khó khăn;"),
    ]))


@official_vietnamese()  # the report's own text, stored and printed
def draft_sections(scope: ReportScope, figures: PeriodFigures, province_id: int,
                   unit_name: str, plans: list[Plan], lines: list[UnitLine],
                   submissions: Submissions) -> dict[str, str]:
    own = own_figures(figures, province_id)
    own_plans = [plan for plan in plans if plan.unit_id == province_id]
    sections = narrative.draft_sections(scope, own, unit_name, own_plans)
    sections["leadership"] = leadership(scope, unit_name, own_plans)
    results = sections["results"].splitlines()
    headings = sum(1 for line in results if re.match(r"^\d+\. ", line))
    sections["results"] = "\n".join(results + units_block(headings + 1, lines, submissions))
    sections["recommendations"] = recommendations()
    return sections
