"""Fixtures for exchange tests (helpers live in tests/helpers/sync_helpers.py)."""

from __future__ import annotations

import pytest

from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace

from sync_helpers import Installations


@pytest.fixture
def installs(tmp_path):
    made = Installations(tmp_path)
    yield made
    made.close()


@pytest.fixture
def pg_province(pg_location):
    """A province installation on the PostgreSQL test server (skipped without one)."""
    workspace = Workspace.open(pg_location)
    try:
        initialise(workspace, "Tỉnh Ninh Bình", role="province")
        yield workspace
    finally:
        workspace.close()
