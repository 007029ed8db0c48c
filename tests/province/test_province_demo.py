"""`demo-data --province`: what the benchmarks and screenshots of the province stand on must
look like a province that has received its units' data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from nbhr_desktop.core.demo_province import generate_province_demo
from nbhr_desktop.core.province.submissions import LATE, MISSING, RECEIVED, submissions
from nbhr_desktop.core.reports.periods import quarter
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import aggregates
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, AdminUnit, Plan, PlanTask, UnitLevel

TODAY = dt.date(2026, 11, 29)


def test_a_province_demo_holds_every_unit_and_its_submissions(tmp_path):
    workspace = Workspace.open(Location.resolve(data_dir=tmp_path / "province"))
    try:
        initialise(workspace, "Ninh Bình", role="province")
        result = generate_province_demo(workspace, activities=6_000, seed=2, today=TODAY)
        assert result.activities == 6_000
        with workspace.db.session() as s:
            by_level = dict(s.execute(
                select(AdminUnit.level, func.count(func.distinct(Activity.unit_id)))
                .join(AdminUnit, AdminUnit.id == Activity.unit_id)
                .group_by(AdminUnit.level)).all())
            # Districts until 30/06/2025 (8 at a time; 9 in all, TP Hoa Lư taking over from
            # Huyện Hoa Lư and TP Ninh Bình in 2025), communes and wards after, the province.
            assert by_level[UnitLevel.DISTRICT] == 9
            assert by_level[UnitLevel.COMMUNE] > 100
            assert by_level[UnitLevel.PROVINCE] == 1
            late_district = s.scalar(select(func.count()).select_from(Activity).join(
                AdminUnit, AdminUnit.id == Activity.unit_id).where(
                AdminUnit.level == UnitLevel.DISTRICT,
                Activity.start_date > dt.date(2025, 6, 30)))
            assert late_district == 0
            assert s.scalar(select(func.max(Activity.start_date))) <= TODAY
            # Spending stays near the plans' budgets (the dashboard's bar reads a percentage).
            spent = s.scalar(select(func.sum(Activity.cost)).where(
                Activity.start_date.between(dt.date(2024, 1, 1), dt.date(2024, 12, 31))))
            budget = s.scalar(select(func.sum(PlanTask.budget)).join(Plan).where(
                Plan.year == 2024, PlanTask.deleted.is_(False)))
            assert spent <= 1.1 * budget
            # A quarter due long ago: most units sent, some late, a few silent.
            sent = submissions(s, quarter(2026, 2), TODAY)
            statuses = {row.status for row in sent.rows}
            assert sent.count(RECEIVED) > sent.count(MISSING) > 0
            assert statuses <= {RECEIVED, LATE, MISSING} and LATE in statuses
        with workspace.db.engine.connect() as connection:
            assert aggregates.differences(connection) == 0  # figures recounted after the load
    finally:
        workspace.close()
