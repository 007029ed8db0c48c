"""Creating, editing and submitting a results report for a period.

One report per unit and period (``period_key``). A new report starts as a draft whose
narrative is pre-filled from the figures and whose signer comes from the unit's latest plan.
Submitting stores the figures' fingerprint and the time, and so locks the period (see
``locking.py``); a submitted report is read-only until it is reopened.
Every change stamps the record with ``touch(installation_uuid)`` so it travels (SYNC.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import NotFoundError, UserError, ValidationError
from nbhr_desktop.base.i18n import _, official_vietnamese
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core import catalogue_texts
from nbhr_desktop.core.province.units import is_province, scope_unit_ids
from nbhr_desktop.core.reports import narrative
from nbhr_desktop.core.reports.figures import PeriodFigures, scope_figures
from nbhr_desktop.core.reports.judging import plans_for_scope
from nbhr_desktop.core.reports.periods import Period, parse_period
from nbhr_desktop.core.reports.scope import ReportScope, report_scope
from nbhr_desktop.core.units.validity import ensure_acts
from nbhr_desktop.core.workspace import InstallationInfo
from nbhr_desktop.storage.models import (
    AdminUnit,
    Plan,
    ReportStatus,
    ResultsReport,
    SignerAuthority,
)
from nbhr_desktop.storage.models.base import utcnow

SAME_AS_ABOVE = "Như trên;"  # Decree 30: a report's recipient list begins "- Như trên;"


# The subject, signer title and recipients are the report's own text, stored with it and
# printed: official Vietnamese whatever the interface language (base/i18n.py).
@official_vietnamese()
def subject_for(period: Period) -> str:
    return f"Kết quả thực hiện công tác truyền thông về quyền con người {period.label}"


@dataclass
class ReportEdit:
    """What the officer can change on a draft; ``None`` leaves a field as it is."""

    subject: str | None = None
    addressees: list[str] | None = None
    recipients: list[str] | None = None
    narrative: dict[str, str] | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    signer_authority: str | None = None
    number: int | None = None
    issued_date: dt.date | None = None
    place: str | None = None
    clear_number: bool = False  # set the number back to blank (not yet numbered)
    clear_issued_date: bool = False  # set the issue date back to blank


def find_report(session: Session, unit_id: int, period: Period) -> ResultsReport | None:
    return session.scalars(select(ResultsReport).where(
        ResultsReport.unit_id == unit_id, ResultsReport.period_key == period.key,
        ResultsReport.deleted.is_(False))).first()


def get_report(session: Session, report_id: int) -> ResultsReport:
    report = session.get(ResultsReport, report_id)
    if report is None or report.deleted:
        raise NotFoundError(_("Không tìm thấy báo cáo này; có thể nó đã bị xóa. Hãy chọn lại "
                              "kỳ báo cáo."))
    return report


def report_period(report: ResultsReport) -> Period:
    return parse_period(report.period_key)


def _latest_signer(session: Session, unit_id: int) -> tuple[str, str, str]:
    plan = session.scalars(select(Plan).where(
        Plan.unit_id == unit_id, Plan.deleted.is_(False), Plan.signer_name != "")
        .order_by(Plan.year.desc(), Plan.id.desc())).first()
    if plan is None:
        return "", "PHÓ CHỦ TỊCH", SignerAuthority.KT
    return plan.signer_name, plan.signer_title, plan.signer_authority


def texts_day(unit: AdminUnit, period: Period) -> dt.date:
    """The day a report's addressee and recipients are taken for: the end of its period
    (reports are made as their period closes), or the unit's last day when it ended first.
    A 2024 district report goes to the Sở Thông tin và Truyền thông; from 01/03/2025 reports
    go to the Sở Văn hóa, Thể thao và Du lịch."""
    return min(period.end, unit.valid_to or period.end)


def default_texts(session: Session, unit: AdminUnit, period: Period
                  ) -> tuple[list[str], list[str]]:
    """"Kính gửi" and "Nơi nhận" from the catalogue of texts (``core.catalogue_texts``): the
    entries for the unit's level (district, commune, province) valid on ``texts_day``."""
    day = texts_day(unit, period)
    return (catalogue_texts.report_addressees(session, unit, day),
            catalogue_texts.report_recipients(session, unit, day))


def report_figures(session: Session, report: ResultsReport, *,
                   with_year_earlier: bool = True) -> PeriodFigures:
    """The figures a report prints: its units, its period, up to its date."""
    return scope_figures(session, report_scope(report, session=session),
                         with_year_earlier=with_year_earlier)


def draft_narrative(session: Session, scope: ReportScope, figures: PeriodFigures,
                    unit: AdminUnit, plans: list[Plan]) -> dict[str, str]:
    """The five sections pre-filled from the figures; the province's speak of its units."""
    if is_province(unit):
        from nbhr_desktop.core.province import narrative as province_text
        from nbhr_desktop.core.province.by_unit import unit_lines
        from nbhr_desktop.core.province.submissions import submissions

        sent = submissions(session, scope.period)
        lines = unit_lines(session, figures, unit.id, sent)
        return province_text.draft_sections(scope, figures, unit.id, unit.name, plans, lines,
                                            sent)
    return narrative.draft_sections(scope, figures, unit.name, plans, unit.level)


def build_draft(session: Session, info: InstallationInfo, period: Period,
                figures: PeriodFigures | None = None, *,
                today: dt.date | None = None) -> ResultsReport:
    """A pre-filled draft for ``period``, not yet added to the session.

    The command line prints such a draft without storing it; ``open_report`` stores it.
    A draft speaks from today: activities dated later are not counted.
    """
    unit = session.get(AdminUnit, info.unit_id)
    # A unit reports only for periods ending while it exists (no district after 30/06/2025).
    ensure_acts(session, unit, period.start, period.end, _("lập báo cáo"))
    # At the province: its own activities and every reporting unit's (core.province).
    scope = ReportScope(scope_unit_ids(session, info.unit_id), period,
                        today or dt.date.today())
    figures = figures or scope_figures(session, scope)
    plans = plans_for_scope(session, scope)
    name, title, authority = _latest_signer(session, info.unit_id)
    addressees, recipients = default_texts(session, unit, period)
    return ResultsReport(
        unit_id=info.unit_id, unit=unit, owner_unit_code=info.unit_code,
        period_key=period.key, period_start=period.start, period_end=period.end,
        code="BC-UBND", place=unit.place_name, subject=subject_for(period),
        addressees=addressees, recipients=recipients,
        narrative=draft_narrative(session, scope, figures, unit, plans),
        signer_name=name, signer_title=title, signer_authority=authority,
        status=ReportStatus.DRAFT, version=0, figures_fingerprint="",
    )


def open_report(session: Session, info: InstallationInfo, period: Period,
                figures: PeriodFigures | None = None) -> ResultsReport:
    """The unit's report for ``period``, creating a pre-filled draft when there is none."""
    report = find_report(session, info.unit_id, period)
    if report is not None:
        return report
    report = build_draft(session, info, period, figures)
    report.touch(info.installation_uuid)
    session.add(report)
    session.flush()
    return report


def report_for_export(session: Session, info: InstallationInfo, period: Period,
                      figures: PeriodFigures | None = None) -> ResultsReport:
    """The stored report for ``period`` or, when there is none, an unsaved draft."""
    return find_report(session, info.unit_id, period) or build_draft(session, info, period,
                                                                     figures)


def _clean_lines(lines: list[str]) -> list[str]:
    return [nfc(line).strip() for line in lines if nfc(line).strip()]


def normalise_recipients(lines: list[str]) -> list[str]:
    """Recipients without their leading "- ", with "Như trên;" first (exactly once)."""
    cleaned = [line.lstrip("-–• ").strip() for line in _clean_lines(lines)]
    cleaned = [line for line in cleaned if line and line.rstrip(";.") != "Như trên"]
    return [SAME_AS_ABOVE, *cleaned]


def save_report(session: Session, info: InstallationInfo, report_id: int,
                edit: ReportEdit) -> ResultsReport:
    """Apply the officer's edits to a draft (refused once submitted: reopen it first)."""
    report = get_report(session, report_id)
    if report.status == ReportStatus.SUBMITTED:
        raise UserError(_("Báo cáo đã nộp nên không sửa được. Hãy bấm \"Mở lại để sửa\" rồi "
                          "nộp lại sau khi sửa."))
    if edit.subject is not None:
        report.subject = nfc(edit.subject).strip() or report.subject
    if edit.addressees is not None:
        report.addressees = [line.lstrip("-–• ").rstrip(";").strip()
                             for line in _clean_lines(edit.addressees)]
    if edit.recipients is not None:
        report.recipients = normalise_recipients(edit.recipients)
    if edit.narrative is not None:
        merged = dict(report.narrative or {})
        for key, value in edit.narrative.items():
            if key not in narrative.SECTION_KEYS:
                raise ValidationError(_("Mục \"{key}\" không có trong báo cáo.").format(key=key))
            merged[key] = nfc(value).strip()
        report.narrative = merged
    for name in ("signer_name", "signer_title", "place"):
        value = getattr(edit, name)
        if value is not None:
            setattr(report, name, nfc(value).strip())
    if edit.signer_authority is not None:
        if edit.signer_authority not in {a.value for a in SignerAuthority}:
            raise ValidationError(_("Hình thức ký \"{value}\" không hợp lệ: chọn TM., KT., Q., "
                                    "TL. hoặc TUQ.").format(value=edit.signer_authority))
        report.signer_authority = edit.signer_authority
    if edit.clear_number:
        report.number = None
    if edit.clear_issued_date:
        report.issued_date = None
    if edit.number is not None:
        if not 1 <= edit.number <= 99999:
            raise ValidationError(_("Số báo cáo phải là số nguyên dương (do văn thư cấp)."))
        report.number = edit.number
    if edit.issued_date is not None:
        report.issued_date = edit.issued_date
    report.touch(info.installation_uuid)
    session.flush()
    return report


def redraft_sections(session: Session, info: InstallationInfo, report_id: int,
                     keys: tuple[str, ...] = narrative.SECTION_KEYS) -> ResultsReport:
    """Replace the named sections with fresh drafts from the current figures."""
    report = get_report(session, report_id)
    scope = report_scope(report, session=session)
    drafts = draft_narrative(session, scope, scope_figures(session, scope), report.unit,
                             plans_for_scope(session, scope))
    return save_report(session, info, report_id,
                       ReportEdit(narrative={k: drafts[k] for k in keys}))


def submit_report(session: Session, info: InstallationInfo, report_id: int) -> ResultsReport:
    """Submit: keep the figures' fingerprint and the time; the period is locked from now."""
    report = get_report(session, report_id)
    if report.status == ReportStatus.SUBMITTED:
        raise UserError(_("Báo cáo này đã được nộp lúc {when}.").format(
            when=f"{report.submitted_at:%d/%m/%Y %H:%M} UTC"))
    problems = {}
    if not report.signer_name.strip():
        problems["signer_name"] = _("Chưa có họ tên người ký.")
    if not report.addressees:
        problems["addressees"] = _("Chưa có nơi nhận ở dòng \"Kính gửi\".")
    if problems:
        raise ValidationError(_("Chưa nộp được báo cáo: hãy bổ sung các mục còn thiếu."),
                              problems)
    # The time first: a report without an issue date speaks from the day it was submitted.
    report.submitted_at = utcnow()
    figures = report_figures(session, report, with_year_earlier=False)
    report.figures_fingerprint = figures.fingerprint()
    report.status = ReportStatus.SUBMITTED
    report.touch(info.installation_uuid)
    session.flush()
    return report


def reopen_report(session: Session, info: InstallationInfo, report_id: int) -> ResultsReport:
    """Back to draft, which lifts the lock (the report must then be submitted again)."""
    report = get_report(session, report_id)
    if report.status != ReportStatus.SUBMITTED:
        return report
    report.status = ReportStatus.DRAFT
    report.submitted_at = None
    report.figures_fingerprint = ""
    report.touch(info.installation_uuid)
    session.flush()
    return report
