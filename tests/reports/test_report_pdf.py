"""The report PDF: Decree 30 elements, and totals equal to the database and the workbook."""

import re

import pdfplumber
from pypdf import PdfReader

from nbhr_desktop.core.reports import service
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.core.vnformat import number
from nbhr_desktop.documents.report_pdf import default_file_name, write_report_pdf

Q4 = parse_period("2024-Q4")


def make_pdf(workspace, info, path, **edit):
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q4)
        service.save_report(s, info, report.id, service.ReportEdit(
            signer_name="Trần Văn Bình", **edit))
        write_report_pdf(s, report, str(path))
        return report.id


def pdf_text(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_pdf_has_the_report_frame(report_data, tmp_path):
    workspace, info, _ids = report_data
    path = tmp_path / "r.pdf"
    make_pdf(workspace, info, path)
    pages = pdf_text(path)
    first = pages[0]
    assert "BÁO CÁO" in first and "/BC-UBND" in first
    # A 2024 report goes to the Sở Thông tin và Truyền thông (catalogue of texts, by date).
    assert "Kính gửi: Sở Thông tin và Truyền thông tỉnh Ninh Bình." in first
    assert "ỦY BAN NHÂN DÂN" in first and "HUYỆN KIM SƠN" in first
    whole = "\n".join(pages)
    for title in ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ",
                  "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", "V. KIẾN NGHỊ"):
        assert title in whole
    closing = whole.index("Nơi nhận:")
    assert whole[closing:].splitlines()[1].startswith("- Như trên;")
    assert "Thường trực Huyện ủy, HĐND huyện;" in whole and "Lưu: VT, VHTT." in whole
    assert "Trần Văn Bình" in whole and "KT. CHỦ TỊCH" in whole
    assert "Phụ lục I" in whole and "Phụ lục II" in whole
    fonts = {str(f) for p in PdfReader(path).pages
             for f in (p["/Resources"].get("/Font") or {}).values()}
    assert fonts  # the fonts are embedded subsets of Liberation Serif (checked by frame tests)


def test_pdf_totals_equal_database_and_workbook(report_data, tmp_path, direct_totals):
    from openpyxl import load_workbook

    from nbhr_desktop.workbooks.report_workbook import write_report_workbook

    workspace, info, _ids = report_data
    path = tmp_path / "r.pdf"
    make_pdf(workspace, info, path)
    with workspace.db.session() as s:
        expected = direct_totals(s, info.unit_id, Q4.start, Q4.end)
        write_report_workbook(s, info.unit_id, Q4, tmp_path / "r.xlsx")
    # Annex II (by form) ends with the totals row: 7 numbers after "Tổng cộng".
    annex = next(p for p in pdf_text(path) if "KẾT QUẢ THEO HÌNH THỨC" in p)
    line = next(line for line in annex.splitlines() if line.startswith("Tổng cộng"))
    printed = tuple(int(v.replace(".", "")) for v in re.findall(r"[\d.]+", line))
    assert printed == expected
    narrative = "\n".join(pdf_text(path)[:3])
    assert f"tổng kinh phí thực hiện {number(expected[-1])} đồng" in " ".join(narrative.split())
    book = load_workbook(tmp_path / "r.xlsx")
    summary = {row[1].value: row[2].value for row in book["Tổng hợp"].iter_rows(min_row=4)
               if row[1].value}
    assert summary["Kinh phí thực hiện (đồng)"] == expected[-1] == printed[-1]
    assert summary["Số hoạt động truyền thông"] == expected[0] == printed[0]


def test_numbered_report_prints_number_and_date(report_data, tmp_path):
    import datetime as dt

    workspace, info, _ids = report_data
    path = tmp_path / "r.pdf"
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q4)
        service.save_report(s, info, report.id, service.ReportEdit(
            signer_name="Trần Văn Bình", number=7, issued_date=dt.date(2025, 1, 5)))
        service.submit_report(s, info, report.id)
        write_report_pdf(s, report, str(path))
    first = pdf_text(path)[0]
    assert "Số: 07/BC-UBND" in first and "Kim Sơn, ngày 05 tháng 01 năm 2025" in first
    assert "DỰ THẢO" not in first
    assert "Kèm theo Báo cáo số 07/BC-UBND ngày 05/01/2025" in "\n".join(pdf_text(path))


def test_file_names_are_ascii():
    assert default_file_name("Kim Sơn", Q4) == "BC-QCN-KimSon-2024-Q4.pdf"
    assert default_file_name("Hoa Lư", parse_period("2024-01-01:2024-02-15")) == \
        "BC-QCN-HoaLu-20240101-20240215.pdf"


def test_draft_of_a_ceased_district_is_dated_within_its_life(report_data, tmp_path):
    """Kim Sơn ceased on 30/06/2025: its unissued 2024 report printed in 2026 says 2025."""
    import datetime as dt

    from nbhr_desktop.documents.report_pdf import report_day

    workspace, info, _ids = report_data
    path = tmp_path / "r.pdf"
    make_pdf(workspace, info, path)
    first = " ".join(pdf_text(path)[0].split())
    assert "Kim Sơn, ngày tháng năm 2025" in first
    assert "năm 2026" not in first
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q4)
        assert report_day(report, dt.date(2026, 11, 29)) == dt.date(2025, 6, 30)
        # Within its life a draft takes today, never a day before the period ends.
        assert report_day(report, dt.date(2025, 3, 2)) == dt.date(2025, 3, 2)
        assert report_day(report, dt.date(2024, 12, 5)) == dt.date(2024, 12, 31)
