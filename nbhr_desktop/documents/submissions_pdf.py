"""The reminder list to print (Danh sách đơn vị chưa gửi số liệu): who to phone.

An internal working list, not an official document: the period and its due date, the units
that have not sent their data (with a column to note the call), then the units that sent
late. Made by ``submissions --out FILE.pdf`` and by the Nộp báo cáo screen's print, from the
same rows as the workbook and the JSON.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from nbhr_desktop.base.i18n import _, official_vietnamese
from nbhr_desktop.core.province.submissions import LATE, Submissions
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.documents import fonts, frame

WIDTHS = [12, 16, 58, 46, 28, 40]  # "STT" on one line (it broke as "ST/T")
ALIGN = ["CENTER", "CENTER", "LEFT", "CENTER", "CENTER", "LEFT"]


def _rows(rows) -> list[list[str]]:
    out = []
    for index, row in enumerate(rows, start=1):
        start, end = row.span
        last = short_date(row.last_package_at.date()) if row.last_package_at else _("chưa có")
        out.append([str(index), row.unit.code, row.unit.name,
                    f"{short_date(start)} - {short_date(end)}", last, ""])
    return out


# The reminder list is printed and filed: official Vietnamese in any interface language.
@official_vietnamese()
def write_submissions_pdf(sent: Submissions, province_name: str, out: Path | str) -> Path:
    out = Path(out)
    fonts.register_fonts()
    title = frame.style("list_title", size=14, font=fonts.BOLD, align=1, after=4)
    note = frame.style("list_note", size=12, align=1, after=8)
    section = frame.style("list_section", size=13, font=fonts.BOLD, before=10, after=4)
    width = A4[0] - 50 * mm
    scale = width / sum(WIDTHS)
    widths = [w * scale for w in WIDTHS]
    header = [[_("STT"), _("Mã"), _("Đơn vị"), _("Phần kỳ phải gửi"), _("Gói gần nhất"),
               _("Ghi chú (gọi điện)")]]
    story = [
        Paragraph(frame.markup(province_name.upper()), note),
        Paragraph(frame.markup(_("DANH SÁCH ĐƠN VỊ CHƯA GỬI SỐ LIỆU {period}").format(
            period=sent.period.label.upper())), title),
        Paragraph(frame.markup(_("Hạn gửi: {due}. Chưa gửi {missing}/{total} đơn vị; gửi muộn "
                                 "{late}. Lập ngày {today}.").format(
            due=short_date(sent.due.due_date), missing=len(sent.missing),
            total=len(sent.rows), late=sent.count(LATE), today=short_date(sent.today))), note),
    ]
    missing = _rows(sent.missing) or [["", "", _("Không có: mọi đơn vị đã gửi."), "", "", ""]]
    story.append(frame.table(header, missing, widths, align=ALIGN, font_size=11))
    late = [row for row in sent.rows if row.status == LATE]
    if late:
        story += [Spacer(1, 6), Paragraph(frame.markup(_("Đơn vị gửi muộn")), section),
                  frame.table(header, _rows(late), widths, align=ALIGN, font_size=11)]
    # Straight to ``out``: exports.province_files makes it atomic.
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=30 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm,
                      title=_("Danh sách đơn vị chưa gửi số liệu"),
                      author=province_name).build(story)
    return out
