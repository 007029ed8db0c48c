"""Fixtures for the activities tests; the data set is built in ``activity_fixtures``."""

import pytest

from activity_fixtures import Log, build_log  # noqa: F401  (pytest puts this folder on sys.path)


@pytest.fixture
def log(workspace) -> Log:
    return build_log(workspace)
