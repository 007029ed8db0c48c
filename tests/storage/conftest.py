"""Storage fixtures: a throw-away PostgreSQL schema per test when NBHR_TEST_PG_URL is set.

CI (``.ci/run``) always starts a server and sets the variable; elsewhere the PostgreSQL
variants skip. Each test gets its own schema (through ``search_path``), dropped afterwards,
so tests never see each other's tables.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from nbhr_desktop.storage.db import Location


def _pg_base_url() -> str:
    url = os.environ.get("NBHR_TEST_PG_URL")
    if not url and os.environ.get("CI"):
        pytest.fail("CI must run the PostgreSQL tests: .ci/run sets NBHR_TEST_PG_URL")
    if not url:
        pytest.skip("NBHR_TEST_PG_URL is not set (no PostgreSQL server for this run)")
    return url


@pytest.fixture
def pg_url():
    """A PostgreSQL URL whose default schema is new and empty."""
    base = make_url(_pg_base_url())
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def pg_location(tmp_path, pg_url) -> Location:
    return Location.resolve(data_dir=tmp_path / "pgdata", db_url=pg_url)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_location(request, tmp_path) -> Location:
    """The same test on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return Location.resolve(data_dir=tmp_path / "data")
    return request.getfixturevalue("pg_location")
