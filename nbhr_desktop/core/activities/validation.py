"""Checking an activity before it is saved: errors that block, warnings that inform, and
likely duplicates the user should look at first.

Errors (Vietnamese, per field): no title or date, an end before the start, negative
figures, more women or ethnic-minority participants than participants. Warnings: the date
lies outside the period of the plan the activity is linked to (an activity of December
logged under next year's plan is usually a slip, but not always). Duplicates: the same
date, form and commune and a similar title (communes often send the same training twice,
once in their Excel file and once by phone).
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import fold
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.storage.activity_fields import BY_NAME, FIGURES
from nbhr_desktop.storage.models import Activity, Plan, PlanTask

ERROR = "error"
WARNING = "warning"

# Words too common in activity titles to say two titles are alike.
_STOP_WORDS = {"cho", "va", "ve", "cua", "tai", "cac", "nam", "cong", "tac", "o"}
SIMILAR_WORDS = 0.6  # share of words in common (Jaccard)
SIMILAR_TEXT = 0.85  # character ratio: catches typing slips, not titles built on one pattern


@dataclass
class Problem:
    field: str  # the ActivityInput field the message belongs to ("" for the whole form)
    message: str
    severity: str = ERROR


@dataclass
class Duplicate:
    id: int
    title: str
    start_date: dt.date
    similarity: float


@dataclass
class CheckResult:
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors


def validate(data) -> list[Problem]:
    """Rules that need no database. ``data`` is an ``ActivityInput``."""
    problems: list[Problem] = []
    if not (data.title or "").strip():
        problems.append(Problem("title", _("Chưa nhập tên hoạt động. Hãy ghi ngắn gọn việc đã "
                                           "làm, ví dụ \"Tập huấn Công ước CEDAW\".")))
    if data.start_date is None:
        problems.append(Problem("start_date", _("Chưa nhập ngày bắt đầu.")))
    elif data.end_date is not None and data.end_date < data.start_date:
        problems.append(Problem("end_date", _(
            "Ngày kết thúc ({end}) trước ngày bắt đầu ({start}). Hãy sửa lại ngày kết thúc "
            "hoặc để trống nếu hoạt động diễn ra trong một ngày.").format(
                end=short_date(data.end_date), start=short_date(data.start_date))))
    for figure in FIGURES:  # storage.activity_fields: label, bounds, "part of"
        value = getattr(data, figure.name)
        if value is not None and value < 0:
            problems.append(Problem(figure.name, _("{label} không được là số âm.").format(
                label=_(figure.label))))
        whole = BY_NAME.get(figure.part_of)
        if whole is not None and (value or 0) > (getattr(data, whole.name) or 0):
            problems.append(Problem(figure.name, _(
                "{label} ({value}) lớn hơn tổng {whole} ({total}). Hãy kiểm tra lại hai con số."
            ).format(label=_(figure.label), value=value, whole=_(whole.label).lower(),
                     total=getattr(data, whole.name) or 0)))
    return problems


def plan_period_warning(session: Session, data) -> Problem | None:
    """A warning when the activity's date lies outside the linked plan's period."""
    if data.task_id is None or data.start_date is None:
        return None
    row = session.execute(
        select(Plan.year, Plan.period_start, Plan.period_end)
        .join(PlanTask, PlanTask.plan_id == Plan.id).where(PlanTask.id == data.task_id)
    ).first()
    if row is None:
        return None
    year, start, end = row
    last = data.end_date or data.start_date
    if data.start_date < start or last > end:
        return Problem("task_id", _(
            "Ngày của hoạt động nằm ngoài thời gian của kế hoạch năm {year} ({start} – {end}) "
            "mà nhiệm vụ thuộc về. Vẫn có thể lưu nếu đúng như vậy.").format(
                year=year, start=short_date(start), end=short_date(end)), WARNING)
    return None


def _tokens(text: str) -> set[str]:
    return {w for w in fold(text).split(" ") if w and w not in _STOP_WORDS}


def title_similarity(a: str, b: str) -> float:
    """How alike two titles are, 0..1, on a scale where ``SIMILAR_WORDS`` means "alike".

    Word overlap (Jaccard, order-free) judges reworded titles; the character ratio of the
    folded titles catches typing slips, but titles made from one pattern ("Phát chuyên mục
    về … trên hệ thống truyền thanh xã …") share most characters, so it only counts near
    its top (``SIMILAR_TEXT``) and is scaled onto the same threshold.
    """
    ta, tb = _tokens(a), _tokens(b)
    jaccard = len(ta & tb) / len(ta | tb) if ta | tb else 0.0
    ratio = difflib.SequenceMatcher(None, fold(a), fold(b)).ratio()
    scaled = max(0.0, ratio - SIMILAR_TEXT) / (1 - SIMILAR_TEXT) * (1 - SIMILAR_WORDS) \
        + SIMILAR_WORDS if ratio >= SIMILAR_TEXT else ratio * SIMILAR_WORDS / SIMILAR_TEXT
    return max(jaccard, scaled)


def likely_duplicates(session: Session, data, *, exclude_id: int | None = None,
                      unit_id: int | None = None) -> list[Duplicate]:
    """Saved activities on the same date, with the same form and commune, and a similar title."""
    if data.start_date is None:
        return []
    stmt = select(Activity.id, Activity.title, Activity.start_date).where(
        Activity.start_date == data.start_date, Activity.deleted.is_(False),
        Activity.form_id.is_(None) if data.form_id is None else Activity.form_id == data.form_id,
        Activity.commune_id.is_(None) if data.commune_id is None
        else Activity.commune_id == data.commune_id,
    )
    if exclude_id is not None:
        stmt = stmt.where(Activity.id != exclude_id)
    if unit_id is not None:
        stmt = stmt.where(Activity.unit_id == unit_id)
    found = []
    for activity_id, title, day in session.execute(stmt.limit(200)):
        score = title_similarity(data.title or "", title)
        if score >= SIMILAR_WORDS:
            found.append(Duplicate(activity_id, title, day, score))
    return sorted(found, key=lambda d: -d.similarity)


def locked_period_warning(session: Session, unit_id: int | None,
                          days: list[dt.date | None]) -> Problem | None:
    """A warning when a day touched by the change lies in a submitted report's period.

    The change stays allowed (a late correction is real) but the report will be flagged as
    out of date, so the officer should know before saving.
    """
    if unit_id is None:
        return None
    from nbhr_desktop.core.reports.locking import report_lock_for  # reports build on us

    for day in {d for d in days if d is not None}:
        report = report_lock_for(session, unit_id, day)
        if report is not None:
            return Problem("start_date", _(
                "Ngày {day} thuộc kỳ báo cáo {start} – {end} đã gửi. Thay đổi này sẽ được đánh "
                "dấu và báo cáo cần được cập nhật, gửi lại.").format(
                    day=short_date(day), start=short_date(report.period_start),
                    end=short_date(report.period_end)), WARNING)
    return None


def unit_date_problem(session: Session, unit_id: int | None, data) -> Problem | None:
    """An error when the unit did not exist on the activity's date: a district records
    nothing after 30/06/2025, a commune formed on 01/07/2025 nothing before."""
    if unit_id is None or data.start_date is None:
        return None
    from nbhr_desktop.core.units.validity import acting_problem
    from nbhr_desktop.storage.models import AdminUnit

    unit = session.get(AdminUnit, unit_id)
    problem = acting_problem(session, unit, data.start_date, data.start_date,
                             _("ghi hoạt động")) if unit is not None else None
    return Problem("start_date", problem) if problem else None


def check(session: Session, data, *, exclude_id: int | None = None,
          unit_id: int | None = None, original_date: dt.date | None = None) -> CheckResult:
    """Everything the entry dialog shows before saving."""
    result = CheckResult(problems=validate(data))
    if (error := unit_date_problem(session, unit_id, data)) is not None:
        result.problems.append(error)
    for warning in (plan_period_warning(session, data),
                    locked_period_warning(session, unit_id, [data.start_date, original_date])):
        if warning is not None:
            result.problems.append(warning)
    result.duplicates = likely_duplicates(session, data, exclude_id=exclude_id, unit_id=unit_id)
    return result
