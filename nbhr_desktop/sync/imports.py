"""The one entry point for importing a file, used by the command line and the GUI.

``read_source`` verifies a ``.nbhr`` package, or reads a data-entry workbook or (at the
province) a unit's report workbook (``.xlsx``) into an ``ImportSource``; a refused file is
logged and raises ``UserError`` with the Vietnamese reason. ``preview`` and ``apply`` (from
``sync.apply``) then work on the source.

Some files need the officer's knowing consent before they are applied (a first contact
with a unit whose key nobody registered, a package addressed to another unit): the source
lists them in ``confirmations``. The GUI asks; the command line wants a flag; ``refuse``
logs the officer's refusal.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from sqlalchemy import select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.sync import apply as applying
from nbhr_desktop.sync import read_ahead
from nbhr_desktop.sync.apply import ImportResult, ImportSource
from nbhr_desktop.sync.bulk import paused_gc
from nbhr_desktop.sync.verify import open_package

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def is_workbook(path: Path) -> bool:
    return Path(path).suffix.lower() in WORKBOOK_SUFFIXES


def read_source(workspace, path: str | Path, *, trust: str | None = None,
                log_refusal: bool = True) -> ImportSource:
    """Verify and read a file; a refusal is logged (unless asked not to) and re-raised."""
    path = Path(path)
    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp \"{path}\". Hãy chọn lại tệp.").format(path=path))
    kind = "workbook" if is_workbook(path) else "package"
    try:
        if kind == "workbook":
            from nbhr_desktop.workbooks.entry_guard import sheet_names
            from nbhr_desktop.workbooks.entry_import import read_entry_workbook
            from nbhr_desktop.workbooks.report_import import (
                is_report_workbook,
                read_report_workbook,
            )

            if is_report_workbook(sheet_names(path)):  # a unit's e-mailed report workbook
                kind = "report-workbook"
                return read_report_workbook(workspace, path)
            return read_entry_workbook(workspace, path)
        with paused_gc():
            source = _package_source(workspace, path, trust)
        source.log_refusals = log_refusal
        return source
    except UserError as error:
        if log_refusal:
            detail = "; ".join(error.details[:5])
            applying.record_failure(workspace, None, "refused",
                                    error.message + (f" ({detail})" if detail else ""),
                                    path=path, kind=kind)
        raise


def _unit_name(conn, code: str) -> str:
    from nbhr_desktop.storage.models import AdminUnit

    units = AdminUnit.__table__
    name = conn.execute(select(units.c.name).where(units.c.code == code)
                        .order_by(units.c.deleted, units.c.id).limit(1)).scalar()
    return name or code


def _package_source(workspace, path: Path, trust: str | None) -> ImportSource:
    info = workspace.installation_info()
    with workspace.db.engine.connect() as conn:
        package = open_package(path, conn, info.installation_uuid, trust=trust,
                               own_unit=info.unit_code)
        addressed_to = _unit_name(conn, package.recipient) if package.recipient else ""
    sender = package.sender
    notes = [package.pin_message] if package.pin_message else []
    if sender.unit_code == info.unit_code and sender.installation_uuid != info.installation_uuid:
        notes.append(_("Tệp từ một máy khác của cùng đơn vị ({unit}).").format(
            unit=sender.unit_name))
    confirmations = {}
    if package.pin_status == "new":
        confirmations["first-contact"] = package.pin_message
    if package.recipient and package.recipient != info.unit_code:
        message = _(
            "Tệp này {sender} gửi cho {recipient} ({code}), không phải cho {mine}. Có thể "
            "tệp bị chuyển nhầm; chỉ nhập khi biết rõ vì sao nó đến đây.").format(
                sender=sender.unit_name, recipient=addressed_to, code=package.recipient,
                mine=info.unit_name)
        confirmations["other-recipient"] = message
        notes.insert(0, message)
    return ImportSource(
        kind="package", path=path, file_sha256=package.file_sha256,
        sender_unit=sender.unit_code, sender_name=sender.unit_name,
        sender_installation=sender.installation_uuid, records={}, typed={},
        package=package.records, attachments=package.attachments, pin_status=package.pin_status,
        public_key=sender.public_key, pin_message=package.pin_message, notes=notes,
        created_at=package.created_at,
        recipient=package.recipient, confirmations=confirmations)


class NeedsConfirmation(UserError):
    """The file is sound, but the officer has not (yet) accepted what makes it unusual."""


# How the command line accepts each kind (the GUI asks a question instead).
CONFIRM_FLAGS = {"first-contact": "--accept-new-key", "other-recipient": "--accept-recipient"}


def check_confirmed(workspace, source: ImportSource, accepted: Collection[str]) -> None:
    """Refuse (and log) a file whose unusual points the officer did not accept."""
    missing = [kind for kind in source.confirmations if kind not in accepted]
    if not missing:
        return
    flags = " ".join(CONFIRM_FLAGS.get(kind, kind) for kind in missing)
    message = " ".join(source.confirmations[kind] for kind in missing) + " " + _(
        "Không nhập. Sau khi đã kiểm tra, hãy nhập lại với {flags}.").format(flags=flags)
    applying.record_failure(workspace, source, "refused", message)
    raise NeedsConfirmation(message)


def refuse(workspace, source: ImportSource, reason: str = "") -> None:
    """The officer refused a previewed file: logged, nothing else changes."""
    applying.record_failure(workspace, source, "refused", reason or _(
        "Cán bộ từ chối tệp sau khi xem trước."))


def import_file(workspace, path: str | Path, *, dry_run: bool = False,
                decisions: dict | None = None, resolve_all: str | None = None,
                trust: str | None = None, progress=None,
                accept: Collection[str] | None = None, alone: bool = False) -> ImportResult:
    """Verify, compare and (unless ``dry_run``) apply one file.

    ``accept``: the unusual points (``ImportSource.confirmations``) the officer accepted;
    with it, a file that has others is refused. ``None`` leaves that to the caller.
    ``alone``: nothing else of this program reads meanwhile (``sync.apply.JOURNAL_FROM``).
    """
    # A large package's second reader starts its interpreter while the file is verified
    # (or started already while the program loaded: ``cli.run``).
    reader = read_ahead.started_early(Path(path)) or read_ahead.start_for(path)
    try:
        with paused_gc():  # one pause for both steps: see ``bulk.paused_gc``
            source = read_source(workspace, path, trust=trust, log_refusal=not dry_run)
            source.reader = reader
            if dry_run:
                return applying.preview(workspace, source)
            if accept is not None:
                check_confirmed(workspace, source, accept)
            return applying.apply(workspace, source, decisions=decisions,
                                  resolve_all=resolve_all, progress=progress, alone=alone)
    finally:
        if reader is not None:
            reader.close()
