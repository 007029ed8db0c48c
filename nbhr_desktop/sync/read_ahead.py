"""A large package's records read, checked and keyed by a second process, a batch ahead.

An import is two kinds of work in turn: reading the package (parse the JSON, check every
record's identity and content, fold titles and descriptions into the search key), then
comparing and writing. In one process both take turns on one core (the GIL; SQLite writes
from one thread): reading was about half of an import's CPU. Here a second process reads
the next batch — on the PC's other core — while this one compares and writes the one
before (50,000 activities: 4.3 -> 3.6 s; 300,000: 22.9 -> 19-20 s, ``bench_import.py``).
The price is about 1.5 s more CPU per 50,000 records in all (the second interpreter,
sending every record through a pipe, reading the parts again): on a PC whose other core is
busy with something else, the import is that much slower; on a PC with one core it is not
used at all.

The reader reads the parts, part by part in the order the comparison takes them, from the
temporary file into which verifying wrote them decompressed (``sync.spool``): what it reads
is what was verified. Where there is none (a full disk), it works from the package file,
decompressing a part a block at a time and hashing it as it goes: after the part's last
block it refuses the file unless the part is still the one verified (a file changed on
disk since), before that part's end mark — so before the import can commit anything made
of it. It parses the list in pieces of a few thousand records as the blocks arrive
(``sync.json_pieces``): the whole part parsed at once would take five times its size, and
its first records would wait for its last byte. It checks exactly what this process would:
each record's identity (a batch with a bad one is refused with the same message), and its
content — eagerly: a record's content is otherwise checked only when the comparison
decides to write it, so the outcome goes with the record (the typed values, or the reason
it is unacceptable) and the comparison reports it only then, as before
(``diff._TableDiff.full``). Activities carry their search key in their typed values
(``search_text``), which the writer takes as it is.

It keeps at most ``AHEAD`` batches ready (a thread sends them; a pipe holds little), so
the two processes together stay within a few hundred MB (300,000 activities: 430 MB at
the peak). Its messages speak this process's language. A refusal found while reading is
sent in place of the batch and raised here when that batch's turn comes; if the reader
dies, the import stops with a message (nothing is written: one transaction).

Below ``READ_AHEAD_FROM`` records the second process costs more than it saves (starting an
interpreter: 0.2-0.4 s of CPU, longer on Windows), and one process reads as before.
"""

from __future__ import annotations

import gc
import queue
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import install_language
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.sync import batches as reading
from nbhr_desktop.sync import json_pieces
from nbhr_desktop.sync.bulk import search_text
from nbhr_desktop.sync.reader_process import (  # noqa: F401 (this module's names too)
    PRESTART_SIZE,
    Reader,
    ReaderStopped,
    _started,
    start_for,
    started_early,
)
from nbhr_desktop.sync.records import RecordChecker, RecordError
from nbhr_desktop.sync.tables import BY_NAME

READ_AHEAD_FROM = 20_000
# Records per batch sent: small enough that the first is ready soon and the two processes
# take turns often, large enough that each send's fixed costs do not count.
SENT = 2_000
# Records of a table's first batch: the other process is waiting for it.
FIRST = 250
# Bytes decompressed at a time: the first batch of a part is ready once about this much is
# (a batch of activities is 1.3 MB of JSON), not once the whole part (up to 24 MB) is.
BLOCK = 1024 * 1024
# Batches the reader may have ready before the other process takes them (each holds
# ``SENT`` records): enough that it never waits for one, few enough to bound the memory.
AHEAD = 2


def complete(spec, checker: RecordChecker, records: list[dict], typed: list[dict]) -> None:
    """Each record's content checked now: its typed values (with the search key for an
    activity), or its partial values with the ``error`` that makes it unacceptable."""
    keyed = spec.name == "activity"
    check = checker.check_content
    for index, record in enumerate(records):
        partial = typed[index]
        try:
            full = check(record, partial["changed_at"])
        except RecordError as error:
            partial["error"] = str(error)
            continue
        if keyed:
            full["search_text"] = search_text(record["title"], record["description"])
        typed[index] = full


def _read(pipe) -> None:
    """The second process: waits for its work (``Reader.begin``), then sends every job's
    records in batches, in order, then an end mark per job; a refusal instead of the rest."""
    gc.disable()  # millions of small objects, none of them cyclic (``bulk.paused_gc``)
    try:
        work = pipe.recv()
    except (EOFError, OSError):
        return  # not needed after all (a small package, a refused file)
    install_language(work.pop("language"))
    outbox = _Outbox(pipe)
    try:
        _read_jobs(outbox, **work)
    except _Stopped:
        pass  # the other process stopped reading (a refusal, a cancel)
    except UserError as error:
        outbox.put(("refused", error))
    except BaseException:  # noqa: BLE001 (anything else is a defect: say it, then stop)
        outbox.put(("failed", traceback.format_exc()))
    outbox.close()


def _read_jobs(outbox: _Outbox, *, path: str, version: int, counts: dict[str, int],
               jobs: list[tuple[str, list[str]]], hashes: dict[str, str],
               compressed: dict[str, int], spool: str,
               spooled: dict[str, tuple[int, int]], sent: int) -> None:
    name = Path(path).name
    tables: dict[str, _Table] = {}
    for table, group in jobs:
        if table not in tables:
            tables[table] = _Table(BY_NAME[table], counts.get(table, 0), name)
        reader = tables[table]
        # A table pointing at itself is compared as one batch (``has_self_reference``).
        whole: list | None = [] if reading.has_self_reference(table) else None
        for member in group:
            blocks = reading.part_blocks(Path(path), member, compressed[member],
                                         hashes[member], (spool, spooled), BLOCK)
            for part in json_pieces.list_pieces(
                    blocks, member, name, sys.maxsize if whole is not None else sent):
                if not isinstance(part, list):
                    raise reading.bad_manifest(name)
                for record in part:
                    reading.upgrade_record(record, table, version)
                if whole is not None:
                    whole += part
                    continue
                if reader.total == 0 and len(part) > FIRST:
                    # The other process waits for a table's first batch: a small one
                    # is checked sooner (2,000 activities take about 60 ms).
                    outbox.put(reader.batch(part[:FIRST]))
                    part = part[FIRST:]
                outbox.put(reader.batch(part))
                del part
        if whole:
            outbox.put(reader.batch(whole))
        outbox.put(("end",))


class _Table:
    """One table's records as the reader checks them, batch after batch: the count its
    manifest signed, the UUIDs seen so far, the checker (``PackageRecords.batches``)."""

    def __init__(self, spec, count: int, file_name: str):
        self.spec, self.count, self.file_name = spec, count, file_name
        self.checker = RecordChecker(spec, now=utcnow())
        self.seen: set[str] = set()
        self.total = 0

    def batch(self, part: list) -> tuple:
        """The message for a batch of parsed records, each checked (or a refusal)."""
        if self.total + len(part) > self.count:
            raise reading.bad_manifest(self.file_name)
        before = self.checker.future
        typed, newest = reading.identities(self.spec, self.checker, part, self.seen,
                                           self.total, None, self.file_name)
        complete(self.spec, self.checker, part, typed)
        self.total += len(part)
        return "batch", part, typed, self.checker.future - before, newest


class _Stopped(Exception):
    pass


class _Outbox:
    """Batches waiting to be sent, ``AHEAD`` at most: a thread sends them (the pipe holds
    little, and a send waits until the other process takes it) while the reader goes on —
    so that parsing the next member, the slow step, overlaps the writes of this one."""

    def __init__(self, pipe):
        self.pipe = pipe
        self.queue: queue.Queue = queue.Queue(maxsize=AHEAD)
        self.broken = False
        self.thread = threading.Thread(target=self._send, name="nbhr-read-ahead-send",
                                       daemon=True)
        self.thread.start()

    def _send(self) -> None:
        while (message := self.queue.get()) is not None:
            if self.broken:
                continue
            try:
                self.pipe.send(message)
            except OSError:  # the other end closed
                self.broken = True
            del message

    def put(self, message) -> None:
        if self.broken:
            raise _Stopped
        self.queue.put(message)

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self.pipe.close()


@contextmanager
def reading_ahead(package, tables: list[str], *, started: Reader | None = None
                  ) -> Iterator[Reader | None]:
    """For one pass over ``package`` (tables in the comparison's order): a reader (the one
    ``started`` for it, or a new one), when the package is large and its records are not
    already parsed from an earlier pass; else None. The reader is closed after the pass."""
    if package.total() < READ_AHEAD_FROM or package.parsed:
        yield None
        return
    reader = started if started is not None and not started.begun else _started()
    if reader is None:
        yield None
        return
    reader.begin(package, [(table, group) for table in tables
                           for group in package.groups(table)])
    try:
        yield reader
    finally:
        reader.close()
