"""Recognising a package applied before and unchanged since: its re-import reads nothing.

Importing the same file twice must change nothing the second time (SYNC.md), and the
second import must still report every record as unchanged. For a large package the
comparison that proves it (parse every part, check every record, look each one up) is most
of the re-import's time. This module proves it without reading the records, and only when
the proof is certain; whenever it cannot, the full comparison runs, as before.

Right after a package is applied without a conflict, a rejected record or a note, every
record it carries compares as unchanged: each was written exactly as the file says
(version, author, time), or the local state it found already outranked or knew it. A
record's comparison depends only on its local row, its lineage, this installation and its
unit; so it stays unchanged as long as none of those changes. The log line of that import
(``counts["replay"]``) keeps what can show a change:

- for each table the file carries, the count, summed versions and highest id of the
  sender's rows: a local edit or deletion (a tombstone) raises a version (SYNC.md: every
  local change does), a new record adds a row, a row removed (there is no such path but a
  restore) lowers the count or changes the ids; an import is excluded below;
- this installation and its unit (a hand-over changes the unit), the app version (its
  checks may differ), and the newest change time in the file (a record stamped ahead of
  this PC's clock is noted by the comparison, which depends on today's date).

A file is recognised when its SHA-256 equals that of the latest applied import of any file
(so no other import has changed anything since: a conflict resolved, a newer state from
the sender, a workbook), that import left a mark, and every kept value is as it was. The
import is then logged like any other (counts: all unchanged), with the same mark.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import desc, func, select

from nbhr_desktop import __version__
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.storage.models.sync import SyncImportLog
from nbhr_desktop.sync.diff import Preview
from nbhr_desktop.sync.tables import BY_NAME, TABLES

KEY = "replay"
IMPORT_LOG = SyncImportLog.__table__
# The comparison notes records stamped this far past the PC's clock (``RecordChecker``).
CLOCK_SLACK = dt.timedelta(days=2)


def rows_of(conn, tables, sender: str) -> dict[str, list[int]]:
    """Per table: how many of the sender's rows, their summed versions and highest id."""
    found = {}
    for name in tables:
        table = BY_NAME[name].table
        count, versions, highest = conn.execute(
            select(func.count(), func.coalesce(func.sum(table.c.version), 0),
                   func.coalesce(func.max(table.c.id), 0))
            .where(table.c.owner_unit_code == sender)).one()
        found[name] = [int(count), int(versions), int(highest)]
    return found


def unheard(conn, source) -> set[str]:
    """The tables the file carries in which the sender has no row yet (before it is applied:
    counted from the owner's index, without reading the rows). An import writes only the
    sender's records, so afterwards their rows there are exactly what it inserted."""
    if source.kind != "package":
        return set()
    empty = set()
    for name in _tables(source):
        table = BY_NAME[name].table
        if not conn.execute(select(func.count()).select_from(table)
                            .where(table.c.owner_unit_code == source.sender_unit)).scalar():
            empty.add(name)
    return empty


def _tables(source) -> list[str]:
    counts = source.counts()
    return [spec.name for spec in TABLES if counts.get(spec.name)]


def mark(conn, source, info, preview: Preview, newest: dt.datetime | None,
         inserted: dict[str, list[int]], unheard_of: set[str]) -> dict | None:
    """What the log keeps of an applied package so that the same file is recognised later;
    None when its re-import must compare every record (not a package, a conflict, a
    rejected record, a note, the newest change time unknown). ``inserted``: what the import
    inserted per table (``Writer.inserted``); in the tables that held none of the sender's
    rows before (``unheard``) it is all there is, and the rows need not be read (a first
    import of 50,000 activities would spend 0.1 s reading them again, 300,000: 0.6 s)."""
    if source.kind != "package" or newest is None or preview.notes or preview.problems \
            or preview.conflicts or preview.counts.get("conflicts") \
            or preview.counts.get("rejected"):
        return None
    tables = _tables(source)
    rows = rows_of(conn, [name for name in tables if name not in unheard_of],
                   source.sender_unit)
    rows.update((name, list(inserted.get(name, (0, 0, 0))))
                for name in tables if name in unheard_of)
    return {"app": __version__, "installation": info.installation_uuid,
            "unit": info.unit_code, "newest": newest.isoformat(), "rows": rows}


def recognise(conn, source, info) -> tuple[Preview, dict] | None:
    """The preview of re-importing ``source`` (every record unchanged) and its mark, when
    the file is the latest import applied here and nothing has changed since; else None."""
    if source.kind != "package" or not source.file_sha256:
        return None
    last = conn.execute(select(IMPORT_LOG.c.file_sha256, IMPORT_LOG.c.counts)
                        .where(IMPORT_LOG.c.outcome == "applied")
                        .order_by(desc(IMPORT_LOG.c.id)).limit(1)).first()
    if last is None or last.file_sha256 != source.file_sha256:
        return None
    kept = (last.counts or {}).get(KEY) if isinstance(last.counts, dict) else None
    if not isinstance(kept, dict) or kept.get("app") != __version__ \
            or kept.get("installation") != info.installation_uuid \
            or kept.get("unit") != info.unit_code:
        return None
    try:
        newest = dt.datetime.fromisoformat(kept["newest"])
    except (KeyError, TypeError, ValueError):
        return None
    if newest > utcnow() + CLOCK_SLACK:  # the comparison would note it: let it
        return None
    tables = _tables(source)
    if kept.get("rows") != rows_of(conn, tables, source.sender_unit):
        return None
    preview = Preview(sender_unit=source.sender_unit)
    counts = source.counts()
    for name in tables:
        preview.count(name, "unchanged", counts[name])
    return preview, kept
