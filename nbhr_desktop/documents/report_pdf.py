"""The results report (báo cáo kết quả) as a Decree 30 PDF, poured into ``frame``.

"Số: …/BC-UBND", "Kính gửi: Sở …", the five narrative sections, the closing block whose
recipients begin "- Như trên;", and the figures annexed as Phụ lục I, II, … Every number
printed comes from ``period_figures`` — the same numbers as the workbook and the database.
A draft leaves the number and the day and month blank and carries the "DỰ THẢO" mark.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import IO

from sqlalchemy.orm import Session

from nbhr_desktop.core.i18n import _
from nbhr_desktop.core.plans.unit_naming import (
    UBND,
    Issuer,
    authority_lines,
    unit_name_upper,
    unit_on,
)
from nbhr_desktop.core.reports.figures import Group, PeriodFigures, change_percent, period_figures
from nbhr_desktop.core.reports.narrative import SECTION_KEYS, section_titles
from nbhr_desktop.core.reports.periods import Period, parse_period, report_file_name
from nbhr_desktop.core.text import nfc
from nbhr_desktop.core.vnformat import (
    document_date_line,
    document_number,
    number,
    percent,
    roman,
    short_date,
)
from nbhr_desktop.documents import frame
from nbhr_desktop.documents.key_note import add_key_note
from nbhr_desktop.storage.models import ReportStatus, ResultsReport

TYPE_NAME = "BÁO CÁO"
BLANK = "\u00a0" * 5
GROUP_HEADER = ["STT", "{first}", "Số hoạt động", "Lượt người tham dự", "Trong đó nữ",
                "Người DTTS", "Sản phẩm", "Phút phát sóng", "Kinh phí (đồng)"]
GROUP_WIDTHS = [10, 70, 20, 22, 20, 20, 18, 20, 30]
GROUP_ALIGN = ["CENTER", "LEFT"] + ["RIGHT"] * 7
_ITEM = re.compile(r"^(\d+\.)\s+(.*)$")
_POINT = re.compile(r"^([a-zđ]\))\s+(.*)$")


def report_day(report: ResultsReport, today: dt.date | None = None) -> dt.date:
    """The report's date: its issue date or, for a draft, the later of today and period end."""
    if report.issued_date:
        return report.issued_date
    return max(today or dt.date.today(), report.period_end)


def report_issuer(session: Session, report: ResultsReport) -> Issuer:
    # Named as the unit was at the end of the period it reports on (units change over time).
    unit = unit_on(session, report.unit, min(report_day(report), report.period_end))
    place = nfc(report.place) or unit.place_name or unit.short_name
    return Issuer([UBND, unit_name_upper(unit)], "", place,
                  nfc(f"UBND {unit.kind} {unit.short_name}"), True)


def narrative_flowables(report: ResultsReport) -> list:
    """The five sections; "1. …" lines become bold items, "a) …" points, others paragraphs."""
    titles = section_titles()
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


def _group_rows(groups: list[Group], figures: PeriodFigures, total_label: str
                ) -> tuple[list[list[str]], int]:
    rows = []
    for index, group in enumerate(groups, start=1):
        t = group.totals
        rows.append([str(index), group.name, number(t.activities), number(t.attendances),
                     number(t.women), number(t.ethnic), number(t.products), number(t.minutes),
                     number(t.cost)])
    t = figures.totals
    rows.append(["", total_label, number(t.activities), number(t.attendances), number(t.women),
                 number(t.ethnic), number(t.products), number(t.minutes), number(t.cost)])
    return rows, len(rows) - 1


def _overall_rows(figures: PeriodFigures) -> list[list[str]]:
    before = figures.year_earlier
    labels = [("activities", _("Số hoạt động truyền thông")),
              ("attendances", _("Lượt người tham dự")),
              ("women", _("Trong đó: lượt nữ")),
              ("ethnic", _("Trong đó: lượt người dân tộc thiểu số")),
              ("products", _("Sản phẩm truyền thông")),
              ("minutes", _("Thời lượng phát sóng (phút)")),
              ("cost", _("Kinh phí thực hiện (đồng)"))]
    rows = []
    for index, (name, label) in enumerate(labels, start=1):
        now = getattr(figures.totals, name)
        then = getattr(before.totals, name) if before else None
        change = change_percent(now, then) if then is not None else None
        rows.append([str(index), label, number(now), number(then),
                     "" if change is None else percent(change, 1)])
    return rows


def _task_rows(figures: PeriodFigures) -> tuple[list[list[str]], list[int]]:
    rows, bold = [], []
    for index, task in enumerate(figures.tasks, start=1):
        bold.append(len(rows))
        rows.append([str(index), task.title, "", "", "", "", number(task.figures.activities)])
        for target in task.targets:
            rows.append(["", f"- {target.indicator}", target.unit, number(target.quantity),
                         number(target.result),
                         "" if target.percent is None else percent(target.percent, 1), ""])
    return rows, bold


def annexes(figures: PeriodFigures, period: Period, reference: str) -> list[frame.Annex]:
    """Phụ lục I, II, … with the figures; numbered in the order they appear."""
    subtitle = _("(Kèm theo {ref})").format(ref=reference)
    made: list[frame.Annex] = []

    def add(title: str, header: list[str], rows, widths, align, *, landscape: bool,
            bold_rows=(), notes=()):
        made.append(frame.Annex(
            label="", title=title, subtitle=subtitle, header_rows=[header], rows=rows,
            col_widths=widths, align=align, landscape=landscape, bold_rows=list(bold_rows),
            notes=list(notes)))

    previous = period.year_earlier().label
    add(_("Số liệu tổng hợp {period}").format(period=period.label),
        [_("STT"), _("Chỉ tiêu"), _("Kỳ báo cáo"), _("Cùng kỳ ({previous})").format(
            previous=previous), _("Tăng, giảm")],
        _overall_rows(figures), [10, 70, 28, 30, 22], ["CENTER", "LEFT", "RIGHT", "RIGHT",
                                                         "RIGHT"], landscape=False)
    rows, total = _group_rows(figures.by_form, figures, _("Tổng cộng"))
    add(_("Kết quả theo hình thức truyền thông"),
        [h.format(first=_("Hình thức truyền thông")) for h in GROUP_HEADER], rows,
        GROUP_WIDTHS, GROUP_ALIGN, landscape=True, bold_rows=[total])
    if figures.tasks:
        rows, bold = _task_rows(figures)
        add(_("Kết quả thực hiện nhiệm vụ, chỉ tiêu của kế hoạch"),
            [_("STT"), _("Nhiệm vụ / chỉ tiêu"), _("Đơn vị tính"), _("Chỉ tiêu"), _("Kết quả"),
             _("Tỷ lệ đạt"), _("Số hoạt động")], rows, [10, 100, 26, 20, 20, 20, 22],
            ["CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], landscape=True,
            bold_rows=bold)
    rows, total = _group_rows(figures.by_commune, figures, _("Tổng cộng"))
    add(_("Kết quả theo xã, thị trấn"),
        [h.format(first=_("Xã, thị trấn")) for h in GROUP_HEADER], rows, GROUP_WIDTHS,
        GROUP_ALIGN, landscape=True, bold_rows=[total])
    rows, total = _group_rows(figures.by_audience, figures,
                              _("Tổng số (mỗi hoạt động tính một lần)"))
    add(_("Kết quả theo đối tượng"), [h.format(first=_("Đối tượng")) for h in GROUP_HEADER],
        rows, GROUP_WIDTHS, GROUP_ALIGN, landscape=True, bold_rows=[total],
        notes=[frame.paragraph(_("Ghi chú: một hoạt động dành cho nhiều đối tượng được tính "
                                 "ở từng đối tượng."))])
    for index, annex in enumerate(made, start=1):
        annex.label = _("Phụ lục {n}").format(n=roman(index)) if len(made) > 1 else _("Phụ lục")
    return made


def report_document(session: Session, report: ResultsReport, *,
                    figures: PeriodFigures | None = None, as_draft: bool | None = None):
    """The frame's pieces for a report: header, body, closing, annexes, metadata."""
    period = parse_period(report.period_key)
    figures = figures or period_figures(session, report.unit_id, period.start, period.end)
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
    body, annex_list = narrative_flowables(report), annexes(figures, period, reference)
    add_key_note(session, annex_list, body)  # the unit's exchange key code (issue 12)
    return header, body, closing, annex_list, metadata


def write_report_pdf(session: Session, report: ResultsReport, target: str | IO[bytes], *,
                     figures: PeriodFigures | None = None,
                     as_draft: bool | None = None) -> None:
    header, body, closing, annex_list, metadata = report_document(
        session, report, figures=figures, as_draft=as_draft)
    frame.build_document(target, header, body, closing, annex_list, metadata)


def default_file_name(unit_short_name: str, period: Period) -> str:
    """"BC-QCN-KimSon-2025-Q4.pdf"."""
    return report_file_name(unit_short_name, period, ".pdf")
