"""SQLite transactions: one snapshot per transaction, and a writer that holds the lock.

An import compares the file with the database and then writes; if another process (the
command line while the window is open) committed in between, the comparison would be
stale. These tests pin the two guarantees that prevent it.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from nbhr_desktop.core.workspace import Workspace


def _other_process(location) -> sqlite3.Connection:
    # A second connection as another process would open it, impatient for the lock.
    return sqlite3.connect(location.sqlite_path, timeout=0.1, isolation_level=None)


def _count(conn) -> int:
    return conn.execute(text("SELECT count(*) FROM catalogue_item")).scalar_one()


def test_a_transaction_reads_one_snapshot(workspace: Workspace):
    other = _other_process(workspace.location)
    with workspace.db.engine.begin() as conn:
        before = _count(conn)
        other.execute("UPDATE catalogue_item SET deleted = 1 WHERE id = "
                      "(SELECT min(id) FROM catalogue_item)")
        other.execute("DELETE FROM catalogue_item WHERE deleted = 1")
        # The other connection committed, yet this transaction still sees what it began with.
        assert _count(conn) == before
    with workspace.db.engine.connect() as conn:
        assert _count(conn) == before - 1
    other.close()


def test_the_writer_holds_the_lock_from_its_first_statement(workspace: Workspace):
    other = _other_process(workspace.location)
    with workspace.db.writer().begin() as conn:
        _count(conn)  # only a read so far
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again once the writer has committed
    other.execute("ROLLBACK")
    other.close()


def test_a_plain_transaction_does_not_block_other_writers_while_it_reads(workspace: Workspace):
    other = _other_process(workspace.location)
    with workspace.db.engine.begin() as conn:
        _count(conn)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()
