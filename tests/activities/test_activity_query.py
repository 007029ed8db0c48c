import datetime as dt

import pytest

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import load_lookups


@pytest.fixture
def lookups(workspace, log):
    with workspace.db.session() as s:
        return load_lookups(s, log.unit_id)


def run(workspace, lookups, spec, sort=None, offset=0, limit=50):
    sort = sort or q.Sort("start_date", False)
    with workspace.db.session() as s:
        return q.page(s, spec, sort, lookups, offset, limit), q.totals(s, spec)


def titles(rows):
    return [r.title for r in rows]


def test_everything_sorted_by_date_with_totals(workspace, log, lookups):
    rows, totals = run(workspace, lookups, q.ActivityFilter(unit_id=log.unit_id))
    assert totals.count == 6 == len(rows)
    assert [r.start_date for r in rows] == sorted(r.start_date for r in rows)
    assert totals.attendances == 300 and totals.women == 150
    assert totals.cost == 29_500_000 and totals.minutes == 50
    assert totals.women_share == 50.0


def test_search_ignores_diacritics_case_and_word_order(workspace, log, lookups):
    for text in ("tap huan", "TẬP HUẤN", "huấn tập", "  tap   huan "):
        rows, totals = run(workspace, lookups, q.ActivityFilter(text=text))
        assert set(titles(rows)) == {"Tập huấn Công ước CEDAW cho cán bộ",
                                     "Tập huấn kỹ năng tuyên truyền viên"}, text
        assert totals.count == 2
    rows, _ = run(workspace, lookups, q.ActivityFilter(text="cedaw tap"))
    assert titles(rows) == ["Tập huấn Công ước CEDAW cho cán bộ"]
    rows, _ = run(workspace, lookups, q.ActivityFilter(text="doan thanh nien"))
    assert titles(rows) == ["Hội nghị Đoàn Thanh niên"]
    # LIKE wildcards typed by the user are no patterns: they separate words like any
    # punctuation ("c_daw" is "c daw", which nothing holds), and alone they filter nothing.
    for text in ("c_daw", "ced%w"):
        assert run(workspace, lookups, q.ActivityFilter(text=text))[0] == [], text
    assert run(workspace, lookups, q.ActivityFilter(text="%"))[1].count == 6


def test_filters_combine(workspace, log, lookups):
    spec = q.ActivityFilter(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    assert run(workspace, lookups, spec)[1].count == 5
    spec = q.ActivityFilter(commune_ids=(log.communes["Kim Chính"],))
    assert set(titles(run(workspace, lookups, spec)[0])) == {
        "Tập huấn kỹ năng tuyên truyền viên", "Phát thanh chống mua bán người"}
    spec = q.ActivityFilter(task_ids=(log.tasks["radio"],), form_ids=(log.forms["truyen_thanh"],))
    assert run(workspace, lookups, spec)[1].products == 6
    assert titles(run(workspace, lookups, q.ActivityFilter(without_task=True))[0]) == [
        "Hội nghị Đoàn Thanh niên"]
    theme = list(log.themes.values())[1]
    assert run(workspace, lookups, q.ActivityFilter(theme_ids=(theme,)))[1].count == 2
    audience = next(iter(log.audiences.values()))
    rows, totals = run(workspace, lookups, q.ActivityFilter(audience_ids=(audience,)))
    assert totals.count == 1 and rows[0].audiences == [audience]
    assert sorted(rows[0].themes) == sorted(list(log.themes.values())[:2])


def test_sorting_by_names_and_numbers(workspace, log, lookups):
    spec = q.ActivityFilter()
    rows, _ = run(workspace, lookups, spec, q.Sort("commune_id", False))
    names = [lookups.name("communes", r.commune_id) for r in rows]
    assert names == ["Ân Hòa", "Ân Hòa", "Kim Chính", "Kim Chính", "Phát Diệm", "Phát Diệm"]
    rows, _ = run(workspace, lookups, spec, q.Sort("cost", True))
    assert [r.cost for r in rows] == sorted((r.cost for r in rows), reverse=True)
    rows, _ = run(workspace, lookups, spec, q.Sort("title", False))
    assert titles(rows)[0] == "Bồi dưỡng nghiệp vụ thông tin cơ sở"
    for key in q.COLUMN_KEYS:  # every column sorts, both ways
        for descending in (False, True):
            rows, _ = run(workspace, lookups, spec, q.Sort(key, descending))
            assert len(rows) == 6


def test_pages_do_not_overlap(workspace, log, lookups):
    spec, sort = q.ActivityFilter(), q.Sort("form_id", False)
    first, _ = run(workspace, lookups, spec, sort, 0, 4)
    second, _ = run(workspace, lookups, spec, sort, 4, 4)
    ids = [r.id for r in first + second]
    assert len(ids) == len(set(ids)) == 6


def test_deleted_rows_are_hidden(workspace, log, lookups):
    from nbhr_desktop.core.activities.service import ActivityService
    ActivityService(workspace).delete([log.activities["t1"]])
    assert run(workspace, lookups, q.ActivityFilter())[1].count == 5
    assert run(workspace, lookups, q.ActivityFilter(include_deleted=True))[1].count == 6


def test_presets_round_trip(tmp_path):
    from nbhr_desktop.core.activities.presets import PresetStore
    store = PresetStore(tmp_path)
    spec = q.ActivityFilter(start=dt.date(2024, 1, 1), form_ids=(3, 4), text="tập huấn")
    store.save("Tập huấn 2024", spec)
    store.save("Ba", q.ActivityFilter(without_task=True))
    assert store.names() == ["Ba", "Tập huấn 2024"]
    assert store.get("Tập huấn 2024") == spec
    store.save("TAP HUAN 2024", q.ActivityFilter())  # same name without accents: replaced
    assert store.names() == ["Ba", "TAP HUAN 2024"]
    store.delete("Ba")
    assert store.names() == ["TAP HUAN 2024"]
    store.path.write_text("{not json")
    assert store.names() == []


def test_walking_the_order_gives_the_same_first_page(workspace, log, lookups, monkeypatch):
    """A search's first page found among the first rows of the order's index is the page
    of the full answer; too few there, and the walk gives way."""
    from nbhr_desktop.core.activities import search_paths
    spec = q.ActivityFilter(text="t")
    monkeypatch.setattr(search_paths, "WALK_ROWS", 4)  # the first four rows of the order
    for sort in (q.Sort("start_date", True), q.Sort("cost", True), q.Sort("title", False)):
        with workspace.db.session() as s:
            full = q.plain_page_ids(s, spec, sort, lookups, 0, 6)
            key = q.sort_expression(sort, lookups)
            where = q.conditions(spec, text=False)
            walked = search_paths.walk_first(s, spec, where, key, sort.descending, 0, 1)
            assert walked == full[:1]
            assert search_paths.walk_first(s, spec, where, key, sort.descending, 0, 5) is None
            assert [r.id for r in q.page(s, spec, sort, lookups, 0, 6)] == full
