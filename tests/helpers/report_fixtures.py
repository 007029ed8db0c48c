"""Report test data: communes, a plan with targets, activities in 2023 and 2024.

A plain module (not only a fixture) so the reports screen test can build the same data.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Agency,
    CatalogueItem,
    Plan,
    PlanStatus,
    PlanTask,
    TargetMeasure,
    TaskTarget,
    UnitLevel,
)

COMMUNES = ["Xã Kim Chính", "Xã Ân Hòa", "Thị trấn Phát Diệm"]


def item(session, catalogue: str, code: str) -> CatalogueItem:
    return session.scalars(select(CatalogueItem).where(
        CatalogueItem.catalogue == catalogue, CatalogueItem.code == code)).one()


def add_activity(session, info, day: dt.date, title: str, *, form="tap_huan", commune=None,
                 task=None, people=0, women=0, ethnic=0, products=0, minutes=0, cost=0,
                 themes=("cedaw",), audiences=("nhan_dan",), funding="ns_huyen",
                 description="") -> Activity:
    activity = Activity(
        unit_id=info.unit_id, owner_unit_code=info.unit_code, start_date=day, title=title,
        description=description, form_id=item(session, "form", form).id if form else None,
        commune_id=commune.id if commune else None, task_id=task.id if task else None,
        participants_total=people, participants_women=women, participants_ethnic=ethnic,
        products=products, broadcast_minutes=minutes, cost=cost,
        funding_id=item(session, "funding", funding).id if funding else None,
        changed_by=info.installation_uuid,
    )
    activity.themes = [item(session, "theme", c) for c in themes]
    activity.audiences = [item(session, "audience", c) for c in audiences]
    session.add(activity)
    return activity


def build_report_data(workspace):
    """Kim Sơn with three communes, a 2024 plan of two tasks and a dozen activities.

    2024, not today's year: Kim Sơn, like every district, ended on 30/06/2025."""
    info = workspace.installation_info()
    with workspace.db.session() as s:
        district = s.get(AdminUnit, info.unit_id)
        communes = []
        for i, name in enumerate(COMMUNES):
            commune = AdminUnit(code=f"T{i}", name=name, short_name=name.split(" ", 1)[1],
                                kind=name.split(" ")[0].lower(), level=UnitLevel.COMMUNE,
                                place_name=name.split(" ", 1)[1], parent_id=district.id,
                                owner_unit_code=info.unit_code)
            s.add(commune)
            communes.append(commune)
        agency = s.scalars(select(Agency).where(Agency.unit_id == info.unit_id)).first()
        plan = Plan(unit_id=info.unit_id, owner_unit_code=info.unit_code, year=2024,
                    period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31),
                    number=5, issued_date=dt.date(2024, 1, 6), status=PlanStatus.ISSUED,
                    subject="Kế hoạch truyền thông về quyền con người năm 2024")
        training = PlanTask(plan=plan, position=1, owner_unit_code=info.unit_code,
                            title="Tập huấn cho cán bộ thông tin cơ sở",
                            lead_agency_id=agency.id, budget=40_000_000)
        training.targets = [
            TaskTarget(owner_unit_code=info.unit_code, indicator="Lớp tập huấn", quantity=4,
                       unit="lớp", measure=TargetMeasure.ACTIVITIES),
            TaskTarget(owner_unit_code=info.unit_code, indicator="Lượt người được tập huấn",
                       quantity=400, unit="lượt người", measure=TargetMeasure.ATTENDANCES,
                       position=1),
        ]
        radio = PlanTask(plan=plan, position=2, owner_unit_code=info.unit_code,
                         title="Phát thanh chuyên mục quyền con người", budget=12_000_000)
        radio.targets = [TaskTarget(owner_unit_code=info.unit_code, indicator="Chương trình",
                                    quantity=24, unit="chương trình",
                                    measure=TargetMeasure.PRODUCTS)]
        s.add(plan)
        s.flush()
        a, b, c = communes
        rows = [
            (dt.date(2024, 10, 3), "Tập huấn CEDAW cho cán bộ xã", {
                "commune": a, "task": training, "people": 120, "women": 70, "ethnic": 5,
                "cost": 15_500_000,
                "audiences": ("ttcs", "cbccvc")}),
            (dt.date(2024, 11, 14), "Tập huấn Công ước quyền trẻ em", {
                "commune": b, "task": training, "people": 95, "women": 60, "cost": 12_250_000,
                "themes": ("crc",), "audiences": ("ttcs",)}),
            (dt.date(2024, 10, 20), "Chương trình phát thanh tháng 10", {
                "form": "truyen_thanh", "task": radio, "products": 4, "minutes": 60,
                "cost": 1_200_000,
                "themes": ("iccpr", "cedaw")}),
            (dt.date(2024, 12, 2), "=HYPERLINK(\"http://x\") Pano tuyên truyền", {
                "form": "pano", "commune": c, "products": 3, "cost": 9_000_000,
                "funding": "ns_xa"}),
            (dt.date(2024, 12, 10), "Hội nghị tọa đàm về quyền con người", {
                "form": "hoi_nghi", "commune": a, "people": 150, "women": 80, "ethnic": 12,
                "cost": 20_000_000,
                "audiences": (), "description": "Tọa đàm " * 60}),
            (dt.date(2024, 3, 5), "Tập huấn quý I", {
                "commune": c, "task": training, "people": 60, "women": 30, "cost": 7_000_000}),
            (dt.date(2023, 10, 9), "Tập huấn năm trước", {
                "commune": a, "people": 80, "women": 40, "cost": 8_000_000}),
            (dt.date(2023, 11, 21), "Phát thanh năm trước", {
                "form": "truyen_thanh", "products": 2, "minutes": 30, "cost": 600_000}),
        ]
        for day, title, extra in rows:
            add_activity(s, info, day, title, **extra)
        deleted = add_activity(s, info, dt.date(2024, 10, 15), "Đã xóa", people=999,
                               cost=999_999)
        deleted.deleted = True
        s.flush()
        ids = {"plan_id": plan.id, "training_id": training.id, "radio_id": radio.id,
               "commune_ids": [x.id for x in communes]}
    return info, ids

