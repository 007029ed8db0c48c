"""Fixtures for the activities tests; the data set is built in ``activity_fixtures``."""

import pytest

from activity_fixtures import Log, build_log


@pytest.fixture
def log(workspace) -> Log:
    return build_log(workspace)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_workspace(request):
    """A fresh workspace on each engine (PostgreSQL when ``NBHR_TEST_PG_URL`` is set)."""
    return request.getfixturevalue("workspace" if request.param == "sqlite" else "pg_workspace")
