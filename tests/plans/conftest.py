"""Fixtures for plan tests: the unit of the workspace and a plan made from the template."""

from __future__ import annotations

import pytest

from nbhr_desktop.core.plans.template import create_plan_from_template
from nbhr_desktop.storage.models import AdminUnit


@pytest.fixture
def info(workspace):
    return workspace.installation_info()


@pytest.fixture
def plan_uuid(workspace, info) -> str:
    with workspace.db.session() as session:
        unit = session.get(AdminUnit, info.unit_id)
        plan = create_plan_from_template(session, unit, 2024, info.installation_uuid)
        return plan.uuid
