"""Fixtures for exchange tests (helpers live in tests/helpers/sync_helpers.py)."""

from __future__ import annotations

import pytest

from sync_helpers import Installations


@pytest.fixture
def installs(tmp_path):
    made = Installations(tmp_path)
    yield made
    made.close()
