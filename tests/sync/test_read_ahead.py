"""A large package read ahead by a second process (``sync.read_ahead``): the import writes
exactly what one process writes (records, links, day figures, word search); a record the
reader finds unacceptable refuses the file with the same message; the reader reads the
verified parts from a temporary file (a package changed on disk meanwhile changes nothing;
without that file it is refused); a reader that dies, or Cancel, stops the import (and the
reader) with nothing written; with one core, or where no process can start, the import
reads in one process; a preview and the import after it each read ahead; the reader's
messages speak the officer's language. (How the reader cuts a part's list into pieces:
``test_json_pieces.py``.)

Every package here is small: the threshold and the batch size are lowered so that the
reader is used and sends each part in several batches."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest
from sqlalchemy import text

from nbhr_desktop.base.errors import OperationCancelled, UserError
from nbhr_desktop.base.i18n import install_language
from nbhr_desktop.storage import partials
from nbhr_desktop.sync import apply as applying
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync import read_ahead, reader_process, writer
from nbhr_desktop.sync import spool as spooling
from nbhr_desktop.sync.imports import import_file, read_source

from sync_helpers import activities, make_package, snapshot


@pytest.fixture
def readers(monkeypatch) -> list[read_ahead.Reader]:
    """Every reader begun, with the threshold at one record and seven records a batch
    (a table's first, three)."""
    begun: list[read_ahead.Reader] = []
    real = read_ahead.Reader.begin

    def spy(self, package, jobs):
        begun.append(self)
        real(self, package, jobs)

    monkeypatch.setattr(read_ahead.Reader, "begin", spy)
    monkeypatch.setattr(read_ahead, "READ_AHEAD_FROM", 1)
    monkeypatch.setattr(read_ahead, "SENT", 7)
    monkeypatch.setattr(read_ahead, "FIRST", 3)  # each table's first batch: 3, then 4
    return begun


def _records(path) -> dict[str, list[dict]]:
    """Every table's records, all its parts in order."""
    tables: dict[str, list[dict]] = {}
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            table = fmt.table_of_member(name)
            if table:
                tables.setdefault(table, []).extend(json.loads(archive.read(name)))
    return tables


def _derived(ws) -> dict:
    """What the screens read besides the records: day figures and word search."""
    with ws.db.engine.connect() as conn:
        figures = sorted(conn.execute(text(
            "SELECT dimension, day, item_id, activities, attendances, cost "
            "FROM activity_day_figure WHERE activities <> 0")).all())
        found = conn.execute(text(
            "SELECT count(*) FROM activity_search WHERE activity_search MATCH 'tap*'")).scalar()
        keys = sorted(conn.execute(text("SELECT uuid, search_text FROM activity")).all())
    return {"figures": figures, "found": found, "keys": keys}


def test_read_ahead_writes_what_one_process_writes(installs, package, readers, monkeypatch):
    district, path = package
    # The bulk path, its word index added to ten rows at a time: across batches.
    monkeypatch.setattr(writer, "FIGURES_ASIDE_FROM", 1)
    monkeypatch.setattr(writer, "SEARCH_ADDS", 10)
    ahead = installs.make("ahead", "Tỉnh Ninh Bình", role="province")
    result = import_file(ahead, path)
    assert len(readers) == 1
    assert result.summary()["new"] > 40 and result.summary()["rejected"] == 0

    monkeypatch.setattr(read_ahead, "READ_AHEAD_FROM", 10**9)
    alone = installs.make("alone", "Tỉnh Ninh Bình", role="province")
    assert import_file(alone, path).summary() | {"file": ""} == result.summary() | {"file": ""}
    assert len(readers) == 1  # the second import read in one process

    assert activities(ahead) == activities(alone) == activities(district)
    assert _derived(ahead) == _derived(alone)
    assert _derived(ahead)["found"] > 0


def test_a_record_the_reader_finds_unacceptable_refuses_the_file(installs, package, readers,
                                                                  tmp_path, monkeypatch):
    district, path = package
    tables = _records(path)
    tables["activity"][23]["cost"] = -5  # a record of the fourth batch
    bad = make_package(district, tmp_path / "bad.nbhr", tables)
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    before = snapshot(province)
    with pytest.raises(UserError) as ahead:
        import_file(province, bad)
    assert len(readers) == 1
    assert snapshot(province) == before

    monkeypatch.setattr(read_ahead, "READ_AHEAD_FROM", 10**9)
    with pytest.raises(UserError) as alone:
        import_file(province, bad)
    assert (ahead.value.message, ahead.value.details) == (alone.value.message,
                                                          alone.value.details)
    assert tables["activity"][23]["title"] in ahead.value.details[0]
    assert snapshot(province) == before


def _change_on_disk(path) -> None:
    """The package file changes after it was verified: its last activity part rewritten."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    last = max(info.filename for info, _data in members
               if info.filename.startswith("records/activity"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, data.replace(b'"version":1', b'"version":7')
                             if info.filename == last else data)


def test_what_is_imported_is_what_was_verified(installs, package, readers):
    """The verified parts are kept in a temporary file (``sync.spool``): the reader reads
    them there, so a package file changed meanwhile changes nothing; the file goes with
    the package."""
    _district, path = package
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    source = read_source(province, path)
    spooled = source.package.spooled.path
    assert spooled.exists() and set(source.package.spooled.parts) == {
        member for group in source.package.members.values() for member in group}
    _change_on_disk(path)
    applying.apply(province, source)
    assert len(readers) == 1
    with province.db.engine.connect() as conn:
        assert conn.execute(text("SELECT MAX(version) FROM activity")).scalar() == 1
    del source
    assert not spooled.exists()


def test_without_a_temporary_file_a_part_changed_on_disk_is_refused(installs, package,
                                                                     readers, monkeypatch):
    monkeypatch.setattr(spooling, "started", lambda: None)
    _district, path = package
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    source = read_source(province, path)  # verified; then the file changes on disk
    before = snapshot(province)
    _change_on_disk(path)
    with pytest.raises(UserError) as refused:
        applying.apply(province, source)
    assert len(readers) == 1
    assert "đã thay đổi trong lúc nhập" in refused.value.message
    assert snapshot(province) == before


def test_a_full_disk_while_keeping_the_parts_reads_them_from_the_package(
        installs, package, readers, monkeypatch):
    class Full:  # the temporary file's disk is full
        def __init__(self, file):
            self.file = file

        def write(self, block):
            raise OSError(28, "No space left on device")

    real_write = spooling._write_all
    monkeypatch.setattr(spooling, "_write_all",
                        lambda blocks, file, failed: real_write(blocks, Full(file), failed))
    made: list = []
    real = spooling.started
    monkeypatch.setattr(spooling, "started", lambda: made.append(real()) or made[-1])
    district, path = package
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    import_file(province, path)
    assert len(readers) == 1 and not made[0].path.exists()
    assert activities(province) == activities(district)


def test_a_refused_package_leaves_no_temporary_file(installs, package, readers, tmp_path,
                                                    monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    _district, path = package
    _change_on_disk(path)  # its hash no longer the signed one
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    with pytest.raises(UserError, match="SHA-256"):
        read_source(province, path)
    assert list((tmp_path / "temp").iterdir()) == []


def test_a_temporary_file_removed_meanwhile_stops_the_import(installs, package, readers):
    _district, path = package
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    source = read_source(province, path)
    before = snapshot(province)
    source.package.spooled.path.unlink()
    with pytest.raises(UserError) as refused:
        applying.apply(province, source)
    assert "Tệp tạm" in refused.value.message
    assert snapshot(province) == before


def test_a_killed_imports_temporary_file_is_removed_at_the_next_start(tmp_path,
                                                                      monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = tmp_path / f"nbhr-import-{gone}-abc.parts"
    left.write_bytes(b"parts of a killed import")
    running = spooling.Spool()  # this process's own, in use
    assert partials.clean_leftovers(tmp_path / "data") == [left]
    assert not left.exists() and running.path.exists()
    running.remove()
    assert not running.path.exists()


def test_a_reader_that_dies_stops_the_import_and_nothing_is_written(installs, package,
                                                                   readers, monkeypatch):
    _district, path = package
    real = read_ahead.Reader.begin

    def dies(self, package, jobs):
        real(self, package, jobs)
        self.process.kill()  # before it has sent anything: it is still starting
        self.process.join()

    monkeypatch.setattr(read_ahead.Reader, "begin", dies)
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    before = snapshot(province)
    with pytest.raises(read_ahead.ReaderStopped) as stopped:
        import_file(province, path)
    assert "dừng giữa chừng" in stopped.value.message
    assert snapshot(province) == before
    monkeypatch.setattr(read_ahead.Reader, "begin", real)
    assert import_file(province, path).summary()["rejected"] == 0  # and again, it works


def test_cancel_while_reading_ahead_stops_the_reader_and_writes_nothing(installs, package,
                                                                      readers):
    _district, path = package
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    before = snapshot(province)
    reports = []

    def cancelled_at_activities(done, total, text=""):
        reports.append(text)
        if "hoạt động" in text.lower():  # "Đang ghi Hoạt động…": rows are being written
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        import_file(province, path, progress=cancelled_at_activities)
    assert len(readers) == 1 and not readers[0].process.is_alive()
    assert snapshot(province) == before


@pytest.mark.parametrize("obstacle", ["no process", "one core"])
def test_where_a_reader_cannot_help_the_import_reads_in_one_process(installs, package, readers,
                                                                    monkeypatch, obstacle):
    district, path = package
    if obstacle == "one core":
        monkeypatch.setattr(reader_process.os, "cpu_count", lambda: 1)
    else:
        def refused(self):
            raise OSError(11, "Resource temporarily unavailable")

        monkeypatch.setattr(read_ahead.Reader, "__init__", refused)
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    assert import_file(province, path).summary()["rejected"] == 0
    assert readers == []
    assert activities(province) == activities(district)


def test_a_preview_then_the_import_each_read_ahead(installs, package, readers):
    """A package this large is not kept in memory after its preview (the window's flow):
    the import reads it ahead again, and writes what the preview announced."""
    district, path = package
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    source = read_source(province, path)
    assert source.package.kept is None
    seen = applying.preview(province, source).summary()
    result = applying.apply(province, source)
    assert len(readers) == 2
    assert result.summary()["new"] == seen["new"] > 40
    assert activities(province) == activities(district)


def test_the_reader_speaks_the_officers_language(installs, package, readers, tmp_path):
    district, path = package
    tables = _records(path)
    tables["activity"][30]["uuid"] = "not-a-uuid"  # found as the part is read
    bad = make_package(district, tmp_path / "bad.nbhr", tables)
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    install_language("en")
    try:
        with pytest.raises(UserError) as refused:
            import_file(province, bad)
    finally:
        install_language(None)
    assert len(readers) == 1
    assert "invalid" in refused.value.message.lower()
    assert "UUID" in refused.value.details[0]


def test_the_command_line_starts_the_reader_before_loading_and_the_import_takes_it(
        installs, package, readers, monkeypatch):
    """``nbhr import FILE``: the reading process is started before the program loads
    (``cli.run``) and the import uses that one; another command, or another file, leaves
    none running."""
    from nbhr_desktop import cli

    _district, path = package
    monkeypatch.setattr(reader_process, "PRESTART_SIZE", 0)
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    cli._start_reader(["--data-dir", str(province.location.data_dir), "import", str(path),
                       "--accept-new-key"])
    early = list(reader_process._EARLY)
    assert len(early) == 1 and early[0].process.is_alive()
    assert import_file(province, path).summary()["rejected"] == 0
    assert readers == early and not reader_process._EARLY  # the one started early
    assert not early[0].process.is_alive()

    cli._start_reader(["info"])
    cli._start_reader(["--data-dir", "x", "export-package", str(path)])
    assert not reader_process._EARLY
    cli._start_reader(["import", str(path)])
    other = reader_process._EARLY[0]
    assert read_ahead.started_early(path.with_name("other.nbhr")) is None
    assert not reader_process._EARLY
    assert not other.process.is_alive()  # closed: not the file imported
