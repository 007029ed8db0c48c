"""Fixtures for the province tests: the files units send, built once per module."""

from __future__ import annotations

import pytest

from province_fixtures import build_sent_files


@pytest.fixture(scope="module")
def sent_files(tmp_path_factory):
    return build_sent_files(tmp_path_factory.mktemp("units"))
