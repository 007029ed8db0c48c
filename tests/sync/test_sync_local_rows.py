"""An import into a large table looks its records up by UUID instead of scanning the table;
both ways must see the same local records and decide the same."""

from __future__ import annotations

import datetime as dt

import pytest
import test_sync_roundtrip as roundtrip
from sqlalchemy import select

from nbhr_desktop.storage.models import Activity
from nbhr_desktop.sync import local_rows

from sync_helpers import add_activity


@pytest.fixture
def look_ups(monkeypatch):
    """Every table counts as large: records are looked up, never scanned; the calls are
    counted, so a test fails if the look-up path is not the one taken."""
    calls = []
    real = local_rows.look_up

    def counted(conn, table, columns, uuids):
        calls.append(table.name)
        return real(conn, table, columns, uuids)

    monkeypatch.setattr(local_rows, "SCAN_LIMIT", 0)
    monkeypatch.setattr(local_rows, "look_up", counted)
    return calls


def test_scan_and_look_up_give_the_same_rows(installs):
    ws = installs.make("district")
    uuids = [add_activity(ws, f"Hoạt động {n}", day=dt.date(2024, 3, n + 1)) for n in range(5)]
    table = Activity.__table__
    columns = [table.c.id, table.c.uuid, table.c.version, table.c.changed_at,
               table.c.changed_by, table.c.owner_unit_code, table.c.deleted, table.c.unit_id,
               table.c.start_date]
    with ws.db.engine.connect() as conn:
        typed = {row.uuid: row for row in conn.execute(select(*columns))}
        scanned = local_rows.scan(conn, table, columns)
        found = local_rows.look_up(conn, table, columns, [uuids[1], uuids[3], "missing"])
    assert set(found) == {uuids[1], uuids[3]} and set(scanned) == set(typed)
    for uuid, row in typed.items():
        for local in (scanned[uuid], found.get(uuid, scanned[uuid])):
            # Times and days come back typed, as SQLAlchemy gives them.
            assert (local.id, local.uuid, local.version, local.changed_at, local.changed_by,
                    local.owner_unit_code, local.deleted, local.unit_id, local.start_date) \
                == tuple(row)
            assert isinstance(local.changed_at, dt.datetime) and local.deleted is False


def test_exchange_both_ways_by_look_up(installs, tmp_path, look_ups):
    roundtrip.test_two_installations_of_one_district_exchange_both_ways(installs, tmp_path)
    assert "activity" in look_ups


def test_locked_period_by_look_up(installs, tmp_path, look_ups):
    roundtrip.test_submitted_report_locks_its_period(installs, tmp_path)
    assert "activity" in look_ups


def test_another_units_records_refused_by_look_up(installs, tmp_path, look_ups):
    roundtrip.test_a_file_cannot_touch_records_of_another_unit(installs, tmp_path)
    assert "activity" in look_ups
