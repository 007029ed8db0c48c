"""PostgreSQL: a search's totals come from the narrow copy of the log
(``storage.search_figures``), and they are the plain sums (``LIKE`` on the log) for every
typed text and filter; a rarer word's pages come from the copy's word index, and they are
the plain pages for every order and filter; the copy stays equal to the log after edits,
deletes, imports (row by row and bulk), demo data, restores; revision 0010 fills it from a
log that holds rows and takes it away again; revision 0011 moves the word index onto it."""

from __future__ import annotations

import datetime as dt

import pytest
from migration_helpers import downgrade
from sqlalchemy import event, select, text
from test_activity_search_index import EXPECTED, TITLES, _add, _found

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities import search_paths
from nbhr_desktop.core.activities import words as w
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.core.activities.service import ActivityService
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import migrate, search_figures
from nbhr_desktop.storage.backup import make_backup, restore_backup
from nbhr_desktop.storage.db import make_engine
from nbhr_desktop.storage.models import Activity, Catalogue, CatalogueItem
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file


@pytest.fixture
def common(monkeypatch):
    """Every word counts as common (no word index): a search's totals take the copy."""
    monkeypatch.setattr(search_paths, "gin_selective", lambda _session, _spec: False)


@pytest.fixture
def rare(monkeypatch):
    """Every word counts as rare: a search's pages are read through the word index."""
    monkeypatch.setattr(search_paths, "gin_selective",
                        lambda _session, spec: bool(w.typed_words(spec.text)))


def _statements(workspace) -> list[str]:
    seen: list[str] = []
    event.listen(workspace.db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: seen.append(statement))
    return seen


def _agrees(workspace) -> None:
    with workspace.db.engine.connect() as connection:
        assert search_figures.exists(connection)
        assert search_figures.differences(connection) == 0
        assert connection.execute(text(f"SELECT count(*) FROM {search_figures.TABLE}")
                                  ).scalar() == connection.execute(
            text("SELECT count(*) FROM activity")).scalar()


def test_common_word_totals_from_the_copy_are_the_plain_sums(pg_workspace, common):
    made = _add(pg_workspace, TITLES)
    ActivityService(pg_workspace).delete([made["money"]])
    seen = _statements(pg_workspace)
    with pg_workspace.db.read_session() as s:
        lookups = load_lookups(s, None)
        form = lookups.choices["forms"][0].id
    filters = [q.ActivityFilter(), q.ActivityFilter(include_deleted=True),
               q.ActivityFilter(start=dt.date(2024, 3, 2), end=dt.date(2024, 3, 4)),
               q.ActivityFilter(form_ids=(form,)), q.ActivityFilter(without_task=True)]
    for typed, keys in EXPECTED.items():
        for base in filters:
            spec = q.ActivityFilter(**{**base.__dict__, "text": typed})
            seen.clear()
            with pg_workspace.db.read_session() as s:
                totals, plain = q.totals(s, spec), q.plain_totals(s, spec)
            assert totals == plain, (typed, base)
            typed_words = w.typed_words(typed)
            by_copy = any(search_figures.TABLE in statement for statement in seen)
            assert by_copy == bool(typed_words and not w.unindexed(typed_words)), typed
        assert _found(pg_workspace, typed)[1].count == len(keys - {"money"}), typed


# Orders the copy holds (its page read from it alone), and some it does not (read from the
# log by the ids its index finds).
ON_THE_COPY = [q.Sort(), q.Sort("cost", False), q.Sort("form_id"), q.Sort("commune_id", False),
               q.Sort("participants_total"), q.Sort("themes", False)]
ON_THE_LOG = [q.Sort("title", False), q.Sort("title"), q.Sort("end_date"),
              q.Sort("lead_agency_id", False)]


def test_rarer_words_pages_through_the_copy_are_the_plain_pages(pg_workspace, rare,
                                                                monkeypatch):
    monkeypatch.setattr(search_paths, "WALK_ROWS", 1)  # every walk too short: the index
    made = _add(pg_workspace, TITLES | {f"more{n}": f"Tập huấn lần {n}" for n in range(8)})
    ActivityService(pg_workspace).delete([made["money"]])
    with pg_workspace.db.session() as s:
        themes = s.scalars(select(CatalogueItem).where(
            CatalogueItem.catalogue == Catalogue.THEME).limit(2)).all()
        for number, key in enumerate(("cedaw", "pct", "more1", "more4")):
            s.get(Activity, made[key]).themes = themes[: 1 + number % 2]
        theme = themes[1].id
    seen = _statements(pg_workspace)
    bases = [q.ActivityFilter(), q.ActivityFilter(theme_ids=(theme,), include_deleted=True),
             q.ActivityFilter(start=dt.date(2024, 3, 2), end=dt.date(2024, 3, 9))]
    # Words finished and being typed, several at once, one of several key words (side by
    # side: the log decides), none found, punctuation alone (no word).
    for typed in ("tap huan l", "huan ", "hua", "lan 3", "cong uoc", "qd-ttg", "10/12",
                  "1079 ttg", "uan", "%"):
        typed_words = w.typed_words(typed)
        for base in bases:
            spec = q.ActivityFilter(**{**base.__dict__, "text": typed})
            for sort in ON_THE_COPY + ON_THE_LOG:
                for offset in (0, 3):
                    with pg_workspace.db.read_session() as s:
                        lookups = load_lookups(s, None)
                        seen.clear()
                        page = [r.id for r in q.page(s, spec, sort, lookups, offset, 5)]
                        roads = list(seen)
                        assert page == q.plain_page_ids(s, spec, sort, lookups, offset, 5), (
                            typed, base, sort, offset)
                    if not typed_words:
                        continue
                    from_copy = any(f"FROM {search_figures.TABLE}" in st.split("WHERE")[0]
                                    for st in roads)
                    by_ids = any("= ANY (array((SELECT" in st for st in roads)
                    if sort in ON_THE_COPY and not w.unindexed(typed_words):
                        assert from_copy and not by_ids, (typed, sort)
                    else:
                        assert by_ids and not from_copy, (typed, sort)
            with pg_workspace.db.read_session() as s:
                assert q.totals(s, spec) == q.plain_totals(s, spec), (typed, base)
                assert sorted(q.ids(s, spec)) == sorted(q.plain_page_ids(
                    s, spec, q.Sort(), load_lookups(s, None), 0, 100)), (typed, base)


def test_walks_on_postgresql_give_the_plain_pages(pg_workspace, monkeypatch):
    """A walk along the order (on PostgreSQL the plain query's own ORDER BY: the title's
    indexed prefix in byte order) gives the plain page; a word the sample finds in a few
    percent of the log or more is walked further before the copy's index is asked."""
    titles = ["Tập huấn Zalo", "tập huấn ánh sáng", "Tập huấn 10/12", "Tọa đàm (CEDAW)",
              "Tuyên truyền Ân Hòa", "Hội thi tìm hiểu", "tap-huan nhóm B", "Tập huấn_lại",
              "Triển khai 1079/QĐ-TTg", "Thi ảnh đẹp", "Tập huấn an toàn", "Tổng kết"]
    _add(pg_workspace, {f"row{n}": title for n, title in enumerate(titles)})
    walks, real = [], search_paths.walk_first

    def spy(*args, **kwargs):
        walks.append((kwargs.get("rows"), real(*args, **kwargs)))
        return walks[-1][1]

    monkeypatch.setattr(search_paths, "walk_first", spy)
    orders = [q.Sort("title", False), q.Sort("title"), q.Sort(), q.Sort("cost", False)]
    for long_walk in (False, True):
        if long_walk:  # the first walk too short; the words in a tenth of the log
            monkeypatch.setattr(search_paths, "WALK_ROWS", 1)
            monkeypatch.setattr(search_paths, "word_share", lambda _session, _spec: 0.1)
        for typed in ("t", "tap huan", "tap-huan", "h"):
            spec = q.ActivityFilter(text=typed)
            for sort in orders:
                walks.clear()
                with pg_workspace.db.read_session() as s:
                    lookups = load_lookups(s, None)
                    page = [r.id for r in q.page(s, spec, sort, lookups, 1, 2)]
                    assert page == q.plain_page_ids(s, spec, sort, lookups, 1, 2), (
                        typed, sort, long_walk)
                rows = search_paths.LONG_WALK_ROWS if long_walk else None
                assert (rows, page) in walks, (typed, sort, long_walk, walks)


def test_a_word_measured_rare_skips_the_walk_and_gets_the_same_page(pg_workspace,
                                                                   monkeypatch):
    """Once a word's share is measured (``word_share``), its next pages skip the walk along
    the order when the walk's rows could not hold the page; a common word is still walked.
    Every page is the plain query's."""
    titles = [f"Tập huấn đợt {n}" for n in range(40)] + ["Tọa đàm Zalo", "Hội thi Zalo"]
    _add(pg_workspace, {f"row{n}": title for n, title in enumerate(titles)})
    with pg_workspace.db.engine.begin() as connection:
        connection.execute(text("ANALYZE activity"))  # reltuples: the log's size
    monkeypatch.setattr(search_paths, "SMALL_LOG", 10)
    monkeypatch.setattr(search_paths, "WALK_ROWS", 24)  # a page of 2 from 1: needs 3 in 24
    monkeypatch.setattr(search_paths, "LONG_WALK_ROWS", 30)  # "zalo" not walked further
    search_paths._SHARES.clear()
    walks, real = [], search_paths.walk_first

    def spy(*args, **kwargs):
        walks.append(kwargs.get("rows"))
        return real(*args, **kwargs)

    monkeypatch.setattr(search_paths, "walk_first", spy)

    def page_of(typed: str) -> list[int]:
        walks.clear()
        spec = q.ActivityFilter(text=typed)
        with pg_workspace.db.read_session() as s:
            lookups = load_lookups(s, None)
            page = [r.id for r in q.page(s, spec, q.Sort(), lookups, 1, 2)]
            assert page == q.plain_page_ids(s, spec, q.Sort(), lookups, 1, 2), typed
        return page

    assert len(page_of("zalo")) == 1 and walks == [None]  # not measured yet: walked
    assert len(page_of("zalo")) == 1 and walks == []  # 2 of 42: too few for the walk
    assert page_of("khongcotu") == [] and walks == [None]
    assert page_of("khongcotu") == [] and walks == []
    assert len(page_of("tap huan")) == 2 and walks == [None]
    assert len(page_of("tap huan")) == 2 and walks == [None]  # 40 of 42: still walked


def test_a_short_word_being_typed_is_tested_on_the_rows_the_other_words_find(
        pg_workspace, monkeypatch):
    """"tap huan c": the word index is asked for "tap huan" when that finds nearly the
    same rows (the sample says so), and "c" is tested on them; "tap c", whose "tap" finds
    many more rows, asks for both. Pages and totals stay the plain query's."""
    titles = {f"row{n}": f"Tập huấn cán bộ đợt {n}" for n in range(30)}
    titles |= {f"other{n}": f"Tập huấn viên nhóm {n}" for n in range(3)}
    titles |= {f"tap{n}": f"Tập thể dục buổi {n}" for n in range(30)}
    _add(pg_workspace, titles)
    with pg_workspace.db.engine.begin() as connection:
        connection.execute(text("ANALYZE activity"))
    monkeypatch.setattr(search_paths, "SMALL_LOG", 10)
    monkeypatch.setattr(search_paths, "WALK_ROWS", 1)  # no walk: the word index's page
    monkeypatch.setattr(search_paths, "NARROW_ROWS", 5)
    search_paths._SHARES.clear()
    seen = _statements(pg_workspace)
    for typed, narrowed in (("tap huan c", True), ("tap huan ca", True), ("tap c", False),
                            ("tap huan can b", True), ("tap huan can bo ", False),
                            ("huan v", False)):
        spec = q.ActivityFilter(text=typed)
        for sort in (q.Sort(), q.Sort("title", False)):
            seen.clear()
            with pg_workspace.db.read_session() as s:
                lookups = load_lookups(s, None)
                page = [r.id for r in q.page(s, spec, sort, lookups, 0, 50)]
                assert page == q.plain_page_ids(s, spec, sort, lookups, 0, 50), typed
                assert q.totals(s, spec) == q.plain_totals(s, spec), typed
            asked = [st for st in seen if "@@" in st and "TABLESAMPLE" not in st]
            assert asked, typed
            assert all(("ts_match_vq" in st) == narrowed for st in asked), (typed, asked)


def test_the_word_condition_is_answered_by_the_copy_s_index(pg_workspace):
    """The condition the search writes is the one the GIN index of the copy answers (a
    scan forbidden, the plan reads the index), and revision 0011 made that index."""
    _add(pg_workspace, TITLES)
    copy = search_figures.table
    with pg_workspace.db.engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        for typed in ("tap hu", "cedaw ", "1079 ttg"):
            statement = select(copy.c.id).where(w.gin_matches(w.typed_words(typed),
                                                              copy.c.words))
            plan = "\n".join(connection.exec_driver_sql("EXPLAIN " + str(statement.compile(
                dialect=connection.dialect, compile_kwargs={"literal_binds": True}))).scalars())
            assert search_figures.WORDS_INDEX in plan, plan
        assert connection.exec_driver_sql(
            "SELECT to_regclass('ix_activity_words') IS NULL").scalar()


def test_theme_filters_and_the_copy(pg_workspace, common):
    """A theme filter (a link table, tested by id) works on the copy's ids."""
    made = _add(pg_workspace, TITLES)
    with pg_workspace.db.session() as s:
        theme = s.scalars(select(CatalogueItem).where(
            CatalogueItem.catalogue == Catalogue.THEME).limit(1)).one()
        for key in ("cedaw", "pct"):
            s.get(Activity, made[key]).themes = [theme]
        theme = theme.id
    for links_first in (False, True):
        spec = q.ActivityFilter(text="tap", theme_ids=(theme,))
        with pg_workspace.db.read_session() as s:
            where = q.conditions(spec, text=False, links_first=links_first)
            assert search_paths.totals(s, spec, where) == q.plain_totals(s, spec).as_tuple()
            assert q.plain_totals(s, spec).count == 2


def test_the_copy_follows_writes_imports_and_restores(pg_location, workspace, tmp_path,
                                                       monkeypatch, common):
    """A province on PostgreSQL: imports (row by row, then the bulk path), edits, deletes,
    a restore: the copy is the log each time, and totals follow."""
    from nbhr_desktop.sync import writer

    made = _add(workspace, TITLES)  # Kim Sơn on SQLite sends its log
    province = Workspace.open(pg_location)
    try:
        initialise(province, "Tỉnh Ninh Bình", role="province")
        _agrees(province)
        import_file(province, export_package(workspace, tmp_path / "first").path)
        _agrees(province)
        assert _found(province, "tap huan")[1].count == 2
        service = ActivityService(workspace)
        data, _evidence = service.load(made["cedaw"])
        data.title = "Tọa đàm về bình đẳng giới"
        data.participants_total = 77
        service.update(made["cedaw"], data)
        service.delete([made["radio"]])
        monkeypatch.setattr(writer, "FIGURES_ASIDE_FROM", 1)  # the bulk path
        import_file(province, export_package(workspace, tmp_path / "second").path)
        _agrees(province)
        _found_, totals, plain = _found(province, "binh dang")
        assert totals == plain and totals.count == 1 and totals.attendances == 77
        assert _found(province, "t")[1].count == 5  # all but the deleted one

        backup = make_backup(province, tmp_path / "before.sqlite3")
        with province.db.session() as s:  # a hard delete, and every row renamed
            s.delete(s.scalars(select(Activity).where(Activity.deleted.is_(False))
                               .limit(1)).one())
            s.execute(text("UPDATE activity SET search_text = ' khac han '"))
        _agrees(province)
        assert _found(province, "khac")[1].count == 4
        restore_backup(province, backup)
        _agrees(province)
        assert _found(province, "khac")[1].count == 0
        assert _found(province, "t")[1].count == 5
        with province.db.engine.begin() as connection:  # TRUNCATE empties it too
            connection.execute(text("TRUNCATE activity CASCADE"))
        _agrees(province)
    finally:
        province.close()


def test_demo_data_on_postgresql_fills_the_copy(pg_workspace, common):
    from nbhr_desktop.core.demo import generate_demo_data

    generate_demo_data(pg_workspace, activities=300, seed=5)
    _agrees(pg_workspace)
    with pg_workspace.db.read_session() as s:
        word = s.scalar(select(Activity.search_text).limit(1)).split()[0]
    for typed in (word[:1], word[:2], word, f"{word} "):
        spec = q.ActivityFilter(text=typed)
        with pg_workspace.db.read_session() as s:
            totals, plain = q.totals(s, spec), q.plain_totals(s, spec)
        assert totals == plain and totals.count > 0, typed


def test_revision_0010_fills_the_copy_and_takes_it_away(pg_workspace):
    """Upgrade of a 0009 log with rows: every activity in the copy; down again: nothing of
    it left; the live SQL is the revision's."""
    import importlib

    _add(pg_workspace, TITLES)
    revision = importlib.import_module(
        "nbhr_desktop.storage.migrations.versions.0010_activity_search_figures")
    assert search_figures.create_sql() == revision.CREATE
    assert search_figures.FILL == revision.FILL
    engine = make_engine(pg_workspace.location)
    try:
        downgrade(engine, "0009")
        with engine.connect() as connection:
            assert not search_figures.exists(connection)
            left = connection.execute(text(
                "SELECT count(*) FROM pg_proc WHERE proname LIKE 'activity_search_figures%' "
                "AND pronamespace = current_schema()::regnamespace")).scalar()
            assert left == 0
            connection.execute(text(
                "UPDATE activity SET participants_total = participants_total + 1"))
            connection.commit()
        migrate.upgrade(engine)
        with engine.connect() as connection:
            assert search_figures.differences(connection) == 0
            assert connection.execute(text(
                f"SELECT count(*) FROM {search_figures.TABLE}")).scalar() == len(TITLES)
    finally:
        engine.dispose()


def test_revision_0011_moves_the_word_index_onto_the_copy(pg_workspace):
    """Down to 0010: the old expression index on the log is back and the copy's is gone;
    up again: the reverse, and rows written meanwhile are found (the live SQL is the
    revision's)."""
    import importlib

    made = _add(pg_workspace, TITLES)
    revision = importlib.import_module(
        "nbhr_desktop.storage.migrations.versions.0011_search_copy_word_index")
    assert search_figures.INDEX_SQL == revision.INDEX

    def indexes(connection) -> dict[str, str]:
        return dict(connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND indexname IN ('ix_activity_words', %s)", (search_figures.WORDS_INDEX,)).all())

    engine = make_engine(pg_workspace.location)
    try:
        downgrade(engine, "0010")
        with engine.begin() as connection:
            found = indexes(connection)
            assert list(found) == ["ix_activity_words"]
            assert found["ix_activity_words"].endswith(  # as revision 0006 made it
                "USING gin (array_to_tsvector(string_to_array(btrim(search_text), ' '::text)))")
            connection.exec_driver_sql(
                "UPDATE activity SET title = 'Hội thi mới', search_text = ' hoi thi moi ' "
                "WHERE id = %s", (made["radio"],))
        migrate.upgrade(engine)
        with engine.connect() as connection:
            assert list(indexes(connection)) == [search_figures.WORDS_INDEX]
            assert search_figures.differences(connection) == 0
    finally:
        engine.dispose()
    assert _found(pg_workspace, "hoi thi m")[0] == {made["radio"]}


def test_sqlite_has_no_copy(workspace):
    _add(workspace, TITLES)
    with workspace.db.engine.connect() as connection:
        assert not search_figures.exists(connection)
        assert search_figures.differences(connection) == 0
