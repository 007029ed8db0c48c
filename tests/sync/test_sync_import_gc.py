"""The import's pauses of the cycle collector and its word cache leave no trace."""

from __future__ import annotations

import gc

import pytest

from nbhr_desktop.storage.models import activity_search_text
from nbhr_desktop.sync import bulk


def test_paused_gc_restores_the_collector_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), bulk.paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_nested_pause_keeps_the_outer_state():
    with bulk.paused_gc():
        with bulk.paused_gc():
            pass
        assert not gc.isenabled()  # the inner pause must not switch it back on early
    assert gc.isenabled()
    gc.disable()
    try:
        with bulk.paused_gc():
            pass
        assert not gc.isenabled()  # someone else's pause is theirs to end
    finally:
        gc.enable()


def test_word_cache_is_bounded_and_still_exact(monkeypatch):
    monkeypatch.setattr(bulk, "_WORDS_LIMIT", 3)
    monkeypatch.setattr(bulk, "_WORDS", {})
    text = "Tập huấn  Đoàn viên \u0301 ở xã Kim Đông Tập huấn ΣΑΣ ﬁ"
    for _round in range(3):
        assert bulk.search_text(text, "Ấp  Bắc") == activity_search_text(text, "Ấp  Bắc")
        assert len(bulk._WORDS) <= 3


def test_remembered_references_and_dates_still_refuse_bad_values():
    import datetime as dt

    from nbhr_desktop.sync.records import RecordError, _date_checker, _uuid_checker

    good = "0f8fad5b-d9cb-469f-a165-70867728950e"
    check = _uuid_checker("unit_uuid", False, valid := set())
    assert check(good) == good and good in valid
    assert check(good) == good  # now from the set
    for bad in (good.upper(), good + " ", [good], None, 7):
        with pytest.raises(RecordError):
            check(bad)
    day = _date_checker("start_date", True)
    assert day("2025-03-08") == dt.date(2025, 3, 8) == day("2025-03-08")
    assert day(None) is None
    for bad in ("2025-02-30", "1800-01-01", ["2025-03-08"], 20250308):
        with pytest.raises(RecordError):
            day(bad)


def _indexes(ws) -> list[tuple]:
    with ws.db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT tbl_name, name, sql FROM sqlite_master "
                                    "WHERE type = 'index' ORDER BY name").all()


def _search(ws) -> list[tuple]:
    with ws.db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT uuid, search_text FROM activity "
                                    "WHERE search_text LIKE '%tap huan%' ORDER BY uuid").all()


def test_large_batch_rebuilds_the_same_indexes_and_a_failure_keeps_them(
        installs, tmp_path, monkeypatch):
    from nbhr_desktop.sync import apply
    from nbhr_desktop.sync.export import export_package
    from nbhr_desktop.sync.imports import import_file

    from sync_helpers import add_activity, snapshot

    monkeypatch.setattr(bulk, "REBUILD_INDEXES_FROM", 2)  # every batch counts as large
    district = installs.make("district")
    for n in range(6):
        add_activity(district, f"Tập huấn lần {n}")
    package = export_package(district, tmp_path / "p.nbhr").path
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    indexes, before = _indexes(province), snapshot(province)

    def fail(step):
        if step == "activity":  # activities and their links written, indexes rebuilt
            raise RuntimeError("disk gone")
    monkeypatch.setattr(apply, "checkpoint", fail)
    with pytest.raises(RuntimeError):
        import_file(province, package)
    assert _indexes(province) == indexes and snapshot(province) == before

    monkeypatch.setattr(apply, "checkpoint", None)
    assert import_file(province, package).summary()["new"] > 6
    assert _indexes(province) == indexes
    assert len(_search(province)) == 6
    with province.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
