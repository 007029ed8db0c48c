"""Two installations exchange files both ways; a province takes a district's package."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.storage.models import Activity, ReportStatus, ResultsReport
from nbhr_desktop.sync.apply import ImportSource  # noqa: F401  (public type)
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file
from nbhr_desktop.sync.log import import_history

from sync_helpers import (
    activities,
    add_activity,
    edit_activity,
    introduce,
    make_package,
    package_records,
)


def test_province_imports_district_package_keeping_stamps(installs, tmp_path):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    first = add_activity(district, "Tập huấn Công ước CEDAW", themes=("cedaw", "crc"))
    add_activity(district, "Hội nghị phổ biến pháp luật")
    package = export_package(district, tmp_path / "kimson").path
    assert package.suffix == ".nbhr"

    dry = import_file(province, package, dry_run=True).summary()
    assert (dry["new"], dry["rejected"], dry["conflicts"], dry["applied"]) == (16, 0, 0, False)
    assert activities(province) == {}

    applying = import_file(province, package)
    applied = applying.summary()
    assert applied["new"] == 16 and applied["applied"]
    assert applying.backup is not None and applying.backup.is_file()  # a copy before writing
    mine, theirs = activities(district), activities(province)
    assert theirs[first] == mine[first]  # version, changed_at, changed_by and themes kept
    assert theirs[first][-1] == ("cedaw", "crc")

    repeated = import_file(province, package)
    again = repeated.summary()
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 16)
    assert repeated.backup is None  # nothing to write, nothing to back up
    assert activities(province) == theirs
    history = import_history(province)
    assert [h.outcome for h in history[:2]] == ["applied", "applied"]
    assert history[0].counts["unchanged"] == 16


def test_two_installations_of_one_district_exchange_both_ways(installs, tmp_path):
    pc1, pc2 = installs.make("pc1"), installs.make("pc2")
    shared = add_activity(pc1, "Tuyên truyền lưu động xã Kim Hải")
    gone = add_activity(pc1, "Bản tin điện tử số 1")
    one = export_package(pc1, tmp_path / "pc1-a.nbhr").path
    # The two PCs were introduced (each registered the other's key code): trusted.
    introduce(pc1, pc2)
    notes = import_file(pc2, one, dry_run=True).summary()["notes"]
    assert "khớp mã khóa đã đăng ký" in notes[0] and "máy khác của cùng đơn vị" in notes[1]
    result = import_file(pc2, one).summary()
    assert result["new"] == 2

    edit_activity(pc2, shared, title="Tuyên truyền lưu động xã Kim Hải (bổ sung)", cost=2_500_000)
    edit_activity(pc2, gone, deleted=True)
    back = export_package(pc2, tmp_path / "pc2-a.nbhr").path
    summary = import_file(pc1, back).summary()
    assert (summary["updated"], summary["deleted"], summary["conflicts"]) == (1, 1, 0)
    assert activities(pc1)[shared] == activities(pc2)[shared]
    assert activities(pc1)[gone][2] is True

    # Now both change the same activity: each side sees a conflict, nothing is overwritten.
    edit_activity(pc1, shared, title="Bản của máy 1")
    edit_activity(pc2, shared, title="Bản của máy 2")
    export_package(pc1, tmp_path / "pc1-b.nbhr", since_last=True)
    p2 = export_package(pc2, tmp_path / "pc2-b.nbhr", since_last=True).path
    assert len(package_records(p2)["activity"]) == 1  # only what changed since last time
    at1 = import_file(pc1, p2, dry_run=True)
    assert at1.summary()["conflicts"] == 1
    conflict = at1.preview.conflicts[0]
    assert conflict.mine["title"] == "Bản của máy 1" and conflict.theirs["title"] == "Bản của máy 2"
    assert "title" in conflict.fields
    unresolved = import_file(pc1, p2).summary()
    assert unresolved["conflicts"] == 1 and unresolved["resolved"] == 0
    assert activities(pc1)[shared][0] == "Bản của máy 1"

    # PC 1 resolves per field: the other PC's title, its own cost; PC 2 then takes it.
    resolved = import_file(pc1, p2, decisions={shared: {"title": "theirs", "cost": "mine"}})
    assert resolved.resolved == 1
    assert activities(pc1)[shared][0] == "Bản của máy 2"
    p3 = export_package(pc1, tmp_path / "pc1-c.nbhr", since_last=True).path
    final = import_file(pc2, p3).summary()
    assert final["updated"] == 1 and final["conflicts"] == 0
    assert activities(pc1)[shared] == activities(pc2)[shared]
    # and PC 2's old file, imported late, changes nothing.
    assert import_file(pc1, p2).summary()["conflicts"] == 0


def test_a_file_cannot_touch_records_of_another_unit(installs, tmp_path):
    kimson = installs.make("kimson")
    yenkhanh = installs.make("yenkhanh", "Yên Khánh")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    theirs = add_activity(yenkhanh, "Hoạt động của Yên Khánh")
    import_file(province, export_package(yenkhanh, tmp_path / "yk.nbhr").path)
    before = activities(province)[theirs]

    records = package_records(export_package(yenkhanh, tmp_path / "yk2.nbhr").path)
    stolen = dict(records["activity"][0], title="Sửa trộm", version=9)
    forged = make_package(kimson, tmp_path / "forged.nbhr", {"activity": [stolen]})
    result = import_file(province, forged).summary()
    assert result["rejected"] == 1 and result["updated"] == 0
    assert "không phải đơn vị sở hữu" in result["problems"][0]["reason"]
    assert result["problems"][0]["record"] == theirs
    claimed = dict(stolen, owner_unit_code=kimson.installation_info().unit_code)
    forged2 = make_package(kimson, tmp_path / "forged2.nbhr", {"activity": [claimed]})
    assert import_file(province, forged2).summary()["rejected"] == 1
    assert activities(province)[theirs] == before


def test_unknown_reference_is_rejected_with_reason(installs, tmp_path):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    add_activity(district, "Có tham chiếu lạ")
    records = package_records(export_package(district, tmp_path / "a.nbhr").path)
    records["activity"][0]["form_uuid"] = "00000000-0000-4000-8000-000000000000"
    result = import_file(province, make_package(district, tmp_path / "b.nbhr", records)).summary()
    assert result["rejected"] == 1 and result["new"] == 14
    assert "tham chiếu" in result["problems"][0]["reason"]


def test_submitted_report_locks_its_period(installs, tmp_path):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    march = add_activity(district, "Tập huấn quý I", day=dt.date(2025, 3, 5))
    import_file(province, export_package(district, tmp_path / "a.nbhr").path)
    info = province.installation_info()
    with province.db.session() as s:
        unit_id = s.scalars(select(Activity.unit_id).where(Activity.uuid == march)).one()
        s.add(ResultsReport(unit_id=unit_id, period_key="2025-Q1", owner_unit_code="376",
                            period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 3, 31),
                            status=ReportStatus.SUBMITTED, changed_by=info.installation_uuid))
    edit_activity(district, march, cost=9_000_000)
    add_activity(district, "Hoạt động quý II", day=dt.date(2025, 4, 2))
    late = export_package(district, tmp_path / "b.nbhr", since_last=True).path
    result = import_file(province, late)
    assert result.summary()["conflicts"] == 1 and result.summary()["new"] == 1
    flag = result.preview.conflicts[0]
    assert flag.kind == "locked" and "2025-Q1" in flag.reason
    assert activities(province)[march][1] == 1_000_000  # not slipped in
    accepted = import_file(province, late, decisions={march: "theirs"})
    assert accepted.resolved == 1
    assert activities(province)[march][1] == 9_000_000


def test_refused_file_is_logged_and_database_unchanged(installs, tmp_path):
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    junk = tmp_path / "junk.nbhr"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(UserError) as caught:
        import_file(province, junk)
    assert "hỏng" in caught.value.message
    assert import_history(province)[0].outcome == "refused"


def test_since_last_sends_records_received_from_the_other_pc(installs, tmp_path):
    pc1, pc2 = installs.make("pc1"), installs.make("pc2")
    export_package(pc1, tmp_path / "first.nbhr", recipient="37")
    made_on_2 = add_activity(pc2, "Làm trên máy 2")
    with pc2.db.session() as s:  # made "long ago" on PC 2, arrives at PC 1 only now
        s.execute(update(Activity).values(changed_at=dt.datetime(2024, 1, 1)))
    import_file(pc1, export_package(pc2, tmp_path / "two.nbhr").path, trust="added")
    later = export_package(pc1, tmp_path / "second.nbhr", recipient="37", since_last=True)
    assert [r["uuid"] for r in package_records(later.path)["activity"]] == [made_on_2]


def test_signing_identity_survives_backup_and_restore(installs, tmp_path):
    from nbhr_desktop.storage import backup
    from nbhr_desktop.sync import keys

    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    before = keys.ensure_installation_key(district)
    copy = backup.make_backup(district, tmp_path / "copy.sqlite3")
    with district.db.engine.begin() as conn:  # as if the PC lost its data
        conn.execute(keys.KEY_TABLE.delete())
    assert keys.ensure_installation_key(district) != before
    backup.restore_backup(district, copy)
    assert keys.ensure_installation_key(district) == before
    add_activity(district, "Sau khi khôi phục")
    import_file(province, export_package(district, tmp_path / "a.nbhr").path)
    # The province pinned the restored key; the next file is still trusted.
    add_activity(district, "Lần sau")
    late = import_file(province, export_package(district, tmp_path / "b.nbhr",
                                                since_last=True).path)
    assert late.summary()["new"] == 1


def test_local_correction_of_a_province_catalogue_entry(installs, tmp_path):
    """A district may correct a province-owned entry locally; the province's unchanged file
    does not undo it, and the province's next change replaces it."""
    from nbhr_desktop.storage.models import CatalogueItem

    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")

    def rename(ws, name):
        info = ws.installation_info()
        with ws.db.session() as s:
            item = s.scalars(select(CatalogueItem).where(CatalogueItem.code == "pano")).one()
            item.name = name
            item.touch(info.installation_uuid)

    def name_at(ws):
        with ws.db.session() as s:
            return s.scalars(select(CatalogueItem.name).where(CatalogueItem.code == "pano")).one()

    rename(district, "Pano, áp phích, băng rôn")
    same = import_file(district, export_package(province, tmp_path / "p1.nbhr").path)
    assert same.summary()["updated"] == 0 and name_at(district) == "Pano, áp phích, băng rôn"
    rename(province, "Pano, áp phích (tỉnh sửa)")
    newer = import_file(district, export_package(province, tmp_path / "p2.nbhr").path)
    assert newer.summary()["updated"] == 1 and name_at(district) == "Pano, áp phích (tỉnh sửa)"
