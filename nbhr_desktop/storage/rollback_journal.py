"""One large write into an SQLite database with its rollback journal instead of the
write-ahead log (demo data: hundreds of megabytes in one transaction).

In WAL mode every page a transaction writes is written twice: into the ``-wal`` file as
the transaction goes (each frame with its checksum), then copied into the database by the
checkpoint at the commit. With the rollback journal, the pages appended to the file (all
of a load into a nearly empty log) need no journal entry and are written once: 400,000
demo activities (740 MB) take 1.5–2 s less CPU and as much less wall time
(``bench/bench_demo_data.py``).

SQLite leaves WAL only when no other connection has the database open. The switch is
tried without waiting; when another program (or another connection of this one) has the
file open, the load simply runs in WAL mode: the same result, slower. WAL is put back
after the block; should that fail, every connection the app opens asks for WAL again
(``storage.db``). A crash inside the block leaves a hot journal that the next opening
rolls back, as WAL would have lost the uncommitted frames: nothing half-written is kept.
While the load writes, other programs can still read the database as it was before it;
one that opens it then waits for the commit (its busy timeout) before it can switch to WAL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine


def _switch(engine: Engine, mode: str, synchronous: str, wait: bool) -> bool:
    """Ask for journal ``mode`` on a pooled connection (returned to the pool after), and
    then for ``synchronous``; True when the database is then in that mode."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        timeout = driver.execute("PRAGMA busy_timeout").fetchone()[0]
        if not wait:
            driver.execute("PRAGMA busy_timeout=0")
        try:
            switched = driver.execute(f"PRAGMA journal_mode={mode}").fetchone()[0] == mode
        except sqlite3.OperationalError:  # another connection has the file open
            return False
        finally:
            driver.execute(f"PRAGMA busy_timeout={int(timeout)}")
        if switched:
            driver.execute(f"PRAGMA synchronous={synchronous}")
        return switched
    finally:
        raw.close()


@contextmanager
def rollback_journal(engine: Engine, enabled: bool = True) -> Iterator[bool]:
    """Within the block, the transactions of ``engine`` (SQLite) use the rollback journal
    if the database could leave WAL (the value yielded), and WAL again after. Not
    ``enabled``: the block runs as it is (a load too small to be worth the switch)."""
    if not enabled or engine.dialect.name != "sqlite" or \
            engine.url.database in (None, "", ":memory:"):
        yield False
        return
    # With the rollback journal, synchronous=NORMAL (the app's, safe with WAL) could leave
    # the file corrupt after a power cut at the wrong moment; FULL syncs the journal before
    # the database is written: a few syncs in one transaction.
    switched = _switch(engine, "delete", "FULL", wait=False)
    try:
        yield switched
    finally:
        if switched:
            _switch(engine, "wal", "NORMAL", wait=True)
