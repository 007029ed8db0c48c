"""The plan as a Decree 30 PDF: the plan's data poured into ``frame``.

A draft (or any plan printed with ``as_draft=True``) leaves the number and the day and
month blank for the clerical office and carries the "DỰ THẢO" mark. Names (issuing body,
place) are the unit's as it was on the plan's date.
"""

from __future__ import annotations

import re
from typing import IO

from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _, official_vietnamese
from nbhr_desktop.base.text import ascii_slug, keep_dashes, nfc
from nbhr_desktop.core.plans.numbering import number_blocks
from nbhr_desktop.core.plans.template import load_template
from nbhr_desktop.core.plans.timing import timing_label
from nbhr_desktop.core.plans.unit_naming import (
    authority_lines,
    plan_day,
    plan_issuer,
    unit_on,
)
from nbhr_desktop.core.plans.views import live, live_sections, live_targets, live_tasks
from nbhr_desktop.core.vnformat import (
    document_date_line,
    document_number,
    number,
    short_date,
)
from nbhr_desktop.documents import frame
from nbhr_desktop.storage.models import Plan, PlanStatus, SectionLevel

TYPE_NAME = "KẾ HOẠCH"
# "chủ trì" kept on one line: the narrow column would otherwise read "Cơ quan chủ / trì".
ANNEX_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ\u00a0trì", "Cơ quan phối hợp",
                "Thời gian thực hiện", "Sản phẩm", "Kinh phí (đồng)", "Ghi chú"]
ANNEX_WIDTHS = [12, 62, 30, 38, 22, 50, 24, 14]
ANNEX_ALIGN = ["CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT", "RIGHT", "LEFT"]
BLANK = "\u00a0" * 5


def _lines(text: str) -> list[str]:
    return [line.strip() for line in nfc(text).splitlines() if line.strip()]


def body_flowables(plan: Plan) -> list:
    """Sections as numbered headings and justified paragraphs."""
    sections = live_sections(plan)
    out = []
    for section, num in zip(sections, number_blocks(s.level for s in sections), strict=True):
        lines = _lines(section.body)
        title = nfc(section.title).strip()
        if section.level == SectionLevel.PARAGRAPH:
            if title:
                out.append(frame.paragraph(title))
        elif title or section.level == SectionLevel.SECTION:
            # A heading never ends a page alone; an agency's name keeps " - " together.
            heading = frame.heading(section.level, num, keep_dashes(title))
            heading.keepWithNext = True
            out.append(heading)
        elif lines:
            out.append(frame.heading(section.level, num, "", body=lines.pop(0)))
        out += [frame.paragraph(line) for line in lines]
    return out


def _keep_year(subject: str) -> str:
    """"năm 2026" never split over two lines of the subject (a year alone reads oddly)."""
    return re.sub(r"\bnăm (\d{4})\b", "năm\u00a0\\1", nfc(subject))


def _agency_list(names: list[str]) -> str:
    """One agency per line; with several, each as "- …" so wrapped names stay readable."""
    return "\n".join(names if len(names) < 2 else [f"- {n}" for n in names])


def target_text(target) -> str:
    amount = number(target.quantity)
    unit = nfc(target.unit)
    quantity = f"{amount}{unit}" if unit == "%" else f"{amount} {unit}"
    return f"- {nfc(target.indicator)}: {quantity}"


def annex_rows(plan: Plan) -> tuple[list[list[str]], int]:
    rows, total = [], 0
    for index, task in enumerate(live_tasks(plan), start=1):
        cooperators = sorted(live(task.cooperators), key=lambda a: (a.sort_order, a.name))
        product = _lines(task.product)
        targets = [target_text(t) for t in live_targets(task)]
        if targets:
            product += [_("Chỉ tiêu:"), *targets]
        rows.append([
            str(index), nfc(task.title),
            keep_dashes(task.lead_agency.name) if task.lead_agency else "",
            _agency_list([keep_dashes(a.name) for a in cooperators]),
            timing_label(task.timing_kind, task.timing_start, task.timing_end, task.timing_text),
            "\n".join(product), number(task.budget) if task.budget else "", nfc(task.note),
        ])
        total += task.budget or 0
    return rows, total


@official_vietnamese()
def plan_document(session: Session, plan: Plan, *, as_draft: bool | None = None,
                  draft_mark: bool = True):
    """The frame's pieces for a plan: header, body, closing, annexes, metadata."""
    draft = plan.status == PlanStatus.DRAFT if as_draft is None else as_draft
    issuer = plan_issuer(session, plan)
    year = plan_day(plan).year
    if draft:
        number_line = document_number(None, plan.code)
        date_line = document_date_line(issuer.place, None, year)
        annex_ref = _("Kế hoạch số {b}/{code} ngày {b}/{b}/{year}").format(
            b=BLANK, code=plan.code, year=year)
    else:
        number_line = document_number(plan.number, plan.code)
        date_line = document_date_line(issuer.place, plan.issued_date)
        annex_ref = _("Kế hoạch số {number} ngày {day}").format(
            number=document_number(plan.number, plan.code)[len("Số: "):],
            day=short_date(plan.issued_date))
    header = frame.DocumentHeader(
        issuing_body_lines=issuer.lines, number_line=number_line, date_line=date_line,
        type_name=TYPE_NAME, subject=_keep_year(plan.subject), parent_body=issuer.parent_body,
        legal_bases=[nfc(b) for b in plan.legal_bases or []], draft=draft and draft_mark)
    closing = frame.ClosingBlock(
        recipients=[nfc(r) for r in plan.recipients or []],
        authority_lines=authority_lines(plan.signer_authority, plan.signer_title, issuer),
        signer_name=nfc(plan.signer_name))
    rows, total = annex_rows(plan)
    annexes = []
    if rows:
        rows.append(["", _("Tổng cộng"), "", "", "", "", number(total), ""])
        annexes.append(frame.Annex(
            label=_("Phụ lục"),
            title=_("Nhiệm vụ thực hiện Kế hoạch năm {year}").format(year=plan.year),
            subtitle=_("({ref} của {issuer})").format(
                ref=_("Kèm theo {ref}").format(ref=annex_ref), issuer=issuer.short_name),
            header_rows=[ANNEX_HEADER], rows=rows, col_widths=ANNEX_WIDTHS,
            align=ANNEX_ALIGN, landscape=True, bold_rows=[len(rows) - 1]))
    subject = nfc(plan.subject)
    title = _("Kế hoạch {subject}").format(subject=subject[:1].lower() + subject[1:])
    metadata = frame.DocumentMetadata(title=title, author=issuer.short_name,
                                      subject=number_line)
    return header, body_flowables(plan), closing, annexes, metadata


@official_vietnamese()
def write_plan_pdf(session: Session, plan: Plan, target: str | IO[bytes], *,
                   as_draft: bool | None = None, draft_mark: bool = True) -> None:
    header, body, closing, annexes, metadata = plan_document(
        session, plan, as_draft=as_draft, draft_mark=draft_mark)
    frame.build_document(target, header, body, closing, annexes, metadata)


def default_file_name(session: Session, plan: Plan, *, as_draft: bool | None = None) -> str:
    """ASCII and telling: "KH-QCN-2025-KimSon.pdf", "KH-QCN-2025-KimSon-DuThao.pdf"."""
    draft = plan.status == PlanStatus.DRAFT if as_draft is None else as_draft
    unit = unit_on(session, plan.unit, plan_day(plan))
    code = ascii_slug(load_template().get("file_code", "")) or "KeHoach"
    parts = ["KH", code.upper(), str(plan.year), ascii_slug(unit.short_name)]
    if plan.revision > 1:
        parts.append(f"SuaDoi{plan.revision - 1}")
    if draft:
        parts.append("DuThao")
    return "-".join(parts) + ".pdf"
