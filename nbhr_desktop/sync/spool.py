"""A large package's records parts, decompressed once: kept in a temporary file.

Verifying a package decompresses every part to hash it. A package too large to keep its
parts in memory (``sync.read_ahead``) was then decompressed and hashed again by the
process that reads it: 0.3-0.4 s of that process's time per 50,000 activities, most of
what kept the comparison waiting. Verifying now also writes each records part, as its
blocks are hashed, into one temporary file; the reading reads the parts back from there,
as plain bytes. A part is listed only once its hash has matched.

The file is the user's own (``mkstemp``: readable by this account only), like the
database, so what is read from it is what was verified. It is removed when the package is
no longer used, when the program ends, or (a killed program) at the next start. Where it
cannot be written (a full disk), the parts are read from the package file again, as
before.
"""

from __future__ import annotations

import contextlib
import os
import queue
import tempfile
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage.partials import IMPORT_PREFIX, temp_prefix
from nbhr_desktop.sync.format import PackageError

# Bytes read back at a time (see ``read_ahead.BLOCK``).
BLOCK = 1024 * 1024


class Spool:
    """Verified parts in one temporary file: ``parts`` maps a member to (offset, size).

    A thread writes the blocks (``QUEUED`` at most waiting), so that the disk's time
    overlaps the decompressing and hashing of the next ones instead of adding to it."""

    QUEUED = 8

    def __init__(self):
        # Named after this process: what a killed import leaves is removed at the next
        # start (``storage.partials``).
        handle, name = tempfile.mkstemp(prefix=temp_prefix(IMPORT_PREFIX), suffix=".parts")
        self.path = Path(name)
        self.file = os.fdopen(handle, "wb")
        self.parts: dict[str, tuple[int, int]] = {}
        self.size = 0  # bytes given so far
        self.offset = 0  # where the part being given began
        self.queue: queue.Queue = queue.Queue(maxsize=self.QUEUED)
        self.failed: list[OSError] = []
        self.thread = threading.Thread(target=_write_all, args=(self.queue, self.file,
                                                                self.failed),
                                       name="nbhr-spool", daemon=True)
        self.thread.start()
        self._removed = weakref.finalize(self, _remove, self.queue, self.thread, self.file,
                                         self.path)

    def write(self, block: bytes) -> None:
        self.queue.put(block)
        self.size += len(block)

    def verified(self, member: str) -> None:
        """The blocks given since the last part make ``member``, whose hash matched."""
        self.parts[member] = (self.offset, self.size - self.offset)
        self.offset = self.size

    def finish(self) -> bool:
        """Waits until every block is written and closes the file; False (and the spool
        removed) where it could not be written (a full disk)."""
        self.queue.put(None)
        self.thread.join()
        try:
            self.file.close()
        except OSError as error:
            self.failed.append(error)
        if self.failed:
            self.remove()
            return False
        return True

    def remove(self) -> None:
        self._removed()


def started() -> Spool | None:
    """A new spool, or None where no temporary file can be made."""
    try:
        return Spool()
    except OSError:
        return None


def blocks(path: str | Path, offset: int, size: int, block: int = BLOCK) -> Iterator[bytes]:
    """A part's bytes read back from a spool file (its ``parts`` entry)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            left = size
            while left:
                data = handle.read(min(block, left))
                if not data:
                    raise OSError
                left -= len(data)
                yield data
    except OSError:
        raise PackageError(_(
            "Tệp tạm của lần nhập này (\"{path}\") đã bị xóa hoặc bị hỏng giữa chừng. Không "
            "nhập gì cả; hãy nhập lại tệp.").format(path=path)) from None


def _write_all(blocks: queue.Queue, file, failed: list[OSError]) -> None:
    while (block := blocks.get()) is not None:
        if not failed:
            try:
                file.write(block)
            except OSError as error:  # a full disk: the rest is only taken off the queue
                failed.append(error)


def _remove(blocks: queue.Queue, thread: threading.Thread, file, path: Path) -> None:
    if thread.is_alive():  # given up before ``finish`` (a part refused)
        blocks.put(None)
        thread.join()
    with contextlib.suppress(OSError):
        file.close()
    with contextlib.suppress(OSError):  # on Windows: still open elsewhere; the OS cleans up
        path.unlink()
