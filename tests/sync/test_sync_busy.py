"""Another program holding the database: wait with progress, then one clear message; an
export never leaves a file its log does not know (issue 12, item 8)."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import func, select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.cli import main
from nbhr_desktop.storage import db as storage_db
from nbhr_desktop.storage.models.sync import SyncExportLog
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import add_activity, snapshot


class Holder:
    """Another program's write transaction on the same SQLite file."""

    def __init__(self, ws):
        self.connection = sqlite3.connect(ws.location.sqlite_path, check_same_thread=False)
        self.connection.isolation_level = None
        self.connection.execute("BEGIN IMMEDIATE")

    def release(self):
        self.connection.execute("ROLLBACK")
        self.connection.close()


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(storage_db, "WRITE_WAIT_SECONDS", 2)
    monkeypatch.setattr(storage_db, "WRITE_STEP_MS", 200)


@pytest.fixture
def pair(installs, tmp_path):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    add_activity(district, "Tập huấn")
    package = export_package(district, tmp_path / "p.nbhr").path
    return district, province, package


def test_import_waits_reports_then_says_busy(pair, short_wait):
    _district, province, package = pair
    before = snapshot(province)
    waits = []
    holder = Holder(province)
    try:
        with pytest.raises(UserError) as caught:
            import_file(province, package, progress=lambda *a: waits.append(a))
    finally:
        holder.release()
    assert "đang bận" in caught.value.message and "Chưa ghi gì" in caught.value.message
    assert waits and all("đang chờ" in text for _d, _t, text in waits if "bận" in text)
    assert snapshot(province) == before
    assert import_file(province, package).summary()["new"] == 15  # works once it is free


def test_import_goes_ahead_when_the_other_program_finishes(pair, short_wait):
    _district, province, package = pair
    holder = Holder(province)
    timer = threading.Timer(0.7, holder.release)
    timer.start()
    waits = []
    try:
        result = import_file(province, package, progress=lambda *a: waits.append(a[2]))
    finally:
        timer.join()
    assert result.summary()["new"] == 15
    assert any("bận" in text for text in waits)


def test_export_leaves_no_file_the_log_does_not_know(pair, short_wait, tmp_path):
    district, _province, _package = pair
    out = tmp_path / "out" / "gui-tinh.nbhr"
    out.parent.mkdir()
    holder = Holder(district)
    try:
        with pytest.raises(UserError, match="đang bận"):
            export_package(district, out)
    finally:
        holder.release()
    assert list(out.parent.iterdir()) == []  # neither the package nor a partial file
    with district.db.engine.connect() as conn:
        logged = conn.execute(select(func.count()).select_from(SyncExportLog.__table__)).scalar()
    exported = export_package(district, out)
    with district.db.engine.connect() as conn:
        names = conn.execute(select(SyncExportLog.__table__.c.file_name)).scalars().all()
    assert exported.path.is_file() and len(names) == logged + 1 and str(out) in names


def test_cli_busy_is_one_line(pair, short_wait, capsys):
    _district, province, package = pair
    holder = Holder(province)
    try:
        code = main(["--data-dir", str(province.location.data_dir), "import", str(package),
                     "--accept-new-key"])
    finally:
        holder.release()
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("Lỗi")]
    assert code == 2 and len(lines) == 1 and "đang bận" in lines[0]
    assert "đang chờ" in err and "Traceback" not in err
