"""The command line and the registry (what the window calls) write the same document, and
it is the document the writer makes when called directly, as before the one export route:
the same pdftotext text, the same workbook cells, the same package records.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from nbhr_desktop.cli import main
from nbhr_desktop.core.plans import service as plans
from nbhr_desktop.core.reports import service as reports
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.documents.plan_pdf import write_plan_pdf
from nbhr_desktop.documents.report_pdf import write_report_pdf
from nbhr_desktop.exports import registry
from nbhr_desktop.storage.models import ResultsReport
from nbhr_desktop.workbooks.entry_template import META_SHEET, write_entry_template
from nbhr_desktop.workbooks.report_workbook import write_report_workbook

from sync_helpers import package_records

Q4_2024 = parse_period("2024-Q4")
Q3_2024 = parse_period("2024-Q3")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def cells(path: Path, *, volatile: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every sheet's values (hidden ones too); rows of ``volatile`` keys (in the first
    column: a copy's id, its creation time) keep their key only."""
    book = load_workbook(path)
    found = {}
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(row[:1] if row and row[0] in volatile else row)
        found[sheet.title] = rows
    return found


def cli(workspace, *args: str) -> None:
    assert main(["--data-dir", str(workspace.location.data_dir), *args]) == 0


def test_plan_pdf(kimson, tmp_path):
    workspace, uuid = kimson
    cli(workspace, "export-plan-pdf", "--plan", uuid, "--out", str(tmp_path / "cli.pdf"))
    registry.export("plan-pdf", workspace, tmp_path / "gui.pdf", plan_uuid=uuid)
    with workspace.db.session() as session:
        write_plan_pdf(session, plans.get_plan(session, uuid), str(tmp_path / "writer.pdf"))
    text = pdf_text(tmp_path / "cli.pdf")
    assert "KẾ HOẠCH" in text and "52.000.000" in text  # the two tasks' budgets
    assert pdf_text(tmp_path / "gui.pdf") == text == pdf_text(tmp_path / "writer.pdf")
    # The draft too, and a folder gets the plan's usual name on both routes.
    cli(workspace, "export-plan-pdf", "--plan", uuid, "--draft", "--out", str(tmp_path))
    name = registry.default_name("plan-pdf", workspace, plan_uuid=uuid, as_draft=True)
    assert name == "KH-QCN-2024-KimSon-DuThao.pdf"
    registry.export("plan-pdf", workspace, tmp_path / "gui-draft.pdf", plan_uuid=uuid,
                    as_draft=True)
    assert "DỰ THẢO" in pdf_text(tmp_path / name)
    assert pdf_text(tmp_path / name) == pdf_text(tmp_path / "gui-draft.pdf")


def test_report_pdf_of_a_stored_report(kimson, tmp_path):
    workspace, _uuid = kimson
    cli(workspace, "export-report-pdf", "--period", "2024-Q4", "--out", str(tmp_path))
    cli_file = tmp_path / "BC-QCN-KimSon-2024-Q4.pdf"
    written = registry.export("report-pdf", workspace, tmp_path / "gui.pdf", period=Q4_2024)
    assert written.detail.activities == 5
    with workspace.db.session() as session:
        report = reports.find_report(session, workspace.installation_info().unit_id, Q4_2024)
        write_report_pdf(session, report, str(tmp_path / "writer.pdf"),
                         figures=reports.report_figures(session, report))
    text = pdf_text(cli_file)
    assert "BÁO CÁO" in text and "Quý IV năm 2024".upper() in text.upper()
    assert pdf_text(tmp_path / "gui.pdf") == text == pdf_text(tmp_path / "writer.pdf")


def test_report_pdf_of_a_period_nobody_opened_is_the_same_unsaved_draft(kimson, tmp_path):
    workspace, _uuid = kimson
    cli(workspace, "export-report-pdf", "--period", "2024-Q3", "--out",
        str(tmp_path / "cli.pdf"))
    registry.export("report-pdf", workspace, tmp_path / "gui.pdf", period=Q3_2024)
    assert pdf_text(tmp_path / "gui.pdf") == pdf_text(tmp_path / "cli.pdf")
    with workspace.db.session() as session:  # printing it stored nothing
        assert session.scalars(select(ResultsReport.period_key)).all() == ["2024-Q4"]


def test_report_workbook(kimson, tmp_path):
    workspace, _uuid = kimson
    cli(workspace, "export-workbook", "--period", "2024-Q4", "--out",
        str(tmp_path / "cli.xlsx"))
    registry.export("report-workbook", workspace, tmp_path / "gui.xlsx", period=Q4_2024)
    info = workspace.installation_info()
    with workspace.db.session() as session:
        report = reports.find_report(session, info.unit_id, Q4_2024)
        write_report_workbook(session, info.unit_id, Q4_2024, tmp_path / "writer.xlsx",
                              figures=reports.report_figures(session, report), report=report)
    expected = cells(tmp_path / "writer.xlsx")
    assert any("Tập huấn CEDAW cho cán bộ xã" in str(row) for row in
               sum(expected.values(), []))
    assert cells(tmp_path / "cli.xlsx") == expected == cells(tmp_path / "gui.xlsx")


def test_entry_template(kimson, tmp_path):
    workspace, _uuid = kimson
    cli(workspace, "export-entry-template", "--out", str(tmp_path / "cli.xlsx"))
    registry.export("entry-template", workspace, tmp_path / "gui.xlsx")
    write_entry_template(workspace, tmp_path / "writer.xlsx")
    volatile = ("workbook_id", "created")
    expected = cells(tmp_path / "writer.xlsx", volatile=volatile)
    assert META_SHEET in expected
    assert cells(tmp_path / "cli.xlsx", volatile=volatile) == expected
    assert cells(tmp_path / "gui.xlsx", volatile=volatile) == expected
    # Each copy still gets its own id (imports tell copies apart by it).
    ids = {load_workbook(tmp_path / name)[META_SHEET]["B5"].value
           for name in ("cli.xlsx", "gui.xlsx")}
    assert len(ids) == 2


def test_package(kimson, tmp_path):
    workspace, _uuid = kimson
    cli(workspace, "export-package", "--out", str(tmp_path / "cli.nbhr"))
    with workspace.db.session() as session:
        from nbhr_desktop.storage.models import AdminUnit

        parent = session.get(AdminUnit, workspace.installation_info().unit_id).parent.code
    written = registry.export("package", workspace, tmp_path / "gui", recipient=parent)
    assert written.path == tmp_path / "gui.nbhr"  # a name without suffix gets .nbhr
    records = package_records(tmp_path / "cli.nbhr")
    assert sum(len(rows) for rows in records.values()) == written.detail.total > 0
    assert package_records(written.path) == records


def test_submissions_list(province, tmp_path, capsys):
    for kind in ("xlsx", "pdf"):
        cli(province, "submissions", "--period", "2024", "--out", str(tmp_path / f"cli.{kind}"))
        written = registry.export("submissions", province, tmp_path / f"gui.{kind}",
                                  period=parse_period("2024"))
        assert written.kind == kind and written.detail.rows
    assert cells(tmp_path / "cli.xlsx") == cells(tmp_path / "gui.xlsx")
    text = pdf_text(tmp_path / "cli.pdf")
    assert "CHƯA GỬI" in text and text == pdf_text(tmp_path / "gui.pdf")
    assert registry.default_name("submissions", province, "pdf", period=parse_period("2024")
                                 ) == "TinhHinhGui-2024.pdf"


def test_plan_template(province, tmp_path):
    cli(province, "plan-template", "--year", "2027", "--out", str(tmp_path / "cli.json"))
    registry.export("plan-template", province, tmp_path / "gui.json", year=2027)
    data = json.loads((tmp_path / "cli.json").read_text(encoding="utf-8"))
    assert data and json.loads((tmp_path / "gui.json").read_text(encoding="utf-8")) == data


def test_report_files_on_postgresql(pg_workspace, pg_url, tmp_path):
    """The same on a PostgreSQL server: the command and the registry print the same
    unsaved draft (nothing stored) and the same workbook."""
    from report_fixtures import build_report_data

    build_report_data(pg_workspace)
    base = ["--data-dir", str(pg_workspace.location.data_dir), "--db-url", pg_url]
    for command, name, suffix in (("export-report-pdf", "report-pdf", "pdf"),
                                  ("export-workbook", "report-workbook", "xlsx")):
        assert main([*base, command, "--period", "2024-Q3", "--out",
                     str(tmp_path / f"cli.{suffix}")]) == 0
        registry.export(name, pg_workspace, tmp_path / f"gui.{suffix}", period=Q3_2024)
    assert pdf_text(tmp_path / "gui.pdf") == pdf_text(tmp_path / "cli.pdf")
    assert cells(tmp_path / "gui.xlsx") == cells(tmp_path / "cli.xlsx")
    with pg_workspace.db.session() as session:
        assert session.scalars(select(ResultsReport.id)).all() == []
