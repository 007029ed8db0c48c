"""Make tests/data/rev0001.sqlite3: a real database of schema revision 0001 with data.

Every later migration is tested against this file (tests/storage/test_storage_schema.py),
the way Electrum keeps wallet files from old releases. Run it only when revision 0001
itself is regenerated (before the first release), from the repository's root folder (which
``-m`` puts first on the import path, so this checkout's ``nbhr_desktop`` is the one used):

    python -m tests.data.make_rev0001_db

The rows go in through tables *reflected* from the database at revision 0001, never
through today's models, so the file is what that revision really made. Columns a later
regeneration of 0001 may add are filled with neutral values.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, MetaData, Numeric, create_engine

from nbhr_desktop.base.text import fold
from nbhr_desktop.storage import migrate

OUT = Path(__file__).resolve().parent / "rev0001.sqlite3"
STAMP = dt.datetime(2024, 3, 1, 8, 30)
INSTALLATION = "0f7c2b1e-4a55-4c1a-9d2e-3b9a7f0c1d01"


def _neutral(column):
    kind = column.type
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer | Numeric):
        return 0
    if isinstance(kind, DateTime):
        return STAMP
    if isinstance(kind, Date):
        return STAMP.date()
    if isinstance(kind, JSON):
        return []
    return ""


def _synced(uuid: str, owner: str) -> dict:
    return {"uuid": uuid, "owner_unit_code": owner, "version": 1, "changed_at": STAMP,
            "changed_by": INSTALLATION, "deleted": False}


def insert(connection, metadata, table: str, **values) -> int:
    target = metadata.tables[table]
    row = {c.name: _neutral(c) for c in target.columns
           if not c.nullable and not c.primary_key and c.name not in values}
    row.update(values)
    result = connection.execute(target.insert().values(**row))
    return result.inserted_primary_key[0] if result.inserted_primary_key else 0


def build(path: Path) -> None:
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as c:
        def unit(code, name, short, kind, level, parent=None):
            return insert(c, metadata, "admin_unit", code=code, name=name, short_name=short,
                          kind=kind, level=level, place_name=short, parent_id=parent,
                          **_synced(f"00000000-0000-4000-8000-0000000{code:0>5}"[-36:], "37"))

        province = unit("37", "Tỉnh Ninh Bình", "Ninh Bình", "tỉnh", "province")
        district = unit("376", "Huyện Kim Sơn", "Kim Sơn", "huyện", "district", province)
        c.execute(metadata.tables["admin_unit"].update().where(
            metadata.tables["admin_unit"].c.id == district).values(valid_to=dt.date(2025, 6, 30)))
        commune = insert(c, metadata, "admin_unit", code="376.01", name="Thị trấn Phát Diệm",
                         short_name="Phát Diệm", kind="thị trấn", level="commune",
                         place_name="Phát Diệm", parent_id=district,
                         **_synced("5d4a8a52-1b7e-4d51-8f0e-0a1c2e3f4a01", "376"))

        def item(catalogue, code, name, product_unit="", n=0):
            return insert(c, metadata, "catalogue_item", catalogue=catalogue, code=code,
                          name=name, product_unit=product_unit, sort_order=n, active=True,
                          **_synced(f"6a1e0c3b-0000-4000-8000-{n:04d}{len(code):08d}", "37"))

        tap_huan = item("form", "tap_huan", "Tập huấn, bồi dưỡng", "lớp", 1)
        radio = item("form", "truyen_thanh", "Chương trình truyền thanh", "chương trình", 2)
        crc = item("theme", "crc", "Công ước về quyền trẻ em (CRC)", n=3)
        policy = item("theme", "chinh_sach", "Chủ trương của Đảng, chính sách, pháp luật của "
                      "Nhà nước về quyền con người", n=4)
        ttcs = item("audience", "ttcs", "Cán bộ làm công tác thông tin cơ sở", n=5)
        public = item("audience", "nhan_dan", "Nhân dân", n=6)
        budget = item("funding", "ns_huyen", "Ngân sách huyện", n=7)

        vhtt = insert(c, metadata, "agency", unit_id=district, name="Phòng Văn hóa và Thông tin",
                      short_code="VHTT", kind="office", sort_order=1, active=True,
                      **_synced("7b2f1d4c-0000-4000-8000-000000000001", "376"))
        radio_centre = insert(c, metadata, "agency", unit_id=district,
                              name="Trung tâm Văn hóa - Thể thao và Truyền thông",
                              short_code="TTVHTTTT", kind="office", sort_order=2, active=True,
                              **_synced("7b2f1d4c-0000-4000-8000-000000000002", "376"))
        insert(c, metadata, "installation", installation_uuid=INSTALLATION, unit_id=district,
               role="district", officer_name="Trần Thị Lan", created_at=STAMP)

        plan = insert(c, metadata, "plan", unit_id=district, year=2024,
                      period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31),
                      number=15, code="KH-UBND", issued_date=dt.date(2024, 1, 15),
                      subject="Truyền thông về quyền con người ở Việt Nam trên địa bàn huyện "
                              "Kim Sơn năm 2024",
                      legal_bases=["Căn cứ Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ "
                                   "tướng Chính phủ;"],
                      recipients=["Sở Thông tin và Truyền thông;", "Lưu: VT, VHTT."],
                      signer_name="Nguyễn Văn Bình", signer_title="PHÓ CHỦ TỊCH",
                      signer_authority="KT.", status="issued", revision=1,
                      **_synced("8c3a2e5d-0000-4000-8000-000000000001", "376"))
        insert(c, metadata, "plan_section", plan_id=plan, position=1, level="section",
               title="MỤC ĐÍCH, YÊU CẦU", body="",
               **_synced("8c3a2e5d-0000-4000-8000-000000000002", "376"))
        task = insert(c, metadata, "plan_task", plan_id=plan, position=1,
                      title="Tổ chức tập huấn cho cán bộ thông tin cơ sở", lead_agency_id=vhtt,
                      timing_kind="quarter", timing_start=dt.date(2024, 4, 1),
                      timing_end=dt.date(2024, 6, 30), product="4 lớp tập huấn",
                      budget=60_000_000, form_id=tap_huan,
                      **_synced("8c3a2e5d-0000-4000-8000-000000000003", "376"))
        c.execute(metadata.tables["plan_task_cooperator"].insert().values(
            task_id=task, agency_id=radio_centre))
        insert(c, metadata, "task_target", task_id=task, position=1,
               indicator="Tập huấn cho cán bộ thông tin cơ sở", quantity=4, unit="lớp",
               measure="activities", **_synced("8c3a2e5d-0000-4000-8000-000000000004", "376"))

        def activity(uuid, **values):
            title, description = values["title"], values["description"]
            return insert(c, metadata, "activity", unit_id=district,
                          search_text=fold(f"{title} {description}"), **values,
                          **_synced(uuid, "376"))

        first = activity("9d4b3f6e-0000-4000-8000-000000000001", start_date=dt.date(2024, 5, 14),
                         form_id=tap_huan, commune_id=commune, task_id=task, lead_agency_id=vhtt,
                         title="Tập huấn kiến thức về quyền con người cho cán bộ thông tin cơ sở",
                         description="Phòng Văn hóa và Thông tin phối hợp với UBND thị trấn "
                                     "Phát Diệm tổ chức cho 85 lượt người tham dự.",
                         location="Hội trường UBND thị trấn Phát Diệm", participants_total=85,
                         participants_women=47, participants_ethnic=0, products=1,
                         product_note="1 lớp", cost=18_500_000, funding_id=budget)
        second = activity("9d4b3f6e-0000-4000-8000-000000000002", start_date=dt.date(2024, 6, 1),
                          form_id=radio, lead_agency_id=radio_centre,
                          title="Phát chuyên mục về quyền trẻ em trên hệ thống truyền thanh huyện",
                          description="Ba chương trình nhân Tháng hành động vì trẻ em.",
                          products=3, product_note="3 chương trình", broadcast_minutes=45,
                          cost=1_200_000, funding_id=budget)
        for table, rows in (("activity_theme", [(first, crc), (first, policy), (second, crc)]),
                            ("activity_audience", [(first, ttcs), (second, public)])):
            for activity_id, item_id in rows:
                c.execute(metadata.tables[table].insert().values(activity_id=activity_id,
                                                                 item_id=item_id))
        insert(c, metadata, "evidence_file", activity_id=first, file_name="danh-sach-dai-bieu.pdf",
               sha256="0" * 64, size=12345, media_type="application/pdf",
               **_synced("9d4b3f6e-0000-4000-8000-000000000003", "376"))
        insert(c, metadata, "results_report", unit_id=district, period_key="2024-Q2",
               period_start=dt.date(2024, 4, 1), period_end=dt.date(2024, 6, 30),
               subject="Kết quả truyền thông về quyền con người quý II năm 2024",
               addressees=["Sở Thông tin và Truyền thông"], recipients=["- Như trên;"],
               narrative={"results": "Tổ chức 1 lớp tập huấn."}, status="draft",
               **_synced("9d4b3f6e-0000-4000-8000-000000000004", "376"))
    engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()


if __name__ == "__main__":
    build(OUT)
    print(f"wrote {OUT}")
