"""Re-importing a package applied before: recognised without reading its records only when
nothing has changed since, and then ending exactly as the full comparison does.

Each case builds a state, copies the receiving data folder, re-imports the same file into
the original (recognition allowed) and into the copy (the full comparison forced), and
compares both databases row for row, the import logs and the reported counts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models.sync import SyncImportLog
from nbhr_desktop.sync import replay
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import activities, add_activity, edit_activity, introduce, snapshot


def _clone(installs, ws: Workspace, name: str) -> Workspace:
    """A second data folder holding the same bytes (database, key, settings)."""
    ws.db.dispose()
    target = installs.root / name
    shutil.copytree(ws.location.data_dir, target)
    copy = Workspace.open(Location.resolve(data_dir=target))
    installs.opened.append(copy)
    return copy


def _log(ws: Workspace) -> list[tuple]:
    """The import log as the user and the submissions tracking read it."""
    log = SyncImportLog.__table__
    with ws.db.engine.connect() as conn:
        rows = conn.execute(select(log).order_by(log.c.id)).mappings().all()
    return [(r["kind"], Path(r["file_name"]).name, r["file_sha256"], r["sender_unit_code"],
             r["sender_installation"], r["outcome"], r["message"], r["sender_fingerprint"],
             r["file_created_at"], r["period_key"], r["data_until"],
             {k: v for k, v in (r["counts"] or {}).items() if k != replay.KEY})
            for r in rows]


def _strip(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if k != "file"}


@pytest.fixture
def reimport(installs, monkeypatch):
    """Re-import ``package`` into ``ws`` both ways; returns (summary, recognised)."""
    real = replay.recognise

    def run(ws: Workspace, package: Path, name: str) -> tuple[dict, bool]:
        copy = _clone(installs, ws, name)
        found: list[bool] = []

        def spying(*args):
            result = real(*args)
            found.append(result is not None)
            return result

        monkeypatch.setattr(replay, "recognise", lambda *args: None)
        slow = import_file(copy, package).summary()
        monkeypatch.setattr(replay, "recognise", spying)
        fast = import_file(ws, package).summary()
        monkeypatch.setattr(replay, "recognise", real)
        assert _strip(fast) == _strip(slow)
        assert snapshot(ws) == snapshot(copy)
        assert _log(ws) == _log(copy)
        return fast, any(found)
    return run


@pytest.fixture
def pair(installs):
    """Two PCs of Huyện Kim Sơn that know each other; pc1 has three activities."""
    pc1, pc2 = installs.make("pc1"), installs.make("pc2")
    introduce(pc1, pc2)
    made = [add_activity(pc1, title) for title in
            ("Tập huấn Công ước CEDAW", "Hội nghị phổ biến pháp luật", "Bản tin số 1")]
    return pc1, pc2, made


def test_an_unchanged_package_is_recognised_and_ends_as_the_full_comparison(
        pair, reimport, tmp_path):
    pc1, pc2, _made = pair
    package = export_package(pc1, tmp_path / "pc1.nbhr").path
    first = import_file(pc2, package).summary()
    assert first["new"] >= 3 and not first["conflicts"] and not first["rejected"]
    again, recognised = reimport(pc2, package, "pc2-copy")
    assert recognised
    total = first["new"] + first["unchanged"]
    assert (again["new"], again["updated"], again["deleted"], again["unchanged"]) == (
        0, 0, 0, total)
    # Its log line keeps the mark, so a third import is recognised too.
    third, recognised = reimport(pc2, package, "pc2-copy-2")
    assert recognised and third["unchanged"] == total
    assert import_file(pc2, package, dry_run=True).summary()["unchanged"] == total


def test_a_package_carrying_tombstones_is_recognised(pair, reimport, tmp_path):
    pc1, pc2, made = pair
    edit_activity(pc1, made[0], deleted=True)
    package = export_package(pc1, tmp_path / "pc1.nbhr").path
    import_file(pc2, package)
    assert activities(pc2)[made[0]][2] is True  # arrived as a tombstone
    _again, recognised = reimport(pc2, package, "pc2-copy")
    assert recognised
    assert activities(pc2)[made[0]][2] is True


@pytest.mark.parametrize("change", ["edit", "delete", "new"])
def test_a_local_change_after_the_import_means_a_full_comparison(
        pair, reimport, tmp_path, change):
    pc1, pc2, made = pair
    package = export_package(pc1, tmp_path / "pc1.nbhr").path
    import_file(pc2, package)
    if change == "edit":
        edit_activity(pc2, made[1], title="Hội nghị (bản sửa ở máy 2)", cost=7_000_000)
    elif change == "delete":
        edit_activity(pc2, made[2], deleted=True)
    else:
        add_activity(pc2, "Hoạt động mới ở máy 2")
    again, recognised = reimport(pc2, package, "pc2-copy")
    assert not recognised
    assert again["new"] == again["updated"] == again["deleted"] == 0


def test_another_import_since_means_a_full_comparison(pair, reimport, tmp_path):
    pc1, pc2, made = pair
    older = export_package(pc1, tmp_path / "pc1-a.nbhr").path
    import_file(pc2, older)
    edit_activity(pc1, made[0], title="Tập huấn CEDAW (bổ sung)")
    newer = export_package(pc1, tmp_path / "pc1-b.nbhr").path
    assert import_file(pc2, newer).summary()["updated"] == 1
    again, recognised = reimport(pc2, older, "pc2-copy")
    assert not recognised
    assert again["updated"] == 0  # the older state does not come back


def test_a_package_with_a_conflict_is_always_compared_in_full(pair, reimport, tmp_path):
    pc1, pc2, made = pair
    import_file(pc2, export_package(pc1, tmp_path / "pc1-a.nbhr").path)
    edit_activity(pc1, made[0], title="Bản của máy 1")
    edit_activity(pc2, made[0], title="Bản của máy 2")
    clash = export_package(pc1, tmp_path / "pc1-b.nbhr").path
    first = import_file(pc2, clash).summary()
    assert first["conflicts"] == 1
    with pc2.db.engine.connect() as conn:
        counts = conn.execute(select(SyncImportLog.__table__.c.counts).order_by(
            SyncImportLog.__table__.c.id.desc()).limit(1)).scalar()
    assert replay.KEY not in counts  # nothing to recognise it by
    again, recognised = reimport(pc2, clash, "pc2-copy")
    assert not recognised and again["conflicts"] == 1


def test_a_clock_set_back_behind_the_file_means_a_full_comparison(pair, tmp_path,
                                                                   monkeypatch):
    pc1, pc2, _made = pair
    package = export_package(pc1, tmp_path / "pc1.nbhr").path
    import_file(pc2, package)
    from nbhr_desktop.sync.imports import read_source

    source = read_source(pc2, package)
    info = pc2.installation_info()
    with pc2.db.engine.connect() as conn:
        assert replay.recognise(conn, source, info) is not None
        newest = replay.dt.datetime.fromisoformat(
            conn.execute(select(SyncImportLog.__table__.c.counts).order_by(
                SyncImportLog.__table__.c.id.desc()).limit(1)).scalar()[replay.KEY]["newest"])
        monkeypatch.setattr(replay, "utcnow", lambda: newest - replay.dt.timedelta(days=3))
        assert replay.recognise(conn, source, info) is None


def _mark(ws: Workspace) -> dict:
    log = SyncImportLog.__table__
    with ws.db.engine.connect() as conn:
        return conn.execute(select(log.c.counts).order_by(log.c.id.desc()).limit(1)
                            ).scalar()[replay.KEY]


@pytest.mark.parametrize("before", [False, True])
def test_the_mark_of_a_first_import_counts_the_rows_it_wrote(installs, reimport, tmp_path,
                                                              before):
    """A province that never heard from the district keeps what the import inserted as its
    mark (the rows are not read again); it must equal the rows as read."""
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    add_activity(district, "Tập huấn Công ước CEDAW", themes=("cedaw", "crc"))
    if before:  # an earlier file: the district's rows are already there
        import_file(province, export_package(district, tmp_path / "a.nbhr").path)
    add_activity(district, "Hội nghị phổ biến pháp luật")
    package = export_package(district, tmp_path / "b.nbhr").path
    import_file(province, package)
    kept = _mark(province)
    with province.db.engine.connect() as conn:
        assert kept["rows"] == replay.rows_of(conn, list(kept["rows"]), "376")
    assert kept["rows"]["activity"][0] == 2
    again, recognised = reimport(province, package, "province-copy")
    assert recognised and again["new"] == 0
