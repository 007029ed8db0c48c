"""Applying an import: one transaction, after an automatic backup, logged.

The comparison is run again inside the writing transaction (the database may have changed
since the preview); it hands the changes of each batch of records to the ``Writer``
(``sync.writer``), which writes them with bulk statements there and then. Incoming records
keep their own version, ``changed_at`` and ``changed_by``; only a conflict the user
resolves here becomes a new local change (a new stamp, so every other office sees the
resolution as the newest state). A package applied before and unchanged since is recognised
(``sync.replay``) and reported all unchanged without reading its records.

If anything fails — a record refused in the file's last part, or the process dying — the
transaction is not committed and the database is exactly as it was; the evidence files
already written are content-addressed and harmless.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert

from nbhr_desktop.base.errors import OperationCancelled, UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core import changes as kinds
from nbhr_desktop.storage.db import DatabaseBusy
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.storage.models.sync import SyncImportLog
from nbhr_desktop.storage.partials import partial_path
from nbhr_desktop.storage.rollback_journal import rollback_journal
from nbhr_desktop.sync import keys, lineage, replay
from nbhr_desktop.sync.batches import Batch, PackageRecords, memory_batches
from nbhr_desktop.sync.bulk import import_cache, paused_gc
from nbhr_desktop.sync.diff import Change, Conflict, Preview, Problem, Sink, compare_batches
from nbhr_desktop.sync.read_ahead import Reader, reading_ahead
from nbhr_desktop.sync.records import RecordChecker
from nbhr_desktop.sync.tables import BY_NAME, TABLES
from nbhr_desktop.sync.writer import Writer

IMPORT_LOG = SyncImportLog.__table__
# The trust states in which applying a file pins the sender's key.
PINNING = ("new", "registered", "re-pinned", "added")

# From this many records, an import run ``alone`` uses SQLite's rollback journal when
# nothing else has the database open (``storage.rollback_journal``): in WAL mode a large
# import's pages are written twice, once into the log and again by the checkpoint after
# the commit (300,000 activities on a busy PC: 4-13 s more, 1.2 s more system CPU).
# Below it the switch is not worth its two extra syncs. Only ``alone`` (the command line):
# with the rollback journal, a program that starts reading while the import writes waits
# for its commit, where in WAL it reads on; the window's own screens read while it
# imports, so it stays in WAL.
JOURNAL_FROM = 20_000

# Called with a step name between the writes of one import, inside the transaction.
# Tests set it to kill the process mid-way and check that nothing was committed.
checkpoint: Callable[[str], None] | None = None


@dataclass
class ImportSource:
    """What to import, already verified: from a package or a data-entry workbook."""

    kind: str  # package, workbook
    path: Path
    file_sha256: str
    sender_unit: str
    sender_name: str
    sender_installation: str
    records: dict[str, list[dict]]
    typed: dict[str, list[dict]]
    rows: dict[str, list[str]] | None = None  # workbook: "Sheet!row" of each record
    attachments: dict[str, bytes] = field(default_factory=dict)
    pin_status: str = ""
    public_key: str = ""
    pin_message: str = ""  # who signed it, in words (also the first of ``notes``)
    notes: list[str] = field(default_factory=list)
    created_at: dt.datetime | None = None
    # A package's records, read a part at a time (``records``/``typed`` stay empty).
    package: PackageRecords | None = None
    problems: list[Problem] = field(default_factory=list)  # workbook rows refused on reading
    bad_rows: int = 0
    overlay: tuple[str, ...] = ()
    log_refusals: bool = True  # a refusal found while comparing is logged (not in a dry run)
    recipient: str = ""  # the unit the package is addressed to ("" = anyone)
    # What the officer must knowingly accept before this file is applied, kind → why:
    # "first-contact" (a unit never heard from, key not registered), "other-recipient".
    confirmations: dict[str, str] = field(default_factory=dict)
    # A report workbook (``workbooks.report_import``): the period it reports on and the
    # last day its data covers (for a package: the day it was made).
    period_key: str = ""
    data_until: dt.date | None = None
    # A second process started for reading this package ahead (``sync.read_ahead``); its
    # starter closes it.
    reader: Reader | None = None

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.public_key) if self.public_key else ""

    @property
    def first_contact(self) -> bool:
        return "first-contact" in self.confirmations

    @property
    def local_source(self) -> bool:
        return self.kind == "workbook"

    def counts(self) -> dict[str, int]:
        """How many records each table brings."""
        if self.package is not None:
            return {table: self.package.count(table) for table in self.package.tables()}
        return {table: len(records) for table, records in self.records.items()}

    def batches(self, table: str, keep: bool = False) -> Iterator[Batch]:
        """The table's records a batch at a time; ``keep``: they will be compared again."""
        if self.package is not None:
            return self.package.batches(table, keep=keep)
        return memory_batches(self.records.get(table) or [], self.typed.get(table) or [],
                              (self.rows or {}).get(table))


@dataclass
class ImportResult:
    source: ImportSource
    preview: Preview
    applied: bool = False
    resolved: int = 0
    backup: Path | None = None

    @property
    def changes(self) -> kinds.Change:
        """What applying this file changed, for the screens to refresh: the kinds of the
        tables it wrote, and always the import history (who has sent what)."""
        if not self.applied:
            return kinds.Change.NONE
        written = [table for table, counts in self.preview.by_table.items()
                   if any(counts.get(bucket) for bucket in ("new", "updated", "deleted"))]
        found = kinds.of_tables(written) | kinds.Change.SUBMISSIONS
        if self.resolved:  # a resolved conflict writes a new local version
            found |= kinds.of_tables(c.table for c in self.preview.conflicts)
        if self.source.pin_status in PINNING:
            found |= kinds.Change.UNITS  # a key is trusted from now on
        return found

    def summary(self) -> dict:
        source = self.source
        data = self.preview.summary()
        data.update(applied=self.applied, resolved=self.resolved,
                    file=str(source.path), sender=source.sender_unit,
                    notes=source.notes + self.preview.notes,
                    sender_name=source.sender_name, sender_fingerprint=source.fingerprint,
                    trust=source.pin_status, first_contact=source.first_contact,
                    recipient=source.recipient,
                    needs_confirmation=sorted(source.confirmations))
        return data


def _step(name: str) -> None:
    if checkpoint is not None:
        checkpoint(name)


@contextmanager
def _reading(source: ImportSource) -> Iterator[None]:
    """A large package's records read ahead by a second process for this pass
    (``sync.read_ahead``)."""
    package = source.package
    if package is None:
        yield
        return
    tables = [spec.name for spec in TABLES if package.count(spec.name)]
    with reading_ahead(package, tables, started=source.reader) as package.ahead:
        try:
            yield
        finally:
            package.ahead = None


def _compare(conn, source: ImportSource, info, sink: Sink, keep: bool = False) -> Preview:
    with _reading(source):
        return _compare_read(conn, source, info, sink, keep)


def _compare_read(conn, source: ImportSource, info, sink: Sink, keep: bool) -> Preview:
    found = compare_batches(conn, lambda table: source.batches(table, keep), source.counts(),
                            sender_unit=source.sender_unit,
                            own_installation=info.installation_uuid, own_unit=info.unit_code,
                            local_source=source.local_source, overlay=source.overlay,
                            sink=sink)
    if source.bad_rows:
        found.count("activity", "rejected", source.bad_rows)
        found.problems[:0] = source.problems
    return found


@paused_gc()  # see bulk.paused_gc
def preview(workspace, source: ImportSource) -> ImportResult:
    info = workspace.installation_info()
    try:
        with workspace.db.engine.connect() as conn:
            replayed = replay.recognise(conn, source, info)
            result = replayed[0] if replayed is not None else _compare(
                conn, source, info, Sink(), keep=True)  # applied next
    except UserError as error:  # a record of the file refused as its part was read
        if source.log_refusals:
            record_failure(workspace, source, "refused", error.message)
        raise
    return ImportResult(source, result)


@paused_gc()
def apply(workspace, source: ImportSource, *, decisions: dict | None = None,
          resolve_all: str | None = None, progress=None, alone: bool = False) -> ImportResult:
    """Write ``source`` in one transaction after a backup. ``decisions`` maps a conflict's
    UUID to "mine", "theirs" or {field: "mine"/"theirs"}; ``resolve_all`` applies one
    choice to every conflict without a decision. Undecided conflicts are left as they are.
    ``alone``: nothing of this program reads while it imports (see ``JOURNAL_FROM``).

    The comparison hands each batch's changes to the writer as it goes (a large file is
    never held whole); the automatic backup is made before the first write, from another
    connection, which sees exactly what this transaction has compared against so far: on
    SQLite this transaction holds the write lock from its start, and it has not written."""
    from nbhr_desktop.storage import backup

    info = workspace.installation_info()
    made: list[Path] = []

    def back_up() -> None:
        if progress:
            progress(0, len(TABLES) + 2, _("Đang sao lưu trước khi nhập…"))
        made.append(backup.automatic_backup(workspace.location, workspace.db.engine,
                                            reason="before-import"))

    large = alone and sum(source.counts().values()) >= JOURNAL_FROM
    try:
        with rollback_journal(workspace.db.engine, enabled=large), \
                workspace.db.writer(on_busy=_waiting(progress)).begin() as conn:
            if progress:
                progress(0, len(TABLES) + 2, _("Đang so sánh với dữ liệu hiện có…"))
            writer = Writer(conn, progress, info.unit_code, counts=source.counts(),
                            resolve=lambda conflicts: _resolutions(
                                conflicts, decisions or {}, resolve_all,
                                info.installation_uuid),
                            before_first_write=back_up, step=_step)
            replayed = replay.recognise(conn, source, info)
            if replayed is not None:  # applied before, unchanged since: nothing to compare
                found, mark = replayed
            else:
                unheard_of = replay.unheard(conn, source)
                with import_cache(conn):
                    found = _compare(conn, source, info, writer)
                mark = replay.mark(conn, source, info, found,
                                   source.package.newest if source.package else None,
                                   writer.inserted, unheard_of)
            _write_attachments(workspace, source)
            if source.pin_status in PINNING:
                keys.pin(conn, source.sender_unit, source.sender_installation,
                         source.public_key, "first-seen" if source.pin_status == "new"
                         else source.pin_status)
            _step("before-log")
            backup_path = made[0] if made else None
            result = ImportResult(source, found, applied=True, resolved=writer.resolved,
                                  backup=backup_path)
            log(conn, source, "applied", result.summary() | (
                {replay.KEY: mark} if mark is not None else {}), "", backup_path)
            _step("before-commit")
    except (DatabaseBusy, OperationCancelled):
        # Nothing written (busy), or the officer pressed Cancel: the transaction is rolled
        # back whole and nothing is logged, as if the import had not been started.
        raise
    except UserError as error:  # e.g. a record's content refused during the comparison
        record_failure(workspace, source, "refused", error.message)
        raise
    except Exception as error:
        record_failure(workspace, source, "failed", str(error))
        raise
    return result


def _waiting(progress):
    """Report a wait for another program's write lock through the import's progress."""
    if progress is None:
        return None
    return lambda waited, limit: progress(waited, limit, _(
        "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi); đang chờ… {n} giây").format(
            n=waited))


def log(conn, source: ImportSource, outcome: str, counts: dict, message: str,
        backup_path: Path | None = None) -> None:
    summary = {k: v for k, v in counts.items() if k != "problems"}
    summary["problems"] = len(counts.get("problems", []))
    conn.execute(insert(IMPORT_LOG).values(
        imported_at=utcnow(), kind=source.kind if source else "package",
        file_name=str(source.path) if source else "",
        file_sha256=source.file_sha256 if source else "",
        sender_unit_code=source.sender_unit if source else "",
        sender_installation=source.sender_installation if source else "",
        outcome=outcome, counts=summary, message=message[:4000],
        backup_path=str(backup_path or ""),
        # What the province's submission tracking reads (core.province.submissions).
        sender_fingerprint=source.fingerprint if source else "",
        file_created_at=source.created_at if source else None,
        period_key=source.period_key if source else "",
        data_until=(source.data_until or (source.created_at.date() if source.created_at
                                          else None)) if source else None))


def record_failure(workspace, source: ImportSource | None, outcome: str, message: str,
                   path: Path | None = None, kind: str = "package") -> None:
    """A refused or failed import is logged too (in its own small transaction)."""
    if source is None:
        from nbhr_desktop.sync.format import file_sha256
        digest = file_sha256(path) if path is not None and Path(path).is_file() else ""
        source = ImportSource(kind, Path(path or ""), digest, "", "", "", {}, {})
    try:
        with workspace.db.writer().begin() as conn:
            log(conn, source, outcome, {}, message)
    except DatabaseBusy:
        pass  # the database is held elsewhere: the caller's own error says what happened


# -- conflicts → changes -----------------------------------------------------------------------
def _resolutions(conflicts: list[Conflict], decisions: dict, resolve_all: str | None,
                 own: str) -> list[Change]:
    changes = []
    now = utcnow()
    for conflict in conflicts:
        choice = decisions.get(conflict.uuid, resolve_all)
        if choice is None:
            continue
        change = resolve(conflict, choice, own, now)
        if change is not None:
            changes.append(change)
    return changes


def resolve(conflict: Conflict, choice, own: str, now: dt.datetime) -> Change | None:
    """The change a user's choice makes. A locked-period flag taken as "theirs" applies the
    incoming record unchanged; an edit conflict becomes a new local state that knows both."""
    spec = BY_NAME[conflict.table]
    checker = RecordChecker(spec, now=now)
    if conflict.kind == "locked":
        if choice != "theirs":
            return None
        record = conflict.theirs
        kind = "new" if conflict.mine is None else (
            "deleted" if record["deleted"] and not conflict.mine["deleted"] else "updated")
        return Change(conflict.table, kind, record, checker.check(record), conflict.local_id,
                      conflict.vector)
    mine, theirs = conflict.mine, conflict.theirs
    if choice == "mine":
        record = dict(mine)
    elif choice == "theirs":
        record = dict(theirs)
    elif isinstance(choice, dict):
        record = dict(mine)
        for key, side in choice.items():
            if side == "theirs" and key in theirs and key not in ("uuid", "owner_unit_code"):
                record[key] = theirs[key]
    else:
        raise UserError(_("Lựa chọn \"{choice}\" không hợp lệ: chọn mine (giữ bản của máy "
                          "này) hoặc theirs (lấy bản trong tệp).").format(choice=choice))
    record.pop("ancestors", None)
    version = max([mine["version"], theirs["version"], *conflict.vector.values()]) + 1
    record.update(version=version, changed_by=own, changed_at=now.isoformat())
    vector = lineage.merge(conflict.vector, {own: version})
    kind = "deleted" if record["deleted"] and not mine["deleted"] else "updated"
    return Change(conflict.table, kind, record, checker.check(record), conflict.local_id, vector)


# -- writing ----------------------------------------------------------------------------------
def _write_attachments(workspace, source: ImportSource) -> None:
    if not source.attachments:
        return
    from nbhr_desktop.core.activities.evidence import evidence_path

    for sha, data in source.attachments.items():
        target = evidence_path(workspace.location, sha)
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = partial_path(target)  # a kill here leaves it for the next start to clean
        partial.write_bytes(data)
        os.replace(partial, target)
