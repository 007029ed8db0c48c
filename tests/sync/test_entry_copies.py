"""Copies of one entry workbook never overwrite each other; an older copy never reverts a
newer correction (issue 12, items 1 and 2)."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from nbhr_desktop.core.demo import ensure_communes
from nbhr_desktop.core.units.lineage import communes_of
from nbhr_desktop.storage.models import Activity, AdminUnit
from nbhr_desktop.storage.models.sync import SyncLineage
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file
from nbhr_desktop.workbooks.entry_import import ROW_NAMESPACE
from nbhr_desktop.workbooks.entry_template import write_entry_template

from sync_helpers import activities, edit_activity, fill, introduce, stamp_saved

FORM = "Tập huấn, bồi dưỡng"
MARCH = dt.datetime(2025, 3, 20, 8, 0)


@pytest.fixture
def district(installs):
    ws = installs.make("district")
    info = ws.installation_info()
    with ws.db.session() as s:
        unit = s.get(AdminUnit, info.unit_id)
        ensure_communes(s, unit, random.Random(1), info.installation_uuid)
    return ws


def communes(ws) -> list[str]:
    """The district's own communes in March 2025, when the rows are dated."""
    info = ws.installation_info()
    with ws.db.session() as s:
        unit = s.get(AdminUnit, info.unit_id)
        return sorted(c.name for c in communes_of(s, unit, dt.date(2025, 3, 5)))


def titles(ws) -> list[str]:
    return sorted(v[0] for v in activities(ws).values() if not v[2])


def row(title: str, commune: str | None = None, cost: int = 1_000_000, day=dt.date(2025, 3, 5)):
    values = {"B": day, "D": title, "E": FORM, "O": cost}
    if commune:
        values["H"] = commune
    return values


def test_one_template_two_communes_filling_the_same_row_keep_both(district, tmp_path):
    first, second = communes(district)[:2]
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    a = fill(template, tmp_path / "a.xlsx", {2: row("Tập huấn xã A", first)}, saved=MARCH)
    b = fill(template, tmp_path / "b.xlsx", {2: row("Hội nghị xã B", second)},
             saved=MARCH + dt.timedelta(hours=1))
    assert import_file(district, a).summary()["new"] == 1
    second_import = import_file(district, b).summary()
    assert (second_import["new"], second_import["updated"]) == (1, 0)
    assert titles(district) == ["Hội nghị xã B", "Tập huấn xã A"]
    # Neither commune named itself on the row: still two activities, known by their content.
    c = fill(template, tmp_path / "c.xlsx", {3: row("Tuyên truyền không ghi xã")}, saved=MARCH)
    d = fill(template, tmp_path / "d.xlsx", {3: row("Pano không ghi xã")}, saved=MARCH)
    assert import_file(district, c).summary()["new"] == 1
    assert import_file(district, d).summary()["new"] == 1
    assert len(titles(district)) == 4


def test_copies_made_for_each_commune_never_collide(district, tmp_path):
    first, second = communes(district)[:2]
    for_a = write_entry_template(district, tmp_path / "a.xlsx", commune=first)
    for_b = write_entry_template(district, tmp_path / "b.xlsx", commune=second)
    lists = load_workbook(for_a)["Danh sách"]
    assert [r[3] for r in lists.iter_rows(min_row=2, values_only=True) if r[3]] == [first]
    a = fill(for_a, tmp_path / "a2.xlsx", {2: row("Hoạt động của xã A")}, saved=MARCH)
    b = fill(for_b, tmp_path / "b2.xlsx", {2: row("Hoạt động của xã B")}, saved=MARCH)
    import_file(district, a)
    assert import_file(district, b).summary()["new"] == 1
    with district.db.session() as s:
        placed = dict(s.execute(select(Activity.title, AdminUnit.name).join(
            AdminUnit, AdminUnit.id == Activity.commune_id)).all())
    assert placed == {"Hoạt động của xã A": first, "Hoạt động của xã B": second}
    # A row naming another commune in a commune's own copy is refused, the rest imports.
    wrong = fill(for_a, tmp_path / "a3.xlsx", {3: row("Ghi nhầm xã", second)}, saved=MARCH)
    summary = import_file(district, wrong, dry_run=True).summary()
    assert summary["rejected"] == 1 and "dành cho " + first in summary["problems"][0]["reason"]


def test_older_copy_never_reverts_a_newer_correction(district, tmp_path):
    first = communes(district)[0]
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    old = fill(template, tmp_path / "v1.xlsx", {2: row("Tập huấn", first, cost=1_000_000)},
               saved=MARCH)
    new = fill(old, tmp_path / "v2.xlsx", {2: {"O": 2_500_000}},
               saved=MARCH + dt.timedelta(days=2))
    import_file(district, old)
    assert import_file(district, new).summary()["updated"] == 1
    again = import_file(district, old).summary()
    assert (again["updated"], again["rejected"]) == (0, 1)
    assert "mới hơn bản này" in again["problems"][0]["reason"]
    assert [v[1] for v in activities(district).values()] == [2_500_000]


def test_older_copy_at_the_other_pc_of_the_unit(installs, district, tmp_path):
    """The save time travels with the activity: the unit's other PC refuses the old copy."""
    pc2 = installs.make("pc2")
    introduce(district, pc2)
    first = communes(district)[0]
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    old = fill(template, tmp_path / "v1.xlsx", {2: row("Tập huấn", first)}, saved=MARCH)
    new = fill(old, tmp_path / "v2.xlsx", {2: {"O": 3_000_000}}, saved=MARCH + dt.timedelta(1))
    import_file(district, new)
    import_file(pc2, export_package(district, tmp_path / "p.nbhr").path)
    late = import_file(pc2, old).summary()
    assert (late["updated"], late["rejected"]) == (0, 1)
    assert [v[1] for v in activities(pc2).values()] == [3_000_000]


def test_row_left_as_it_was_keeps_an_edit_made_in_the_app(district, tmp_path):
    first = communes(district)[0]
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    v1 = fill(template, tmp_path / "v1.xlsx", {2: row("Tập huấn", first)}, saved=MARCH)
    import_file(district, v1)
    [uid] = activities(district)
    edit_activity(district, uid, title="Tập huấn (đã sửa ở huyện)")
    v2 = fill(v1, tmp_path / "v2.xlsx", {3: row("Hội nghị", first)},
              saved=MARCH + dt.timedelta(days=1))
    summary = import_file(district, v2).summary()
    assert (summary["new"], summary["unchanged"], summary["conflicts"]) == (1, 1, 0)
    assert titles(district) == ["Hội nghị", "Tập huấn (đã sửa ở huyện)"]


def test_without_a_save_time_a_changed_row_is_asked_not_overwritten(district, tmp_path):
    first = communes(district)[0]
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    v1 = fill(template, tmp_path / "v1.xlsx", {2: row("Tập huấn", first)}, saved=MARCH)
    import_file(district, v1)
    undated = stamp_saved(fill(v1, tmp_path / "v2.xlsx", {2: {"O": 7}}), None)
    summary = import_file(district, undated).summary()
    assert (summary["updated"], summary["conflicts"]) == (0, 1)
    assert any("thời điểm lưu" in note for note in summary["notes"])
    assert [v[1] for v in activities(district).values()] == [1_000_000]


def test_version_1_workbooks_keep_their_rows_and_stop_colliding(district, tmp_path):
    """A template exported before this change (one id for all its copies) still updates the
    rows it imported before, and another commune's copy no longer overwrites them."""
    first, second = communes(district)[:2]
    template = write_entry_template(district, tmp_path / "mau.xlsx")
    book = load_workbook(template)
    meta = book["_nbhr"]
    for cells in meta.iter_rows():
        if cells[0].value == "version":
            cells[1].value = "1"
        if cells[0].value == "workbook_id":
            workbook_id = cells[1].value
    book.save(template)
    a = fill(template, tmp_path / "a.xlsx", {2: row("Xã A", first)}, saved=MARCH)
    import_file(district, a)
    legacy = str(uuid.uuid5(ROW_NAMESPACE, f"{workbook_id}:row:1"))
    with district.db.session() as s:  # as the old app identified it
        s.execute(update(SyncLineage).values(uuid=legacy))
        s.execute(update(Activity).values(uuid=legacy))
    corrected = fill(a, tmp_path / "a2.xlsx", {2: {"O": 5}}, saved=MARCH + dt.timedelta(1))
    assert import_file(district, corrected).summary()["updated"] == 1
    b = fill(template, tmp_path / "b.xlsx", {2: row("Xã B", second)}, saved=MARCH)
    assert import_file(district, b).summary()["new"] == 1
    state = {v[0]: v[1] for v in activities(district).values()}
    assert state == {"Xã A": 5, "Xã B": 1_000_000} and legacy in activities(district)
