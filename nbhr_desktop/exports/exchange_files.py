"""What one unit sends another: the signed package (``package``, ``.nbhr``) and the Excel
workbook a commune fills in (``entry-template``).

The package's file and its line in the export log appear together or not at all, so its
rename happens inside ``sync.export`` (same partial name, same atomic rename as
``exports.files``); everything else about it is decided here for both callers: the
province's package to every unit (``recipient=""``) first stores the due dates and next
year's plan template it carries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import ascii_slug
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.exports.files import write_atomically, write_error
from nbhr_desktop.exports.registry import Exported, Exporter, Progress, register


@dataclass(frozen=True)
class PackageFile:
    total: int
    counts: dict[str, int]
    attachments_skipped: list[str]
    next_year: int | None  # the province's package to all: the plan template's year


def _slug(workspace: Workspace) -> str:
    return ascii_slug(workspace.installation_info().unit_short_name)


def package_name(workspace: Workspace, kind: str, **_params) -> str:
    return f"NBHR-{_slug(workspace)}-{dt.date.today():%Y%m%d}.{kind}"


def write_package(workspace: Workspace, target: Path, kind: str, progress: Progress, *,
                  recipient: str = "", since_last: bool = False,
                  with_attachments: bool = False) -> Exported:
    """``recipient``: a unit's code, or "" for any unit (the province: every unit)."""
    from nbhr_desktop.core.province.send_down import prepare
    from nbhr_desktop.sync.export import export_package

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_error(target, error) from error
    prepared = prepare(workspace) if recipient == "" else None
    result = export_package(workspace, target, recipient=recipient, since_last=since_last,
                            with_attachments=with_attachments, progress=progress)
    return Exported(result.path, kind, PackageFile(
        result.total, dict(result.counts), list(result.attachments_skipped),
        prepared.next_year if prepared is not None else None))


def template_name(workspace: Workspace, kind: str, **_params) -> str:
    return f"NhapLieu-{_slug(workspace)}.{kind}"


def write_template(workspace: Workspace, target: Path, kind: str, progress: Progress, *,
                   commune: str | None = None) -> Exported:
    """``commune``: a commune's name in the unit's list, for a copy bound to it alone."""
    from nbhr_desktop.workbooks.entry_template import build_entry_template

    progress(0, 0, _("Đang lập sổ nhập liệu…"))
    book = build_entry_template(workspace, commune)
    write_atomically(target, lambda partial: book.save(partial), progress)
    return Exported(target, kind)


register(Exporter("package", ("nbhr",), ("recipient", "since_last", "with_attachments"),
                  write_package, package_name))
register(Exporter("entry-template", ("xlsx",), ("commune",), write_template, template_name))
