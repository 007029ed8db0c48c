"""A large import from the command line written with SQLite's rollback journal when nothing
else has the database open (each page written once instead of into the log and again at the
checkpoint): the automatic backup it makes from a second connection still works, WAL comes
back, a failed import keeps nothing, and the records are those a WAL import writes. The
window's imports stay in WAL (its screens read meanwhile)."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest

from nbhr_desktop.storage.backup import read_backup_info
from nbhr_desktop.sync import apply
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file, read_source

from sync_helpers import activities, add_activity, introduce


@pytest.fixture
def journals(monkeypatch) -> list[bool]:
    """Whether each import left WAL (as ``rollback_journal`` yielded), every import counted
    as large."""
    seen: list[bool] = []
    real = apply.rollback_journal

    @contextmanager
    def spy(engine, enabled=True):
        with real(engine, enabled) as switched:
            seen.append(switched)
            yield switched

    monkeypatch.setattr(apply, "rollback_journal", spy)
    monkeypatch.setattr(apply, "JOURNAL_FROM", 1)
    return seen


def _mode(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]


def _province_with_history(installs, tmp_path):
    """A province that already holds a district's first file, and that district's second
    file (three more activities) to import."""
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    introduce(district, province)
    add_activity(district, "Tập huấn Công ước CEDAW", themes=("cedaw",))
    import_file(province, export_package(district, tmp_path / "a.nbhr").path)
    for title in ("Hội nghị phổ biến pháp luật", "Phát thanh về quyền trẻ em",
                  "Cuộc thi tìm hiểu pháp luật"):
        add_activity(district, title)
    return district, province, export_package(district, tmp_path / "b.nbhr").path


def test_alone_the_import_skips_the_log_backs_up_first_and_wal_comes_back(
        installs, tmp_path, journals):
    district, province, package = _province_with_history(installs, tmp_path)
    journals.clear()
    province.db.dispose()  # only the import's own connections have the file open
    result = import_file(province, package, alone=True)
    assert journals == [True]
    assert result.summary()["new"] == 3
    assert activities(province) == activities(district)
    assert _mode(province.location.sqlite_path) == "wal"
    # The backup was taken from a second connection while the import held the file in its
    # rollback journal: it holds the province as it was, the first file's one activity.
    with sqlite3.connect(result.backup) as saved:
        assert saved.execute("SELECT title FROM activity").fetchall() == [
            ("Tập huấn Công ước CEDAW",)]
    # Its mark names the unit, read through the app's own connection, opened meanwhile (a
    # restore refuses a backup of another unit without it).
    assert read_backup_info(result.backup)["unit_code"] == \
        province.installation_info().unit_code


def test_with_the_window_open_the_import_stays_in_wal_and_writes_the_same(
        installs, tmp_path, journals):
    district, province, package = _province_with_history(installs, tmp_path)
    journals.clear()
    province.db.dispose()
    window = sqlite3.connect(province.location.sqlite_path)  # another program reading
    try:
        window.execute("SELECT COUNT(*) FROM activity").fetchone()
        assert import_file(province, package, alone=True).summary()["new"] == 3
        assert journals == [False]
        assert activities(province) == activities(district)
        assert window.execute("SELECT COUNT(*) FROM activity").fetchone()[0] == 4
    finally:
        window.close()


def test_an_import_failing_without_the_log_keeps_nothing(installs, tmp_path, journals,
                                                         monkeypatch):
    _district, province, package = _province_with_history(installs, tmp_path)
    before = activities(province)
    journals.clear()
    province.db.dispose()

    def dies(step):
        if step == "before-commit":
            raise RuntimeError("power cut")

    monkeypatch.setattr(apply, "checkpoint", dies)
    with pytest.raises(RuntimeError):
        import_file(province, package, alone=True)
    monkeypatch.setattr(apply, "checkpoint", None)
    assert journals == [True]
    assert activities(province) == before
    assert _mode(province.location.sqlite_path) == "wal"
    assert import_file(province, package, alone=True).summary()["new"] == 3  # once again


def test_a_small_import_does_not_switch(installs, tmp_path, journals, monkeypatch):
    _district, province, package = _province_with_history(installs, tmp_path)
    monkeypatch.setattr(apply, "JOURNAL_FROM", 1_000)
    journals.clear()
    province.db.dispose()
    assert import_file(province, package, alone=True).summary()["new"] == 3
    assert journals == [False]


def test_the_window_imports_in_wal(installs, tmp_path, journals):
    """The window's screens read while it imports: they must never wait for the import."""
    _district, province, package = _province_with_history(installs, tmp_path)
    journals.clear()
    province.db.dispose()
    source = read_source(province, package)
    assert apply.apply(province, source).summary()["new"] == 3
    assert journals == [False]
    assert _mode(province.location.sqlite_path) == "wal"
