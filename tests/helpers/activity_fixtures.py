"""A small activity log for Huyện Kim Sơn: three communes, one plan with two tasks, and a
handful of activities with known figures, built directly through the models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Catalogue,
    CatalogueItem,
    Plan,
    PlanTask,
    TargetMeasure,
    TaskTarget,
    UnitLevel,
)


@dataclass
class Log:
    """Ids of what the fixture made, for the tests to refer to."""

    unit_id: int
    unit_code: str
    installation_uuid: str
    communes: dict[str, int]
    forms: dict[str, int]
    themes: dict[str, int]
    audiences: dict[str, int]
    funding: dict[str, int]
    plan_id: int
    tasks: dict[str, int]
    activities: dict[str, int]


def _items(session, catalogue: str) -> dict[str, int]:
    rows = session.scalars(select(CatalogueItem).where(CatalogueItem.catalogue == catalogue))
    return {row.code: row.id for row in rows}


def build_log(workspace) -> Log:
    info = workspace.installation_info()
    with workspace.db.session() as s:
        stamp = {"owner_unit_code": info.unit_code, "changed_by": info.installation_uuid}
        communes = {}
        # The district's own communes as the shipped catalogue has them in 2024.
        for name, short in [("Thị trấn Phát Diệm", "Phát Diệm"), ("Xã Kim Chính", "Kim Chính"),
                            ("Xã Ân Hòa", "Ân Hòa")]:
            unit = s.scalars(select(AdminUnit).where(
                AdminUnit.name == name, AdminUnit.parent_id == info.unit_id,
                AdminUnit.level == UnitLevel.COMMUNE)).all()
            unit = next(u for u in unit if u.valid_on(dt.date(2024, 6, 1)))
            communes[short] = unit.id
        forms = _items(s, Catalogue.FORM)
        themes = _items(s, Catalogue.THEME)
        audiences = _items(s, Catalogue.AUDIENCE)
        funding = _items(s, Catalogue.FUNDING)

        plan = Plan(unit_id=info.unit_id, year=2024, period_start=dt.date(2024, 1, 1),
                    period_end=dt.date(2024, 12, 31), subject="Kế hoạch truyền thông 2024",
                    **stamp)
        s.add(plan)
        s.flush()
        training = PlanTask(plan_id=plan.id, position=1, title="Tập huấn cán bộ thông tin cơ sở",
                            timing_start=dt.date(2024, 1, 1), timing_end=dt.date(2024, 6, 30),
                            budget=40_000_000, **stamp)
        radio = PlanTask(plan_id=plan.id, position=2, title="Phát thanh trên hệ thống truyền thanh",
                         timing_start=dt.date(2024, 1, 1), timing_end=dt.date(2024, 12, 31),
                         budget=10_000_000, **stamp)
        s.add_all([training, radio])
        s.flush()
        s.add_all([
            TaskTarget(task_id=training.id, position=1, indicator="Số lớp tập huấn",
                       quantity=4, unit="lớp", measure=TargetMeasure.ACTIVITIES, **stamp),
            TaskTarget(task_id=training.id, position=2, indicator="Lượt người tham dự",
                       quantity=200, unit="lượt người", measure=TargetMeasure.ATTENDANCES,
                       **stamp),
            TaskTarget(task_id=radio.id, position=1, indicator="Thời lượng phát sóng",
                       quantity=100, unit="phút", measure=TargetMeasure.BROADCAST_MINUTES,
                       **stamp),
            TaskTarget(task_id=radio.id, position=2, indicator="Cán bộ được tập huấn",
                       quantity=100, unit="%", measure=TargetMeasure.MANUAL,
                       manual_result=60, **stamp),
        ])
        form_ids = list(forms.values())
        tap_huan = forms.get("tap_huan", form_ids[0])
        truyen_thanh = forms.get("truyen_thanh", form_ids[1])
        rows = [
            # key, date, form, commune, task, title, total, women, ethnic, products, minutes, cost
            ("t1", dt.date(2024, 3, 5), tap_huan, "Phát Diệm", training,
             "Tập huấn Công ước CEDAW cho cán bộ", 80, 50, 3, 1, 0, 12_000_000),
            ("t2", dt.date(2024, 4, 10), tap_huan, "Kim Chính", training,
             "Tập huấn kỹ năng tuyên truyền viên", 60, 20, 0, 1, 0, 8_000_000),
            ("t3", dt.date(2024, 5, 20), tap_huan, "Ân Hòa", training,
             "Bồi dưỡng nghiệp vụ thông tin cơ sở", 40, 10, 5, 0, 0, 5_000_000),
            ("r1", dt.date(2024, 2, 1), truyen_thanh, "Phát Diệm", radio,
             "Chương trình truyền thanh về quyền trẻ em", 0, 0, 0, 4, 30, 1_000_000),
            ("r2", dt.date(2024, 7, 15), truyen_thanh, "Kim Chính", radio,
             "Phát thanh chống mua bán người", 0, 0, 0, 2, 20, 500_000),
            ("x1", dt.date(2023, 11, 3), tap_huan, "Ân Hòa", None,
             "Hội nghị Đoàn Thanh niên", 120, 70, 10, 0, 0, 3_000_000),
        ]
        activities = {}
        for (key, day, form, commune, task, title, total, women, ethnic, products, minutes,
             cost) in rows:
            activity = Activity(
                unit_id=info.unit_id, start_date=day, form_id=form,
                commune_id=communes[commune], task_id=task.id if task else None, title=title,
                description="", participants_total=total, participants_women=women,
                participants_ethnic=ethnic, products=products, broadcast_minutes=minutes,
                cost=cost, **stamp)
            s.add(activity)
            s.flush()
            activities[key] = activity.id
        theme_ids = list(themes.values())
        audience_ids = list(audiences.values())
        first = s.get(Activity, activities["t1"])
        first.themes = [s.get(CatalogueItem, theme_ids[0]), s.get(CatalogueItem, theme_ids[1])]
        first.audiences = [s.get(CatalogueItem, audience_ids[0])]
        s.get(Activity, activities["r1"]).themes = [s.get(CatalogueItem, theme_ids[1])]
        return Log(
            unit_id=info.unit_id, unit_code=info.unit_code,
            installation_uuid=info.installation_uuid, communes=communes, forms=forms,
            themes=themes, audiences=audiences, funding=funding, plan_id=plan.id,
            tasks={"training": training.id, "radio": radio.id}, activities=activities,
        )
