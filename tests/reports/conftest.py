"""Fixtures for the reports tests (the data is built by tests/helpers/report_fixtures.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from report_fixtures import build_report_data


@pytest.fixture
def report_data(workspace):
    """Kim Sơn with three communes, a 2024 plan of two tasks and a dozen activities."""
    info, ids = build_report_data(workspace)
    return workspace, info, ids


def _direct_totals(session, unit_id, start, end):
    """count, attendances, women, ethnic, products, minutes, cost — straight from SQL."""
    return tuple(session.execute(text(
        "SELECT count(*), coalesce(sum(participants_total),0), coalesce(sum(participants_women),0),"
        " coalesce(sum(participants_ethnic),0), coalesce(sum(products),0),"
        " coalesce(sum(broadcast_minutes),0), coalesce(sum(cost),0) FROM activity"
        " WHERE unit_id=:u AND deleted=0 AND start_date BETWEEN :s AND :e"),
        {"u": unit_id, "s": start, "e": end}).one())


@pytest.fixture
def direct_totals():
    return _direct_totals
