"""The one entry point for importing a file, used by the command line and the GUI.

``read_source`` verifies a ``.nbhr`` package or reads a data-entry workbook (``.xlsx``)
into an ``ImportSource``; a refused file is logged and raises ``UserError`` with the
Vietnamese reason. ``preview`` and ``apply`` (from ``sync.apply``) then work on the source.
"""

from __future__ import annotations

from pathlib import Path

from nbhr_desktop.core.errors import UserError
from nbhr_desktop.core.i18n import _
from nbhr_desktop.sync import apply as applying
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
            from nbhr_desktop.workbooks.entry_import import read_entry_workbook

            return read_entry_workbook(workspace, path)
        with paused_gc():
            return _package_source(workspace, path, trust)
    except UserError as error:
        if log_refusal:
            detail = "; ".join(error.details[:5])
            applying.record_failure(workspace, None, "refused",
                                    error.message + (f" ({detail})" if detail else ""),
                                    path=path, kind=kind)
        raise


def _package_source(workspace, path: Path, trust: str | None) -> ImportSource:
    info = workspace.installation_info()
    with workspace.db.engine.connect() as conn:
        package = open_package(path, conn, info.installation_uuid, trust=trust)
    sender = package.sender
    notes = ([package.pin_message] if package.pin_message else []) + package.warnings
    if sender.unit_code == info.unit_code and sender.installation_uuid != info.installation_uuid:
        notes.append(_("Tệp từ một máy khác của cùng đơn vị ({unit}).").format(
            unit=sender.unit_name))
    return ImportSource(
        kind="package", path=path, file_sha256=package.file_sha256,
        sender_unit=sender.unit_code, sender_name=sender.unit_name,
        sender_installation=sender.installation_uuid, records=package.records,
        typed=package.typed, attachments=package.attachments, pin_status=package.pin_status,
        public_key=sender.public_key, notes=notes, created_at=package.created_at)


def import_file(workspace, path: str | Path, *, dry_run: bool = False,
                decisions: dict | None = None, resolve_all: str | None = None,
                trust: str | None = None, progress=None) -> ImportResult:
    """Verify, compare and (unless ``dry_run``) apply one file."""
    with paused_gc():  # one pause for both steps: see ``bulk.paused_gc``
        source = read_source(workspace, path, trust=trust, log_refusal=not dry_run)
        if dry_run:
            return applying.preview(workspace, source)
        return applying.apply(workspace, source, decisions=decisions,
                              resolve_all=resolve_all, progress=progress)
