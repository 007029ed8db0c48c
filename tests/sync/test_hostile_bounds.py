"""Files made to exhaust memory or trip the parser: bounded before parsing, refused with the
real cause in one clear message, logged, nothing written (issue 12, items 6 and 7)."""

from __future__ import annotations

import json
import random
import re
import zipfile

import pytest

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.sync.imports import import_file
from nbhr_desktop.sync.log import import_history
from nbhr_desktop.workbooks.entry_template import write_entry_template

from sync_helpers import add_activity, fill, make_package, snapshot

SHEET = "xl/worksheets/sheet1.xml"
FORM = "Tập huấn, bồi dưỡng"


@pytest.fixture
def district(installs):
    return installs.make("district")


@pytest.fixture
def filled(district, tmp_path):
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    return fill(template, tmp_path / "xa.xlsx", {2: {"B": "05/03/2025", "D": "Tập huấn",
                                                     "E": FORM}})


def rewrite(source, target, member, change):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            data = old.read(name)
            new.writestr(name, change(data) if name == member else data)
    return target


def with_rows(filled, target, rows_xml: str):
    """The entry sheet with ``rows_xml`` put after its last row."""
    return rewrite(filled, target, SHEET,
                   lambda data: data.replace(b"</sheetData>", rows_xml.encode() + b"</sheetData>"))


def refused(ws, path, *words) -> str:
    before = snapshot(ws)
    with pytest.raises(UserError) as caught:
        import_file(ws, path)
    message = caught.value.message
    for word in words:
        assert word in message, message
    assert "\n" not in message and "Traceback" not in message
    assert snapshot(ws) == before
    entry = import_history(ws)[0]
    assert entry.outcome == "refused" and entry.kind == "workbook"
    return message


# -- item 6: resource exhaustion -----------------------------------------------------------
def test_one_very_wide_row_is_refused_before_parsing(district, filled, tmp_path):
    wide = with_rows(filled, tmp_path / "wide.xlsx", '<row r="600">' + "<c/>" * 200_000 + "</row>")
    assert wide.stat().st_size < 200_000
    refused(district, wide, "dòng 600", "hơn 1024 ô", "treo máy")


def test_data_far_below_the_row_limit_is_refused(district, filled, tmp_path):
    far = with_rows(filled, tmp_path / "far.xlsx",
                    '<row r="9000"><c r="D9000" t="inlineStr"><is><t>x</t></is></c></row>')
    refused(district, far, "dòng 9000", "quá giới hạn 5000 dòng")


def test_a_giant_string_is_refused_before_parsing(district, filled, tmp_path):
    text = "x" * 40_000
    long = with_rows(filled, tmp_path / "long.xlsx",
                     f'<row r="7"><c r="D7" t="inlineStr"><is><t>{text}</t></is></c></row>')
    refused(district, long, "ô D7", "32767")


def test_too_many_shared_strings_are_refused(district, filled, tmp_path, monkeypatch):
    from nbhr_desktop.workbooks import entry_guard

    monkeypatch.setattr(entry_guard, "MAX_SHARED_STRINGS", 10)
    many = tmp_path / "strings.xlsx"
    with zipfile.ZipFile(filled) as old, zipfile.ZipFile(many, "w") as new:
        for name in old.namelist():
            if name != "xl/sharedStrings.xml":
                new.writestr(name, old.read(name))
        new.writestr("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/'
                     b'spreadsheetml/2006/main">' + b"<si><t>a</t></si>" * 11 + b"</sst>")
    refused(district, many, "chuỗi chữ dùng chung")


def test_json_that_would_take_far_more_memory_than_its_size(district, tmp_path):
    """Compressible enough to pass the zip ratio, but its objects would need ~100 MB."""
    rng = random.Random(1)
    body = "[" + ",".join(f'{{"a":{rng.randint(0, 99)}}}' for _i in range(300_000)) + "]"
    package = make_package(district, tmp_path / "objects.nbhr", {"activity": json.loads(body)})
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("records/activity.json")
        assert info.file_size / info.compress_size < 50  # the ratio check lets it through
    before = snapshot(district)
    with pytest.raises(UserError) as caught:
        import_file(district, package)
    message = caught.value.message
    assert "bộ nhớ" in message and "300.000" not in message and "mảng/đối tượng" in message
    assert snapshot(district) == before


def test_a_real_package_is_well_within_the_json_bounds(district, tmp_path):
    from nbhr_desktop.sync import format as fmt
    from nbhr_desktop.sync.export import export_package

    for n in range(200):
        add_activity(district, f"Hoạt động số {n} với một tên dài vừa phải như thật")
    package = export_package(district, tmp_path / "real.nbhr").path
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("records/activity.json")
        estimate = fmt.parse_estimate(archive.read(info))
    # 200 near-identical activities compress 20:1, twice the demo data: still within bounds.
    assert estimate < fmt.PARSE_AMPLIFICATION * info.compress_size


# -- item 7: malformed cells give one clear line, and the refusal is logged ------------------
@pytest.mark.parametrize("cell,words", [
    ('<c r="D0"><v>1</v></c>', ("địa chỉ ô \"D0\" không hợp lệ",)),
    ('<c r="ZZZZ7"><v>1</v></c>', ("địa chỉ ô \"ZZZZ7\"",)),
    ('<c r="K7"><v>1,5</v></c>', ("ô K7", "số \"1,5\" không hợp lệ")),
    ('<c r="D7" t="s"><v>99999</v></c>', ("ô D7", "chuỗi chữ số 99999")),
    ('<c r="B7" t="d"><v>hôm qua</v></c>', ("ô B7", "ngày \"hôm qua\" không hợp lệ")),
    ('<c r="B7" t="b"><v>có</v></c>', ("ô B7", "đúng/sai")),
    ('<c r="B7" t="x"><v>1</v></c>', ("kiểu ô \"x\"",)),
    ('<c r="B7" s="9999"><v>1</v></c>', ("định dạng số 9999",)),
])
def test_malformed_cells(district, filled, tmp_path, cell, words):
    bad = with_rows(filled, tmp_path / "bad.xlsx", f'<row r="7">{cell}</row>')
    message = refused(district, bad, "trang \"Hoạt động\"", *words)
    assert message.startswith("Không nhập được sổ Excel \"bad.xlsx\"")


def test_broken_xml_in_a_sheet(district, filled, tmp_path):
    broken = rewrite(filled, tmp_path / "xml.xlsx", SHEET,
                     lambda data: re.sub(rb"</sheetData>.*", b"<row>", data, flags=re.S))
    refused(district, broken, "không phải XML hợp lệ")
