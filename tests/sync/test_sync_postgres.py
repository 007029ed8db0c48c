"""A province on a shared PostgreSQL server takes a district's package (SQLite → PostgreSQL).

Runs when NBHR_TEST_PG_URL names a server (CI starts one); skipped otherwise.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sync_helpers import activities, add_activity, edit_activity

from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file


@pytest.fixture
def pg_province(tmp_path):
    url = os.environ.get("NBHR_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: .ci/run sets NBHR_TEST_PG_URL")
        pytest.skip("NBHR_TEST_PG_URL is not set (no PostgreSQL server for this run)")
    base = make_url(url)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    db_url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    workspace = Workspace.open(Location.resolve(
        data_dir=tmp_path / "pg", db_url=db_url.render_as_string(hide_password=False)))
    try:
        initialise(workspace, "Tỉnh Ninh Bình", role="province")
        yield workspace
    finally:
        workspace.close()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_district_package_into_postgresql_province(installs, pg_province, tmp_path):
    district = installs.make("district")
    first = add_activity(district, "Tập huấn trên máy chủ", themes=("cedaw", "crc"))
    package = export_package(district, tmp_path / "a.nbhr").path
    summary = import_file(pg_province, package).summary()
    assert summary["new"] == 15 and summary["rejected"] == 0
    assert activities(pg_province)[first] == activities(district)[first]
    assert import_file(pg_province, package).summary()["unchanged"] == 15
    edit_activity(district, first, deleted=True)
    later = export_package(district, tmp_path / "b.nbhr", since_last=True).path
    assert import_file(pg_province, later).summary()["deleted"] == 1
    assert activities(pg_province)[first] == activities(district)[first]
