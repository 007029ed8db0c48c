"""The lazy table model without a window: it runs its queries at once (``run_now``)."""

from PySide6.QtCore import Qt

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.ui.activities import table_model as tm


def column(model, key):
    return q.COLUMN_KEYS.index(key)


def texts(model, key):
    return [model.index(r, column(model, key)).data() for r in range(model.rowCount())]


def test_counts_orders_and_totals(qapp, workspace, log):
    model = tm.ActivityTableModel(workspace)
    seen = []
    model.totalsChanged.connect(seen.append)
    model.set_query(q.ActivityFilter(), q.Sort("start_date", False))
    assert model.rowCount() == 6 and model.columnCount() == len(q.COLUMNS)
    assert texts(model, "start_date")[0] == "03/11/2023"
    assert seen[-1].attendances == 300 and seen[-1].cost == 29_500_000
    assert model.index(0, column(model, "cost")).data() == "3.000.000"
    assert model.index(0, column(model, "commune_id")).data() == "Ân Hòa"
    model.sort(column(model, "participants_total"), Qt.DescendingOrder)
    assert texts(model, "participants_total")[:2] == ["120", "80"]
    first_theme_row = model.row_of_id(log.activities["t1"])
    assert model.index(first_theme_row, column(model, "themes")).data().count("; ") == 1


def test_search_ignores_diacritics(qapp, workspace, log):
    model = tm.ActivityTableModel(workspace)
    model.set_query(q.ActivityFilter(text="tap huan"))
    assert sorted(texts(model, "title")) == ["Tập huấn Công ước CEDAW cho cán bộ",
                                            "Tập huấn kỹ năng tuyên truyền viên"]
    model.set_query(q.ActivityFilter(text="khong co dau"))
    assert model.rowCount() == 0 and model.totals.count == 0


def test_pages_load_on_demand_and_stay_bounded(qapp, workspace, log, monkeypatch):
    monkeypatch.setattr(tm, "PAGE_SIZE", 2)
    monkeypatch.setattr(tm, "MAX_PAGES", 2)
    calls = []

    def submit(work, done):
        calls.append(work)
        done(work())

    model = tm.ActivityTableModel(workspace, submit)
    model.set_query(q.ActivityFilter(), q.Sort("start_date", True))
    # First page, then the count and totals that extend the table to all six rows.
    assert model.rowCount() == 6 and model.cached_pages() == 1 and len(calls) == 2
    dates = texts(model, "start_date")  # touching every row loads pages 1 and 2
    assert dates[0] == "15/07/2024" and dates[-1] == "03/11/2023"
    assert len(calls) == 4 and model.cached_pages() == 2  # the oldest page was dropped


def test_deferred_queries_keep_only_the_latest(qapp, workspace, log):
    queued = []
    model = tm.ActivityTableModel(workspace, lambda work, done: queued.append((work, done)))
    model.set_query(q.ActivityFilter(text="t"))
    for text in ("ta", "tap", "tap h", "tap huan"):
        model.set_query(q.ActivityFilter(text=text))
    assert len(queued) == 1  # one in flight, the rest coalesced
    work, done = queued.pop()
    done(work())  # the outdated result is dropped, the latest query starts
    assert model.rowCount() == 0 and len(queued) == 1
    shown, totals = [], []
    model.loaded.connect(lambda: shown.append(model.rowCount()))
    model.totalsChanged.connect(totals.append)
    work, done = queued.pop()
    done(work())  # the first page is shown before the count and totals are read
    assert shown == [2] and totals == [] and len(queued) == 1
    work, done = queued.pop()
    done(work())
    assert model.rowCount() == 2 and totals[0].count == 2 and model.spec.text == "tap huan"
    assert not queued and not model.is_busy()
