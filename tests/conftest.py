"""Shared fixtures. Qt runs headless; each test gets its own data folder."""

from __future__ import annotations

import os
import uuid

# Must be set before any Qt import: without it pytest aborts with a misleading xcb error.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user's data folder from a test.
os.environ.pop("NBHR_DB_URL", None)

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location


@pytest.fixture
def location(tmp_path) -> Location:
    return Location.resolve(data_dir=tmp_path / "data")


@pytest.fixture
def workspace(location):
    """A data folder initialised for Huyện Kim Sơn (district), with no plans or activities.

    Kim Sơn ended on 30/06/2025 like every district: tests on it use explicit dates up to
    then (2024), never today's year. For today's work use ``commune_workspace``.
    """
    ws = Workspace.open(location)
    initialise(ws, "Kim Sơn", officer_name="Nguyễn Thị Hoa")
    yield ws
    ws.close()


@pytest.fixture
def commune_workspace(tmp_path):
    """A data folder initialised for Xã Phát Diệm (14620), a commune since 01/07/2025 that
    took over part of Huyện Kim Sơn; empty. Its plans are for 2026 and later."""
    ws = Workspace.open(Location.resolve(data_dir=tmp_path / "commune"))
    initialise(ws, "Phát Diệm", officer_name="Trần Thị Mai")
    yield ws
    ws.close()


@pytest.fixture
def exporters_used(monkeypatch) -> list[str]:
    """The names of the exporters the code under test called through ``exports.registry``
    (the one export route of the window and the command line), in order."""
    from nbhr_desktop.exports import registry

    used: list[str] = []
    export = registry.export

    def spy(name, *args, **kwargs):
        used.append(name)
        return export(name, *args, **kwargs)

    monkeypatch.setattr(registry, "export", spy)
    return used


# -- PostgreSQL -------------------------------------------------------------------------
# CI (``.ci/run``) always starts a server and sets NBHR_TEST_PG_URL; elsewhere the
# PostgreSQL variants skip. Each test gets its own schema (through ``search_path``), dropped
# afterwards, so tests never see each other's tables.

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



@pytest.fixture
def pg_workspace(pg_location):
    """Like ``workspace`` (Huyện Kim Sơn, empty), on a PostgreSQL server."""
    ws = Workspace.open(pg_location)
    initialise(ws, "Kim Sơn", officer_name="Nguyễn Thị Hoa")
    yield ws
    ws.close()
