"""The submissions list as a small workbook (Tình hình gửi số liệu): one row per unit.

Made by ``submissions --out FILE.xlsx`` and by the Nộp báo cáo screen, from the same
``core.province.submissions`` rows: status, when the file came and from which file and key,
the unit's activities of the period, the last package, and an empty "Ghi chú" column for
the officer who phones the units still missing. Units still missing come first.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from nbhr_desktop.base.i18n import _, official_vietnamese
from nbhr_desktop.core.province.submissions import MISSING, Submissions, status_label
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.print_setup import finish_sheet, prepare_sheet
from nbhr_desktop.workbooks.typed_cells import TypedCells, title_rows

HEADER_ROW = 4
COLUMNS = [("STT", 5), ("Mã", 8), ("Đơn vị", 26), ("Phần kỳ phải gửi", 21),
           ("Tình hình", 15), ("Nhận lúc", 15), ("Tệp", 30), ("Mã khóa", 29),
           ("Số hoạt động", 10), ("Gói gần nhất", 12), ("Ghi chú", 24)]


def ordered(sent: Submissions):
    """Units still missing first (the reminder list), then the others, in official order."""
    return sorted(sent.rows, key=lambda row: row.status != MISSING)


def _local(moment) -> str:
    import datetime as dt

    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M") \
        if moment else ""


# The reminder list is printed and filed: official Vietnamese in any interface language.
@official_vietnamese()
def write_submissions_workbook(sent: Submissions, province_name: str, out: Path | str) -> Path:
    out = Path(out)
    book = Workbook(write_only=True)
    st.register_styles(book)
    sheet = book.create_sheet(_("Tình hình gửi"))
    title = _("Tình hình gửi số liệu {period}").format(period=sent.period.label)
    prepare_sheet(sheet, [w for _h, w in COLUMNS], header_row=HEADER_ROW,
                  unit_name=province_name, title=title)
    c = TypedCells(sheet)
    title_rows(c, province_name, _("TÌNH HÌNH GỬI SỐ LIỆU BÁO CÁO {period}").format(
        period=sent.period.label.upper()), _(
        "Hạn gửi: {due}. Đã gửi {sent}/{total} đơn vị (gửi muộn {late}), chưa gửi {missing}. "
        "Lập ngày {today}.").format(
            due=short_date(sent.due.due_date), sent=len(sent.rows) - len(sent.missing),
            total=len(sent.rows), late=sent.count("late"), missing=len(sent.missing),
            today=short_date(sent.today)), len(COLUMNS))
    c.append([c.text(_(h), st.HEADER) for h, _w in COLUMNS],
             [(_(h), w * 0.85) for h, w in COLUMNS])
    for index, row in enumerate(ordered(sent), start=1):
        start, end = row.span
        last = row.last_package_at.date() if row.last_package_at else None
        c.append([c.int(index, st.CENTER), c.text(row.unit.code, st.CENTER),
                  c.text(row.unit.name), c.text(f"{short_date(start)} - {short_date(end)}"),
                  c.text(status_label(row.status, sent.due_passed)),
                  c.text(_local(row.received_at)), c.text(row.file_name),
                  c.text(row.fingerprint), c.int(row.activities), c.date(last), c.blank()],
                 [(row.unit.name, 26), (row.file_name, 30)])
    finish_sheet(sheet, header_row=HEADER_ROW, last_row=HEADER_ROW + len(sent.rows),
                 columns=len(COLUMNS))
    book.save(out)  # straight to ``out``: exports.province_files makes it atomic
    return out
