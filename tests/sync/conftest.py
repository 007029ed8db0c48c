"""Fixtures for exchange tests (helpers live in tests/helpers/sync_helpers.py)."""

from __future__ import annotations

import pytest

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.sync import export
from nbhr_desktop.sync import format as fmt

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


@pytest.fixture
def package(installs, tmp_path, monkeypatch):
    """Huyện Kim Sơn (40 demo activities of 2024) and its package in several parts."""
    district = installs.make("district")
    generate_demo_data(district, activities=40, seed=5, year=2024)
    real = export.read_record_batches
    monkeypatch.setattr(export, "read_record_batches",
                        lambda *args, **kwargs: real(*args, **(kwargs | {"size": 10})))
    monkeypatch.setattr(fmt, "MEMBER_TARGET_SIZE", 8_000)  # several activity parts
    return district, export.export_package(district, tmp_path / "p.nbhr").path
