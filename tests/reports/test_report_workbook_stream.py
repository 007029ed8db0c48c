"""The detail sheet's fast path (rows as ready-made XML), progress, cancel, the CLI's line.

The XML rows must read back exactly as openpyxl's own cells would: same values and types,
same styles, same row heights, text never a formula. Kim Sơn data is dated 2024 (a district
has no periods after 30/06/2025).
"""

import datetime as dt
import io
import os
import sys
import unicodedata
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from nbhr_desktop.cli import main
from nbhr_desktop.core.reports import workflow
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.exports import registry
from nbhr_desktop.workbooks import report_detail_sheet, xml_rows
from nbhr_desktop.workbooks import styles as st
from nbhr_desktop.workbooks.progress import ExportCancelled
from nbhr_desktop.workbooks.report_detail_sheet import HEADER_ROW, column_index
from nbhr_desktop.workbooks.report_workbook import write_report_workbook
from nbhr_desktop.workbooks.typed_cells import TypedCells
from nbhr_desktop.workbooks.xml_rows import XmlRows, add_streamed_sheet

from report_fixtures import add_activity

YEAR_2024 = parse_period("2024")
LONG = "Nội dung tọa đàm về quyền con người. " * 30
AWKWARD_TEXTS = [
    "=SUM(A1:A9)", "+84 912 345 678", "-", "@ghi chú", "  thụt đầu dòng", "dòng cuối  ",
    "   ", "<b>Tom & Jerry</b> \"nháy\" 'đơn'", "ký tự\x01điều khiển\x1f\uffff",
    "tab\tvà\ndòng mới",
    unicodedata.normalize("NFD", "Tuyên truyền Kim Sơn"), "x" * 40_000, LONG, "", None,
    "Xã Kim Chính",
]


def _cell_facts(cell):
    value = cell.value
    kind = cell.data_type if value is not None else None
    return (value, kind, cell.number_format, cell.style, repr(cell.font),
            repr(cell.alignment), repr(cell.border))


def _compare_sheets(expected, actual):
    assert expected.max_row == actual.max_row and expected.max_column == actual.max_column
    for mine, theirs in zip(expected.iter_rows(), actual.iter_rows(), strict=True):
        for a, b in zip(mine, theirs, strict=True):
            assert _cell_facts(a) == _cell_facts(b), a.coordinate
    for row in range(1, expected.max_row + 1):
        assert expected.row_dimensions[row].height == actual.row_dimensions[row].height, row


@pytest.mark.parametrize("parsed", [False, True], ids=["text-stream", "element-stream"])
def test_xml_rows_read_back_as_openpyxl_cells(tmp_path, monkeypatch, parsed):
    """Every kind of value and awkward text, through the fast path and through openpyxl's
    own cells: the two sheets read back identical (the element route is what runs when
    openpyxl writes with lxml)."""
    monkeypatch.setattr(xml_rows, "FORCE_PARSED", parsed)
    book = Workbook(write_only=True)
    st.register_styles(book)
    plain = book.create_sheet("openpyxl")
    fast = add_streamed_sheet(book, "xml")
    columns = [("int", st.INT, None), ("date", st.DATE, None), ("text", st.TEXT, 20),
               ("money", st.MONEY, None), ("text", st.PLAIN, None)]
    cells, rows = TypedCells(plain), XmlRows(fast, columns)
    values = [(n, dt.date(2024, 1, 1) + dt.timedelta(days=37 * n) if n % 3 else None, text,
               (n * 1_250_000 if n % 2 else 0), text)
              for n, text in enumerate(AWKWARD_TEXTS, start=1)]
    values.append((None, dt.date(2024, 12, 31), "hai\n\nba dòng", 10**13, "cuối"))
    fast_cells = TypedCells(fast)
    fast_cells.append([fast_cells.text("đầu bảng", st.HEADER)])  # an ordinary row first
    fast.append_xml("".join(rows.row(row + 2, v) for row, v in enumerate(values)), len(values))
    fast_cells.row += len(values)
    fast_cells.append([fast_cells.text("Tổng cộng", st.TOTAL_TEXT)])  # and one after
    cells.append([cells.text("đầu bảng", st.HEADER)])
    for number, day, text, cost, code in values:
        cells.append([cells.int(number), cells.date(day), cells.text(text), cells.money(cost),
                      cells.text(code, st.PLAIN)], [(text, 20)])
    cells.append([cells.text("Tổng cộng", st.TOTAL_TEXT)])
    book.save(tmp_path / "both.xlsx")

    loaded = load_workbook(tmp_path / "both.xlsx")
    _compare_sheets(loaded["openpyxl"], loaded["xml"])
    sheet = loaded["xml"]
    assert sheet["C2"].value == "=SUM(A1:A9)" and sheet["C2"].data_type == "s"
    assert sheet["C6"].value == "  thụt đầu dòng"
    with zipfile.ZipFile(tmp_path / "both.xlsx") as archive:  # Excel trims it otherwise
        assert '<t xml:space="preserve">  thụt đầu dòng</t>' in archive.read(
            "xl/worksheets/sheet2.xml").decode()
    assert sheet["C10"].value == "ký tựđiều khiển"
    assert sheet["C12"].value == "Tuyên truyền Kim Sơn" == unicodedata.normalize(
        "NFC", sheet["C12"].value)
    assert len(sheet["C13"].value) == 32767
    assert sheet["B3"].value == dt.datetime(2024, 3, 15) and sheet["D3"].value == 0
    assert sheet.row_dimensions[14].height > 13 * 10  # the long text wraps to many lines
    assert sheet[f"A{len(values) + 2}"].value == "Tổng cộng"


@pytest.fixture
def year_2024(workspace):
    """Kim Sơn, seven activities in 2024 (one with a formula-like name) and one deleted."""
    info = workspace.installation_info()
    with workspace.db.session() as s:
        for month in range(1, 8):
            add_activity(s, info, dt.date(2024, month, 10), f"Tập huấn tháng {month}",
                         people=10 * month, women=month, cost=1_000_000 * month,
                         description=LONG if month == 4 else "")
        add_activity(s, info, dt.date(2024, 8, 1), "=1+1 Pano", form="pano", products=2)
        add_activity(s, info, dt.date(2024, 9, 1), "Đã xóa", people=999).deleted = True
    return workspace, info


def _export(workspace, info, out, **options):
    with workspace.db.session() as s:
        return write_report_workbook(s, info.unit_id, YEAR_2024, out, **options)


def test_detail_rows_match_the_database(year_2024, tmp_path):
    workspace, info = year_2024
    result = _export(workspace, info, tmp_path / "r.xlsx")
    assert result.activities == 8
    detail = load_workbook(tmp_path / "r.xlsx")["Chi tiết"]
    rows = list(detail.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    *activities, totals = rows
    assert [r[0] for r in activities] == list(range(1, 9))
    assert [r[column_index("title") - 1] for r in activities][-1] == "=1+1 Pano"
    people = column_index("participants_total") - 1
    assert sum(r[people] for r in activities) == totals[people] == 280
    cost = column_index("cost") - 1
    assert totals[cost] == sum(r[cost] for r in activities) == 28_000_000
    assert activities[0][column_index("start_date") - 1] == dt.datetime(2024, 1, 10)
    assert detail.row_dimensions[HEADER_ROW + 4].height > 13 * 5  # April's long contents


def test_progress_moves_to_the_total(year_2024, tmp_path, monkeypatch):
    monkeypatch.setattr(report_detail_sheet, "ROWS_PER_WRITE", 1)
    monkeypatch.setattr(report_detail_sheet, "PROGRESS_EVERY", 3)
    workspace, info = year_2024
    reports = []
    _export(workspace, info, tmp_path / "r.xlsx",
            progress=lambda done, total, text: reports.append((done, total, text)))
    rows = [(done, total) for done, total, _text in reports if total]
    assert rows == [(3, 8), (6, 8), (8, 8), (8, 8)]
    assert reports[-1][2] == "Đã lưu r.xlsx"
    assert any(total == 0 and "lưu tệp" in text for _d, total, text in reports)


def _openpyxl_temp_files() -> set[str]:
    return {path for path in openpyxl_writer.ALL_TEMP_FILES if os.path.exists(path)}


@pytest.mark.parametrize("stop_at", ["rows", "saving"])
def test_cancel_writes_nothing_and_keeps_the_earlier_file(year_2024, tmp_path, monkeypatch,
                                                         stop_at):
    """Cancelled while writing rows or while saving: the earlier export stays untouched, no
    hidden or temporary file is left (a window runs many exports)."""
    monkeypatch.setattr(report_detail_sheet, "ROWS_PER_WRITE", 1)
    monkeypatch.setattr(report_detail_sheet, "PROGRESS_EVERY", 2)
    workspace, info = year_2024
    out = tmp_path / "out" / "BC.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"earlier export")
    before = _openpyxl_temp_files()
    stop = []

    def progress(done, total, text):
        if (stop_at == "rows" and total and done >= 2) or (stop_at == "saving"
                                                           and "lưu tệp" in text):
            stop.append(True)

    with pytest.raises(ExportCancelled):
        _export(workspace, info, out, progress=progress, cancelled=lambda: bool(stop))
    assert out.read_bytes() == b"earlier export"
    assert [p.name for p in out.parent.iterdir()] == ["BC.xlsx"]
    assert _openpyxl_temp_files() <= before


def test_a_failure_mid_export_leaves_no_files(year_2024, tmp_path, monkeypatch):
    workspace, info = year_2024
    before = _openpyxl_temp_files()

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr("nbhr_desktop.workbooks.report_workbook.write_plan_sheet", broken)
    (tmp_path / "out").mkdir()
    with pytest.raises(RuntimeError):
        _export(workspace, info, tmp_path / "out" / "r.xlsx")
    assert list((tmp_path / "out").iterdir()) == []
    assert _openpyxl_temp_files() <= before


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def _cli_export(workspace, tmp_path, monkeypatch, stderr):
    monkeypatch.setattr(sys, "stderr", stderr)
    tmp_path.mkdir()
    code = main(["--data-dir", str(workspace.location.data_dir), "export-workbook",
                 "--period", "2024", "--out", str(tmp_path)])
    assert code == 0 and (tmp_path / "BC-QCN-KimSon-2024.xlsx").exists()


def test_cli_shows_progress_on_a_terminal_only(year_2024, tmp_path, monkeypatch, capsys):
    workspace, _info = year_2024
    terminal = _Terminal()
    _cli_export(workspace, tmp_path / "a", monkeypatch, terminal)
    shown = terminal.getvalue()
    assert "\rĐang tính số liệu…" in shown and "Đã ghi 8/8 hoạt động… 100%" in shown
    assert shown.endswith("\r")  # the line is wiped before the result is printed
    assert "8 hoạt động" in capsys.readouterr().out
    piped = io.StringIO()
    _cli_export(workspace, tmp_path / "b", monkeypatch, piped)
    assert piped.getvalue() == ""


def test_the_reports_screen_route_can_cancel(year_2024, tmp_path):
    """The registry's workbook export (what the window runs on its worker) stops when its
    progress callback raises, as the runner's cancel does, and leaves nothing behind."""
    workspace, _info = year_2024
    workflow.load_period(workspace, YEAR_2024)
    target = tmp_path / "out" / "BC-QCN-KimSon-2024.xlsx"

    def cancel(done, total, _text):
        if total and done:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        registry.export("report-workbook", workspace, target, progress=cancel, period=YEAR_2024)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    path = registry.export("report-workbook", workspace, target, period=YEAR_2024).path
    assert path.name == "BC-QCN-KimSon-2024.xlsx" and path.exists()
