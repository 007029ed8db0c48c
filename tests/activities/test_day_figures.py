"""The figures per day (``activity_day_figure``), which reports and the dashboard read, stay
equal to the activity log after every kind of write: a new activity, an edit of its date,
form, figures and links, a bulk edit, a deletion and its undo, a hard delete, an import;
``self-test --repair`` rebuilds them when something has put them out of step."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select, text

from nbhr_desktop.core.activities.progress import task_figures
from nbhr_desktop.core.activities.service import ActivityInput, ActivityService, BulkChange
from nbhr_desktop.core.reports.figures import period_figures
from nbhr_desktop.core.selftest import check_figures
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import aggregates
from nbhr_desktop.storage.bulk_load import bulk_load
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, activity_day_figure
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from activity_fixtures import build_log

SOURCES = ("participants_total", "participants_women", "participants_ethnic", "products",
           "broadcast_minutes", "cost")


def from_log(workspace) -> dict:
    """(grouping, unit, day, item) → sums, added up in Python from the activities."""
    expected: dict = defaultdict(lambda: [0] * 7)
    with workspace.db.read_session() as s:
        for a in s.scalars(select(Activity).where(Activity.deleted.is_(False))):
            values = [1] + [getattr(a, c) or 0 for c in SOURCES]
            items = {"form": [a.form_id], "commune": [a.commune_id], "task": [a.task_id],
                     "funding": [a.funding_id],
                     "audience": [i.id for i in a.audiences] or [None],
                     "theme": [i.id for i in a.themes] or [None]}
            for dimension, ids in items.items():
                for item in ids:
                    row = expected[(dimension, a.unit_id, a.start_date, item or 0)]
                    for index, value in enumerate(values):
                        row[index] += value
    return {key: tuple(row) for key, row in expected.items()}


def stored(workspace) -> dict:
    t = activity_day_figure
    with workspace.db.read_session() as s:
        rows = s.execute(select(t).where(t.c.activities != 0)).all()
    return {(r.dimension, r.unit_id, r.day, r.item_id): (
        r.activities, r.attendances, r.women, r.ethnic, r.products, r.minutes, r.cost)
        for r in rows}


def assert_in_step(workspace) -> None:
    assert stored(workspace) == from_log(workspace)
    with workspace.db.engine.connect() as connection:
        assert aggregates.differences(connection) == 0


@pytest.fixture(params=["sqlite", "postgresql"])
def any_workspace(request):
    return request.getfixturevalue("workspace" if request.param == "sqlite"
                                   else "pg_workspace")


def test_figures_follow_every_write(any_workspace, tmp_path):
    ws = any_workspace
    log = build_log(ws)
    assert_in_step(ws)  # the fixture's own inserts and links
    service = ActivityService(ws)
    themes, audiences = list(log.themes.values()), list(log.audiences.values())
    made = service.create(ActivityInput(
        start_date=dt.date(2024, 8, 2), form_id=log.forms["tap_huan"],
        commune_id=log.communes["Ân Hòa"], task_id=log.tasks["training"],
        title="Tập huấn quyền trẻ em", participants_total=90, participants_women=40,
        products=2, cost=6_000_000, theme_ids=themes[:2], audience_ids=audiences[:3]))
    assert_in_step(ws)
    # An edit moves it to another day, form, commune and task, other figures and links.
    data, _evidence = service.load(made)
    data.start_date, data.form_id = dt.date(2024, 9, 30), log.forms["truyen_thanh"]
    data.commune_id, data.task_id = None, log.tasks["radio"]
    data.participants_total, data.participants_women = 10, 4
    data.cost, data.broadcast_minutes = 700_000, 45
    data.theme_ids, data.audience_ids = [themes[2]], []
    service.update(made, data)
    assert_in_step(ws)
    service.bulk_edit([log.activities["t2"], log.activities["r2"]],
                      BulkChange(values={"funding_id": next(iter(log.funding.values()))},
                                 add_theme_ids=[themes[0]], add_audience_ids=[audiences[1]]))
    assert_in_step(ws)
    service.delete([log.activities["t1"], made])
    assert_in_step(ws)
    service.restore([made])
    assert_in_step(ws)
    with ws.db.session() as s:  # a hard delete, its links going by cascade
        s.delete(s.get(Activity, log.activities["r1"]))
    assert_in_step(ws)

    # What a report reads equals what the log adds up to.
    with ws.db.read_session() as s:
        figures = period_figures(s, log.unit_id, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        radio = task_figures(s, [log.tasks["radio"]])[log.tasks["radio"]]
        in_2024 = [a for a in s.scalars(select(Activity).where(Activity.deleted.is_(False)))
                   if a.start_date.year == 2024]
        audience_rows = sum(max(len(a.audiences), 1) for a in in_2024)
        assert figures.totals.activities == len(in_2024) == 4
        assert figures.totals.cost == sum(a.cost for a in in_2024)
    assert sum(g.totals.activities for g in figures.by_audience) == audience_rows
    assert (radio.activities, radio.minutes) == (2, 20 + 45)

    # The province imports the district's package: its figures follow the imported log.
    province = Workspace.open(Location.resolve(data_dir=tmp_path / "province"))
    try:
        initialise(province, "Ninh Bình", role="province")
        package = export_package(ws, tmp_path / "kimson").path
        import_file(province, package)
        assert_in_step(province)
        assert len(stored(province)) > 0
    finally:
        province.close()


def test_repair_rebuilds_figures_put_out_of_step(workspace, location):
    build_log(workspace)
    with workspace.db.engine.begin() as connection:
        connection.execute(text("UPDATE activity_day_figure SET cost = cost + 1 "
                                "WHERE dimension = 'form'"))
    broken = check_figures(location)
    assert not broken.ok and "--repair" in broken.detail
    repaired = check_figures(location, repair=True)
    assert repaired.ok
    assert_in_step(workspace)


def test_a_bulk_load_with_figures_set_aside(any_workspace):
    """Imports and demo data may write without the per-row triggers and (SQLite) without
    the indexes: the units' figures are recomputed at the end, and the triggers and indexes
    are back for the next write."""
    ws = any_workspace
    log = build_log(ws)
    with ws.db.engine.connect() as connection:
        indexes = _indexes(connection)
    with ws.db.engine.begin() as connection, bulk_load(connection, [log.unit_id]):
        connection.execute(text(
            "UPDATE activity SET cost = cost + 5, start_date = :day WHERE task_id = :task"),
            {"day": dt.date(2024, 10, 1), "task": log.tasks["training"]})
        connection.execute(text("DELETE FROM activity_theme"))
    assert_in_step(ws)
    ActivityService(ws).create(ActivityInput(
        start_date=dt.date(2024, 11, 5), form_id=log.forms["tap_huan"], title="Hội nghị",
        participants_total=12))
    assert_in_step(ws)  # the triggers are back
    with ws.db.engine.connect() as connection:
        assert _indexes(connection) == indexes


def test_postgresql_plans_a_bulk_loaded_log_from_fresh_statistics(pg_workspace):
    """Until ANALYZE, PostgreSQL plans a freshly loaded log as the empty table it was
    (reltuples -1: never counted): sequential scans, pages twice as slow. A bulk load
    refreshes the statistics itself, before the autovacuum daemon would."""
    ws = pg_workspace
    build_log(ws)  # a few rows: far below the daemon's threshold, so never analysed

    def planned_rows(connection) -> float:
        return connection.execute(text(
            "SELECT reltuples FROM pg_class WHERE relname = 'activity'")).scalar()

    with ws.db.engine.begin() as connection:
        assert planned_rows(connection) == -1
        count = connection.execute(text("SELECT count(*) FROM activity")).scalar()
        with bulk_load(connection, None):
            pass  # what the load writes does not matter: its end refreshes the statistics
        assert planned_rows(connection) == count > 0


def _indexes(connection) -> list:
    if connection.dialect.name == "postgresql":
        sql = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename LIKE 'activity%'"
    else:
        sql = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
               "AND tbl_name LIKE 'activity%'")
    return sorted(connection.execute(text(sql)).all())


def _figure_triggers(workspace) -> int:
    with workspace.db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            sql = "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'adf_%'"
        else:
            sql = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'adf_%'"
        return connection.execute(text(sql)).scalar()


def test_a_large_import_recounts_its_units_and_puts_the_triggers_back(
        any_workspace, tmp_path, monkeypatch):
    """An import big enough to set the triggers aside (here: any) leaves figures equal to the
    log, for new records and for updated ones, and the triggers in place for what follows."""
    from nbhr_desktop.sync import writer

    monkeypatch.setattr(writer, "FIGURES_ASIDE_FROM", 1)
    set_aside = []
    drop = aggregates.drop_triggers
    monkeypatch.setattr(aggregates, "drop_triggers",
                        lambda connection: set_aside.append(1) or drop(connection))
    ws = any_workspace
    log = build_log(ws)
    triggers = _figure_triggers(ws)
    assert triggers > 0
    province = Workspace.open(Location.resolve(data_dir=tmp_path / "province"))
    try:
        initialise(province, "Ninh Bình", role="province")
        import_file(province, export_package(ws, tmp_path / "first").path)
        assert_in_step(province)
        assert _figure_triggers(province) == triggers
        # The district edits and deletes; the next package updates the province's copies.
        service = ActivityService(ws)
        data, _evidence = service.load(log.activities["t2"])
        data.start_date, data.participants_total = dt.date(2024, 11, 3), 321
        data.theme_ids = []
        service.update(log.activities["t2"], data)
        service.delete([log.activities["r1"]])
        import_file(province, export_package(ws, tmp_path / "second").path)
        assert_in_step(province)
        assert _figure_triggers(province) == triggers
        assert len(set_aside) == 2  # both imports took the bulk path
        with province.db.read_session() as s:
            copy = s.scalar(select(Activity).where(Activity.participants_total == 321))
            assert copy is not None and copy.start_date == dt.date(2024, 11, 3)
    finally:
        province.close()
