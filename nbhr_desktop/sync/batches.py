"""Incoming records a batch at a time: a package's members, or a workbook's rows.

A province-sized package does not fit in memory as Python objects (300,000 activities
would take about 1 GB), so an import never holds more than one member of it parsed: the
comparison and the writes go member by member, inside one transaction (``sync.apply``).
Every member was verified (hash, signature, parse bound) before the first one is parsed
here (``sync.verify``); a member read again from the file is hashed again, so a file
changed on disk meanwhile is refused, never half-trusted.

Each record's shape and identity are checked here as its member is parsed
(``RecordChecker.check_identity``); its content is checked when the comparison decides to
write it. A table with a reference to itself (a unit's parent) is read as one batch, so
that a record may point at one later in the file.

A large package is read by a second process instead (``sync.read_ahead``, through
``PackageRecords.ahead``), with this module's functions, while this process writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync.format import PackageError
from nbhr_desktop.sync.records import RecordChecker, RecordError
from nbhr_desktop.sync.spool import Spool
from nbhr_desktop.sync.spool import blocks as spool_blocks
from nbhr_desktop.sync.tables import ADDED_FIELDS, BY_NAME, record_title

MAX_REPORTED = 20
_NEWEST_ADDED = max(ADDED_FIELDS)


@dataclass
class Batch:
    records: list[dict]
    typed: list[dict]  # per record: its typed values, or {"changed_at", "partial": True}
    rows: list[str] | None = None  # workbook: "Sheet!row" of each record
    future: int = 0  # records stamped later than this PC's clock allows


def memory_batches(records: list[dict], typed: list[dict],
                   rows: list[str] | None = None) -> Iterator[Batch]:
    """Records already in memory (a data-entry workbook): one batch."""
    if records:
        yield Batch(records, typed, rows)


def has_self_reference(table: str) -> bool:
    return any(fk.target == table for fk in BY_NAME[table].foreign_keys)


def upgrade_record(record, table: str, version: int) -> None:
    """Fields a package of an older format does not carry take their stand-in value."""
    if version >= _NEWEST_ADDED or not isinstance(record, dict):
        return
    for since, added in ADDED_FIELDS.items():
        if version < since:
            for key, value in added.get(table, {}).items():
                record.setdefault(key, list(value) if isinstance(value, list) else value)


def invalid_file(name: str, problems: list[str]) -> PackageError:
    return PackageError(_(
        "Tệp \"{name}\" có dữ liệu không hợp lệ (ngày vô lý, số tiền âm, chuỗi quá dài "
        "hoặc giá trị lạ) nên không nhập gì cả. Tệp có thể bị sửa tay hoặc bị hỏng; hãy "
        "xin đơn vị kiểm tra và gửi lại.").format(name=name), details=problems)


def bad_manifest(name: str) -> PackageError:
    return PackageError(_(
        "Tệp \"{name}\" có phần mô tả (manifest) không hợp lệ; tệp bị hỏng hoặc bị sửa "
        "tay. Hãy xin đơn vị gửi lại tệp.").format(name=name))


class PackageRecords:
    """The records of a verified package, parsed one member at a time.

    ``members``: per table, its members in part order; ``hashes``: each member's signed
    SHA-256; ``compressed``: its size in the zip; ``kept``: the verified bytes of every
    member when the package is small enough to keep them, or None; ``spooled``: the
    verified bytes of a larger one's records parts in a temporary file (``sync.spool``),
    or None. Kept bytes are parsed once; a pass that asks to ``keep`` its batches (a
    preview, before the import) leaves them for the next. Anything neither kept nor
    spooled is read from the file again, and hashed again.
    """

    def __init__(self, path: Path, *, version: int, counts: dict, members: dict[str, list[str]],
                 hashes: dict[str, str], compressed: dict[str, int],
                 kept: dict[str, bytes] | None, spooled: Spool | None = None):
        self.path = Path(path)
        self.version = version
        self.counts = counts
        self.members = members
        self.hashes = hashes
        self.compressed = compressed
        self.kept = kept
        self.spooled = spooled
        # first member of a group → its batches, when kept
        self.parsed: dict[str, list[Batch]] = {}
        self.newest: dt.datetime | None = None  # the latest change time of a record read
        # This pass's second process reading ahead (``sync.read_ahead``), if it has one.
        self.ahead = None

    def tables(self) -> list[str]:
        return list(self.members)

    def count(self, table: str) -> int:
        return self.counts.get(table, 0)

    def total(self) -> int:
        return sum(self.count(t) for t in self.members)

    def groups(self, table: str) -> list[list[str]]:
        """The table's members as its batches are read: one each, or all together for a
        table with a reference to itself."""
        members = self.members.get(table, [])
        return [members] if has_self_reference(table) else [[m] for m in members]

    # -- reading ----------------------------------------------------------------------------
    def _member_records(self, member: str) -> list:
        # The verified bytes are used once; a later pass reads the file again (hashed).
        data = self.kept.pop(member, None) if self.kept is not None else None
        if data is None:
            data = b"".join(self.blocks(member))
        return member_records(data, member, self.path.name, self.version)

    def blocks(self, member: str, size: int = 4 * 1024 * 1024) -> Iterator[bytes]:
        """A part's verified bytes, from the spool or else the file (hashed again)."""
        spooled = self.spooled
        return part_blocks(self.path, member, self.compressed[member], self.hashes[member],
                           (spooled.path, spooled.parts) if spooled is not None else None,
                           size)

    def batches(self, table: str, *, keep: bool = False) -> Iterator[Batch]:
        """The table's records, member by member (one batch for a self-referencing table;
        smaller ones when read ahead), each record's identity checked; a file whose records
        do not add up to the count its manifest signed, or that repeats a UUID, is refused.
        ``keep``: the batches will be wanted again (a preview, then the import), so a small
        package keeps them."""
        spec = BY_NAME[table]
        checker = RecordChecker(spec, now=utcnow())
        seen: set[str] = set()
        total = 0
        for group in self.groups(table):
            done = self.parsed.get(group[0]) if keep else self.parsed.pop(group[0], None)
            if done is not None:  # parsed and checked by an earlier pass
                found = iter(done)
                for batch in done:  # its UUIDs still count as seen
                    seen.update(record["uuid"] for record in batch.records)
            elif self.ahead is not None:
                found = self._read_ahead(group, keep)
            else:
                found = iter([self._read(spec, checker, group, seen, total)])
                if keep and self.kept is not None:
                    self.parsed[group[0]] = done = list(found)
                    found = iter(done)
            del done
            for batch in found:
                total += len(batch.records)
                yield batch
                # Nothing here may hold this member while the next one is parsed: two parsed
                # members at once were a province import's peak memory.
                del batch
        if total != self.count(table):
            raise bad_manifest(self.path.name)

    def _read(self, spec, checker: RecordChecker, group: list[str], seen: set[str],
              total: int) -> Batch:
        records = [r for member in group for r in self._member_records(member)]
        if total + len(records) > self.count(spec.name):
            raise bad_manifest(self.path.name)
        before = checker.future
        typed, self.newest = identities(spec, checker, records, seen, total, self.newest,
                                         self.path.name)
        return Batch(records, typed, future=checker.future - before)

    def _read_ahead(self, group: list[str], keep: bool) -> Iterator[Batch]:
        """The group's batches from the second process, which has read, checked and keyed
        them (and counted them against the manifest) while the ones before were written."""
        if self.kept is not None:
            for member in group:  # the second process reads it from the file, hashed
                self.kept.pop(member, None)
        kept: list[Batch] | None = [] if keep and self.kept is not None else None
        while (taken := self.ahead.take()) is not None:
            batch, newest = taken
            if newest is not None and (self.newest is None or newest > self.newest):
                self.newest = newest
            if kept is not None:
                kept.append(batch)
            yield batch
            del batch, taken
        if kept is not None:
            self.parsed[group[0]] = kept


def member_records(data: bytes, member: str, file_name: str, version: int) -> list:
    """A verified member's records, parsed, with the fields of newer formats added."""
    records = fmt.parse_json(data, member, file_name)
    del data
    if not isinstance(records, list):
        raise bad_manifest(file_name)
    table = fmt.table_of_member(member)
    for record in records:
        upgrade_record(record, table, version)
    return records


def part_blocks(path: Path, member: str, compressed: int, sha256: str,
                spooled: tuple[Path | str, dict[str, tuple[int, int]]] | None,
                size: int) -> Iterator[bytes]:
    """A verified part's bytes: read back from the temporary file verifying wrote
    (``spooled``: its path and parts, ``sync.spool``), or else from the package again."""
    if spooled is not None and member in spooled[1]:
        return spool_blocks(spooled[0], *spooled[1][member], size)
    return member_blocks_again(path, member, compressed, sha256, size)


def member_blocks_again(path: Path, member: str, compressed: int, sha256: str,
                        block_size: int = 4 * 1024 * 1024) -> Iterator[bytes]:
    """A member's bytes read from the file again, block by block as they are decompressed;
    after the last block, refused unless they were still the ones verified (same compressed
    size, same signed hash). What was made of the earlier blocks must wait for that end
    before it counts (an import: its one transaction)."""
    archive = fmt.SafeZip(path, allowed_name=fmt.package_member_allowed,
                          max_member_size=fmt.package_member_limit,
                          max_ratio=fmt.package_member_ratio, label=_("gói trao đổi"))
    digest = hashlib.sha256()
    try:
        same = member in archive.names and archive.infos[member].compress_size == compressed
        if same:
            for block in archive.blocks(member, block_size):
                digest.update(block)
                yield block
    finally:
        archive.close()
    if not same or digest.hexdigest() != sha256:
        raise PackageError(_(
            "Tệp \"{name}\" đã thay đổi trong lúc nhập (phần \"{member}\" không còn như "
            "lúc kiểm tra). Không nhập gì cả; hãy chép lại tệp rồi nhập lại.").format(
                name=Path(path).name, member=member))


def identities(spec, checker: RecordChecker, records: list, seen: set[str], offset: int,
               newest: dt.datetime | None, file_name: str) -> tuple[list[dict], dt.datetime | None]:
    """Each record's shape and identity checked (``seen``: the table's UUIDs so far);
    returns per record ``{"changed_at", "partial": True}`` (its content is checked when
    compared) and the latest change time, or refuses the file, naming up to
    ``MAX_REPORTED`` records."""
    typed: list[dict] = []
    problems: list[str] = []
    identity = checker.check_identity
    for index, record in enumerate(records):
        try:
            changed_at = identity(record)
            typed.append({"changed_at": changed_at, "partial": True})
            if newest is None or changed_at > newest:
                newest = changed_at
            uuid = record["uuid"]
            if uuid in seen:
                raise RecordError(_("mã UUID bị lặp trong tệp"))
            seen.add(uuid)
        except RecordError as error:
            title = record_title(spec.name, record) if isinstance(record, dict) else ""
            problems.append(_("{label} số {n} «{title}»: {reason}").format(
                label=spec.label, n=offset + index + 1, title=title, reason=error))
            typed.append({})
            if len(problems) >= MAX_REPORTED:
                break
    if problems:
        raise invalid_file(file_name, problems)
    return typed, newest
