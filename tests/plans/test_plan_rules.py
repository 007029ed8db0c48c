"""Numbering, timing labels and the unit's name as of a document's date."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.core.plans.numbering import number_blocks, point_letter
from nbhr_desktop.core.plans.service import get_plan
from nbhr_desktop.core.plans.timing import make_timing, shift_year, timing_label
from nbhr_desktop.core.plans.unit_naming import authority_lines, plan_issuer, unit_on
from nbhr_desktop.storage.models import AdminUnit


def test_numbering_restarts_per_level():
    levels = ["paragraph", "section", "item", "point", "point", "item", "paragraph",
              "section", "item", "point"]
    assert number_blocks(levels) == ["", "I.", "1.", "a)", "b)", "2.", "", "II.", "1.", "a)"]
    assert [point_letter(n) for n in (1, 4, 5, 6, 7)] == ["a", "d", "đ", "e", "g"]


def test_timing_labels_and_dates():
    q2 = make_timing("quarter", 2025, value=2)
    assert (q2.start, q2.end, q2.label) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30), "Quý II")
    feb = make_timing("month", 2024, value=2)
    assert (feb.end, feb.label) == (dt.date(2024, 2, 29), "Tháng 2")
    assert make_timing("year", 2025).label == "Cả năm"
    months = make_timing("range", 2025, start=dt.date(2025, 3, 1), end=dt.date(2025, 5, 31))
    assert months.label == "Tháng 3 - Tháng 5"
    days = make_timing("range", 2025, start=dt.date(2025, 3, 2), end=dt.date(2025, 5, 31))
    assert days.label == "02/03 - 31/05/2025"
    across = make_timing("range", 2025, start=dt.date(2024, 12, 2), end=dt.date(2025, 1, 5))
    assert across.label == "02/12/2024 - 05/01/2025"
    assert make_timing("text", 2025, text="Thường xuyên").label == "Thường xuyên"
    assert timing_label("month", dt.date(2025, 12, 1), dt.date(2025, 12, 31)) == "Tháng 12"
    with pytest.raises(UserError):
        make_timing("range", 2025, start=dt.date(2025, 5, 1), end=dt.date(2025, 4, 1))
    with pytest.raises(UserError):
        make_timing("quarter", 2025, value=5)
    assert shift_year(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def _unit(session, code, name):
    # A code names one unit at a time (374: huyện Hoa Lư until 2024, TP Hoa Lư in 2025).
    return session.scalars(select(AdminUnit).where(AdminUnit.code == code,
                                                   AdminUnit.name == name)).one()


def test_unit_name_as_of_date(workspace):
    with workspace.db.session() as session:
        hoa_lu_city = _unit(session, "374", "Thành phố Hoa Lư")
        # A 2024 document of TP Hoa Lư's predecessor keeps the district's name.
        assert unit_on(session, hoa_lu_city, dt.date(2024, 6, 1)).name == "Huyện Hoa Lư"
        assert unit_on(session, hoa_lu_city, dt.date(2025, 3, 1)).name == "Thành phố Hoa Lư"
        old_district = _unit(session, "374", "Huyện Hoa Lư")
        assert unit_on(session, old_district, dt.date(2025, 2, 1)).name == "Thành phố Hoa Lư"
        kim_son = _unit(session, "376", "Huyện Kim Sơn")
        # Kim Sơn went into eight communes: no single unit carries its name on.
        assert unit_on(session, kim_son, dt.date(2026, 1, 1)) is kim_son


def test_plan_issuer_uses_name_on_plan_date(workspace, info):
    from nbhr_desktop.core.plans.template import create_plan_from_template
    with workspace.db.session() as session:
        city = _unit(session, "374", "Thành phố Hoa Lư")
        plan = create_plan_from_template(session, city, 2024, info.installation_uuid)
        issuer = plan_issuer(session, plan)
        assert issuer.lines == ["ỦY BAN NHÂN DÂN", "HUYỆN HOA LƯ"]
        assert issuer.short_name == "UBND huyện Hoa Lư" and issuer.place == "Hoa Lư"
        plan.issued_date = dt.date(2025, 1, 6)
        assert plan_issuer(session, plan).lines == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HOA LƯ"]


def test_authority_lines(workspace, plan_uuid):
    with workspace.db.session() as session:
        issuer = plan_issuer(session, get_plan(session, plan_uuid))
    assert authority_lines("KT.", "Phó Chủ tịch", issuer) == [
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert authority_lines("TM.", "CHỦ TỊCH", issuer) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert authority_lines("Q.", "", issuer) == ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"]
    assert authority_lines("TL.", "CHÁNH VĂN PHÒNG", issuer) == ["TL. CHỦ TỊCH",
                                                                  "CHÁNH VĂN PHÒNG"]
