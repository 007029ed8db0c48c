"""Exchange after revision 0002: units carry lineage, agencies their validity; a file from
an earlier app (format 1, without those fields) is still read; a commune sends its own."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from nbhr_desktop.storage.models import Activity, Agency
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import add_activity, make_package, package_records

ADDED = {"agency": ("valid_from", "valid_to"), "admin_unit": ("successors",),
         "catalogue_item": ("valid_from", "valid_to", "scope")}


def test_agency_validity_travels(installs, tmp_path):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    path = export_package(district, tmp_path / "d.nbhr").path
    police = next(r for r in package_records(path)["agency"] if r["short_code"] == "CA")
    assert police["valid_to"] == "2025-02-28"
    result = import_file(province, path)
    assert result.applied and result.preview.summary()["rejected"] == 0
    with province.db.session() as session:
        agency = session.scalars(select(Agency).where(Agency.uuid == police["uuid"])).one()
        assert agency.valid_to == dt.date(2025, 2, 28)


def test_a_file_from_an_earlier_app_is_still_read(installs, tmp_path):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    add_activity(district, "Tập huấn cán bộ thông tin cơ sở", day=dt.date(2024, 5, 6))
    records = package_records(export_package(district, tmp_path / "new.nbhr").path)
    for table, names in ADDED.items():
        for record in records.get(table, []):
            for name in names:
                record.pop(name)
    old = make_package(district, tmp_path / "old.nbhr", records,
                       manifest_changes={"format_version": 1})
    result = import_file(province, old)
    summary = result.preview.summary()
    assert result.applied and summary["rejected"] == 0, summary
    with province.db.session() as session:
        assert session.scalars(select(Activity)).one().title == "Tập huấn cán bộ thông tin cơ sở"


def test_a_commune_sends_its_own_records(installs, tmp_path):
    commune = installs.make("commune", "Phát Diệm")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    add_activity(commune, "Tuyên truyền lưu động", day=dt.date(2026, 3, 2))
    path = export_package(commune, tmp_path / "xa.nbhr").path
    records = package_records(path)
    assert {r["owner_unit_code"] for rows in records.values() for r in rows} == {"14620"}
    assert import_file(province, path).applied
