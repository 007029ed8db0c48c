"""The day the unit's data ends: what the screens open on (activities first, else plans)."""

from __future__ import annotations

import datetime as dt

from nbhr_desktop.core.activities.stats import latest_data_day
from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.plans import service


def test_latest_data_day(workspace):
    info = workspace.installation_info()
    with workspace.db.session() as session:
        assert latest_data_day(session, info.unit_id) is None
        service.create_plan(session, info.unit_id, 2023, info.installation_uuid)
    with workspace.db.session() as session:
        assert latest_data_day(session, info.unit_id) == dt.date(2023, 1, 1)
    generate_demo_data(workspace, activities=20, seed=4, year=2024)
    with workspace.db.session() as session:
        day = latest_data_day(session, info.unit_id)
    assert day.year == 2024
