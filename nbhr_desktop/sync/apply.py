"""Applying an import: one transaction, after an automatic backup, logged.

The comparison is run again inside the writing transaction (the database may have changed
since the preview), then every change is written with bulk statements: one query per
table to know what exists, ``executemany`` for inserts and updates, foreign keys turned
from UUIDs into local ids by dictionary look-ups. Incoming records keep their own version,
``changed_at`` and ``changed_by``; only a conflict the user resolves here becomes a new
local change (a new stamp, so every other office sees the resolution as the newest state).

If anything fails — or the process dies — the transaction is not committed and the
database is exactly as it was; the evidence files already written are content-addressed
and harmless.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, update

from nbhr_desktop.core.errors import UserError
from nbhr_desktop.core.i18n import _
from nbhr_desktop.storage.db import DatabaseBusy
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.storage.partials import partial_path
from nbhr_desktop.storage.models.sync import SyncImportLog, SyncLineage
from nbhr_desktop.sync import keys, lineage
from nbhr_desktop.sync.bulk import (
    bulk_insert,
    import_cache,
    indexes_set_aside,
    paused_gc,
    search_text,
)
from nbhr_desktop.sync.diff import Change, Conflict, Preview, Problem, compare
from nbhr_desktop.sync.records import RecordChecker, uuid_map
from nbhr_desktop.sync.tables import BY_NAME, TABLES

LINEAGE = SyncLineage.__table__
IMPORT_LOG = SyncImportLog.__table__
CHUNK = 500

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
    problems: list[Problem] = field(default_factory=list)  # workbook rows refused on reading
    bad_rows: int = 0
    overlay: tuple[str, ...] = ()
    recipient: str = ""  # the unit the package is addressed to ("" = anyone)
    # What the officer must knowingly accept before this file is applied, kind → why:
    # "first-contact" (a unit never heard from, key not registered), "other-recipient".
    confirmations: dict[str, str] = field(default_factory=dict)
    # A report workbook (``workbooks.report_import``): the period it reports on and the
    # last day its data covers (for a package: the day it was made).
    period_key: str = ""
    data_until: dt.date | None = None

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.public_key) if self.public_key else ""

    @property
    def first_contact(self) -> bool:
        return "first-contact" in self.confirmations

    @property
    def local_source(self) -> bool:
        return self.kind == "workbook"


@dataclass
class ImportResult:
    source: ImportSource
    preview: Preview
    applied: bool = False
    resolved: int = 0
    backup: Path | None = None

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


def _compare(conn, source: ImportSource, info) -> Preview:
    found = compare(conn, source.records, source.typed, sender_unit=source.sender_unit,
                    own_installation=info.installation_uuid, own_unit=info.unit_code,
                    local_source=source.local_source, rows=source.rows,
                    overlay=source.overlay)
    if source.bad_rows:
        found.count("activity", "rejected", source.bad_rows)
        found.problems[:0] = source.problems
    return found


@paused_gc()  # see bulk.paused_gc
def preview(workspace, source: ImportSource) -> ImportResult:
    info = workspace.installation_info()
    with workspace.db.engine.connect() as conn:
        result = _compare(conn, source, info)
    return ImportResult(source, result)


@paused_gc()
def apply(workspace, source: ImportSource, *, decisions: dict | None = None,
          resolve_all: str | None = None, progress=None) -> ImportResult:
    """Write ``source`` in one transaction after a backup. ``decisions`` maps a conflict's
    UUID to "mine", "theirs" or {field: "mine"/"theirs"}; ``resolve_all`` applies one
    choice to every conflict without a decision. Undecided conflicts are left as they are."""
    from nbhr_desktop.storage import backup

    info = workspace.installation_info()
    backup_path = None
    try:
        with workspace.db.writer(on_busy=_waiting(progress)).begin() as conn:
            if progress:
                progress(0, len(TABLES) + 2, _("Đang so sánh với dữ liệu hiện có…"))
            found = _compare(conn, source, info)
            resolved = _resolutions(found.conflicts, decisions or {}, resolve_all,
                                    info.installation_uuid)
            if found.writes or resolved:
                # Only reads so far: the copy (another connection) sees exactly what this
                # transaction compared against. A file that changes nothing needs no copy.
                if progress:
                    progress(0, len(TABLES) + 2, _("Đang sao lưu trước khi nhập…"))
                backup_path = backup.automatic_backup(workspace.location, workspace.db.engine,
                                                      reason="before-import")
            _write_attachments(workspace, source)
            with import_cache(conn):
                Writer(conn, progress, info.unit_code).write(found, resolved)
            if source.pin_status in ("new", "registered", "re-pinned", "added"):
                keys.pin(conn, source.sender_unit, source.sender_installation,
                         source.public_key, "first-seen" if source.pin_status == "new"
                         else source.pin_status)
            _step("before-log")
            result = ImportResult(source, found, applied=True, resolved=len(resolved),
                                  backup=backup_path)
            log(conn, source, "applied", result.summary(), "", backup_path)
            _step("before-commit")
    except DatabaseBusy:
        raise  # nothing was read or written, and the log itself would have to wait
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
        file_name=str(source.path) if source else "", file_sha256=source.file_sha256 if source else "",
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


class Writer:
    """Bulk writes of one comparison's changes, table by table, parents first."""

    def __init__(self, conn, progress=None, own_unit: str = ""):
        self.conn = conn
        self.progress = progress
        self.own_unit = own_unit
        self.maps: dict[str, dict[str, int]] = {}  # table → uuid → local id

    def ids(self, table: str) -> dict[str, int]:
        if table not in self.maps:
            self.maps[table] = uuid_map(self.conn, BY_NAME[table].table, reverse=True)
        return self.maps[table]

    def write(self, found: Preview, resolved: list[Change]) -> None:
        extra: dict[str, list[Change]] = {}
        for change in resolved:
            extra.setdefault(change.table, []).append(change)
        lineage_rows: list[dict] = []
        replaced: list[str] = []  # records that existed, so may have a lineage row already
        now = utcnow()
        for step, spec in enumerate(TABLES, start=1):
            changes = found.changes.get(spec.name, []) + extra.get(spec.name, [])
            if not changes:
                continue
            if self.progress:
                self.progress(step, len(TABLES) + 2,
                              _("Đang ghi {label}…").format(label=spec.label))
            self.write_table(spec, changes)
            # A record's own stamp needs no row; a row is kept when it knows more (the
            # states it was built on) or when this unit may send it on ("since last").
            lineage_rows.extend({"uuid": c.record["uuid"], "table_name": spec.name,
                                 "stamps": lineage.render(c.vector), "received_at": now}
                                for c in changes if len(c.vector) > 1
                                or c.record["owner_unit_code"] == self.own_unit)
            replaced.extend(c.record["uuid"] for c in changes if c.local_id is not None)
            _step(spec.name)
        self.write_lineage(lineage_rows, replaced)

    def foreign_keys(self, spec) -> list[tuple]:
        """(column, record key, uuid → id map, points at its own table) per foreign key."""
        return [(fk.column, fk.key, self.ids(fk.target), fk.target == spec.name)
                for fk in spec.foreign_keys]

    def row_for(self, spec, change: Change, later: list, fks: list | None = None) -> dict:
        record = change.record
        row = dict(change.typed)  # every content column, and changed_at
        row.update(uuid=record["uuid"], owner_unit_code=record["owner_unit_code"],
                   version=record["version"], changed_by=record["changed_by"],
                   deleted=record["deleted"])
        for column, key, ids, own_table in (fks if fks is not None else self.foreign_keys(spec)):
            value = record[key]
            if value is None:
                row[column] = None
                continue
            local = ids.get(value)
            if local is None and own_table:
                later.append((record["uuid"], column, value))  # a parent in this batch
            row[column] = local
        if spec.name == "activity":
            row["search_text"] = search_text(record["title"], record["description"])
        return row

    def write_table(self, spec, changes: list[Change]) -> None:
        table = spec.table
        later: list = []
        fks = self.foreign_keys(spec)
        inserts = [self.row_for(spec, c, later, fks) for c in changes if c.local_id is None]
        updates = []
        for change in changes:
            if change.local_id is not None:
                row = self.row_for(spec, change, later, fks)
                row["b_id"] = change.local_id
                updates.append(row)
        if inserts:
            with indexes_set_aside(self.conn, table, len(inserts)):
                bulk_insert(self.conn, table, inserts)
            self.maps[spec.name] = uuid_map(self.conn, table, reverse=True)
        if updates:
            self.conn.execute(update(table).where(table.c.id == bindparam("b_id")), updates)
        ids = self.ids(spec.name)
        for uuid, column, target in later:
            self.conn.execute(update(table).where(table.c.id == ids[uuid])
                              .values({column: ids.get(target)}))
        self.write_links(spec, changes, ids)

    def write_links(self, spec, changes: list[Change], ids: dict[str, int]) -> None:
        for link in spec.links:
            own = link.table.c[link.own_column]
            updated = [c.local_id for c in changes if c.local_id is not None]
            for start in range(0, len(updated), CHUNK):
                self.conn.execute(delete(link.table).where(own.in_(updated[start:start + CHUNK])))
            targets = self.ids(link.target)
            rows = [{link.own_column: ids[c.record["uuid"]], link.other_column: targets[value]}
                    for c in changes for value in dict.fromkeys(c.record.get(link.name) or ())]
            if rows:
                with indexes_set_aside(self.conn, link.table, len(rows)):
                    bulk_insert(self.conn, link.table, rows)

    def write_lineage(self, rows: list[dict], known: list[str]) -> None:
        """Replace the lineage of every changed record (``known``: those that had one)."""
        if not rows:
            return
        for start in range(0, len(known), CHUNK):
            self.conn.execute(delete(LINEAGE).where(LINEAGE.c.uuid.in_(known[start:start + CHUNK])))
        bulk_insert(self.conn, LINEAGE, rows)
