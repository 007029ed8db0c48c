"""Driver-level bulk writes (demo data) and info on PostgreSQL, where ids come from sequences."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.info import summarise
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.models import Activity, activity_search_text


def test_demo_data_then_normal_inserts(any_location):
    workspace = Workspace.open(any_location)
    try:
        info = initialise(workspace, "Kim Sơn")
        result = generate_demo_data(workspace, activities=150, seed=2, year=2025)
        assert result.activities == 150
        with workspace.db.session() as session:
            rows = session.scalars(select(Activity)).all()
            assert len(rows) == 150
            sample = rows[17]
            assert isinstance(sample.start_date, dt.date)
            assert isinstance(sample.changed_at, dt.datetime) and sample.deleted is False
            assert sample.search_text == activity_search_text(sample.title, sample.description)
            # The next id after explicit ids: PostgreSQL's sequence must have moved on.
            session.add(Activity(unit_id=info.unit_id, owner_unit_code="376",
                                 start_date=dt.date(2025, 5, 1), title="Thêm sau dữ liệu mẫu"))
        summary = summarise(workspace)
        assert summary.counts["activities"] == 151 and summary.counts["plans"] == 1
        assert summary.database_size and summary.database_size > 0
        assert summary.database_kind == workspace.db.engine.dialect.name
    finally:
        workspace.close()
