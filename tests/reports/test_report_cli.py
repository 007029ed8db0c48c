"""The export commands, end to end through the command-line entry point."""

from openpyxl import load_workbook

from nbhr_desktop.cli import main


def test_export_workbook_and_pdf_to_a_folder(report_data, tmp_path, capsys):
    workspace, _info, _ids = report_data
    data_dir = str(workspace.location.data_dir)
    out = tmp_path / "gui-di"
    out.mkdir()
    assert main(["--data-dir", data_dir, "export-workbook", "--period", "2024-Q4",
                 "--out", str(out)]) == 0
    assert main(["--data-dir", data_dir, "export-report-pdf", "--period", "Quý IV năm 2024",
                 "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["BC-QCN-KimSon-2024-Q4.pdf", "BC-QCN-KimSon-2024-Q4.xlsx"]
    assert load_workbook(out / names[1])["Thông tin"]["B3"].value == "Quý IV năm 2024"
    assert "5 hoạt động" in capsys.readouterr().out
    # Printing a draft from the command line stores nothing.
    from nbhr_desktop.core.reports.periods import parse_period
    from nbhr_desktop.core.reports.service import find_report

    with workspace.db.session() as s:
        assert find_report(s, _info.unit_id, parse_period("2024-Q4")) is None


def test_bad_period_is_a_vietnamese_user_error(report_data, tmp_path, capsys):
    workspace, _info, _ids = report_data
    code = main(["--data-dir", str(workspace.location.data_dir), "export-workbook",
                 "--period", "quý 5/2024", "--out", str(tmp_path / "x.xlsx")])
    assert code == 2
    error = capsys.readouterr().err
    assert "Không hiểu kỳ báo cáo" in error and "2025-Q4" in error  # the examples given
    code = main(["--data-dir", str(workspace.location.data_dir), "export-workbook",
                 "--period", "2024", "--out", str(tmp_path / "x.pdf")])
    assert code == 2 and ".xlsx" in capsys.readouterr().err
