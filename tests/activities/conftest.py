"""Fixtures for the activities tests; the data set is built in ``activity_fixtures``."""

import pytest

from activity_fixtures import Log, build_log


@pytest.fixture
def log(workspace) -> Log:
    return build_log(workspace)
