"""The import's fast paths give exactly what the slow, obvious code gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nbhr_desktop.storage.models import activity_search_text
from nbhr_desktop.sync.bulk import search_text

VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯ"
OTHER = "abc XYZ\t\n  0123-,.ΣσİßǅﬁÅ\u0483\u05b0\u0301\u0323–“”"


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(VIETNAMESE + OTHER), max_size=80),
       st.one_of(st.none(), st.text(max_size=80)))
def test_search_text_matches_the_model_rule(title, description):
    assert search_text(title, description) == activity_search_text(title, description)


def test_search_text_on_decomposed_input():
    import unicodedata

    title = unicodedata.normalize("NFD", "Tập huấn Công ước CEDAW ở xã Kim Đông")
    assert search_text(title, None) == activity_search_text(title, None) == \
        "tap huan cong uoc cedaw o xa kim dong"


def _scratch(tmp_path):
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'scratch.sqlite3'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    return engine


def test_background_writes_are_seen_by_the_next_statement_in_order(tmp_path):
    """An import's rows stored on the helper thread: every statement after them (a look-up,
    an update) sees them, as if they had been stored in the importing thread."""
    from nbhr_desktop.sync.bulk import background_writes, executemany

    engine = _scratch(tmp_path)
    with engine.begin() as conn, background_writes(conn):
        executemany(conn, "INSERT INTO t (id, name) VALUES (?, ?)",
                    [(i, f"n{i}") for i in range(1, 20_001)])
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 20_000
        executemany(conn, "UPDATE t SET name = ? WHERE id = ?", [("x", 7)])
        executemany(conn, "INSERT INTO t (id, name) VALUES (?, ?)", [(20_001, "last")])
        assert conn.exec_driver_sql("SELECT name FROM t WHERE id = 7").scalar() == "x"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*), max(id) FROM t").one() == (20_001, 20_001)


def test_a_background_write_that_fails_fails_the_transaction(tmp_path):
    """A statement refused on the helper thread raises in the importing thread (at the
    latest when the block ends), and the rollback leaves nothing of the load behind."""
    import sqlite3

    import pytest
    from sqlalchemy.exc import IntegrityError

    from nbhr_desktop.sync.bulk import background_writes, executemany

    engine = _scratch(tmp_path)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO t (id, name) VALUES (1, 'saved before')")
    for ending in ("next statement", "end of block"):
        with pytest.raises((IntegrityError, sqlite3.IntegrityError), match="UNIQUE"), \
                engine.begin() as conn, background_writes(conn):
            executemany(conn, "INSERT INTO t (id, name) VALUES (?, ?)",
                        [(i, "new") for i in range(2, 5_000)] + [(1, "twice")])
            if ending == "next statement":
                conn.exec_driver_sql("SELECT count(*) FROM t").scalar()
                pytest.fail("the failed write went unnoticed")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT id, name FROM t").all() == [(1, "saved before")]
