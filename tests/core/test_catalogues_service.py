"""Catalogue editing: validation in Vietnamese, ownership stamps, versions, no hard deletes."""

from __future__ import annotations

import datetime as dt

import pytest

from nbhr_desktop.base.errors import ValidationError
from nbhr_desktop.core.catalogues import AgencyInput, CatalogueService, ItemInput, UnitInput
from nbhr_desktop.storage.models import AdminUnit, Agency, CatalogueItem


@pytest.fixture
def service(workspace) -> CatalogueService:
    return CatalogueService(workspace)


def _kim_son(service):
    return next(r for r in service.list_units() if r.name == "Huyện Kim Sơn")


def test_units_listed_province_first(service):
    rows = service.list_units()
    assert rows[0].name == "Tỉnh Ninh Bình"
    levels = [r.level for r in rows[1:]]
    assert levels == sorted(levels, key=["district", "commune"].index)  # districts, then communes
    assert levels.count("district") == 9  # eight old units and TP Hoa Lư (2025)
    assert _kim_son(service).parent_name == "Tỉnh Ninh Bình"


def test_a_code_is_taken_only_for_the_same_time(service):
    """Codes repeat across periods: 14665 was xã Lưu Phương until 31/12/2024."""
    kim_son = _kim_son(service)
    with pytest.raises(ValidationError) as caught:
        service.save_unit(UnitInput(code="14665", short_name="Lưu Phương Mới", kind="xã",
                                    level="commune", parent_id=kim_son.id,
                                    valid_from=dt.date(2024, 6, 1)))
    assert "Xã Lưu Phương" in caught.value.problems["code"]
    row = service.save_unit(UnitInput(code="14665", short_name="Lưu Phương Mới", kind="xã",
                                      level="commune", parent_id=kim_son.id,
                                      valid_from=dt.date(2025, 1, 1)))
    assert row.code == "14665"


def test_add_commune_owned_by_this_unit(service, workspace):
    kim_son = _kim_son(service)
    row = service.save_unit(UnitInput(code="14999", short_name="Kim  Chính", kind="xã",
                                      level="commune", parent_id=kim_son.id,
                                      valid_from=dt.date(2020, 1, 1)))
    assert row.name == "Xã Kim Chính" and row.place_name == "Kim Chính"
    with workspace.db.session() as s:
        unit = s.get(AdminUnit, row.id)
        assert unit.owner_unit_code == kim_son.code
        assert unit.version == 1
        assert unit.changed_by == workspace.installation_info().installation_uuid


def test_post_2025_commune_directly_under_province(service):
    province = service.list_units()[0]
    row = service.save_unit(UnitInput(code="X2025", short_name="Kim Sơn", kind="xã",
                                      level="commune", parent_id=province.id,
                                      valid_from=dt.date(2025, 7, 1)))
    assert row.parent_name == "Tỉnh Ninh Bình"


def test_unit_validation_messages(service):
    kim_son = _kim_son(service)
    with pytest.raises(ValidationError) as caught:
        service.save_unit(UnitInput(code=kim_son.code, short_name="", kind="xã",
                                    level="commune", parent_id=None,
                                    valid_from=dt.date(2025, 1, 2), valid_to=dt.date(2025, 1, 1)))
    problems = caught.value.problems
    assert "đã dùng cho Huyện Kim Sơn" in problems["code"]
    assert set(problems) >= {"short_name", "parent_id", "valid_to"}
    with pytest.raises(ValidationError) as caught:
        service.save_unit(UnitInput(code="999", short_name="Lạ", kind="huyện",
                                    level="district", parent_id=kim_son.id))
    assert "không thể là đơn vị cấp trên" in caught.value.problems["parent_id"]


def test_edit_seeded_unit_keeps_owner_and_bumps_version(service, workspace):
    kim_son = _kim_son(service)
    row = service.save_unit(UnitInput(code=kim_son.code, short_name="Kim Sơn", kind="huyện",
                                      level="district", parent_id=kim_son.parent_id,
                                      name=kim_son.name, note="Đã kiểm tra"), kim_son.id)
    assert row.owner_unit_code == "37" and row.note == "Đã kiểm tra"
    with workspace.db.session() as s:
        assert s.get(AdminUnit, row.id).version == 2


def test_end_unit_with_successor(service):
    units = service.list_units()
    old, new = units[1], units[2]
    service.end_unit(old.id, dt.date(2025, 6, 30), successor_id=new.id)
    row = next(r for r in service.list_units() if r.id == old.id)
    assert row.valid_to == dt.date(2025, 6, 30) and row.successor_name == new.name
    assert not row.active_on(dt.date(2025, 7, 1))
    with pytest.raises(ValidationError):
        service.end_unit(old.id, dt.date(2025, 6, 30), successor_id=old.id)


def test_agencies_add_duplicate_and_deactivate(service, workspace):
    before = service.list_agencies()
    assert before and before[0].name == "Phòng Văn hóa và Thông tin"
    row = service.save_agency(AgencyInput(name="Ban Dân tộc", short_code="bdt"))
    assert row.short_code == "BDT" and row.sort_order > before[-1].sort_order
    with pytest.raises(ValidationError) as caught:
        service.save_agency(AgencyInput(name="phong van hoa va thong tin"))
    assert "Đã có cơ quan" in caught.value.problems["name"]
    with pytest.raises(ValidationError):
        service.save_agency(AgencyInput(name="Khác", short_code="VHTT"))
    service.set_agency_active(row.id, False)
    assert row.id not in {a.id for a in service.list_agencies(active_only=True)}
    with workspace.db.session() as s:
        agency = s.get(Agency, row.id)
        assert agency.version == 2 and not agency.deleted


def test_catalogue_items(service, workspace):
    forms = service.list_items("form")
    assert any(i.name == "Tập huấn, bồi dưỡng" for i in forms)
    row = service.save_item("form", ItemInput(name="Hội thi sân khấu hóa", product_unit="cuộc"))
    assert row.code == "hoi_thi_san_khau_hoa" and row.owner_unit_code == "376"
    again = service.save_item("theme", ItemInput(name="Hội thi sân khấu hóa"))
    assert again.code == "hoi_thi_san_khau_hoa"  # codes are per catalogue
    with pytest.raises(ValidationError):
        service.save_item("form", ItemInput(name="TAP HUAN, boi duong"))
    edited = service.save_item("form", ItemInput(name="Hội thi sân khấu hóa pháp luật"), row.id)
    assert edited.code == row.code
    service.set_item_active(row.id, False)
    assert row.id not in {i.id for i in service.list_items("form", active_only=True)}
    with workspace.db.session() as s:
        assert s.get(CatalogueItem, row.id).version == 3
    with pytest.raises(ValidationError):
        service.save_item("nope", ItemInput(name="x"))


def test_level_change_refused_when_it_strands_children(service):
    kim_son = _kim_son(service)
    service.save_unit(UnitInput(code="14999", short_name="Kim Chính", kind="xã",
                                level="commune", parent_id=kim_son.id))
    with pytest.raises(ValidationError) as caught:
        service.save_unit(UnitInput(code=kim_son.code, short_name="Kim Sơn", kind="xã",
                                    level="commune", parent_id=kim_son.parent_id), kim_son.id)
    assert "đơn vị trực thuộc" in caught.value.problems["level"]
