"""Writing a package: all that this unit owns, or what changed since the last one for a
recipient, signed with this installation's key.

"Since last" means: changed here after the previous package for that recipient was made,
or received by an import after it (an imported record keeps its own, older ``changed_at``,
so the time alone would miss a change that arrived from the unit's other PC).

The file and its line in the export log appear together or not at all: the package is
written under a temporary name, the log line is inserted, the file takes its real name,
and only then does the log commit. A failure anywhere (a full USB stick, the database busy
past the wait) leaves neither; "since last" can never skip records because of a package
that was never written.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import desc, or_, select

from nbhr_desktop import __version__
from nbhr_desktop.base.errors import UserError, os_reason
from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.storage.models.sync import SyncExportLog, SyncLineage
from nbhr_desktop.storage.partials import partial_path
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync import keys
from nbhr_desktop.sync import lineage as vectors
from nbhr_desktop.sync.records import read_record_batches
from nbhr_desktop.sync.tables import TABLES, format_version_for

EXPORT_LOG = SyncExportLog.__table__
LINEAGE = SyncLineage.__table__


@dataclass
class ExportResult:
    path: Path
    scope: str
    recipient: str
    counts: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    attachments_skipped: list[str] = field(default_factory=list)
    file_sha256: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def last_export(conn, recipient: str) -> dt.datetime | None:
    return conn.execute(select(EXPORT_LOG.c.created_at)
                        .where(EXPORT_LOG.c.recipient_unit_code == recipient)
                        .order_by(desc(EXPORT_LOG.c.created_at)).limit(1)).scalar()


def export_package(workspace, out: str | Path, *, recipient: str = "", since_last: bool = False,
                   with_attachments: bool = False, progress=None) -> ExportResult:
    """Write a signed package to ``out``. ``recipient`` is a unit code ("" = anyone)."""
    out = Path(out)
    if out.suffix.lower() != fmt.EXTENSION:
        out = out.with_name(out.name + fmt.EXTENSION)
    if not out.parent.is_dir():
        raise UserError(_("Thư mục \"{folder}\" không tồn tại. Hãy chọn nơi lưu khác.")
                        .format(folder=out.parent))
    info = workspace.installation_info()
    keys.ensure_installation_key(workspace)
    started = utcnow()  # taken before reading: a change made during export goes next time
    scope = "since-last" if since_last else "all"
    result = ExportResult(path=out, scope=scope, recipient=recipient)
    partial = partial_path(out)
    try:
        with fmt.PackageWriter(partial, final=out) as writer:
            since, evidence, split = _write_records(workspace, info, writer, result,
                                                    since_last, recipient, progress)
            if with_attachments:
                _add_attachments(workspace, evidence, writer, result)
            if progress:
                progress(len(TABLES), len(TABLES) + 1, _("Đang ký và ghi tệp…"))
            manifest_bytes, signature = _sign(workspace, info, started, scope, recipient,
                                              since, result.counts, writer.parts, split)
            writer.finish(manifest_bytes, signature)
        result.file_sha256 = fmt.file_sha256(partial)
        _commit(workspace, partial, out, EXPORT_LOG.insert().values(
            created_at=started, recipient_unit_code=recipient, scope=scope,
            file_name=str(out), file_sha256=result.file_sha256, counts=result.counts),
            progress)
    finally:
        partial.unlink(missing_ok=True)
    return result


def _write_records(workspace, info, writer: fmt.PackageWriter, result: ExportResult,
                   since_last: bool, recipient: str, progress):
    """Every table's records into the package, a member of at most about
    ``fmt.MEMBER_TARGET_SIZE`` at a time; returns the "since" time, the evidence records
    whose files may travel, and whether a table took more than one member."""
    evidence: list[dict] = []
    split = False
    with workspace.db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # one snapshot for every table's reads
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        since = last_export(conn, recipient) if since_last else None
        id_maps: dict[str, dict] = {}
        for index, spec in enumerate(TABLES):
            if progress:
                progress(index, len(TABLES) + 1, _("Đang đọc {label}…").format(label=spec.label))
            table = spec.table
            where = table.c.owner_unit_code == info.unit_code
            if since is not None:
                received = select(LINEAGE.c.uuid).where(LINEAGE.c.table_name == spec.name,
                                                        LINEAGE.c.received_at > since)
                where = where & or_(table.c.changed_at > since, table.c.uuid.in_(received))
            lineage = None
            member = _Member(writer, spec.name)
            for records in read_record_batches(conn, spec, where, id_maps):
                if lineage is None:
                    lineage = dict(conn.execute(select(LINEAGE.c.uuid, LINEAGE.c.stamps)
                                                .where(LINEAGE.c.table_name == spec.name)).all())
                for record in records:
                    known = lineage.get(record["uuid"])
                    if known:
                        vector = vectors.merge(vectors.parse(known),
                                               {record["changed_by"]: record["version"]})
                        record["ancestors"] = vectors.as_ancestors(
                            vector, record["version"], record["changed_by"])
                member.add(records)
                if spec.name == "evidence_file":
                    evidence.extend(r for r in records if not r["deleted"])
            member.close()
            if member.count:
                result.counts[spec.name] = member.count
            split = split or member.part > 1
    return since, evidence, split


class _Member:
    """A table's records as JSON arrays, a new member once one is big enough."""

    def __init__(self, writer: fmt.PackageWriter, table: str):
        self.writer, self.table = writer, table
        self.pieces: list[str] = []
        self.size = 0
        self.part = 1
        self.count = 0

    def add(self, records: list[dict]) -> None:
        text = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
        self.pieces.append(text[1:-1])  # the batch's records, without its brackets
        self.size += len(text)
        self.count += len(records)
        if self.size >= fmt.MEMBER_TARGET_SIZE:
            self.flush()
            self.part += 1

    def flush(self) -> None:
        data = "[" + ",".join(self.pieces) + "]"
        self.pieces, self.size = [], 0
        self.writer.add(fmt.records_member(self.table, self.part), data.encode("utf-8"))

    def close(self) -> None:
        if self.pieces:
            self.flush()
        elif self.part > 1:
            self.part -= 1  # the last member was full: no empty one after it


def _commit(workspace, partial: Path, out: Path, statement, progress) -> None:
    """Log the export and give the file its name in one step (see the module's note)."""
    on_busy = None
    if progress:
        on_busy = lambda waited, limit: progress(waited, limit, _(  # noqa: E731
            "Cơ sở dữ liệu đang bận; đang chờ để ghi nhật ký gửi… {n} giây").format(n=waited))
    renamed = False
    try:
        with workspace.db.writer(on_busy=on_busy).begin() as conn:
            conn.execute(statement)
            try:
                partial.replace(out)
            except OSError as error:
                raise UserError(_("Không đặt được tên tệp {path}: {reason}. Hãy chọn nơi lưu "
                                  "khác.").format(path=out, reason=os_reason(error))
                                ) from None
            renamed = True
    except BaseException:
        if renamed:  # the log did not commit: the file must not stay either
            out.unlink(missing_ok=True)
        raise


def _add_attachments(workspace, evidence: list[dict], writer: fmt.PackageWriter,
                     result: ExportResult) -> None:
    from nbhr_desktop.core.activities.evidence import evidence_path

    total = 0
    for record in evidence:
        sha = record["sha256"]
        member = fmt.attachment_member(sha)
        if member in writer.parts:
            continue
        path = evidence_path(workspace.location, sha)
        size = path.stat().st_size if path.is_file() else None
        if size is None or size > fmt.ATTACHMENT_LIMIT or \
                total + size > fmt.ATTACHMENTS_TOTAL_LIMIT:
            result.attachments_skipped.append(record["file_name"])
            continue
        data = path.read_bytes()
        if fmt.sha256_bytes(data) != sha:  # a damaged store never travels
            result.attachments_skipped.append(record["file_name"])
            continue
        writer.add(member, data)
        total += size
        result.attachments += 1


def _sign(workspace, info, created: dt.datetime, scope: str, recipient: str,
          since: dt.datetime | None, counts: dict, parts: dict[str, dict], split: bool):
    public_key = keys.ensure_installation_key(workspace)
    manifest = {
        "format": fmt.FORMAT_NAME,
        "format_version": max(format_version_for(counts), fmt.SPLIT_FORMAT if split else 0),
        "app_version": __version__,
        "sender": {
            "unit_code": info.unit_code, "unit_name": info.unit_name,
            "installation_uuid": info.installation_uuid, "role": info.role,
            "officer": info.officer_name, "public_key": public_key,
        },
        "created_at": created.isoformat() + "Z",
        "scope": {"kind": scope, "recipient": recipient,
                  "since": since.isoformat() + "Z" if since else None},
        "counts": counts,
        "parts": dict(sorted(parts.items())),
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1,
                                sort_keys=True).encode("utf-8")
    _key, signature = keys.sign(workspace, manifest_bytes)
    return manifest_bytes, signature
