"""What the PDF, the workbook and the command line print about periods and judged tasks."""

import datetime as dt
import re

import pdfplumber
import pytest
from openpyxl import load_workbook

from nbhr_desktop.cli import main
from nbhr_desktop.core.reports import service
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.documents.report_pdf import write_report_pdf
from nbhr_desktop.workbooks.report_workbook import write_report_workbook
from nbhr_desktop.workbooks.styles import SIGNED_FORMAT

from judging_fixtures import build_judging_data

Q2 = parse_period("2024-Q2")


@pytest.fixture
def data(workspace):
    return workspace, workspace.installation_info(), build_judging_data(workspace)


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_pdf_states_its_dates_and_judges_tasks(data, tmp_path):
    workspace, info, _ids = data
    path = tmp_path / "q2.pdf"
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q2)
        write_report_pdf(s, report, str(path))
    text = pdf_text(path)
    assert ("(Số liệu tính từ ngày 01/04/2024 đến ngày 30/06/2024, trọn kỳ theo dương lịch)"
            in text)
    overall = text[text.index("SỐ LIỆU TỔNG HỢP"):text.index("Phụ lục II")]
    # "Trong đó" rows carry no number; the change is signed.
    assert re.search(r"^Trong đó: lượt nữ 60 60 0 \+60$", overall, re.M)
    assert re.search(r"^1 Số hoạt động truyền thông 3 4 1 \+2$", overall, re.M)
    assert re.search(r"^3 Sản phẩm truyền thông", overall, re.M)
    assert "Tăng (+)" in overall and "Lũy kế" in overall
    tasks = text[text.index("KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU"):]
    assert re.search(r"- Cán bộ được khảo sát % 100 Chưa cập nhật", tasks)
    assert re.search(r"- Tờ gấp ấn phẩm 10 12 12 120,0% Đạt", tasks)
    assert re.search(r"- Cuộc triển lãm cuộc 1 0 0 0,0% Chưa đến hạn", tasks)
    assert re.search(r"- Lớp tập huấn lớp 2 1 1 50,0% Chưa đạt", tasks)


def test_cutoff_report_from_the_command_line(data, tmp_path, capsys):
    workspace, info, _ids = data
    data_dir = str(workspace.location.data_dir)
    assert main(["--data-dir", data_dir, "export-report-pdf", "--period", "2024-H1",
                 "--cutoff", "--out", str(tmp_path)]) == 0
    path = tmp_path / "BC-QCN-KimSon-2024-H1-ND09.pdf"
    text = pdf_text(path)
    assert "từ ngày 15/12/2023 đến ngày 14/06/2024, theo thời gian chốt số liệu tại Nghị " \
           "định số 09/2019/NĐ-CP" in text.replace("\n", " ")
    assert "3 hoạt động" in capsys.readouterr().out
    assert main(["--data-dir", data_dir, "export-workbook", "--period", "2024-H1-ND09",
                 "--out", str(tmp_path)]) == 0
    book = load_workbook(tmp_path / "BC-QCN-KimSon-2024-H1-ND09.xlsx")
    facts = {r[0].value: r[1].value for r in book["Thông tin"].iter_rows(min_row=2)}
    assert facts["Mã kỳ báo cáo"] == "2024-H1-ND09"
    assert "Nghị định số 09/2019" in facts["Cách tính kỳ"]


def test_the_officer_is_told_what_the_report_date_leaves_out(data, tmp_path, capsys):
    workspace, info, _ids = data
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q2)
        service.save_report(s, info, report.id, service.ReportEdit(
            issued_date=dt.date(2024, 6, 20), number=12))
    data_dir = str(workspace.location.data_dir)
    assert main(["--data-dir", data_dir, "export-report-pdf", "--period", "2024-Q2",
                 "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Không tính 1 hoạt động có ngày sau ngày báo cáo (20/06/2024)." in out
    text = pdf_text(tmp_path / "BC-QCN-KimSon-2024-Q2.pdf").replace("\n", " ")
    assert "đến ngày 20/06/2024" in text
    # The redrafted text says it too, where it matters (the results section).
    with workspace.db.session() as s:
        report = service.redraft_sections(s, info, report.id, ("results",))
        assert "1 hoạt động có ngày thực hiện sau ngày này chưa được tính" in \
            report.narrative["results"]


def test_workbook_tables_numbers_and_marks(data, tmp_path):
    workspace, info, _ids = data
    path = tmp_path / "q2.xlsx"
    with workspace.db.session() as s:
        write_report_workbook(s, info.unit_id, Q2, path)
    book = load_workbook(path)
    overall = {row[1].value: row for row in book["Tổng hợp"].iter_rows(min_row=5)
               if row[1].value}
    women = overall["Trong đó: lượt nữ"]
    assert women[0].value in (None, "") and women[2].value == 60
    activities = overall["Số hoạt động truyền thông"]
    assert [c.value for c in activities[:6]] == ["1", "Số hoạt động truyền thông", 3, 4, 1, 2]
    assert activities[5].number_format == SIGNED_FORMAT
    tasks = {row[1].value: row for row in book["Theo nhiệm vụ"].iter_rows(min_row=5)
             if row[1].value}
    missing = tasks["- Cán bộ được khảo sát"]
    assert missing[6].value is None and missing[7].value is None
    assert missing[8].value == "Chưa cập nhật"
    leaflets = tasks["- Tờ gấp"]
    assert leaflets[7].value == pytest.approx(1.2) and leaflets[8].value == "Đạt"
    assert tasks["- Cuộc triển lãm"][8].value == "Chưa đến hạn"


@pytest.mark.parametrize("cumulative", [True, False])
def test_task_annex_rows_fill_every_column(data, cumulative):
    from nbhr_desktop.core.reports.figures import scope_figures
    from nbhr_desktop.core.reports.scope import ReportScope
    from nbhr_desktop.documents.report_annexes import task_table

    workspace, info, _ids = data
    period = Q2 if cumulative else parse_period("2024")
    with workspace.db.session() as s:
        figures = scope_figures(s, ReportScope((info.unit_id,), period))
    header, rows, bold, _widths, _align = task_table(figures.tasks, cumulative)
    assert all(len(row) == len(header) for row in rows)
    assert header[-1] == "Đánh giá"
    # The task's own verdict sits in the "Đánh giá" column, like its targets'.
    assert [rows[i][-1] for i in bold] == [
        {"met": "Đạt", "not_met": "Chưa đạt", "not_due": "Chưa đến hạn"}[t.verdict]
        for t in figures.tasks]
