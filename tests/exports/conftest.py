"""Workspaces every export can be tried on: Kim Sơn with a 2024 plan, activities and a
stored Q4 report (as the Báo cáo screen stores it on first open), and an empty province."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from nbhr_desktop.core.reports import workflow
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Plan

from report_fixtures import build_report_data

Q4_2024 = parse_period("2024-Q4")


@pytest.fixture
def kimson(workspace):
    """(workspace, plan UUID): the report of 2024-Q4 is stored, other periods are not."""
    build_report_data(workspace)
    workflow.load_period(workspace, Q4_2024)
    with workspace.db.session() as session:
        uuid = session.scalars(select(Plan.uuid)).one()
    return workspace, uuid


@pytest.fixture
def province(tmp_path):
    ws = Workspace.open(Location.resolve(data_dir=tmp_path / "province"))
    initialise(ws, "Ninh Bình", role="province", officer_name="Phạm Thu Hà")
    yield ws
    ws.close()
