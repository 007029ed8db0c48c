"""Issue 9, "done when": a province that imports three districts' packages and one district's
e-mailed report workbook for 2024 reports, in its PDF, its workbook and its dashboard,
exactly the sum of what the four report themselves, figure by figure; ``submissions`` lists
the other districts as missing; importing any of the files again changes nothing. The same
for a 2026 commune quarter. Driven through the commands the province officer uses."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

import pdfplumber
import pypdf
from openpyxl import load_workbook
from sqlalchemy import select

from nbhr_desktop.cli import main
from nbhr_desktop.core.province.dashboard import province_dashboard
from nbhr_desktop.core.reports.figures import Totals
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity

import plan_pdf_checks as layout
from province_fixtures import Q2_2026, YEAR_2024

TODAY = dt.date(2026, 11, 29)


class Province:
    def __init__(self, tmp_path: Path, db_url: str | None = None):
        self.dir = tmp_path / "province"
        self.base = ["--data-dir", str(self.dir)] + (["--db-url", db_url] if db_url else [])
        self.location = Location.resolve(data_dir=self.dir, db_url=db_url)
        self.tmp = tmp_path

    def run(self, *args: str) -> str:
        out = io.StringIO()
        stdout, sys.stdout = sys.stdout, out
        try:
            code = main([*self.base, *args])
        finally:
            sys.stdout = stdout
        assert code == 0, (args, out.getvalue())
        return out.getvalue()

    def import_file(self, path: Path) -> dict:
        extra = ["--accept-new-key"] if path.suffix == ".nbhr" else []
        return json.loads(self.run("import", str(path), "--json", *extra))

    def state(self) -> tuple:
        """Every activity's identity, version and figures: what a re-import must not move."""
        ws = Workspace.open(self.location)
        try:
            with ws.db.session() as s:
                rows = s.execute(select(
                    Activity.uuid, Activity.version, Activity.deleted, Activity.changed_at,
                    Activity.participants_total, Activity.cost).order_by(Activity.uuid)).all()
                return tuple(tuple(r) for r in rows)
        finally:
            ws.close()

    def dashboard(self, period):
        ws = Workspace.open(self.location)
        try:
            info = ws.installation_info()
            with ws.db.session() as s:
                return province_dashboard(s, info.unit_id, period, TODAY)
        finally:
            ws.close()


def _sum(units, period, field: str | None = None) -> dict | Totals:
    """The four units' own figures added up: the totals, or a grouping by its keys."""
    if field is None:
        total = Totals()
        for unit in units:
            total = total + unit.figures[period.key].totals
        return total
    summed: dict[str, Totals] = {}
    for unit in units:
        for group in getattr(unit.figures[period.key], field):
            summed[group.key] = summed.get(group.key, Totals()) + group.totals
    return summed


def _groups(figures, field: str) -> dict[str, Totals]:
    return {group.key: group.totals for group in getattr(figures, field)}


def _numbers(text: str) -> tuple[int, ...]:
    return tuple(int(v.replace(".", "")) for v in re.findall(r"\d[\d.]*", text))


def _pdf_unit_lines(path: Path) -> dict[str, tuple[int, ...]]:
    """The annex "Kết quả theo đơn vị": unit name (or "Tổng cộng") → its seven figures."""
    with pdfplumber.open(path) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    start = next(i for i, text in enumerate(pages) if "KẾT QUẢ THEO ĐƠN VỊ" in text)
    end = next((i for i in range(start + 1, len(pages)) if pages[i].startswith("Phụ lục")),
               len(pages))
    annex = "\n".join(pages[start:end])  # its continuation pages too (129 communes)
    found = {}
    for line in annex.splitlines():
        match = re.match(r"^(?:\d+ )?((?:Huyện|Thành phố|Xã|Phường|Tổng cộng)[^\d]*?) (\d.*)$",
                         line)
        if match:
            found[match.group(1)] = _numbers(match.group(2))[:7]
    return found


def _sheet_lines(path: Path) -> tuple[dict[str, tuple], dict[str, object]]:
    book = load_workbook(path, read_only=True)
    units = {}
    for row in book["Theo đơn vị"].iter_rows(values_only=True):
        row = tuple(row) + (None,) * 13
        if row[2] and isinstance(row[3], int):
            units[row[1] or row[2]] = tuple(row[3:10])
    summary = {row[1]: row[2] for row in book["Tổng hợp"].iter_rows(min_row=4, values_only=True)
               if len(row) > 2 and row[1]}
    book.close()
    return units, summary


def _check(province: Province, units, period, others_missing: int, tag: str):
    expected = _sum(units, period)
    # The PDF: its figures' source and what it prints, unit by unit and in all.
    pdf = province.tmp / f"{tag}.pdf"
    province.run("export-report-pdf", "--period", period.key, "--out", str(pdf))
    printed = _pdf_unit_lines(pdf)
    for unit in units:
        assert printed[unit.name] == unit.figures[period.key].totals.as_tuple(), unit.name
    assert printed["Tổng cộng"] == expected.as_tuple()
    # The workbook: "Theo đơn vị" line by line, and the summary sheet's totals.
    book = province.tmp / f"{tag}.xlsx"
    province.run("export-workbook", "--period", period.key, "--out", str(book))
    lines, summary = _sheet_lines(book)
    for unit in units:
        assert lines[unit.code] == unit.figures[period.key].totals.as_tuple(), unit.name
    assert lines["Tổng cộng"] == expected.as_tuple()
    assert summary["Số hoạt động truyền thông"] == expected.activities
    assert summary["Kinh phí thực hiện (đồng)"] == expected.cost
    # The dashboard: totals, by form, by month, by unit.
    board = province.dashboard(period)
    figures = board.figures
    assert figures.totals == expected
    assert _groups(figures, "by_form") == _sum(units, period, "by_form")
    assert _groups(figures, "by_month") == {
        key: totals for key, totals in _sum(units, period, "by_month").items()}
    by_unit = _groups(figures, "by_unit")
    assert by_unit == {unit.uuid: unit.figures[period.key].totals for unit in units}
    line_of = {line.code: line.totals for line in board.lines}
    assert all(line_of[unit.code] == unit.figures[period.key].totals for unit in units)
    # submissions: the units that sent are in, every other unit of the period is missing.
    listed = json.loads(province.run("submissions", "--period", period.key, "--json"))
    status = {row["code"]: row["status"] for row in listed["units"]}
    sent = {unit.code for unit in units}
    assert {code for code, s in status.items() if s != "missing"} == sent
    assert sum(1 for s in status.values() if s == "missing") == others_missing
    counted = {row["code"]: row["activities"] for row in listed["units"]}
    assert all(counted[u.code] == u.figures[period.key].totals.activities for u in units)
    return pdf


def _layout(body: bytes, filing: str) -> None:
    """The Decree 30 rules the plan PDF checks share with reports: A4 pages (the body
    portrait, annexes either way), margins, embedded fonts and the closing block."""
    pages = layout.pages(body)
    assert all((round(p.width), round(p.height)) in ((595, 842), (842, 595)) for p in pages)
    assert all(p.width < p.height for p in pages[:3])
    layout.check_margins(body)
    layout.check_fonts(body)
    # The body alone (up to the first annex, "Phụ lục I" on a page of its own): numbered
    # pages, and the closing block never alone on its page.
    first_annex = next(i for i, page in enumerate(pages)
                       if (page.extract_text() or "").startswith("Phụ lục"))
    reader, writer = pypdf.PdfReader(io.BytesIO(body)), pypdf.PdfWriter()
    for page in reader.pages[:first_annex]:
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    layout.check_page_numbers(out.getvalue())
    layout.check_closing(out.getvalue(), filing=filing)


def _consolidate(province: Province, sent_files) -> None:
    province.run("init", "--unit", "Ninh Bình", "--role", "province")
    for path in sent_files.files:
        assert province.import_file(path)["applied"]


def test_province_reports_the_sum_of_its_units(sent_files, tmp_path):
    province = Province(tmp_path)
    _consolidate(province, sent_files)
    # 2024: eight district-level units had to report; four sent, four did not.
    pdf = _check(province, sent_files.districts, YEAR_2024, others_missing=4, tag="2024")
    # Its own letterhead and recipients, and the layout rules a district's report meets.
    district_pdf = tmp_path / "kim-son.pdf"
    district = sent_files.districts[0]
    assert main(["--data-dir", str(district.data_dir), "export-report-pdf", "--period",
                 YEAR_2024.key, "--out", str(district_pdf)]) == 0
    _layout(district_pdf.read_bytes(), "- Lưu: VT, VHTT.")
    _layout(pdf.read_bytes(), "- Lưu: VT, VP.")
    with pdfplumber.open(pdf) as doc:
        whole = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "TỈNH NINH BÌNH" in whole and "Huyện ủy" not in whole
    assert "ĐƠN VỊ CHƯA GỬI SỐ LIỆU" in whole
    # 2026: the 129 communes; Phát Diệm sent its data.
    _check(province, [sent_files.commune], Q2_2026, others_missing=128, tag="2026")


def test_importing_any_file_again_changes_nothing(sent_files, tmp_path):
    province = Province(tmp_path)
    _consolidate(province, sent_files)
    before = province.state()
    listed = province.run("submissions", "--period", YEAR_2024.key, "--json")
    for path in sent_files.files:
        summary = province.import_file(path)
        assert (summary["new"], summary["updated"], summary["deleted"],
                summary["conflicts"]) == (0, 0, 0, 0), path.name
    assert province.state() == before
    assert province.run("submissions", "--period", YEAR_2024.key, "--json") == listed


def test_postgresql_province_reports_the_same_sums(sent_files, tmp_path, pg_url):
    province = Province(tmp_path, db_url=pg_url)
    _consolidate(province, sent_files)
    _check(province, sent_files.districts, YEAR_2024, others_missing=4, tag="2024")
