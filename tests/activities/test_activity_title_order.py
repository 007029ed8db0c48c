"""The table sorted by title: the folded text (``search_text``) in byte order, ties by id,
on SQLite and on PostgreSQL alike, whatever the server's locale (PostgreSQL orders by an
indexed 100-character prefix first, then the whole text: revision 0007)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.storage.models import Activity

from report_fixtures import add_activity

LONG = "Tuyên truyền Hiến pháp năm 2013 về quyền con người, quyền và nghĩa vụ cơ bản của " \
       "công dân tại các thôn, xóm"  # folded, longer than the 100-character prefix
TITLES = [LONG + " đợt 2", LONG + " đợt 1", LONG + " Đợt 1", "Ấp Bắc", "ap bac 2", "Zebra",
          "ân hòa", "An Hòa x", "a-b", "a b", "ab", "A b", "Ắ", "Ô tô", "ô", "10 năm", "9 năm"]


def test_title_sort_is_byte_order_of_the_folded_text_on_both_engines(any_workspace):
    info = any_workspace.installation_info()
    with any_workspace.db.session() as session:
        for number, title in enumerate(TITLES):
            add_activity(session, info, dt.date(2024, 3, 1 + number), title)
    with any_workspace.db.session() as session:
        stored = session.execute(select_keys()).all()
        lookups = load_lookups(session, info.unit_id)
        expected = [i for _key, i in sorted((key.encode(), i) for key, i in stored)]
        for descending in (False, True):
            sort = q.Sort("title", descending)
            pages = [r.id for offset in range(0, len(TITLES), 5)
                     for r in q.page(session, q.ActivityFilter(), sort, lookups, offset, 5)]
            assert pages == (expected[::-1] if descending else expected)
    assert len(LONG) > 100
    # "Đợt 1" folds like "đợt 1", "A b" like "a b": their order is the id's.
    assert len({key for key, _i in stored}) < len(TITLES)


def select_keys():
    return select(Activity.search_text, Activity.id)
