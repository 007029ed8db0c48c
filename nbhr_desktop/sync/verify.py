"""Verifying a package before anything else: format, hashes, signature, pinned key, bounds.

Nothing from a file is compared with the database or written until every check here has
passed. The order matters: the manifest's own signature first (so a forged manifest cannot
point the hash checks at forged parts), then each part against the signed hashes (and
each records part against the memory its JSON may take once parsed), then the sender's key
against the key pinned for the unit. Every record's fields are checked as its part is
parsed (``sync.batches``), before it is compared.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync import keys, read_ahead
from nbhr_desktop.sync import spool as spooling
from nbhr_desktop.sync.batches import PackageRecords
from nbhr_desktop.sync.format import PackageError
from nbhr_desktop.sync.tables import BY_NAME

# A package whose records' JSON is at most this big keeps it in memory once verified (one
# read of the file, and each part parsed once for a preview and the import after it);
# a larger one is read again, part by part, as it is compared.
KEEP_RECORDS_SIZE = 128 * 1024 * 1024


@dataclass
class Sender:
    unit_code: str
    unit_name: str
    installation_uuid: str
    public_key: str
    app_version: str
    role: str = ""

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.public_key)


@dataclass
class VerifiedPackage:
    path: Path
    file_sha256: str
    manifest: dict
    sender: Sender
    created_at: dt.datetime
    records: PackageRecords | None = None  # read table by table, a part at a time
    attachments: dict[str, bytes] = field(default_factory=dict)  # sha256 → content
    pin_status: str = ""  # own, pinned, registered, new (first contact), re-pinned, added
    pin_message: str = ""
    recipient: str = ""  # the unit code the sender addressed it to; "" = anyone

    def total(self) -> int:
        return self.records.total() if self.records is not None else 0


def _require(condition: bool, name: str) -> None:
    if not condition:
        raise PackageError(_(
            "Tệp \"{name}\" có phần mô tả (manifest) không hợp lệ; tệp bị hỏng hoặc bị sửa "
            "tay. Hãy xin đơn vị gửi lại tệp.").format(name=name))


def read_manifest(archive: fmt.SafeZip, name: str) -> tuple[dict, bytes]:
    if fmt.MANIFEST not in archive.names or fmt.SIGNATURE not in archive.names:
        raise PackageError(_(
            "Tệp \"{name}\" không phải gói trao đổi NBHR (thiếu phần mô tả hoặc chữ ký). Hãy "
            "chọn tệp .nbhr do NBHR Desktop xuất ra.").format(name=name))
    data = archive.read(fmt.MANIFEST)
    manifest = fmt.parse_json(data, "manifest.json", name)
    _require(isinstance(manifest, dict), name)
    if manifest.get("format") != fmt.FORMAT_NAME:
        raise PackageError(_("Tệp \"{name}\" không phải gói trao đổi NBHR (định dạng "
                             "\"{format}\").").format(name=name,
                                                      format=str(manifest.get("format"))[:40]))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(_("Tệp \"{name}\" có phiên bản định dạng không xác định; không "
                             "nhập.").format(name=name))
    if version > fmt.FORMAT_VERSION:
        raise PackageError(_(
            "Tệp \"{name}\" được tạo bởi phiên bản NBHR Desktop mới hơn (định dạng {v}, máy "
            "này đọc được tới {mine}). Hãy cập nhật NBHR Desktop rồi nhập lại.").format(
                name=name, v=version, mine=fmt.FORMAT_VERSION))
    return manifest, data


def _sender(manifest: dict, name: str) -> Sender:
    sender = manifest.get("sender")
    _require(isinstance(sender, dict), name)
    values = {k: sender.get(k) for k in ("unit_code", "unit_name", "installation_uuid",
                                         "public_key")}
    _require(all(isinstance(v, str) and 0 < len(v) <= 300 for v in values.values()), name)
    _require(len(values["unit_code"]) <= 16 and len(values["installation_uuid"]) <= 36, name)
    app_version = manifest.get("app_version")
    role = sender.get("role", "")
    return Sender(**values, app_version=str(app_version)[:40],
                  role=role if isinstance(role, str) else "")


def _created(manifest: dict, name: str) -> dt.datetime:
    text = manifest.get("created_at")
    _require(isinstance(text, str) and len(text) < 40, name)
    try:
        created = dt.datetime.fromisoformat(text)
    except ValueError:
        created = None
    _require(created is not None, name)
    if created.tzinfo is not None:
        created = created.astimezone(dt.UTC).replace(tzinfo=None)
    if not dt.datetime(2000, 1, 1) <= created <= utcnow() + dt.timedelta(days=2):
        raise PackageError(_("Tệp \"{name}\" ghi thời điểm tạo vô lý ({text}); không nhập.")
                           .format(name=name, text=text))
    return created


def _recipient(manifest: dict, name: str) -> str:
    scope = manifest.get("scope")
    recipient = scope.get("recipient") if isinstance(scope, dict) else None
    if recipient is None:
        return ""
    _require(isinstance(recipient, str) and len(recipient) <= 16, name)
    return recipient


def check_signature(archive: fmt.SafeZip, manifest_bytes: bytes, sender: Sender,
                    name: str) -> None:
    signature = archive.read(fmt.SIGNATURE)
    try:
        raw_key = base64.b64decode(sender.public_key, validate=True)
    except ValueError:
        raw_key = b""
    if len(signature) != 64 or len(raw_key) != 32 or not keys.verify_signature(
            sender.public_key, manifest_bytes, signature):
        raise PackageError(_(
            "Chữ ký của tệp \"{name}\" không đúng: tệp đã bị sửa sau khi ký hoặc không do "
            "{unit} tạo ra. Không nhập; hãy xin đơn vị gửi lại tệp gốc.").format(
                name=name, unit=sender.unit_name[:80]))


def check_parts(archive: fmt.SafeZip, manifest: dict,
                name: str) -> tuple[PackageRecords, dict[str, bytes]]:
    """Every part against its signed hash, each records part against its parse bound;
    attachments are kept (``attachments``), records parts only while they are small."""
    parts = manifest.get("parts")
    _require(isinstance(parts, dict) and len(parts) <= fmt.MAX_MEMBERS, name)
    counts = manifest.get("counts")
    _require(isinstance(counts, dict), name)
    present = archive.names - {fmt.MANIFEST, fmt.SIGNATURE}
    listed = set(parts)
    if present != listed:
        missing = sorted(listed - present)[:3]
        extra = sorted(present - listed)[:3]
        raise PackageError(_(
            "Tệp \"{name}\" không khớp phần mô tả (thiếu {missing}, thừa {extra}); tệp bị "
            "hỏng hoặc bị sửa. Hãy xin gửi lại.").format(name=name, missing=missing,
                                                          extra=extra))
    version = manifest["format_version"]
    members: dict[str, list[tuple[int, str]]] = {}
    hashes: dict[str, str] = {}
    # A package large enough to be read ahead (``sync.read_ahead``) is read again from the
    # file by the second process: keeping its parts here would only hold memory.
    ahead = sum(n for n in counts.values() if isinstance(n, int)) >= read_ahead.READ_AHEAD_FROM
    kept: dict[str, bytes] | None = None if ahead else {}
    kept_size = 0
    spooled = spooling.started() if ahead else None  # its parts, decompressed once
    attachments: dict[str, bytes] = {}
    for member in sorted(present):
        entry = parts[member]
        _require(isinstance(entry, dict) and isinstance(entry.get("sha256"), str), name)
        table = fmt.table_of_member(member)
        if table is not None:
            spec = BY_NAME.get(table)
            if spec is None:
                raise PackageError(_("Tệp \"{name}\" chứa bảng lạ \"{table}\"; có thể tệp do "
                                     "phiên bản khác tạo. Không nhập.").format(name=name,
                                                                              table=table))
            part = fmt.part_of_member(member)
            _require(part == 1 or version >= fmt.SPLIT_FORMAT, name)
            _require(isinstance(counts.get(table), int), name)
            members.setdefault(table, []).append((part, member))
        keep = table is None or (kept is not None and kept_size + archive.infos[member].file_size
                                 <= KEEP_RECORDS_SIZE)
        data = _checked_part(archive, member, entry["sha256"], name, keep,
                             bound=table is not None,
                             spooled=spooled if table is not None else None)
        if table is None:
            sha = fmt.sha_of_attachment(member)
            if entry["sha256"] != sha:  # its content was just checked against the manifest
                raise PackageError(_("Tệp đính kèm {sha} trong \"{name}\" không khớp tên; "
                                     "không nhập.").format(sha=sha[:12], name=name))
            attachments[sha] = data
        elif keep:
            kept[member] = data
            kept_size += len(data)
        else:
            kept = None  # too big to keep: every part is read again when compared
        hashes[member] = entry["sha256"]
    ordered = {table: [m for _part, m in sorted(found)] for table, found in members.items()}
    _require(all(len({p for p, _m in found}) == len(found) and
                 max(p for p, _m in found) == len(found) for found in members.values()), name)
    if spooled is not None and not spooled.finish():
        spooled = None  # could not be written: the parts are read from the package again
    reader = PackageRecords(archive.path, version=version, counts=counts, members=ordered,
                            hashes=hashes, kept=kept, spooled=spooled,
                            compressed={m: archive.infos[m].compress_size for m in hashes})
    return reader, attachments


def _checked_part(archive: fmt.SafeZip, member: str, sha256: str, name: str, keep: bool,
                  bound: bool, spooled: spooling.Spool | None = None) -> bytes | None:
    """Read a part in blocks, hashing it (and, for records, counting what its JSON would
    build); its bytes are returned only when ``keep``, and given to ``spooled``."""
    digest = hashlib.sha256()
    blocks: list[bytes] = []
    containers = values = size = 0
    for block in archive.blocks(member):
        digest.update(block)
        size += len(block)
        if bound:
            containers += block.count(b"{") + block.count(b"[")
            values += block.count(b",") + block.count(b":")
        if keep:
            blocks.append(block)
        if spooled is not None:
            spooled.write(block)
    if digest.hexdigest() != sha256:
        raise PackageError(_(
            "Phần \"{member}\" của tệp \"{name}\" đã bị thay đổi (mã băm SHA-256 không "
            "khớp). Không nhập; hãy xin đơn vị gửi lại tệp.").format(member=member, name=name))
    if bound:
        fmt.check_parse_counts(containers, values, size, archive.infos[member].compress_size,
                               member, name)
    if spooled is not None:
        spooled.verified(member)
    return b"".join(blocks) if keep else None


def open_package(path: str | Path, conn, own_installation: str,
                 trust: str | None = None, own_unit: str = "") -> VerifiedPackage:
    """Read and verify a package, or raise ``PackageError`` / ``keys.KeyMismatch``.

    ``conn`` is only read (the pinned keys); pinning happens at apply. ``trust`` is the
    user's deliberate decision for a key that is not trusted for the sender's unit:
    "re-pinned" (replace the unit's key) or "added" (another PC of that unit, including
    one of this installation's own unit: ``own_unit``).
    """
    path = Path(path)
    file_hash = fmt.file_sha256(path) if path.is_file() else ""
    archive = fmt.SafeZip(path, allowed_name=fmt.package_member_allowed,
                          max_member_size=fmt.package_member_limit,
                          max_ratio=fmt.package_member_ratio, label=_("gói trao đổi"))
    try:
        manifest, manifest_bytes = read_manifest(archive, path.name)
        sender = _sender(manifest, path.name)
        check_signature(archive, manifest_bytes, sender, path.name)
        created = _created(manifest, path.name)
        recipient = _recipient(manifest, path.name)
        records, attachments = check_parts(archive, manifest, path.name)
    finally:
        archive.close()
    try:
        pin = keys.check_pin(conn, sender.unit_code, sender.unit_name,
                             sender.installation_uuid, sender.public_key, own_installation,
                             own_unit)
    except keys.KeyMismatch:
        if trust not in ("re-pinned", "added") or sender.installation_uuid == own_installation:
            raise
        pin = keys.PinCheck(trust, _("Khóa {fp} của {unit} sẽ được ghim theo yêu cầu.")
                            .format(fp=sender.fingerprint, unit=sender.unit_name))
    package = VerifiedPackage(path=path, file_sha256=file_hash, manifest=manifest,
                              sender=sender, created_at=created, records=records,
                              attachments=attachments, pin_status=pin.status,
                              pin_message=pin.message, recipient=recipient)
    return package
