"""Shared fixtures. Qt runs headless; each test gets its own data folder."""

from __future__ import annotations

import os

# Must be set before any Qt import: without it pytest aborts with a misleading xcb error.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user's data folder from a test.
os.environ.pop("NBHR_DB_URL", None)

import pytest  # noqa: E402

from nbhr_desktop.core.setup import initialise  # noqa: E402
from nbhr_desktop.core.workspace import Workspace  # noqa: E402
from nbhr_desktop.storage.db import Location  # noqa: E402


@pytest.fixture
def location(tmp_path) -> Location:
    return Location.resolve(data_dir=tmp_path / "data")


@pytest.fixture
def workspace(location):
    """A data folder initialised for Huyện Kim Sơn (district), with no plans or activities."""
    ws = Workspace.open(location)
    initialise(ws, "Kim Sơn", officer_name="Nguyễn Thị Hoa")
    yield ws
    ws.close()
