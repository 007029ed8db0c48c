"""Helpers every command module shares: opening the workspace and printing results.

Commands never build a ``Workspace`` themselves: ``open_workspace(args)`` reads the global
``--data-dir`` / ``--db-url`` options the same way for every command, so a user's
``--data-dir`` means the same folder everywhere.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location


def location_from_args(args) -> Location:
    """The data folder and database URL named by the global options (or the defaults);
    a URL that cannot work, or would keep nothing (in memory), is a ``UserError``."""
    return Location.resolve(getattr(args, "data_dir", None),
                            getattr(args, "db_url", None)).check()


def report_busy(waited: int, limit: int) -> None:
    """While another program holds the database: a line now and then on stderr."""
    if waited <= 1 or waited % 10 == 0:
        print(_("Cơ sở dữ liệu đang bận (một chương trình khác đang ghi); đang chờ… {n}/{limit} "
                "giây").format(n=waited, limit=limit), file=sys.stderr, flush=True)


def open_workspace(args, *, require_init: bool = True) -> Workspace:
    """Open (and migrate) the workspace named by ``--data-dir`` / ``--db-url``.

    With ``require_init`` (the default) a data folder that serves no unit yet raises
    ``NotInitialisedError`` telling the user to run ``init``; the workspace is closed first.
    A database that cannot be opened at all becomes a one-line ``UserError``.
    """
    location = location_from_args(args)
    try:
        workspace = Workspace.open(location)
    except UserError:
        raise
    except Exception as error:  # a server down, a locked or damaged file: say which
        raise UserError(_("Không mở được cơ sở dữ liệu {where}: {reason}").format(
            where=location.describe(), reason=_one_line(error))) from error
    workspace.db.on_busy = report_busy
    if require_init:
        try:
            workspace.installation_info(refresh=True)
        except UserError:
            workspace.close()
            raise
    return workspace


def _one_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def print_json(data: Any, *, file=None) -> None:
    """Machine-readable output: UTF-8 JSON, Vietnamese kept readable, dates as ISO text."""
    out = file or sys.stdout
    out.write(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))
    out.write("\n")


def _json_default(value: Any):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value)
    return str(value)


def print_line(text: str = "", *, file=None) -> None:
    """One line of human output (stdout by default)."""
    print(text, file=file or sys.stdout)


def print_table(rows: list[tuple[str, Any]], *, file=None) -> None:
    """Label / value pairs aligned in two columns, e.g. for ``info``."""
    if not rows:
        return
    width = max(len(label) for label, _value in rows)
    for label, value in rows:
        print_line(f"{label.ljust(width)}  {value}", file=file)
