"""Storage fixtures: the same test on SQLite and PostgreSQL.

``pg_location`` is in tests/conftest.py.
"""

from __future__ import annotations

import pytest

from nbhr_desktop.storage.db import Location


@pytest.fixture(params=["sqlite", "postgresql"])
def any_location(request, tmp_path) -> Location:
    """The same test on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return Location.resolve(data_dir=tmp_path / "data")
    return request.getfixturevalue("pg_location")
