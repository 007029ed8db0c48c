"""A 2024 Kim Sơn plan whose tasks fall due at different times, for judging within a year.

Tasks (2024):
- conference: Quý I, 1 conference; held in February -> met.
- training: Quý II, 2 classes and 100 attendances; one class of 120 in May -> classes due and
  not met in Q2, attendances met.
- early: Quý IV, 10 leaflets; 12 printed in June -> met early.
- exhibition: Quý IV, 1 exhibition; nothing yet -> not due until Q4.
- survey: Cả năm, a hand-entered "%" target never entered, and one entered at 80.
Plus one activity in May 2023 (the year-earlier comparison) and one on 25/06/2024.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from nbhr_desktop.core.plans.timing import make_timing
from nbhr_desktop.storage.models import (
    Agency,
    Plan,
    PlanStatus,
    PlanTask,
    TargetMeasure,
    TaskTarget,
    TimingKind,
)

from report_fixtures import add_activity

D = dt.date


def _task(plan, info, position, title, timing, targets):
    task = PlanTask(plan=plan, position=position, owner_unit_code=info.unit_code, title=title,
                    timing_kind=timing.kind, timing_start=timing.start,
                    timing_end=timing.end, timing_text=timing.text, budget=1_000_000)
    task.targets = [TaskTarget(owner_unit_code=info.unit_code, position=i, indicator=ind,
                               quantity=qty, unit=unit, measure=measure, manual_result=manual)
                    for i, (ind, qty, unit, measure, manual) in enumerate(targets)]
    return task


def build_judging_data(workspace) -> dict[str, int]:
    info = workspace.installation_info()
    year = 2024
    with workspace.db.session() as s:
        agency = s.scalars(select(Agency).where(Agency.unit_id == info.unit_id)).first()
        plan = Plan(unit_id=info.unit_id, owner_unit_code=info.unit_code, year=year,
                    period_start=D(year, 1, 1), period_end=D(year, 12, 31), number=3,
                    issued_date=D(year, 1, 8), status=PlanStatus.ISSUED,
                    subject="Kế hoạch truyền thông về quyền con người năm 2024")
        A, P, M = TargetMeasure.ACTIVITIES, TargetMeasure.PRODUCTS, TargetMeasure.MANUAL
        quarter = lambda q: make_timing(TimingKind.QUARTER, year, value=q)  # noqa: E731
        tasks = {
            "conference": _task(plan, info, 1, "Hội nghị triển khai kế hoạch", quarter(1),
                                [("Hội nghị", 1, "hội nghị", A, None)]),
            "training": _task(plan, info, 2, "Tập huấn cán bộ thông tin cơ sở", quarter(2),
                              [("Lớp tập huấn", 2, "lớp", A, None),
                               ("Lượt học viên", 100, "lượt người",
                                TargetMeasure.ATTENDANCES, None)]),
            "early": _task(plan, info, 3, "Phát hành tờ gấp", quarter(4),
                           [("Tờ gấp", 10, "ấn phẩm", P, None)]),
            "exhibition": _task(plan, info, 4, "Triển lãm Ngày Quyền con người", quarter(4),
                                [("Cuộc triển lãm", 1, "cuộc", A, None)]),
            "survey": _task(plan, info, 5, "Khảo sát mức độ hiểu biết",
                            make_timing(TimingKind.YEAR, year),
                            [("Cán bộ được khảo sát", 100, "%", M, None),
                             ("Xã hoàn thành khảo sát", 100, "%", M, 80)]),
        }
        for task in tasks.values():
            task.lead_agency_id = agency.id
        s.add(plan)
        s.flush()
        add_activity(s, info, D(2024, 2, 20), "Hội nghị triển khai", form="hoi_nghi",
                     task=tasks["conference"], people=80, cost=5_000_000)
        add_activity(s, info, D(2024, 5, 14), "Tập huấn lớp 1", task=tasks["training"],
                     people=120, women=60, cost=10_000_000)
        add_activity(s, info, D(2024, 6, 14), "In tờ gấp", form="tai_lieu",
                     task=tasks["early"], products=12, cost=3_000_000)
        add_activity(s, info, D(2024, 6, 25), "Phát thanh cuối tháng 6", form="truyen_thanh",
                     products=1, minutes=15, cost=500_000)
        add_activity(s, info, D(2023, 5, 10), "Tập huấn năm trước", people=40, cost=4_000_000)
        s.flush()
        return {name: task.id for name, task in tasks.items()} | {"plan": plan.id}
