"""Search: what an officer types finds the activities they expect (every typed word at the
beginning of a word: Vietnamese words, codes, numbers), the same through the word index as
through the plain query, with totals equal to the plain sums; and the index stays equal to
the log after every kind of write, an import, a restore, and ``self-test --repair``."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities import search_paths
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.core.activities.service import ActivityInput, ActivityService
from nbhr_desktop.core.selftest import check_search_index
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import search_figures, search_index
from nbhr_desktop.storage.backup import make_backup, restore_backup
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

TITLES = {
    "cedaw": "Tập huấn Công ước (CEDAW) cho cán bộ",
    "decision": "Triển khai Quyết định 1079/QĐ-TTg năm 2024",
    "radio": "Phát thanh chuyên đề quyền trẻ em 10/12",
    "meeting": "Hội nghị Đoàn Thanh niên xã Ân Hòa",
    "money": "Hỗ trợ 5.000.000 đồng in tờ rơi",
    "pct": "Tỷ lệ 50% cán bộ được tập huấn_lại",
}
# typed → the activities it must find (and nothing else)
EXPECTED = {
    "tap huan": {"cedaw", "pct"},
    "TẬP HUẤN": {"cedaw", "pct"},
    "huấn tập": {"cedaw", "pct"},
    "huan": {"cedaw", "pct"},
    "uan": set(),  # inside a syllable: not a word's beginning
    "hua": {"cedaw", "pct"},  # being typed: a word's beginning
    "hua ": set(),  # finished: a whole word
    "huan ": {"cedaw", "pct"},
    "cong uoc": {"cedaw"},
    "con uoc": set(),
    "qd-tt ": set(),
    "cedaw": {"cedaw"},
    "(cedaw)": {"cedaw"},
    "ced": {"cedaw"},
    "1079": {"decision"},
    "079": set(),
    "qd-ttg": {"decision"},
    "QĐ-TTg": {"decision"},
    "ttg": {"decision"},
    "1079/qd": {"decision"},
    "qd ttg 1079": {"decision"},
    "qd-tt": {"decision"},
    "qdttg": set(),
    "2024": {"decision"},
    "10/12": {"radio"},
    "12": {"radio"},
    "doan thanh nien": {"meeting"},
    "an hoa": {"meeting"},
    "ân hoà": {"meeting"},
    "5.000.000": {"money"},
    "000": {"money"},
    "5.000": {"money"},
    "50%": {"pct"},
    "%": set(TITLES),  # punctuation alone is no word: it filters nothing
    "_": set(TITLES),
    "lai": {"pct"},
    "t": {"cedaw", "decision", "radio", "meeting", "money", "pct"},
    "th": {"meeting", "radio"},
    "-": set(TITLES),
    "*": set(TITLES),
    "[": set(TITLES),
    "?": set(TITLES),
    "c_daw": set(),  # a wildcard of LIKE separates words like any punctuation
    "ced%w": set(),
}


@pytest.fixture(params=["sqlite", "postgresql"])
def any_workspace(request):
    return request.getfixturevalue("workspace" if request.param == "sqlite"
                                   else "pg_workspace")


def _add(workspace, titles: dict[str, str]) -> dict[str, int]:
    service = ActivityService(workspace)
    made = {}
    for number, (key, title) in enumerate(titles.items()):
        made[key] = service.create(ActivityInput(
            start_date=dt.date(2024, 3, 1) + dt.timedelta(days=number), title=title,
            participants_total=10 * (number + 1), participants_women=number, cost=1000 * number))
    return made


def _found(workspace, typed: str, sort=None) -> tuple[set[int], q.Totals, q.Totals]:
    spec = q.ActivityFilter(text=typed)
    with workspace.db.read_session() as s:
        lookups = load_lookups(s, None)
        rows = q.page(s, spec, sort or q.Sort(), lookups, 0, 50)
        plain = set(q.plain_page_ids(s, spec, sort or q.Sort(), lookups, 0, 50))
        assert {r.id for r in rows} == plain, typed  # the index road = the plain query
        assert set(q.ids(s, spec)) == plain, typed
        return plain, q.totals(s, spec), q.plain_totals(s, spec)


def test_what_an_officer_types_finds_what_they_expect(any_workspace):
    made = _add(any_workspace, TITLES)
    for typed, keys in EXPECTED.items():
        for sort in (q.Sort(), q.Sort("cost", True), q.Sort("form_id", False)):
            found, totals, plain = _found(any_workspace, typed, sort)
            assert found == {made[k] for k in keys}, (typed, sort)
            assert totals == plain and totals.count == len(keys), typed


def test_the_sqlite_index_answers_and_walks_give_way(workspace, monkeypatch):
    made = _add(workspace, TITLES)
    with workspace.db.read_session() as s:
        assert search_paths.indexed(s, q.ActivityFilter(text="tap"))
        assert not search_paths.indexed(s, q.ActivityFilter(text="%"))  # no token: plain
    monkeypatch.setattr(search_paths, "WALK_ROWS", 1)  # every walk too short: the index
    for typed, keys in EXPECTED.items():
        found, totals, plain = _found(workspace, typed, q.Sort("cost", True))
        assert found == {made[k] for k in keys} and totals == plain, typed


def _index_agrees(workspace) -> None:
    """Every row's key found through the index, and no other row."""
    with workspace.db.engine.connect() as connection:
        assert not search_index.differences(connection)
        rows = connection.execute(select(Activity.id, Activity.search_text)).all()
        for activity_id, key in rows:
            first = key.split()[0]
            ids = {i for (i,) in connection.execute(text(
                "SELECT rowid FROM activity_search WHERE activity_search MATCH :m"),
                {"m": f'"{first}"'})} if first.isalnum() else {activity_id}
            assert activity_id in ids


def test_the_index_follows_writes_imports_restores_and_repair(workspace, location, tmp_path):
    made = _add(workspace, TITLES)
    service = ActivityService(workspace)
    _index_agrees(workspace)
    data, _evidence = service.load(made["cedaw"])
    data.title = "Tọa đàm về bình đẳng giới"
    service.update(made["cedaw"], data)
    assert _found(workspace, "cedaw")[0] == set()
    assert _found(workspace, "binh dang gioi")[0] == {made["cedaw"]}
    service.delete([made["radio"]])  # a tombstone: no longer found
    assert _found(workspace, "10/12")[0] == set()
    service.restore([made["radio"]])
    assert _found(workspace, "10/12")[0] == {made["radio"]}
    with workspace.db.session() as s:  # a hard delete
        s.delete(s.get(Activity, made["money"]))
    assert _found(workspace, "5.000")[0] == set()
    _index_agrees(workspace)

    # The province imports the package: its index holds the imported rows.
    province = Workspace.open(Location.resolve(data_dir=tmp_path / "province"))
    try:
        initialise(province, "Ninh Bình", role="province")
        import_file(province, export_package(workspace, tmp_path / "kimson").path)
        _index_agrees(province)
        assert len(_found(province, "binh dang")[0]) == 1
    finally:
        province.close()

    # A backup taken now, then a change, then the restore: the index is the backup's log.
    backup = make_backup(workspace, tmp_path / "before.sqlite3")
    service.create(ActivityInput(start_date=dt.date(2024, 5, 5), title="Cuộc thi tìm hiểu"))
    assert len(_found(workspace, "cuoc thi")[0]) == 1
    restore_backup(workspace, backup)
    assert _found(workspace, "cuoc thi")[0] == set()
    _index_agrees(workspace)

    # Put out of step by hand (a key changed with the triggers off): found, and repaired.
    with workspace.db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER activity_search_update"))
        connection.execute(text("UPDATE activity SET search_text = ' khac han ' WHERE id = :i"),
                           {"i": made["meeting"]})
        connection.execute(text(
            "CREATE TRIGGER activity_search_update AFTER UPDATE OF search_text ON activity "
            "WHEN OLD.search_text IS NOT NEW.search_text BEGIN "
            "INSERT INTO activity_search(activity_search, rowid, search_text) "
            "VALUES ('delete', OLD.id, OLD.search_text); "
            "INSERT INTO activity_search(rowid, search_text) VALUES (NEW.id, NEW.search_text);"
            " END"))
    broken = check_search_index(location)
    assert not broken.ok and "--repair" in broken.detail
    assert check_search_index(location, repair=True).ok
    _index_agrees(workspace)
    assert _found(workspace, "khac han")[0] == {made["meeting"]}


def test_bulk_loads_keep_the_index_without_its_triggers(workspace, tmp_path, monkeypatch):
    """Imports of thousands and demo data write with the triggers off and tell the index
    what they wrote (``search_index.pause/forget/add/resume``): it agrees afterwards, for
    new rows and for updated ones, and the triggers are back."""
    from nbhr_desktop.core.demo import generate_demo_data
    from nbhr_desktop.sync import writer

    monkeypatch.setattr(writer, "FIGURES_ASIDE_FROM", 1)  # any import takes the bulk path
    monkeypatch.setattr(writer, "SEARCH_ADDS", 2)  # new rows added a few at a time
    made = _add(workspace, TITLES)
    province = Workspace.open(Location.resolve(data_dir=tmp_path / "province"))
    try:
        initialise(province, "Ninh Bình", role="province")
        import_file(province, export_package(workspace, tmp_path / "first").path)
        _index_agrees(province)
        service = ActivityService(workspace)
        data, _evidence = service.load(made["cedaw"])
        data.title = "Tọa đàm về bình đẳng giới"
        service.update(made["cedaw"], data)
        service.delete([made["radio"]])
        import_file(province, export_package(workspace, tmp_path / "second").path)
        _index_agrees(province)
        assert _found(province, "cedaw")[0] == set()
        assert len(_found(province, "binh dang gioi")[0]) == 1
        assert _found(province, "10/12")[0] == set()
        with province.db.engine.connect() as connection:
            triggers = connection.execute(text(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'activity_search_%'")).scalar()
        assert triggers == len(search_index.TRIGGERS)
    finally:
        province.close()

    demo = Workspace.open(Location.resolve(data_dir=tmp_path / "demo"))
    try:
        initialise(demo, "Kim Sơn")
        generate_demo_data(demo, activities=60, seed=3)
        _index_agrees(demo)
        with demo.db.read_session() as s:
            some = s.scalar(select(Activity.search_text).limit(1)).split()[0]
        assert _found(demo, some)[0]
    finally:
        demo.close()


def test_postgresql_uses_its_word_index_for_rare_words_only(pg_workspace, monkeypatch):
    """A word in most activities is read by a scan (an index of most rows costs more), a
    rare one through the copy's word index: decided by the words' share in a sample of the
    log (here the whole log), also for a word being typed."""
    monkeypatch.setattr(search_paths, "SMALL_LOG", 0)
    monkeypatch.setattr(search_paths, "SAMPLE_ROWS", 1000)  # 100 %: every row
    _add(pg_workspace, {f"row{n}": f"Tập huấn nhóm {n}" for n in range(40)}
         | {"rare": "Hội thi tìm hiểu pháp luật"})
    with pg_workspace.db.engine.begin() as connection:
        connection.execute(text("ANALYZE activity"))
    with pg_workspace.db.read_session() as s:
        for typed in ("hoi thi", "hoi th", "phap", "khongco"):
            assert search_paths.gin_selective(s, q.ActivityFilter(text=typed)), typed
        for typed in ("tap", "tap huan ", "nh", "t"):
            assert not search_paths.gin_selective(s, q.ActivityFilter(text=typed)), typed
    for typed, count in (("tap huan", 40), ("hoi thi", 1)):  # either road, the same rows
        found, totals, plain = _found(pg_workspace, typed)
        assert len(found) == totals.count == plain.count == count


def test_self_test_checks_postgresql_s_copy_and_repairs_it(pg_workspace, pg_location):
    """PostgreSQL has no FTS5 tables: its schema is still whole; what self-test checks there
    is the narrow copy of the log for search (``storage.search_figures``): a row missing
    from it is found, and ``--repair`` makes it again, with its word index."""
    from nbhr_desktop.core.selftest import check_database

    _add(pg_workspace, TITLES)
    assert check_database(pg_location).ok, check_database(pg_location).detail
    assert check_search_index(pg_location).ok
    with pg_workspace.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM activity_search_figures WHERE id = "
                                "(SELECT min(id) FROM activity)"))
    broken = check_search_index(pg_location)
    assert not broken.ok and "--repair" in broken.detail
    assert check_search_index(pg_location, repair=True).ok
    assert check_search_index(pg_location).ok
    with pg_workspace.db.engine.connect() as connection:  # rebuilt with its word index
        assert connection.execute(text(
            f"SELECT to_regclass('{search_figures.WORDS_INDEX}') IS NOT NULL")).scalar()
    assert _found(pg_workspace, "cedaw")[1].count == 1


def test_postgresql_samples_a_keystroke_once_until_the_log_grows(pg_workspace, monkeypatch):
    """A keystroke's first page and totals ask the same question of the sample: it is read
    once, and again when the words or the log's size change."""
    from sqlalchemy import event

    monkeypatch.setattr(search_paths, "SMALL_LOG", 0)
    monkeypatch.setattr(search_paths, "_SHARES", {})
    _add(pg_workspace, {f"row{n}": f"Tập huấn nhóm {n}" for n in range(20)})
    with pg_workspace.db.engine.begin() as connection:
        connection.execute(text("ANALYZE activity"))
    samples = []

    def count(conn, cursor, statement, *args):
        samples.extend(["sample"] if "TABLESAMPLE" in statement else [])

    event.listen(pg_workspace.db.engine, "before_cursor_execute", count)
    try:
        for typed, expected in (("khongco", 1), ("khongco", 1), ("hoi thi", 2)):
            with pg_workspace.db.read_session() as s:
                lookups = load_lookups(s, None)
                spec = q.ActivityFilter(text=typed)
                q.page(s, spec, q.Sort("form_id"), lookups, 0, 50)  # an order no walk serves
                assert q.totals(s, spec).count == 0
            assert len(samples) == expected, typed
        _add(pg_workspace, {"rare": "Hội thi tìm hiểu pháp luật"})
        with pg_workspace.db.engine.begin() as connection:
            connection.execute(text("ANALYZE activity"))
        found, totals, plain = _found(pg_workspace, "hoi thi")
        assert len(samples) == 3 and totals.count == plain.count == 1
    finally:
        event.remove(pg_workspace.db.engine, "before_cursor_execute", count)
