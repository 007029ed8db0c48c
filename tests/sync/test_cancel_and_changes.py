"""Cancel mid-way leaves nothing half-written, and an import says what it changed.

The window's Cancel button makes the next ``progress`` call raise ``OperationCancelled``
inside the work (``ui/operations.py``). An import writes in one transaction, so the
database is exactly as before and nothing is logged; a package export leaves no file and
no line in the export log. An applied import reports the kinds of data it wrote
(``ImportResult.changes``), so the window refreshes the plans too, not only the log.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from nbhr_desktop.base.errors import OperationCancelled
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.storage.models.sync import SyncExportLog, SyncImportLog
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import introduce, snapshot


def cancel_at(call: int):
    """A progress callback whose ``call``-th report finds Cancel pressed."""
    seen = []

    def progress(done, total, text=""):
        seen.append(text)
        if len(seen) >= call:
            raise OperationCancelled()
    progress.seen = seen
    return progress


def _count(ws, table) -> int:
    with ws.db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def pair(installs):
    district = installs.make("district")
    generate_demo_data(district, activities=30, seed=2, year=2024)
    pc2 = installs.make("pc2")
    introduce(district, pc2)
    return district, pc2


def test_a_cancelled_import_changes_nothing_and_logs_nothing(pair, tmp_path):
    district, pc2 = pair
    package = export_package(district, tmp_path / "p.nbhr").path
    before, logged = snapshot(pc2), _count(pc2, SyncImportLog.__table__)
    progress = cancel_at(4)  # after the backup, with tables already written
    with pytest.raises(OperationCancelled):
        import_file(pc2, package, progress=progress)
    assert len(progress.seen) == 4
    assert snapshot(pc2) == before
    assert _count(pc2, SyncImportLog.__table__) == logged

    result = import_file(pc2, package)  # the same file afterwards: all of it arrives
    assert result.applied and result.summary()["new"] > 0
    assert snapshot(pc2) != before


def test_an_import_reports_what_it_wrote(pair, tmp_path):
    district, pc2 = pair
    result = import_file(pc2, export_package(district, tmp_path / "p.nbhr").path)
    changed = result.changes
    # Plans and their tasks came along with the activities; the history always changes.
    assert Change.ACTIVITIES in changed and Change.PLANS in changed
    assert Change.SUBMISSIONS in changed
    assert Change.SETTINGS not in changed

    again = import_file(pc2, export_package(district, tmp_path / "q.nbhr").path)
    assert again.changes == Change.SUBMISSIONS  # nothing new: only the import history


def test_a_cancelled_export_leaves_no_file_and_no_log(pair, tmp_path):
    district, _pc2 = pair
    folder = tmp_path / "out"
    folder.mkdir()
    logged = _count(district, SyncExportLog.__table__)
    with pytest.raises(OperationCancelled):
        export_package(district, folder / "p.nbhr", progress=cancel_at(3))
    assert list(folder.iterdir()) == []
    assert _count(district, SyncExportLog.__table__) == logged
