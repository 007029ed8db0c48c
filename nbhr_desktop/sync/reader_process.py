"""The second process that reads a large package ahead (``sync.read_ahead``): started,
given its work, its batches taken, closed.

Kept apart from the reading itself, and light to import (no database, no records code),
so that the command line's entry point can start the process for a package named on it
before it loads the rest of the program (``cli.run``): the new interpreter (0.25-0.3 s of
loading) then starts on the other core while this one loads, instead of after, when it
made the comparison's first batch wait. The process itself imports the reading code
(``_run``).
"""

from __future__ import annotations

import multiprocessing
import os
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _, installed_language

if TYPE_CHECKING:
    from nbhr_desktop.sync.batches import Batch

# A package file from this size is likely to hold enough records to be read ahead (demo
# activities: about 125 bytes each, compressed): its reader is started before the file is
# verified.
PRESTART_SIZE = 2_000_000


def _run(pipe) -> None:
    """The second process's work (``read_ahead._read``)."""
    from nbhr_desktop.sync.read_ahead import _read

    _read(pipe)


class ReaderStopped(UserError):
    """The reading process ended before sending every batch."""


class Reader:
    """This process's side of the second process: ``start`` it early (its interpreter starts
    while the file is verified), ``begin`` its work, ``take`` batches, ``close`` it."""

    def __init__(self):
        context = multiprocessing.get_context("spawn")  # never fork: the GUI has threads
        self.pipe, theirs = context.Pipe()
        self.process = context.Process(target=_run, args=(theirs,), name="nbhr-read-ahead",
                                       daemon=True)
        self.process.start()
        theirs.close()
        self.path = Path()
        self.begun = False

    def begin(self, package, jobs: list[tuple[str, list[str]]]) -> None:
        from nbhr_desktop.sync.read_ahead import SENT  # loaded by then (the comparison)

        self.path, self.begun = package.path, True
        with suppress(OSError):  # a reader already gone is found by ``take``
            self.pipe.send({
                "path": str(package.path), "version": package.version,
                "counts": dict(package.counts), "jobs": jobs, "hashes": dict(package.hashes),
                "compressed": dict(package.compressed), "language": installed_language(),
                "spool": str(package.spooled.path) if package.spooled else "",
                "spooled": dict(package.spooled.parts) if package.spooled else {},
                "sent": SENT})

    def take(self) -> tuple[Batch, object] | None:
        """The next batch and the latest change time in it; None at the end of a group."""
        try:
            message = self.pipe.recv()
        except (EOFError, OSError):
            message = ("stopped",)
        kind = message[0]
        if kind == "batch":
            from nbhr_desktop.sync.batches import Batch  # loaded by then (the comparison)

            _kind, records, typed, future, newest = message
            return Batch(records, typed, future=future), newest
        if kind == "end":
            return None
        if kind == "refused":
            raise message[1]
        detail = message[1] if kind == "failed" else ""
        raise ReaderStopped(_(
            "Không đọc hết được tệp \"{name}\": tiến trình đọc tệp đã dừng giữa chừng. "
            "Không nhập gì cả; hãy thử nhập lại (nếu vẫn lỗi, máy có thể thiếu bộ nhớ)."
        ).format(name=self.path.name), details=[detail] if detail else [])

    def close(self) -> None:
        self.pipe.close()  # a reader waiting for work, or still sending, stops
        if not self.begun:  # not needed after all: no need to wait for it to start
            self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=5)


def start_for(path: Path) -> Reader | None:
    """A reader started now for a package file that is probably large enough to use one
    (``PRESTART_SIZE``), or None; the caller closes it."""
    path = Path(path)
    try:
        large = path.suffix.lower() == ".nbhr" and path.stat().st_size >= PRESTART_SIZE
    except OSError:
        return None
    return _started() if large else None


def _started() -> Reader | None:
    """A new reader, or None where it cannot help or cannot be started: a PC with one core
    (the two processes would take turns on it, with the cost of sending every record on
    top), or where a process cannot be started (a locked-down PC, no resources left). This
    process then reads, as for a small package."""
    if (os.cpu_count() or 1) < 2:
        return None
    try:
        return Reader()
    except (OSError, RuntimeError, ValueError):
        return None


_EARLY: list[Reader] = []  # started by ``start_early``, taken by ``started_early``


def start_early(path: Path) -> None:
    """``start_for(path)``, kept for the import of ``path`` the command then runs."""
    reader = start_for(path)
    if reader is not None:
        reader.path = Path(path)
        _EARLY.append(reader)


def started_early(path: Path) -> Reader | None:
    """The reader started early for ``path`` (then no longer kept here); any other one
    started early is closed."""
    found = None
    while _EARLY:
        reader = _EARLY.pop()
        if found is None and _same_file(reader.path, Path(path)):
            found = reader
        else:
            reader.close()
    return found


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False
