"""The shipped unit catalogue: generated from the sourced data, complete, with lineage."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from nbhr_desktop.core.catalogue_seed import unit_rows
from nbhr_desktop.core.units.lineage import Lineage, communes_of, is_reporting_unit
from nbhr_desktop.storage.models import AdminUnit

ROOT = Path(__file__).resolve().parents[2]
NEW_DAY = dt.date(2025, 7, 1)


def _valid(row: dict, day: dt.date) -> bool:
    start, end = row.get("valid_from"), row.get("valid_to")
    return (start is None or start <= day.isoformat()) and (end is None or day.isoformat() <= end)


def test_catalogue_file_is_what_the_tool_makes():
    """resources/catalogues/units.json is generated from tools/data/units-2025, not typed."""
    spec = importlib.util.spec_from_file_location("make_units", ROOT / "tools" /
                                                  "make_unit_catalogue.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    shipped = (ROOT / "resources" / "catalogues" / "units.json").read_text(encoding="utf-8")
    assert tool.render(tool.build()) == shipped


def test_the_129_units_of_the_new_ninh_binh():
    new = [r for r in unit_rows() if r["level"] == "commune" and r["valid_from"] == "2025-07-01"]
    assert len(new) == 129
    assert Counter(r["kind"] for r in new) == {"xã": 97, "phường": 32}
    assert all(r["parent"] == "37" and len(r["code"]) == 5 and r["code"].isdigit() for r in new)
    by_name = {r["name"]: r["code"] for r in new}
    assert by_name["Xã Phát Diệm"] == "14620" and by_name["Xã Kim Sơn"] == "14638"
    assert len({r["code"] for r in new}) == 129


def test_old_communes_of_the_eight_districts_by_period():
    old = [r for r in unit_rows() if r["level"] == "commune" and r["parent"] != "37"]
    on_nov_2024 = Counter(r["parent"] for r in old if _valid(r, dt.date(2024, 11, 1)))
    assert on_nov_2024 == {"369": 14, "370": 9, "372": 27, "373": 21, "374": 11, "375": 19,
                           "376": 25, "377": 17}
    assert sum(1 for r in old if _valid(r, dt.date(2025, 3, 1))) == 125
    assert not any(_valid(r, NEW_DAY) for r in old)
    # A code is shared across periods: 14638 is xã Ân Hòa, then the new xã Kim Sơn.
    names = {r["name"] for r in unit_rows() if r["code"] == "14638"}
    assert names == {"Xã Ân Hòa", "Xã Kim Sơn"}


def test_every_old_unit_has_successors_and_splits_have_two():
    rows = {r["key"]: r for r in unit_rows()}
    for row in rows.values():
        if row["valid_to"] is not None and row["level"] != "province":
            assert row["successors"], row["name"]
            for successor in row["successors"]:
                assert successor["key"] in rows
    gia_tan = rows["14503"]
    assert [(s["code"], s["share"]) for s in gia_tan["successors"]] == [
        ("14488", "part"), ("14533", "remaining part")]
    assert [s["code"] for s in rows["376"]["successors"]][:2] == ["14653", "14638"]
    hoa_lu_city = rows["HL2025"]  # the key earlier releases used; its code is official now
    assert (hoa_lu_city["code"], hoa_lu_city["valid_from"]) == ("374", "2025-01-01")
    assert rows["374"]["successors"] == [{"key": "HL2025", "code": "374", "share": "whole"}]


def test_lineage_in_a_database(workspace):
    with workspace.db.session() as session:
        phat_diem = session.scalars(select(AdminUnit).where(
            AdminUnit.code == "14620", AdminUnit.valid_from == NEW_DAY)).one()
        lineage = Lineage(session)
        before = {u.name for u in lineage.ancestors(phat_diem)}
        # Thị trấn Phát Diệm (twice: before and after it absorbed xã Lưu Phương in 2025 it
        # kept its code), Thượng Kiệm, Kim Chính.
        assert {"Thị trấn Phát Diệm", "Xã Lưu Phương", "Xã Thượng Kiệm",
                "Xã Kim Chính"} <= before
        assert "Xã Ân Hòa" not in before
        assert is_reporting_unit(phat_diem) and communes_of(session, phat_diem) == [phat_diem]
        kim_son = session.scalars(select(AdminUnit).where(AdminUnit.code == "376")).one()
        assert len(communes_of(session, kim_son, dt.date(2024, 6, 1))) == 25
        assert len(communes_of(session, kim_son, dt.date(2025, 3, 1))) == 23
        successors = [u.name for u, _share in lineage.successors(kim_son)]
        assert successors[0] == "Xã Kim Sơn" and len(successors) == 8


@pytest.mark.parametrize("typed, found", [
    ("Giao Hoà", "Xã Giao Hòa"), ("giao thuy", "Xã Giao Thủy"), ("Giao Thuỷ", "Xã Giao Thủy"),
    ("phat diem", "Xã Phát Diệm"), ("14620", "Xã Phát Diệm"), ("Phường Hoa Lư", "Phường Hoa Lư"),
])
def test_search_ignores_diacritics_and_tone_mark_placement(workspace, typed, found):
    from nbhr_desktop.core.units.lookup import find_unit

    with workspace.db.session() as session:
        assert find_unit(session, typed, reporting=True).name == found


def test_a_code_names_the_unit_of_its_time(workspace):
    from nbhr_desktop.core.units.lookup import find_unit

    with workspace.db.session() as session:
        assert find_unit(session, "374").name == "Thành phố Hoa Lư"  # the latest of the two
        assert find_unit(session, "14638").name == "Xã Kim Sơn"  # in force today
        assert find_unit(session, "Huyện Hoa Lư").valid_to == dt.date(2024, 12, 31)
