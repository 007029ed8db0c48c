"""The shorter roads of the activity query (``fast_paths``: totals from the per-day figures,
pages sorted by a catalogue's names read item by item, link filters started from the link
table) give exactly the rows and totals of the plain queries, for a mix of filters and
orders over a log of several units with deleted rows, links and empty links."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.storage.models import Activity, AdminUnit, CatalogueItem, UnitLevel

from activity_fixtures import build_log


@pytest.fixture(params=["sqlite", "postgresql"])
def any_workspace(request):
    return request.getfixturevalue("workspace" if request.param == "sqlite"
                                   else "pg_workspace")


def _mixed_log(ws):
    """The fixture's log plus 240 activities of three units: some deleted, some without a
    form, commune or task, communes of other districts (no name in this unit's lists), and
    zero to three themes and audiences each."""
    log = build_log(ws)
    info = ws.installation_info()
    chooser = random.Random(14)
    with ws.db.session() as s:
        districts = s.scalars(select(AdminUnit).where(
            AdminUnit.level == UnitLevel.DISTRICT, AdminUnit.id != log.unit_id)
            .order_by(AdminUnit.id)).all()[:2]
        units = [log.unit_id] + [d.id for d in districts]
        foreign = s.scalars(select(AdminUnit.id).where(
            AdminUnit.parent_id.in_([d.id for d in districts])).limit(2)).all()
        communes = list(log.communes.values()) + list(foreign) + [None]
        forms = list(log.forms.values())[:4] + [None]
        tasks = list(log.tasks.values()) + [None]
        funding = list(log.funding.values())[:2] + [None]
        themes = [s.get(CatalogueItem, i) for i in list(log.themes.values())[:4]]
        audiences = [s.get(CatalogueItem, i) for i in list(log.audiences.values())[:3]]
        stamp = {"owner_unit_code": info.unit_code, "changed_by": info.installation_uuid}
        for number in range(240):
            activity = Activity(
                unit_id=chooser.choice(units),
                start_date=dt.date(2024, 1, 1) + dt.timedelta(days=chooser.randrange(500)),
                form_id=chooser.choice(forms), commune_id=chooser.choice(communes),
                task_id=chooser.choice(tasks), funding_id=chooser.choice(funding),
                title=chooser.choice(["Tập huấn", "Hội nghị", "Phát thanh", "Tọa đàm"])
                + f" số {number}", description="",
                participants_total=chooser.randrange(200), participants_women=chooser.randrange(90),
                participants_ethnic=chooser.randrange(20), products=chooser.randrange(5),
                broadcast_minutes=chooser.choice([0, 15, 30]),
                cost=chooser.choice([0, 500_000, 1_000_000, 2_500_000]),
                deleted=chooser.random() < 0.1, **stamp)
            activity.themes = chooser.sample(themes, chooser.randrange(4))
            activity.audiences = chooser.sample(audiences, chooser.randrange(3))
            s.add(activity)
    return log, units, communes, forms, [t.id for t in themes], [a.id for a in audiences]


def _specs(log, units, communes, forms, themes, audiences):
    year = {"start": dt.date(2024, 3, 1), "end": dt.date(2024, 11, 30)}
    return [
        q.ActivityFilter(),
        q.ActivityFilter(include_deleted=True),
        q.ActivityFilter(unit_id=log.unit_id),
        q.ActivityFilter(unit_ids=tuple(units[1:])),
        q.ActivityFilter(**year),
        q.ActivityFilter(start=dt.date(2030, 1, 1)),  # nothing logged yet
        q.ActivityFilter(form_ids=(forms[0],), **year),
        q.ActivityFilter(form_ids=tuple(forms[:2]), unit_ids=tuple(units[:2])),
        q.ActivityFilter(commune_ids=(communes[0], communes[-2])),
        q.ActivityFilter(task_ids=(next(iter(log.tasks.values())),)),
        q.ActivityFilter(without_task=True, task_ids=(next(iter(log.tasks.values())),)),
        q.ActivityFilter(funding_ids=(next(iter(log.funding.values())),), start=year["start"]),
        q.ActivityFilter(theme_ids=(themes[0],)),
        q.ActivityFilter(theme_ids=(themes[1],), unit_id=units[1], **year),
        q.ActivityFilter(theme_ids=tuple(themes[:2])),
        q.ActivityFilter(audience_ids=(audiences[0],), end=year["end"]),
        q.ActivityFilter(theme_ids=(themes[2],), audience_ids=(audiences[1],)),
        q.ActivityFilter(theme_ids=(themes[0],), form_ids=(forms[1],)),
        q.ActivityFilter(theme_ids=(themes[0],), include_deleted=True),
        q.ActivityFilter(text="tap huan"),
        q.ActivityFilter(text="hoi", commune_ids=(communes[1],)),
    ]


def test_short_roads_give_the_plain_answers(any_workspace):
    ws = any_workspace
    log, units, communes, forms, themes, audiences = _mixed_log(ws)
    with ws.db.read_session() as s:
        lookups = load_lookups(s, log.unit_id)
        specs = _specs(log, units, communes, forms, themes, audiences)
        counted = set()
        for spec in specs:
            plain = q.plain_totals(s, spec)
            assert q.totals(s, spec) == plain, spec
            assert q.plain_totals(s, spec, links_first=True) == plain, spec
            counted.add(plain.count)
            for key in ("commune_id", "form_id", "task_id", "funding_id", "cost", "start_date"):
                for descending in (False, True):
                    sort = q.Sort(key, descending)
                    for offset in (0, 9, 41):
                        expected = q.plain_page_ids(s, spec, sort, lookups, offset, 25)
                        got = [row.id for row in q.page(s, spec, sort, lookups, offset, 25)]
                        assert got == expected, (spec, sort, offset)
                        assert q.plain_page_ids(s, spec, sort, lookups, offset, 25,
                                                links_first=True) == expected
    # The filters are not trivially empty or all alike: the comparison has rows to compare.
    assert len(counted) > 10 and max(counted) > 200


def test_sort_by_commune_names_with_unnamed_and_missing_communes(workspace):
    log, _units, communes, *_rest = _mixed_log(workspace)
    with workspace.db.read_session() as s:
        lookups = load_lookups(s, log.unit_id)
        rows = []
        while batch := q.page(s, q.ActivityFilter(), q.Sort("commune_id", False), lookups,
                              len(rows), 50):
            rows += batch
        count = q.totals(s, q.ActivityFilter()).count
    ranks = lookups.ranks("communes")
    keys = [(ranks.get(r.commune_id, len(ranks)), r.id) for r in rows]
    assert keys == sorted(keys)  # named communes alphabetically, then the rest by id
    assert {r.commune_id for r in rows} == set(communes)
    assert len(rows) == count
