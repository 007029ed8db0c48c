"""The results report (báo cáo kết quả) as a Decree 30 PDF, poured into ``frame``.

"Số: …/BC-UBND", "Kính gửi: Sở …", the five narrative sections, the closing block whose
recipients begin "- Như trên;", and the figures annexed as Phụ lục I, II, … Every number
printed comes from ``period_figures`` — the same numbers as the workbook and the database.
A draft leaves the number and the day and month blank and carries the "DỰ THẢO" mark.
Under the subject the report states what it counts: "(Số liệu tính từ ngày … đến ngày …
(theo năm dương lịch | thời gian chốt số liệu theo Nghị định số 09/2019/NĐ-CP))"; the
annexes are in ``report_annexes.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import IO

from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _, official_vietnamese
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core.plans.unit_naming import (
    UBND,
    Issuer,
    authority_lines,
    unit_name_upper,
    unit_on,
)
from nbhr_desktop.core.province.by_unit import own_figures
from nbhr_desktop.core.province.units import is_province
from nbhr_desktop.core.reports.figures import PeriodFigures, scope_figures
from nbhr_desktop.core.reports.narrative import SECTION_KEYS, section_titles
from nbhr_desktop.core.reports.periods import Period, parse_period, report_file_name
from nbhr_desktop.core.reports.scope import report_scope
from nbhr_desktop.core.vnformat import document_date_line, document_number, short_date
from nbhr_desktop.documents import frame
from nbhr_desktop.documents.key_note import add_key_note
from nbhr_desktop.documents.report_annexes import annexes
from nbhr_desktop.storage.models import ReportStatus, ResultsReport

TYPE_NAME = "BÁO CÁO"
BLANK = "\u00a0" * 5
_ITEM = re.compile(r"^(\d+\.)\s+(.*)$")
_POINT = re.compile(r"^([a-zđ]\))\s+(.*)$")


def report_day(report: ResultsReport, today: dt.date | None = None) -> dt.date:
    """The report's date: its issue date or, for a draft, the later of today and period end.

    A draft of a unit that has since ceased (a district after 30/06/2025) is dated no later
    than its last day: that unit can no longer sign anything, so "năm 2026" under a 2024
    district report would be a date it never had.
    """
    if report.issued_date:
        return report.issued_date
    day = max(today or dt.date.today(), report.period_end)
    last_day = report.unit.valid_to if report.unit is not None else None
    if last_day is not None and report.period_end <= last_day < day:
        return last_day
    return day


def report_issuer(session: Session, report: ResultsReport) -> Issuer:
    # Named as the unit was at the end of the period it reports on (units change over time).
    unit = unit_on(session, report.unit, min(report_day(report), report.period_end))
    place = nfc(report.place) or unit.place_name or unit.short_name
    return Issuer([UBND, unit_name_upper(unit)], "", place,
                  nfc(f"UBND {unit.kind} {unit.short_name}"), True)


def narrative_flowables(report: ResultsReport) -> list:
    """The five sections; "1. …" lines become bold items, "a) …" points, others paragraphs."""
    titles = section_titles(parse_period(report.period_key))
    out = []
    for key in SECTION_KEYS:
        number_part, _sep, title = titles[key].partition(" ")
        out.append(frame.heading("section", number_part, title))
        for line in nfc((report.narrative or {}).get(key, "")).splitlines():
            line = line.strip()
            if not line:
                continue
            if match := _ITEM.match(line):
                out.append(frame.heading("item", match.group(1), match.group(2)))
            elif match := _POINT.match(line):
                out.append(frame.heading("point", match.group(1), match.group(2)))
            else:
                out.append(frame.paragraph(line))
        if key == "results":
            out.append(frame.paragraph(_("(Số liệu chi tiết tại các phụ lục kèm theo Báo cáo "
                                         "này.)")))
    return out


@official_vietnamese()
def report_document(session: Session, report: ResultsReport, *,
                    figures: PeriodFigures | None = None, as_draft: bool | None = None):
    """The frame's pieces for a report: header, body, closing, annexes, metadata."""
    scope = report_scope(report, session=session)
    period = scope.period
    figures = figures or scope_figures(session, scope)
    draft = report.status == ReportStatus.DRAFT if as_draft is None else as_draft
    issuer = report_issuer(session, report)
    day = report_day(report)
    if draft or report.number is None or report.issued_date is None:
        number_line = document_number(None if draft else report.number, report.code)
        date_line = document_date_line(issuer.place, None if draft else report.issued_date,
                                       day.year)
        reference = _("Báo cáo số {b}/{code} ngày {b}/{b}/{year} của {issuer}").format(
            b=BLANK, code=report.code, year=day.year, issuer=issuer.short_name)
    else:
        number_line = document_number(report.number, report.code)
        date_line = document_date_line(issuer.place, report.issued_date)
        reference = _("Báo cáo số {number} ngày {day} của {issuer}").format(
            number=number_line[len("Số: "):], day=short_date(report.issued_date),
            issuer=issuer.short_name)
    header = frame.DocumentHeader(
        issuing_body_lines=issuer.lines, number_line=number_line, date_line=date_line,
        type_name=TYPE_NAME, subject=nfc(report.subject),
        subject_note=_("({coverage})").format(coverage=scope.coverage_text()),
        addressees=[nfc(a) for a in report.addressees or []], draft=draft)
    closing = frame.ClosingBlock(
        recipients=[nfc(r) for r in report.recipients or []],
        authority_lines=authority_lines(report.signer_authority, report.signer_title, issuer),
        signer_name=nfc(report.signer_name))
    metadata = frame.DocumentMetadata(
        title=_("Báo cáo {subject}").format(subject=nfc(report.subject)[:1].lower()
                                            + nfc(report.subject)[1:]),
        author=issuer.short_name, subject=number_line,
        keywords=("báo cáo", "quyền con người", period.key))
    province = None
    if is_province(report.unit):
        province = _province_data(session, report, figures)
        figures = own_figures(figures, report.unit_id)  # the units' tasks: per unit
    body = narrative_flowables(report)
    annex_list = annexes(figures, period, reference, province)
    add_key_note(session, annex_list, body)  # the unit's exchange key code (issue 12)
    return header, body, closing, annex_list, metadata


def _province_data(session: Session, report: ResultsReport, figures: PeriodFigures):
    """The unit table and the units that have not sent data, as of the report's date."""
    from nbhr_desktop.core.province.by_unit import unit_lines
    from nbhr_desktop.core.province.submissions import submissions
    from nbhr_desktop.documents.province_annexes import ProvinceAnnexData

    sent = submissions(session, figures.period, report_day(report))
    return ProvinceAnnexData(unit_lines(session, figures, report.unit_id, sent), sent)


@official_vietnamese()
def write_report_pdf(session: Session, report: ResultsReport, target: str | IO[bytes], *,
                     figures: PeriodFigures | None = None,
                     as_draft: bool | None = None) -> None:
    header, body, closing, annex_list, metadata = report_document(
        session, report, figures=figures, as_draft=as_draft)
    frame.build_document(target, header, body, closing, annex_list, metadata)


def default_file_name(unit_short_name: str, period: Period) -> str:
    """"BC-QCN-KimSon-2025-Q4.pdf"."""
    return report_file_name(unit_short_name, period, ".pdf")
