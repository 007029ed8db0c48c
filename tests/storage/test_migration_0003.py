"""Revision 0003 keeps what was there: pins get their key's code, activities stay as they
were (nothing known about their workbook)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import create_engine, text

from nbhr_desktop.core.key_code import digest
from nbhr_desktop.storage import migrate


def test_pins_get_their_code_and_activities_are_kept(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(engine, "0001")
    key = "K" * 43 + "="
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO sync_pinned_key (unit_code, installation_uuid, public_key, pinned_at, "
            "how) VALUES ('376', 'inst', :key, :at, 'first-seen')"), {"key": key,
                                                                     "at": dt.datetime(2025, 1, 1)})
    migrate.upgrade(engine)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT public_key, fingerprint, how FROM sync_pinned_key")).one()
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(activity)"))}
    engine.dispose()
    assert row == (key, digest(key), "first-seen")
    assert {"entry_saved_at", "entry_row_hash"} <= columns
