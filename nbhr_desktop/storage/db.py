"""The engine and sessions: SQLite in the user's data folder, or a shared PostgreSQL server.

One writer: SQLite allows one writing transaction at a time. The GUI funnels database work
through a single background worker (``ui/operations.py``), and ``busy_timeout`` makes a
second process (the command line, while the GUI is open) wait instead of failing. A
transaction that takes the write lock first (``Database.writer``: imports, logs, keys)
waits up to ``WRITE_WAIT_SECONDS`` for another writer, saying every second that it waits
(``on_busy``), then gives up with a clear ``DatabaseBusy`` before anything is written.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from nbhr_desktop import APP_ID
from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _

DB_FILE_NAME = "nbhr.sqlite3"
BUSY_TIMEOUT_MS = 10_000  # any statement waits this long for a lock
WRITE_WAIT_SECONDS = 120  # a writer() transaction waits this long in all, reporting progress
WRITE_STEP_MS = 1_000
BACKENDS = ("sqlite", "postgresql")


class DatabaseBusy(UserError):
    """Another program holds the write lock for longer than we wait."""


def busy_message(waited: float) -> str:
    return _("Cơ sở dữ liệu đang bận: một chương trình khác (cửa sổ NBHR Desktop hoặc một "
             "lệnh khác) đang ghi dữ liệu; đã chờ {n} giây. Chưa ghi gì cả; hãy đợi việc đó "
             "xong rồi thử lại.").format(n=int(waited))


def is_busy(error: BaseException) -> bool:
    """SQLite's "database is locked" / "busy", however SQLAlchemy wrapped it."""
    text = str(getattr(error, "orig", None) or error).lower()
    return isinstance(error, OperationalError) and ("locked" in text or "busy" in text)


def default_data_dir() -> Path:
    """The per-user data folder: ``%LOCALAPPDATA%\\NBHRDesktop`` on Windows.

    ``NBHR_DATA_DIR`` overrides it (tests, portable installs).
    """
    override = os.environ.get("NBHR_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


@dataclass(frozen=True)
class Location:
    """Where the data lives: a data folder (backups, evidence, keys) and a database URL."""

    data_dir: Path
    db_url: str

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None, db_url: str | None = None) -> Location:
        folder = Path(data_dir) if data_dir else default_data_dir()
        url = db_url or os.environ.get("NBHR_DB_URL") or f"sqlite:///{folder / DB_FILE_NAME}"
        return cls(data_dir=folder, db_url=url)

    def check(self) -> Location:
        """Refuse (``UserError``) a database URL that cannot work, or would keep nothing."""
        try:
            url = make_url(self.db_url)
        except (ArgumentError, ValueError):
            raise UserError(_(
                "Địa chỉ cơ sở dữ liệu \"{url}\" không hợp lệ. Ví dụ đúng: "
                "postgresql://nguoidung@maychu/nbhr, hoặc bỏ --db-url để dùng tệp trong thư "
                "mục dữ liệu.").format(url=self.db_url[:80])) from None
        if url.get_backend_name() not in BACKENDS:
            raise UserError(_(
                "NBHR Desktop chỉ dùng SQLite hoặc PostgreSQL, không dùng \"{name}\" (trong "
                "--db-url).").format(name=url.get_backend_name()[:40]))
        if url.get_backend_name() == "sqlite" and (
                url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"):
            raise UserError(_(
                "Cơ sở dữ liệu trong bộ nhớ (\"{url}\") mất hết khi lệnh kết thúc: không có "
                "gì được lưu. Hãy bỏ --db-url để dùng tệp trong thư mục dữ liệu.").format(
                    url=self.db_url[:80]))
        return self

    @property
    def is_sqlite(self) -> bool:
        return make_url(self.db_url).get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.db_url).database
        return Path(database) if database and database != ":memory:" else None

    def describe(self) -> str:
        """For the status bar and ``info``: the file path, or the server without password."""
        if self.sqlite_path:
            return str(self.sqlite_path)
        return make_url(self.db_url).render_as_string(hide_password=True)

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError as error:
        # A bulk load holds the file in its rollback journal (``storage.rollback_journal``,
        # e.g. the automatic backup an import makes from a second connection): this
        # connection reads as it can meanwhile; the load puts WAL back when it ends.
        if "locked" not in str(error).lower():
            raise
    # WAL makes NORMAL durable across application crashes; only power loss can lose the
    # last transaction, never corrupt the file.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    # Transactions are begun by _sqlite_begin, not by the driver: pysqlite would only BEGIN
    # before the first write, leaving a transaction's earlier reads unisolated.
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection) -> None:
    """BEGIN at the start of every transaction, so its reads and writes see one snapshot.

    ``Database.writer()`` asks for BEGIN IMMEDIATE: a transaction that compares before it
    writes (an import) takes the write lock first, so no other writer can commit between
    the comparison and the writes. It waits for the lock a second at a time, reporting.
    """
    options = connection.get_execution_options()
    if not options.get("sqlite_immediate", False):
        connection.exec_driver_sql("BEGIN")
        return
    _begin_immediate(connection, options.get("nbhr_on_busy"))


def _begin_immediate(connection, on_busy: Callable[[int, int], None] | None) -> None:
    started = time.monotonic()
    connection.exec_driver_sql(f"PRAGMA busy_timeout={WRITE_STEP_MS}")
    try:
        while True:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as error:
                waited = time.monotonic() - started
                if not is_busy(error):
                    raise
                if waited >= WRITE_WAIT_SECONDS:
                    raise DatabaseBusy(busy_message(waited)) from None
                if on_busy is not None:
                    on_busy(int(waited), WRITE_WAIT_SECONDS)
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def make_engine(location: Location) -> Engine:
    if location.is_sqlite:
        if location.sqlite_path:
            location.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(location.db_url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    url = make_url(location.db_url)
    if url.drivername == "postgresql":
        # psycopg 3 is the driver we ship; a bare "postgresql://" URL would ask for psycopg2.
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An engine plus a session factory; the one object services receive."""

    def __init__(self, location: Location, engine: Engine | None = None):
        self.location = location
        self.engine = engine or make_engine(location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Told (seconds waited, longest wait) while a writer() waits for another program's
        # write lock; the command line prints it, the window shows it as progress.
        self.on_busy: Callable[[int, int], None] | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def writer(self, on_busy: Callable[[int, int], None] | None = None) -> Engine:
        """The engine for a transaction that reads, decides, then writes (``with
        db.writer().begin() as conn``): on SQLite it holds the write lock from the start,
        waiting for it with ``on_busy`` reports (default: ``self.on_busy``)."""
        return self.engine.execution_options(sqlite_immediate=True,
                                             nbhr_on_busy=on_busy or self.on_busy)

    def read_session(self) -> Session:
        """A session for reading only (the caller closes it)."""
        return self._sessions()

    def dispose(self) -> None:
        self.engine.dispose()
