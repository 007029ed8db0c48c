"""Comparing incoming records with the database: the preview, exact to the record.

Each incoming record ends in one bucket — new, updated, unchanged, deleted, conflict or
rejected — and every rejected or flagged record carries its reason. Nothing here writes;
``apply`` runs the same comparison inside its transaction and writes what it found.

Two sources feed it: packages (records with their own stamps, from another installation)
and data-entry workbooks (rows typed by a commune, which become local edits: they get a new
stamp from this installation).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage.models import ReportStatus, ResultsReport, utcnow
from nbhr_desktop.storage.models.sync import SyncLineage
from nbhr_desktop.sync import lineage, local_rows
from nbhr_desktop.sync.batches import Batch, has_self_reference, memory_batches
from nbhr_desktop.sync.format import PackageError
from nbhr_desktop.sync.records import (
    RecordChecker,
    RecordError,
    content_hash,
    read_records,
    uuid_map,
)
from nbhr_desktop.sync.references import NOT_OWNER, Known, References, targets
from nbhr_desktop.sync.tables import BY_NAME, IDENTITY, TABLES, TableSpec, record_title

LINEAGE = SyncLineage.__table__
BUCKETS = ("new", "updated", "unchanged", "deleted", "conflicts", "rejected")


@dataclass
class Problem:
    table: str
    uuid: str
    title: str
    reason: str
    row: str = ""  # "Hoạt động!5" for workbook rows

    def as_json(self) -> dict:
        key = {"row": self.row} if self.row else {"record": self.uuid}
        return key | {"table": self.table, "title": self.title, "reason": self.reason}

    def describe(self) -> str:
        where = self.row or f"{BY_NAME[self.table].label} «{self.title}» ({self.uuid[:8]})"
        return f"{where}: {self.reason}"


@dataclass
class Conflict:
    table: str
    uuid: str
    title: str
    kind: str  # "edit": both sides changed it; "locked": it touches a submitted report's period
    theirs: dict
    mine: dict | None  # None: a new record in a locked period
    local_id: int | None
    vector: dict[str, int]  # what the resolution knows: both sides' histories
    reason: str = ""
    row: str = ""

    @property
    def fields(self) -> list[str]:
        if self.mine is None:
            return []
        return [k for k in BY_NAME[self.table].content_keys() + ["deleted"]
                if self.mine.get(k) != self.theirs.get(k)]


@dataclass(slots=True)
class Change:
    table: str
    kind: str  # new, updated, deleted
    record: dict
    typed: dict
    local_id: int | None
    vector: dict[str, int]


@dataclass
class Preview:
    sender_unit: str
    counts: Counter = field(default_factory=Counter)
    by_table: dict[str, Counter] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    changes: dict[str, list[Change]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)  # records whose content is unacceptable

    def count(self, table: str, bucket: str, n: int = 1) -> None:
        self.counts[bucket] += n
        self.by_table.setdefault(table, Counter())[bucket] += n

    def summary(self) -> dict:
        data = {bucket: int(self.counts.get(bucket, 0)) for bucket in BUCKETS}
        data["problems"] = [p.as_json() for p in self.problems]
        return data

    @property
    def writes(self) -> int:
        return sum(len(c) for c in self.changes.values())


def _rank(version: int, changed_at, changed_by: str):
    return (version, changed_at, changed_by)


class _Locks:
    """Periods locked by submitted reports, per unit UUID.

    The same rule as ``core.reports.locking.report_lock_for`` (a submitted, not deleted
    report of the activity's unit whose period holds the day; the shortest period first),
    loaded once instead of one query per activity of a 50,000-activity file.
    """

    def __init__(self, conn: Connection):
        report = ResultsReport.__table__
        units = {i: u for i, u in uuid_map(conn, BY_NAME["admin_unit"].table).items()}
        self.periods: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
        for row in conn.execute(select(report.c.unit_id, report.c.period_start,
                                       report.c.period_end, report.c.period_key).where(
                report.c.status == ReportStatus.SUBMITTED, report.c.deleted.is_(False))):
            self.periods.setdefault(units.get(row.unit_id, ""), []).append(
                (row.period_start, row.period_end, row.period_key))
        for periods in self.periods.values():
            periods.sort(key=lambda p: (p[1] - p[0]).days)

    def locked(self, unit_uuid: str | None, *days) -> str | None:
        for start, end, key in self.periods.get(unit_uuid or "", ()):
            if any(day is not None and start <= day <= end for day in days):
                return key
        return None


def compare(conn: Connection, records: dict[str, list[dict]], typed: dict[str, list[dict]], *,
            sender_unit: str, own_installation: str, own_unit: str = "",
            local_source: bool = False, rows: dict[str, list[str]] | None = None,
            overlay: tuple[str, ...] = ()) -> Preview:
    """Classify records held in memory, keeping every change in ``preview.changes``.
    ``local_source``: rows from a data-entry workbook (``rows`` names their sheet rows for
    the problems list; ``overlay`` the fields a row sets on an activity that already exists
    — the others keep what the app holds)."""
    return compare_batches(
        conn, lambda name: memory_batches(records.get(name) or [], typed.get(name) or [],
                                          (rows or {}).get(name)),
        {name: len(items) for name, items in records.items()}, sender_unit=sender_unit,
        own_installation=own_installation, own_unit=own_unit, local_source=local_source,
        overlay=overlay)


class Sink:
    """Takes the changes of each batch as soon as it is classified (the import writes them
    there and then), and each table's conflicts once the table is done."""

    def batch(self, spec: TableSpec, changes: list[Change]) -> None:
        pass  # a preview only counts

    def table_done(self, spec: TableSpec, conflicts: list[Conflict]) -> None:
        pass


def compare_batches(conn: Connection, batches: Callable[[str], Iterable[Batch]],
                    counts: dict[str, int], *, sender_unit: str, own_installation: str,
                    own_unit: str = "", local_source: bool = False,
                    overlay: tuple[str, ...] = (), sink: Sink | None = None) -> Preview:
    """Classify every incoming record, table by table (parents first), a batch at a time.

    ``batches(table)`` gives a table's records; ``counts`` how many each table has. With a
    ``sink`` the changes go to it batch by batch and are not kept; without one they are
    kept in ``preview.changes``. A batch with a record whose content is unacceptable stops
    the comparison: the whole file is refused (before that batch is handed on)."""
    preview = Preview(sender_unit=sender_unit)
    known = Known(conn, targets(name for name, n in counts.items() if n))
    locks = _Locks(conn)
    for spec in TABLES:
        if not counts.get(spec.name):
            continue
        differ = _TableDiff(conn, spec, preview, known, locks, sender_unit, own_installation,
                            local_source, counts[spec.name])
        differ.own_unit, differ.overlay = own_unit, overlay
        first_conflict, future = len(preview.conflicts), 0
        for batch in batches(spec.name):
            changes = differ.run(batch)
            if preview.invalid:
                raise PackageError(_(
                    "Tệp có dữ liệu không hợp lệ (ngày vô lý, số tiền âm, chuỗi quá dài hoặc "
                    "giá trị lạ) nên không nhập gì cả. Tệp có thể bị sửa tay hoặc bị hỏng; "
                    "hãy xin đơn vị kiểm tra và gửi lại."), details=preview.invalid[:20])
            future += batch.future
            if sink is None:
                preview.changes.setdefault(spec.name, []).extend(changes)
            else:
                sink.batch(spec, changes)
            # Let the batch go before the next is parsed (``PackageRecords.batches``).
            del batch, changes
            differ.release()
        if future:
            preview.notes.append(_(
                "{n} {label} có thời điểm sửa muộn hơn đồng hồ máy này; đồng hồ máy gửi có "
                "thể chạy sai.").format(n=future, label=spec.label))
        if sink is not None:
            sink.table_done(spec, preview.conflicts[first_conflict:])
    return preview


class _TableDiff:
    """One table's comparison; ``run`` takes its batches in turn."""

    def __init__(self, conn, spec: TableSpec, preview: Preview, known: Known, locks: _Locks,
                 sender_unit: str, own: str, local_source: bool, incoming_total: int):
        self.conn, self.spec = conn, spec
        self.preview, self.known, self.locks = preview, known, locks
        self.sender, self.own, self.local_source = sender_unit, own, local_source
        self.incoming_total = incoming_total
        self.incoming: list[dict] = []
        self.typed: list[dict] = []
        self.rows: list[str] | None = None
        self.changes: list[Change] = []
        self._lineage: dict[str, str] | None = None
        self._scanned: dict | None = None
        self._probe: bool | None = None
        self.checker = RecordChecker(spec, now=utcnow())
        self.unit_uuids = (uuid_map(conn, BY_NAME["admin_unit"].table)
                           if spec.name == "activity" else {})
        self.references: References | None = None

    def full(self, index: int) -> dict | None:
        """The record's typed values, checking its content on first use. A record that
        fails is noted; the comparison then refuses the whole file (``compare``)."""
        typed = self.typed[index]
        if typed.get("partial"):
            record = self.incoming[index]
            try:
                if "error" in typed:  # found by the process that read ahead (sync.read_ahead)
                    raise RecordError(typed["error"])
                typed = self.checker.check_content(record, typed["changed_at"])
            except RecordError as error:
                self.preview.invalid.append(_("{label} «{title}» ({uuid}): {reason}").format(
                    label=self.spec.label, title=record_title(self.spec.name, record),
                    uuid=record["uuid"][:8], reason=error))
                typed = {"changed_at": typed["changed_at"], "invalid": True}
            self.typed[index] = typed
        return None if typed.get("invalid") else typed

    # -- helpers --------------------------------------------------------------------------
    def lineage_of(self, uuid: str) -> dict[str, int]:
        if self._lineage is None:
            self._lineage = dict(self.conn.execute(
                select(LINEAGE.c.uuid, LINEAGE.c.stamps)
                .where(LINEAGE.c.table_name == self.spec.name)).all())
        return lineage.parse(self._lineage.get(uuid))

    def row_label(self, index: int) -> str:
        return self.rows[index] if self.rows else ""

    def reject(self, index: int, record: dict, reason: str) -> None:
        self.preview.count(self.spec.name, "rejected")
        self.preview.problems.append(Problem(self.spec.name, record["uuid"],
                                             record_title(self.spec.name, record), reason,
                                             self.row_label(index)))

    def reference_problem(self, record: dict) -> str | None:
        """A reference to nothing, or to data that is not the sender's (``references``)."""
        return self.references.problem(record)

    def locked_key(self, record: dict, local) -> str | None:
        if self.spec.name != "activity" or not self.locks.periods:
            return None
        typed_day = dt.date.fromisoformat(record["start_date"])
        key = self.locks.locked(record.get("unit_uuid"), typed_day)
        if key is None and local is not None:
            key = self.locks.locked(self.unit_uuids.get(local.unit_id), local.start_date)
        return key

    # -- the pass -------------------------------------------------------------------------
    def existing(self, records: list[dict]) -> dict:
        """uuid → the local row (identity, and for activities unit and day) of the records
        in this batch that exist here."""
        table = self.spec.table
        columns = [table.c.id, table.c.uuid, table.c.version, table.c.changed_at,
                   table.c.changed_by, table.c.owner_unit_code, table.c.deleted]
        if self.spec.name == "activity":
            columns += [table.c.unit_id, table.c.start_date]
        if self._probe is None:
            self._probe = local_rows.probing(self.conn, table, self.incoming_total)
        if not self._probe:
            if self._scanned is None:
                self._scanned = local_rows.scan(self.conn, table, columns)
            return self._scanned
        return local_rows.look_up(self.conn, table, columns,
                                  [record["uuid"] for record in records])

    def release(self) -> None:
        """Forget the batch just classified (its records, typed values and changes)."""
        self.incoming, self.typed, self.rows, self.changes = [], [], None, []

    def run(self, batch: Batch) -> list[Change]:
        """Classify one batch; returns its changes (its counts, problems and conflicts go
        to the preview)."""
        spec = self.spec
        # Copies: a workbook row may be replaced by its merge with the stored record (and
        # its typed values by the checked ones); the batch itself stays as read.
        self.incoming, self.typed, self.rows = list(batch.records), list(batch.typed), batch.rows
        self.changes = []
        self.unchanged, self.kinds = 0, Counter()
        existing = self.existing(self.incoming)
        if self.references is None:  # a table pointing at itself is one batch
            self.references = References(self.known, spec, self.sender,
                                         self.incoming if has_self_reference(spec.name) else [])
        pending: list[tuple[int, object]] = []  # need the local record's content to decide
        for index, record in enumerate(self.incoming):
            local = existing.get(record["uuid"])
            if record["owner_unit_code"] != self.sender or (
                    local is not None and local.owner_unit_code != self.sender):
                owner = local.owner_unit_code if local is not None else record["owner_unit_code"]
                self.reject(index, record, _("{reason}: bản ghi thuộc đơn vị {owner}, tệp của "
                                             "đơn vị {sender}").format(
                    reason=NOT_OWNER, owner=owner, sender=self.sender))
                continue
            if self.local_source:
                if local is None:
                    self.accept(index, record, None, "new", {})
                elif local.deleted:
                    self.reject(index, record, _("hoạt động của dòng này đã bị xóa trong ứng "
                                                 "dụng; không nhập lại"))
                else:
                    pending.append((index, local))
                continue
            self.classify(index, record, local, pending)
        if pending:
            self.decide_pending(pending)
        if self.unchanged:
            self.preview.count(spec.name, "unchanged", self.unchanged)
        for kind, n in self.kinds.items():
            self.preview.count(spec.name, kind, n)
        self.known.accept(spec, [c.record for c in self.changes])
        return self.changes

    def classify(self, index: int, record: dict, local, pending: list) -> None:
        version, by = record["version"], record["changed_by"]
        if local is None:
            kind = "deleted" if record["deleted"] else "new"
            self.accept(index, record, None, kind, {})
            return
        if local.version == version and local.changed_by == by:
            self.unchanged += 1  # (counted into the preview once per batch)
            return
        theirs = lineage.of_record(record.get("ancestors"), version, by)
        if local.changed_by == self.own and local.owner_unit_code != self.own_unit:
            # A local correction of another unit's record (a province catalogue entry):
            # the owner's next state replaces it; the state it corrected (seen before, or
            # of a lower version than the correction) does not.
            if version < local.version or lineage.knows(self.lineage_of(record["uuid"]),
                                                        version, by):
                self.preview.count(self.spec.name, "unchanged")
            else:
                self.accept(index, record, local, self.kind_for(record, local), theirs)
            return
        if local.changed_by != self.own:
            # Not authored here: the newest state wins, whatever order files arrive in.
            if _rank(version, self.typed[index]["changed_at"], by) > _rank(
                    local.version, local.changed_at, local.changed_by):
                self.accept(index, record, local, self.kind_for(record, local), theirs)
            else:
                self.preview.count(self.spec.name, "unchanged")
            return
        mine = lineage.merge(self.lineage_of(record["uuid"]),
                             {local.changed_by: local.version})
        if theirs.get(self.own, 0) > mine.get(self.own, 0):
            # The file claims to build on a state of this record that this PC never made:
            # invented ancestry. Never an update without asking.
            pending.append((index, local))
            return
        if lineage.knows(theirs, local.version, local.changed_by):
            self.accept(index, record, local, self.kind_for(record, local), theirs)
            return
        if lineage.knows(mine, version, by):
            self.preview.count(self.spec.name, "unchanged")  # an older state of ours
            return
        pending.append((index, local))  # both changed: a conflict unless they agree

    @staticmethod
    def kind_for(record: dict, local) -> str:
        return "deleted" if record["deleted"] and not local.deleted else "updated"

    def accept(self, index: int, record: dict, local, kind: str, theirs: dict,
               mine_record: dict | None = None) -> None:
        typed = self.typed[index]
        if ("partial" in typed or "invalid" in typed) and self.full(index) is None:
            return
        reason = self.references.problem(record)
        if reason:
            self.reject(index, record, reason)
            return
        if local is None and not theirs:  # a new record: its own stamp is all it knows
            vector = {record["changed_by"]: record["version"]}
        else:
            vector = lineage.merge(theirs, lineage.of_record(
                None, record["version"], record["changed_by"]))
        if local is not None:
            vector = lineage.merge(vector, self.lineage_of(record["uuid"]),
                                   {local.changed_by: local.version})
        locked = self.locked_key(record, local) if self.locks.periods else None
        if locked is not None:
            self.preview.count(self.spec.name, "conflicts")
            if mine_record is None and local is not None:
                mine_record = self.read_local([record["uuid"]]).get(record["uuid"])
            self.preview.conflicts.append(Conflict(
                self.spec.name, record["uuid"], record_title(self.spec.name, record), "locked",
                record, mine_record, local.id if local is not None else None, vector,
                _("thuộc kỳ báo cáo {period} đã gửi (đã khóa); cần xác nhận").format(
                    period=locked), self.row_label(index)))
            return
        self.kinds[kind] += 1
        self.changes.append(Change(self.spec.name, kind, record, self.typed[index],
                                   local.id if local is not None else None, vector))

    def read_local(self, uuids: list[str]) -> dict[str, dict]:
        table = self.spec.table
        found: dict[str, dict] = {}
        for start in range(0, len(uuids), 500):
            chunk = uuids[start:start + 500]
            for rec in read_records(self.conn, self.spec, table.c.uuid.in_(chunk)):
                found[rec["uuid"]] = rec
        return found

    def decide_pending(self, pending: list[tuple[int, object]]) -> None:
        locals_ = self.read_local([self.incoming[i]["uuid"] for i, _local in pending])
        for index, local in pending:
            record = self.incoming[index]
            mine = locals_[record["uuid"]]
            if self.local_source:
                self.decide_workbook_row(index, record, local, mine)
                continue
            theirs = lineage.of_record(record.get("ancestors"), record["version"],
                                       record["changed_by"])
            if content_hash(mine) == content_hash(record):
                # Both offices made the same change: no question to ask, the rank decides.
                if _rank(record["version"], self.typed[index]["changed_at"],
                         record["changed_by"]) > _rank(local.version, local.changed_at,
                                                       local.changed_by):
                    self.accept(index, record, local, "updated", theirs, mine)
                else:
                    self.preview.count(self.spec.name, "unchanged")
                continue
            if self.full(index) is None:
                continue
            reason = self.reference_problem(record)
            if reason:
                self.reject(index, record, reason)
                continue
            vector = lineage.merge(theirs, self.lineage_of(record["uuid"]),
                                   {local.changed_by: local.version})
            known_here = lineage.merge(self.lineage_of(record["uuid"]),
                                       {local.changed_by: local.version})
            invented = theirs.get(self.own, 0) > known_here.get(self.own, 0)
            self.preview.count(self.spec.name, "conflicts")
            self.preview.conflicts.append(Conflict(
                self.spec.name, record["uuid"], record_title(self.spec.name, record), "edit",
                record, mine, local.id, vector,
                _("tệp nói đã dựa trên phiên bản {v} của máy này, nhưng máy này chưa từng tạo "
                  "phiên bản đó; cần xem lại").format(v=theirs.get(self.own, 0)) if invented
                else _("cả hai nơi đã sửa bản ghi này kể từ lần trao đổi trước")))

    def workbook_order(self, index: int, record: dict, mine: dict) -> str | None:
        """How this row stands against the workbook save the activity last came from:
        "same" (the row is as imported then), "older" (an older save of the workbook),
        "unknown" (one save time is missing or both are equal), or None (go on)."""
        if mine.get("entry_row_hash") and mine["entry_row_hash"] == record.get("entry_row_hash"):
            return "same"
        before, now = _moment(mine.get("entry_saved_at")), _moment(record.get("entry_saved_at"))
        if before is None:
            return None  # typed in the app, or from a workbook older than row provenance
        if now is None or now == before:
            return "unknown"
        return "older" if now < before else None

    def decide_workbook_row(self, index: int, record: dict, local, mine: dict) -> None:
        """A row typed in a workbook is a local edit: equal → unchanged; else an update,
        unless the record was changed in the app since the workbook was last imported, or
        the row comes from an older save of the workbook than the one already imported."""
        order = self.workbook_order(index, record, mine)
        if order == "same":
            self.preview.count(self.spec.name, "unchanged")
            return
        if order == "older":
            self.reject(index, record, _(
                "dòng này đã được nhập từ một bản sổ lưu lúc {then}, mới hơn bản này (lưu lúc "
                "{now}); bản cũ không ghi đè bản mới").format(
                    then=_shown(mine["entry_saved_at"]), now=_shown(record["entry_saved_at"])))
            return
        keys = self.overlay or [k for k in record if k not in IDENTITY]
        merged = dict(mine) | {k: record[k] for k in keys}
        if content_hash(merged) == content_hash(mine):
            self.preview.count(self.spec.name, "unchanged")
            return
        merged.update(version=local.version + 1, changed_by=self.own,
                      changed_at=record["changed_at"], deleted=False)
        self.incoming[index] = merged
        self.typed[index] = RecordChecker(self.spec, now=utcnow()).check(merged)
        known = self.lineage_of(record["uuid"])
        if order is None and lineage.knows(known, local.version, local.changed_by):
            self.accept(index, merged, local, "updated", {})
            return
        reason = _("hoạt động đã được sửa trong ứng dụng sau lần nhập trước") if order is None \
            else _("không biết bản sổ nào mới hơn (sổ không ghi thời điểm lưu, hoặc hai bản "
                   "lưu cùng lúc mà khác nhau); hãy chọn bản giữ lại")
        self.preview.count(self.spec.name, "conflicts")
        self.preview.conflicts.append(Conflict(
            self.spec.name, record["uuid"], record_title(self.spec.name, record), "edit",
            merged, mine, local.id, lineage.merge(known, {local.changed_by: local.version}),
            reason, self.row_label(index)))


def _moment(text) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _shown(text) -> str:
    moment = _moment(text)
    if moment is None:
        return "?"
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M:%S")
