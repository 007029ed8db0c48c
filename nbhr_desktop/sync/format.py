"""The ``.nbhr`` exchange package: a zip that says exactly what it holds.

Members (nothing else is allowed in a package)::

    manifest.json            format and version, app version, sender (unit, installation,
                             public key), creation time, scope, counts, SHA-256 and size of
                             every other member
    manifest.sig             Ed25519 signature of the exact bytes of manifest.json
    records/<table>.json     a JSON array of exchange records (see sync/tables.py),
                             tombstones included (``"deleted": true``); a large table
                             continues in records/<table>.2.json, .3.json… (format 3)
    attachments/<sha256>     evidence files, named by their content hash (optional)

Signing the manifest signs everything: each member's hash is in it. Reading goes through
``SafeZip``, which refuses hostile archives before a byte is decompressed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import zipfile
import zlib
from pathlib import Path

from nbhr_desktop.base.errors import UserError, os_reason
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.vnformat import number

FORMAT_NAME = "nbhr-exchange"
# 2: activities carry ``entry_saved_at`` / ``entry_row_hash`` (workbook row provenance);
# units carry their successors, agencies and catalogue entries their validity (revisions
# 0002, 0003). An app that reads only format 1 refuses such a file with "update NBHR
# Desktop"; this one still reads format 1 files (the new fields are then unknown).
# 3: the province's due dates and plan templates (tables ``report_deadline``,
# ``plan_template``), and a table's records split over several members
# (``records_member``), so that neither side ever holds a province-sized table at once.
# A package that needs neither is still written as format 2, which the previous release
# reads (``sync.tables.format_version_for``).
FORMAT_VERSION = 3
SPLIT_FORMAT = 3
EXTENSION = ".nbhr"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"

# Limits: far above a real district's data (50,000 activities make ~30 MB of JSON),
# far below what would hurt an office PC.
MAX_FILE_SIZE = 1024 * 1024 * 1024
MAX_MEMBERS = 20_000
MAX_MANIFEST_SIZE = 4 * 1024 * 1024
MAX_RECORDS_SIZE = 256 * 1024 * 1024  # one member's JSON (50,000 activities: 65 MB)
# An export starts a new member of a table once the current one holds this much JSON
# (about 18,000 activities): what an import parses at once, about 100 MB of objects.
MEMBER_TARGET_SIZE = 24 * 1024 * 1024
MAX_TOTAL_SIZE = 2 * 1024 * 1024 * 1024
MAX_RATIO = 200  # deflate rarely beats 20:1 on JSON; zip bombs reach 1000:1 and more
RECORDS_RATIO = 50  # records JSON measured at 10:1 (demo data, 50,000 activities)
RATIO_FLOOR = 256 * 1024  # small members may compress oddly; only larger ones are judged
# Reading JSON builds Python objects: measured up to 193 bytes per container ({"a":0})
# and 84 per short string value ("ab", with the list that holds it), 24 times the text
# for the worst shapes. Before parsing, a member's memory is estimated from its structural
# characters (commas and brackets inside strings only add to it) and refused when it is
# out of proportion to the file: more than PARSE_AMPLIFICATION times its compressed size
# beyond a small floor (a real package: 62 times at the demo data's 10:1 compression, so
# real data may compress up to 30:1), or more than PARSE_BUDGET in all. A 1 MB file is
# thus never parsed into more than about 200 MB (bench/bench_hostile.py).
PARSE_BYTES_PER_CONTAINER = 200
PARSE_BYTES_PER_VALUE = 80
PARSE_AMPLIFICATION = 200
PARSE_FLOOR = 48 * 1024 * 1024
PARSE_BUDGET = 1024 * 1024 * 1024
ATTACHMENT_LIMIT = 50 * 1024 * 1024  # per evidence file shipped in a package
ATTACHMENTS_TOTAL_LIMIT = 500 * 1024 * 1024

_RECORDS = re.compile(r"^records/([a-z_]{1,40})(?:\.([1-9][0-9]{0,4}))?\.json$")
_ATTACHMENT = re.compile(r"^attachments/([0-9a-f]{64})$")


class PackageError(UserError):
    """The file is not a package this app can trust; the message says what to do."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def canonical_json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def records_member(table: str, part: int = 1) -> str:
    """The member holding a table's records: part 1 is ``records/<table>.json`` (as in
    every format), later parts ``records/<table>.<part>.json`` (format 3)."""
    return f"records/{table}.json" if part == 1 else f"records/{table}.{part}.json"


def attachment_member(sha256: str) -> str:
    return f"attachments/{sha256}"


def write_package(target: Path, signature: bytes, manifest_bytes: bytes,
                  parts: dict[str, bytes], *, final: Path | None = None) -> None:
    """Write a package to ``target``: a temporary name the caller renames once the export
    is logged (``final``: the name the user chose, for messages), or, without ``final``,
    through a temporary name of its own so a full USB stick never leaves half a package."""
    with PackageWriter(target, final=final) as writer:
        for name, data in parts.items():
            writer.add(name, data)
        writer.finish(manifest_bytes, signature)


class PackageWriter:
    """A package written member by member, so the records of a large table are never all
    in memory at once; the manifest, which names every member's hash, and its signature
    come last (readers find members by name). Used as a context manager: leaving it
    without ``finish`` (an error) removes the partial file.

    ``target`` and ``final`` as for ``write_package``."""

    def __init__(self, target: Path, *, final: Path | None = None):
        self.target = Path(target)
        self.final = final
        self.partial = self.target if final is not None else self.target.with_name(
            f"{self.target.name}.{os.getpid()}.partial")
        self.parts: dict[str, dict] = {}  # name → {"sha256", "size"}, for the manifest
        self.archive: zipfile.ZipFile | None = None
        self.finished = False

    def __enter__(self) -> PackageWriter:
        self._guarded(lambda: setattr(self, "archive", zipfile.ZipFile(
            self.partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5)))
        return self

    def add(self, name: str, data: bytes) -> None:
        self.parts[name] = {"sha256": sha256_bytes(data), "size": len(data)}
        self._guarded(lambda: self.archive.writestr(name, data))

    def finish(self, manifest_bytes: bytes, signature: bytes) -> None:
        def close():
            self.archive.writestr(MANIFEST, manifest_bytes)
            self.archive.writestr(SIGNATURE, signature)
            self.archive.close()
            if self.final is None:
                self.partial.replace(self.target)
        self._guarded(close)
        self.finished = True

    def __exit__(self, kind, error, trace) -> None:
        if not self.finished:
            if self.archive is not None:
                with contextlib.suppress(OSError, ValueError):
                    self.archive.close()
            self.partial.unlink(missing_ok=True)

    def _guarded(self, action) -> None:
        try:
            action()
        except OSError as error:
            raise UserError(_("Không ghi được tệp {path}: {reason}. Hãy chọn nơi lưu khác (USB "
                              "đầy, chỉ đọc, hoặc không có quyền ghi).").format(
                                  path=self.final or self.target, reason=os_reason(error))
                            ) from None


def _climbs_out(name: str) -> bool:
    return (name.startswith(("/", "\\")) or "\\" in name or re.match(r"^[A-Za-z]:", name)
            is not None or any(part == ".." for part in name.split("/")))


class SafeZip:
    """A zip opened for reading with every hostile-archive check done up front.

    The package is never extracted to disk; members are read into memory with the declared
    size as a hard cap, and zipfile's CRC check catches a member that lies about its size.
    """

    def __init__(self, path: Path, *, allowed_name, max_member_size, label: str,
                 max_ratio=lambda name: MAX_RATIO):
        self.path = Path(path)
        self.label = label
        try:
            size = self.path.stat().st_size
        except OSError as error:
            raise PackageError(_("Không đọc được tệp \"{name}\": {error}")
                               .format(name=self.path.name, error=error)) from None
        if size > MAX_FILE_SIZE:
            raise PackageError(_("Tệp \"{name}\" quá lớn ({mb} MB). Hãy kiểm tra lại tệp.")
                               .format(name=self.path.name, mb=size // 2**20))
        try:
            self.archive = zipfile.ZipFile(self.path)
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise PackageError(_(
                "Tệp \"{name}\" bị hỏng hoặc không trọn vẹn (không đọc được {label}). Hãy "
                "xin đơn vị gửi lại tệp, hoặc chép lại từ USB/thư điện tử.").format(
                    name=self.path.name, label=label)) from None
        if len(infos) > MAX_MEMBERS:
            raise PackageError(_("Tệp \"{name}\" chứa quá nhiều phần ({n}); không nhập.")
                               .format(name=self.path.name, n=len(infos)))
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if _climbs_out(name):
                raise PackageError(_(
                    "Tệp \"{name}\" chứa đường dẫn nguy hiểm \"{member}\" (trỏ ra ngoài thư "
                    "mục). Tệp có thể đã bị sửa có chủ đích; không nhập.").format(
                        name=self.path.name, member=name[:80]))
            if name in seen:
                raise PackageError(_("Tệp \"{name}\" có hai phần trùng tên \"{member}\"; "
                                     "không nhập.").format(name=self.path.name, member=name[:80]))
            seen.add(name)
            if not allowed_name(name):
                raise PackageError(_("Tệp \"{name}\" có phần lạ \"{member}\" không thuộc "
                                     "{label}; không nhập.").format(
                                         name=self.path.name, member=name[:80], label=label))
            if info.flag_bits & 0x1:
                raise PackageError(_("Tệp \"{name}\" có phần bị mã hóa; không nhập.")
                                   .format(name=self.path.name))
            limit = max_member_size(name)
            if info.file_size > limit:
                raise PackageError(_(
                    "Phần \"{member}\" của tệp \"{name}\" khi giải nén lớn {mb} MB, vượt giới "
                    "hạn {limit} MB; không nhập.").format(
                        member=name[:80], name=self.path.name, mb=info.file_size // 2**20,
                        limit=limit // 2**20))
            ratio = max_ratio(name)
            if info.file_size > RATIO_FLOOR and (
                    info.compress_size == 0 or info.file_size / info.compress_size > ratio):
                raise PackageError(_(
                    "Tệp \"{name}\" là một \"quả bom nén\": phần \"{member}\" nở ra gấp hơn "
                    "{ratio} lần. Không nhập tệp này.").format(
                        name=self.path.name, member=name[:80], ratio=ratio))
            total += info.file_size
        if total > MAX_TOTAL_SIZE:
            raise PackageError(_("Tệp \"{name}\" khi giải nén quá lớn ({mb} MB); không nhập.")
                               .format(name=self.path.name, mb=total // 2**20))
        self.names = seen
        self.infos = {info.filename: info for info in infos}

    def read(self, name: str) -> bytes:
        info = self.archive.getinfo(name)
        try:
            with self.archive.open(info) as handle:
                data = handle.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
                NotImplementedError):
            raise PackageError(_(
                "Phần \"{member}\" của tệp \"{name}\" bị hỏng (sai mã kiểm tra). Hãy xin gửi "
                "lại tệp.").format(member=name, name=self.path.name)) from None
        if len(data) != info.file_size:
            raise PackageError(_("Phần \"{member}\" của tệp \"{name}\" có kích thước sai; "
                                 "tệp bị hỏng.").format(member=name, name=self.path.name))
        return data

    def blocks(self, name: str, size: int = 4 * 1024 * 1024):
        """The member's bytes in blocks, with ``read``'s checks (CRC, declared size)."""
        info = self.archive.getinfo(name)
        read = 0
        try:
            with self.archive.open(info) as handle:
                while block := handle.read(min(size, info.file_size + 1 - read)):
                    read += len(block)
                    if read > info.file_size:
                        break
                    yield block
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
                NotImplementedError):
            raise PackageError(_(
                "Phần \"{member}\" của tệp \"{name}\" bị hỏng (sai mã kiểm tra). Hãy xin gửi "
                "lại tệp.").format(member=name, name=self.path.name)) from None
        if read != info.file_size:
            raise PackageError(_("Phần \"{member}\" của tệp \"{name}\" có kích thước sai; "
                                 "tệp bị hỏng.").format(member=name, name=self.path.name))

    def close(self) -> None:
        self.archive.close()


def package_member_allowed(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE) or bool(_RECORDS.match(name) or _ATTACHMENT.match(name))


def package_member_ratio(name: str) -> int:
    return RECORDS_RATIO if name.startswith("records/") else MAX_RATIO


def package_member_limit(name: str) -> int:
    if name in (MANIFEST, SIGNATURE):
        return MAX_MANIFEST_SIZE
    if name.startswith("attachments/"):
        return ATTACHMENT_LIMIT
    return MAX_RECORDS_SIZE


def table_of_member(name: str) -> str | None:
    match = _RECORDS.match(name)
    return match.group(1) if match else None


def part_of_member(name: str) -> int:
    """1 for ``records/<table>.json``, n for ``records/<table>.<n>.json``."""
    match = _RECORDS.match(name)
    return int(match.group(2) or 1) if match else 0


def sha_of_attachment(name: str) -> str | None:
    match = _ATTACHMENT.match(name)
    return match.group(1) if match else None


def parse_estimate(data: bytes) -> int:
    """Bytes of memory ``json.loads(data)`` may take at most (see PARSE_* above)."""
    containers = data.count(b"{") + data.count(b"[")
    values = data.count(b",") + data.count(b":")
    return _estimate(containers, values, len(data))


def _estimate(containers: int, values: int, size: int) -> int:
    return PARSE_BYTES_PER_CONTAINER * containers + PARSE_BYTES_PER_VALUE * values + 2 * size


def check_parse_budget(data: bytes, compressed: int, what: str, file_name: str) -> None:
    """Refuse JSON whose objects would take far more memory than such a file can need."""
    check_parse_counts(data.count(b"{") + data.count(b"["), data.count(b",") + data.count(b":"),
                       len(data), compressed, what, file_name)


def check_parse_counts(containers: int, values: int, size: int, compressed: int, what: str,
                       file_name: str) -> None:
    """``check_parse_budget`` from the counts of the JSON's structural characters (taken
    while the member is read in blocks)."""
    estimate = _estimate(containers, values, size)
    if estimate <= PARSE_FLOOR:
        return
    if estimate > PARSE_BUDGET or estimate > PARSE_AMPLIFICATION * max(compressed, 1):
        raise PackageError(_(
            "Phần {what} của tệp \"{name}\" nén {kb} KB nhưng chứa {values} giá trị và "
            "{containers} mảng/đối tượng JSON: đọc nó sẽ cần khoảng {mb} MB bộ nhớ, quá "
            "mức một tệp như vậy cần. Tệp bị sửa tay hoặc được tạo để làm treo máy; không "
            "nhập.").format(
                what=what, name=file_name, kb=number(max(compressed, 1) // 1024 or 1),
                values=number(values), containers=number(containers),
                mb=number(estimate // 2**20)))


def not_json(what: str, file_name: str) -> PackageError:
    return PackageError(_("Phần {what} của tệp \"{name}\" không phải JSON hợp lệ; tệp "
                          "bị hỏng hoặc bị sửa tay.").format(what=what, name=file_name))


def parse_json(data: bytes, what: str, file_name: str, compressed: int | None = None):
    """JSON from untrusted bytes; nesting bombs and giant numbers become a clear refusal.
    With ``compressed`` (the member's size in the zip), the memory it would take is
    bounded first (``check_parse_budget``)."""
    if compressed is not None:
        check_parse_budget(data, compressed, what, file_name)
    try:
        return json.loads(data.decode("utf-8"))
    except (RecursionError, MemoryError):
        raise PackageError(_("Phần {what} của tệp \"{name}\" lồng nhau quá sâu; không nhập.")
                           .format(what=what, name=file_name)) from None
    except (UnicodeDecodeError, ValueError):
        raise not_json(what, file_name) from None
