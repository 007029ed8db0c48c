"""One window per database: a second start brings the running window to the front.

Two copies of the app on one database would each keep their own undo stacks, caches and
half-typed edits, and silently overwrite each other. So a start first takes a lock named
after the database's identity: the SQLite file's full path, or the PostgreSQL server,
database and schema options (never the password), for this user on this machine. The
lock is a ``QLockFile`` in the temporary folder (not in the data folder, which must stay
as the officer left it); it holds the process id, so a lock left by a crash is seen to be
stale and taken over. The running copy listens on a ``QLocalServer`` of the same name: a
second start asks it to show its window, and quits. A second start for a double-clicked
``.nbhr`` package asks it to open that file's import preview as well.

Officers on other PCs sharing one PostgreSQL database are the normal case and not
affected: the lock is per machine and user.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QDir, QElapsedTimer, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from sqlalchemy.engine import URL, make_url

from nbhr_desktop.storage.db import Location

ASK = b"show\n"
OPEN = b"open\t"  # + the package's path in UTF-8 + "\n": show, then preview that file
ANSWER = b"shown\n"


def database_identity(location: Location) -> str:
    """What makes two starts open the same data, however the path or URL was written."""
    if location.is_sqlite:
        path = location.sqlite_path
        return "sqlite:" + os.path.normcase(str(path.resolve() if path else location.db_url))
    url = make_url(location.db_url)
    return URL.create(url.get_backend_name(), username=url.username, host=(
        url.host or "").lower() or None, port=url.port, database=url.database,
        query=url.query).render_as_string(hide_password=True)


def instance_key(location: Location) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: one key for the machine
        user = ""
    digest = hashlib.sha1(f"{user}\n{database_identity(location)}".encode()).hexdigest()
    return f"nbhr-desktop-{digest[:20]}"


class InstanceGuard(QObject):
    """``acquire()`` for the first copy; ``show_running()`` from a second one."""

    activationRequested = Signal()  # a second start asked this copy to show itself
    openRequested = Signal(str)  # ... and to preview this package (a double-clicked .nbhr)

    def __init__(self, location: Location, parent: QObject | None = None):
        super().__init__(parent)
        self.name = instance_key(location)
        self.lock_path = Path(QDir.tempPath()) / f"{self.name}.lock"
        self._lock = QLockFile(str(self.lock_path))
        # The app holds its lock for hours: only a dead process makes a lock stale.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._pending: dict[int, bytes] = {}  # part of a request line, per connection

    def acquire(self) -> bool:
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.name)  # a socket a crash left behind
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._server.listen(self.name)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def holder(self) -> str:
        """The running copy's process id and machine, for the message."""
        info = self._lock.getLockInfo()  # (pid, host, application), pid 0 when unknown
        if not isinstance(info, tuple) or len(info) < 2 or not info[0]:
            return ""
        return f"{info[0]} @ {info[1]}"

    def show_running(self, timeout_ms: int = 3000, *, package: str | None = None) -> bool:
        """Ask the running copy to show its window (and preview ``package``); whether it
        answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(OPEN + os.path.abspath(package).encode("utf-8") + b"\n" if package else ASK)
        socket.waitForBytesWritten(timeout_ms)
        received = b""
        timer = QElapsedTimer()
        timer.start()
        # The answer may already be in (read while writing): look before waiting for more.
        while ANSWER.strip() not in received and timer.elapsed() < timeout_ms:
            if not socket.bytesAvailable() and not socket.waitForReadyRead(
                    max(1, timeout_ms - timer.elapsed())):
                break
            received += bytes(socket.readAll())
        socket.disconnectFromServer()
        return ANSWER.strip() in received

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        # A request is one line; a long path may arrive in pieces.
        received = self._pending.pop(id(socket), b"") + bytes(socket.readAll())
        if b"\n" not in received:
            self._pending[id(socket)] = received
            return
        line = received.split(b"\n", 1)[0]
        if line == ASK.strip() or line.startswith(OPEN):
            self.activationRequested.emit()
            if line.startswith(OPEN):
                self.openRequested.emit(line[len(OPEN):].decode("utf-8", "replace"))
            socket.write(ANSWER)
            socket.flush()
