"""Every file the app writes for an officer, by name: the one route the window and the
command line share.

An ``Exporter`` says what it is called, which file kinds it writes (suffixes without the
dot) and how it writes: ``write(workspace, target, kind, progress, **params)``. It takes the
``Workspace`` and plain parameters (a period, a plan's UUID, a recipient's code…), opens its
own sessions, reports through ``progress(done, total, text)`` and writes only through
``exports.files.write_atomically`` (the package: through ``sync.export``, whose rename is
part of the export log's transaction, under the same partial name). A progress callback may
raise any exception to cancel; the target is then left as it was.

Callers use ``export(name, workspace, target, progress=…, **params)`` and
``default_name(name, workspace, kind, **params)``; they decide the target (a save dialog, a
``--out`` argument) and word the result, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.workspace import Workspace

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Exported:
    """A written file: where, which kind, and what the writer has to say about it (the
    counts and figures a caller words its result line with), plain data only."""

    path: Path
    kind: str
    detail: Any = None


@dataclass(frozen=True)
class Exporter:
    name: str
    kinds: tuple[str, ...]
    needs: tuple[str, ...]  # the keyword parameters ``write`` and ``default_name`` take
    write: Callable[..., Exported]
    default_name: Callable[..., str]

    def resolve(self, target: Path) -> tuple[Path, str]:
        """The file to write and its kind. A name without a suffix gets the first kind's
        ("Gói" → "Gói.nbhr"); any other suffix than the kinds' is the user's mistake."""
        kind = target.suffix.lower().lstrip(".")
        if not target.suffix:
            return target.with_name(f"{target.name}.{self.kinds[0]}"), self.kinds[0]
        if kind not in self.kinds:
            suffixes = _(" hoặc ").join(f".{k}" for k in self.kinds)
            raise UserError(_("Tệp xuất phải có đuôi {suffix}: {path}").format(
                suffix=suffixes, path=target))
        return target, kind


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    EXPORTERS[exporter.name] = exporter
    return exporter


def exporter(name: str) -> Exporter:
    _load()
    return EXPORTERS[name]


def names() -> list[str]:
    _load()
    return sorted(EXPORTERS)


def _quiet(_done: int, _total: int, _text: str) -> None:
    pass


def export(name: str, workspace: Workspace, target: Path | str, *,
           progress: Progress | None = None, **params) -> Exported:
    """Write ``target`` with the exporter ``name``; its suffix picks the kind. The folder
    is created when missing; an existing file is replaced (asking first is the window's
    business: its save dialog does)."""
    chosen = exporter(name)
    _check(chosen, params)
    target, kind = chosen.resolve(Path(target))
    return chosen.write(workspace, target, kind, progress or _quiet, **params)


def default_name(name: str, workspace: Workspace, kind: str | None = None, **params) -> str:
    """The usual ASCII file name ("BC-QCN-KimSon-2025-Q4.pdf"); ``kind`` defaults to the
    exporter's first."""
    chosen = exporter(name)
    _check(chosen, params)
    return chosen.default_name(workspace, kind or chosen.kinds[0], **params)


def _check(chosen: Exporter, params: dict) -> None:
    unknown = set(params) - set(chosen.needs)
    if unknown:  # a programming mistake, not the user's
        raise TypeError(f"{chosen.name} takes no {', '.join(sorted(unknown))}")


def _load() -> None:
    """Import the modules that register exporters (once; they pull in reportlab and
    openpyxl, which a command that exports nothing should not pay for)."""
    global _loaded
    if _loaded:
        return
    from nbhr_desktop.exports import (  # noqa: F401 (registering is the import's effect)
        exchange_files,
        plan_files,
        province_files,
        report_files,
    )
    _loaded = True


_loaded = False
