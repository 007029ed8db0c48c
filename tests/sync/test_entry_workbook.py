"""The commune data-entry workbook: template, bad rows by sheet/row/column, re-import."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile

import pytest
from openpyxl import load_workbook

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.sync.imports import import_file
from nbhr_desktop.workbooks.entry_template import write_entry_template

from sync_helpers import activities, fill, snapshot

FORM = "Tập huấn, bồi dưỡng"
THEME = "Công ước về quyền trẻ em (CRC)"


@pytest.fixture
def district(installs):
    return installs.make("district")


def test_template_has_lists_instructions_and_hidden_identity(district, tmp_path):
    path = write_entry_template(district, tmp_path / "mau")
    assert path.suffix == ".xlsx"
    book = load_workbook(path)
    assert book.sheetnames == ["Hoạt động", "Hướng dẫn", "Danh sách", "_nbhr"]
    assert book["Danh sách"].sheet_state == "hidden"
    assert book["_nbhr"].sheet_state == "veryHidden"
    meta = {r[0]: r[1] for r in book["_nbhr"].iter_rows(values_only=True)}
    assert meta["unit_code"] == "376" and meta["template"] == "nbhr-entry"
    sheet = book["Hoạt động"]
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation
             if v.type == "list"}
    assert lists["E2:E501"].startswith("'Danh sách'!$A$2:$A$")
    assert {"F2:F501", "G2:G501", "H2:H501", "I2:I501"} <= set(lists)
    forms = [r[0] for r in book["Danh sách"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert FORM in forms
    assert "HƯỚNG DẪN" in book["Hướng dẫn"]["A1"].value
    assert sheet.column_dimensions["A"].hidden


def test_bad_rows_reported_good_rows_imported_reimport_no_duplicates(district, tmp_path):
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    filled = fill(template, tmp_path / "xa.xlsx", saved=dt.datetime(2025, 3, 20, 8, 0), rows={
        2: {"B": dt.date(2025, 3, 5), "D": "Tập huấn cho cán bộ xã", "E": FORM, "F": THEME,
            "K": 40, "L": 25, "O": 1_500_000},
        3: {"B": "31/02/2025", "D": "Ngày sai", "E": FORM},
        4: {"B": "06/03/2025", "D": "Kinh phí âm", "E": "tin bài???", "O": -5},
        5: {"B": "07/03/2025", "D": "=HYPERLINK(\"http://x\")", "E": "Tin, bài"},
        6: {"B": "08/03/2025", "D": "Công thức", "E": FORM, "K": "=2+2"},
        7: {"B": "09/03/2025", "E": FORM, "K": 10, "L": 12},
    })
    before = snapshot(district)
    preview = import_file(district, filled, dry_run=True).summary()
    assert snapshot(district) == before
    assert (preview["new"], preview["rejected"]) == (2, 4)
    where = {p["row"] for p in preview["problems"]}
    assert {"Hoạt động!B3", "Hoạt động!E4", "Hoạt động!O4", "Hoạt động!K6",
            "Hoạt động!D7", "Hoạt động!L7"} <= where
    reasons = " ".join(p["reason"] for p in preview["problems"])
    assert "dòng 3, cột B" in reasons and "công thức" in reasons and "không được âm" in reasons

    assert import_file(district, filled).summary()["new"] == 2
    titles = sorted(v[0] for v in activities(district).values())
    assert titles == ["=HYPERLINK(\"http://x\")", "Tập huấn cho cán bộ xã"]  # text stays text
    again = import_file(district, filled).summary()
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 2)
    assert len(activities(district)) == 2

    # The commune corrects row 2 and sends the workbook again: one update, no duplicate.
    corrected = fill(filled, tmp_path / "xa2.xlsx", {2: {"O": 2_000_000}},
                     saved=dt.datetime(2025, 3, 21, 9, 30))
    third = import_file(district, corrected).summary()
    assert (third["new"], third["updated"], third["unchanged"]) == (0, 1, 1)
    costs = sorted(v[1] for v in activities(district).values())
    assert costs == [0, 2_000_000]


def test_entity_bomb_workbook_is_refused(district, tmp_path, monkeypatch):
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    with zipfile.ZipFile(template) as old, zipfile.ZipFile(bomb, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = laughs + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data)
            new.writestr(name, data)
    before = snapshot(district)
    with pytest.raises(UserError) as caught:
        import_file(district, bomb)
    assert "DOCTYPE" in caught.value.message and "bom XML" in caught.value.message
    assert snapshot(district) == before
    # Defence in depth: without the pre-scan, defusedxml (used by openpyxl) still refuses.
    from nbhr_desktop.workbooks import entry_import
    monkeypatch.setattr(entry_import, "check_workbook", lambda path, **limits: None)
    with pytest.raises(UserError, match="hỏng"):
        import_file(district, bomb)
    assert snapshot(district) == before


def test_broken_or_foreign_workbooks_are_refused(district, installs, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UserError, match="hỏng"):
        import_file(district, broken)
    other = installs.make("other", "Yên Khánh")
    theirs = write_entry_template(other, tmp_path / "yk.xlsx")
    with pytest.raises(UserError, match="không phải của đơn vị đang dùng"):
        import_file(district, theirs)
    plain = tmp_path / "plain.xlsx"
    shutil.copy(theirs, plain)
    book = load_workbook(plain)
    del book["_nbhr"]
    book.save(plain)
    with pytest.raises(UserError, match="không phải sổ nhập liệu"):
        import_file(district, plain)
