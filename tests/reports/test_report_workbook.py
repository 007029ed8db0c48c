"""The workbook: typed cells, totals equal to the database, text never a formula, round trip."""

import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.workbooks.report_detail_sheet import HEADER_ROW, column_index
from nbhr_desktop.workbooks.report_workbook import write_report_workbook

Q4 = parse_period("2025-Q4")
SUMMARY_SHEETS = ["Tổng hợp", "Theo hình thức", "Theo nhiệm vụ", "Theo địa bàn", "Theo đối tượng",
                  "Theo chủ đề", "Theo nguồn KP"]
SHEETS = SUMMARY_SHEETS + ["Chi tiết", "Kế hoạch", "Thông tin"]


@pytest.fixture
def workbook_path(report_data, tmp_path, direct_totals):
    workspace, info, _ids = report_data
    out = tmp_path / "BC-QCN-KimSon-2025-Q4.xlsx"
    with workspace.db.session() as s:
        result = write_report_workbook(s, info.unit_id, Q4, out)
        expected = direct_totals(s, info.unit_id, Q4.start, Q4.end)
    assert result.activities == 5
    return out, expected


def detail_rows(sheet):
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1))
    return rows[:-1], rows[-1]  # activities, totals row


def check_figures(path, expected):
    """The detail rows, the totals row and the summary all give the database's numbers."""
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    detail = book["Chi tiết"]
    rows, totals = detail_rows(detail)
    fields = ["participants_total", "participants_women", "participants_ethnic", "products",
              "broadcast_minutes", "cost"]
    sums = tuple(sum(int(r[column_index(f) - 1].value or 0) for r in rows) for f in fields)
    assert (len(rows), *sums) == expected
    assert tuple(int(totals[column_index(f) - 1].value) for f in fields) == expected[1:]
    summary = {row[1].value: [c.value for c in row[2:]]
               for row in book["Tổng hợp"].iter_rows(min_row=4) if row[1].value}
    overall = [summary[label][0] for label in (
        "Số hoạt động truyền thông", "Lượt người tham dự", "Trong đó: lượt nữ",
        "Trong đó: lượt người dân tộc thiểu số", "Sản phẩm truyền thông",
        "Thời lượng phát sóng (phút)", "Kinh phí thực hiện (đồng)")]
    assert tuple(int(v) for v in overall) == expected
    return book


def test_totals_match_the_database(workbook_path):
    path, expected = workbook_path
    check_figures(path, expected)


def test_cells_have_their_types(workbook_path):
    path, _expected = workbook_path
    book = load_workbook(path)
    rows, _totals = detail_rows(book["Chi tiết"])
    first = rows[0]
    start = first[column_index("start_date") - 1]
    assert isinstance(start.value, dt.datetime) and start.value.date() == dt.date(2025, 10, 3)
    assert start.number_format == "DD/MM/YYYY"
    cost = first[column_index("cost") - 1]
    # The column says "(đồng)": the cells carry a plain thousands format, no "đ".
    assert type(cost.value) is int and cost.value == 15_500_000
    assert cost.number_format == "#,##0"
    people = first[column_index("participants_total") - 1]
    assert type(people.value) is int and people.value == 120
    description = next(r for r in rows if "Hội nghị" in r[column_index("title") - 1].value)
    cell = description[column_index("description") - 1]
    assert cell.alignment.wrap_text and len(cell.value) > 300


def test_text_starting_with_equals_stays_text(workbook_path):
    path, _expected = workbook_path
    book = load_workbook(path)
    rows, _totals = detail_rows(book["Chi tiết"])
    titles = [r[column_index("title") - 1] for r in rows]
    risky = [c for c in titles if str(c.value).startswith("=")]
    assert len(risky) == 1 and risky[0].data_type == "s"
    assert risky[0].value == "=HYPERLINK(\"http://x\") Pano tuyên truyền"


def test_every_sheet_prints_on_a4_landscape(workbook_path):
    path, _expected = workbook_path
    book = load_workbook(path)
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows and sheet.freeze_panes
        assert "Kim Sơn" in sheet.oddHeader.left.text and "&P" in sheet.oddFooter.center.text
    for name in SUMMARY_SHEETS:
        # One table per sheet: the sheet's print titles are that table's own header row.
        sheet = book[name]
        assert sheet.print_title_rows == "$4:$4", name
        assert sheet["A4"].value == "STT" and sheet["A4"].font.b, name
        assert sheet.page_setup.fitToWidth == 1
    detail = book["Chi tiết"]
    assert detail.auto_filter.ref == f"A{HEADER_ROW}:V{HEADER_ROW + 5}"
    # Every column prints: two pages wide, the first four columns repeated on the second.
    assert detail.print_area == f"'Chi tiết'!$A$1:$V${HEADER_ROW + 6}"
    assert detail.page_setup.fitToWidth == 2 and detail.print_title_cols == "$A:$D"
    info = {r[0].value: r[1].value for r in book["Thông tin"].iter_rows(min_row=2)}
    assert info["Mã kỳ báo cáo"] == "2025-Q4" and len(info["Mã băm số liệu (SHA-256)"]) == 64
    assert info["Số hoạt động (trang Chi tiết)"] == 5


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: the round trip needs it")
def test_libreoffice_round_trip_keeps_the_figures(workbook_path, tmp_path):
    path, expected = workbook_path
    out_dir = tmp_path / "lo"
    profile = tmp_path / "profile"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out_dir), str(path)],
        check=False, capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr
    book = check_figures(out_dir / path.name, expected)
    rows, _totals = detail_rows(book["Chi tiết"])
    risky = [r[column_index("title") - 1] for r in rows
             if str(r[column_index("title") - 1].value).startswith("=")]
    assert risky and risky[0].data_type == "s"
