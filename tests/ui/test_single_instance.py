"""A second start on the same data shows the running window instead of opening it twice;
a crash leaves no lock that keeps the next start out."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from PySide6.QtCore import QLockFile

from nbhr_desktop.storage.db import Location
from nbhr_desktop.ui.single_instance import InstanceGuard, database_identity, instance_key


@pytest.fixture
def guards():
    made = []

    def make(location):
        guard = InstanceGuard(location)
        made.append(guard)
        return guard
    yield make
    for guard in made:
        guard.release()


def test_one_database_one_identity(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    same = [Location.resolve(data_dir="data"), Location.resolve(data_dir=tmp_path / "data"),
            Location.resolve(data_dir=tmp_path / "x" / ".." / "data")]
    assert len({instance_key(location) for location in same}) == 1
    server = "postgresql+psycopg://nbhr:{0}@DB.UBND.local:5432/nbhr"
    a = Location.resolve(data_dir=tmp_path / "a", db_url=server.format("mật-khẩu"))
    b = Location.resolve(data_dir=tmp_path / "b",
                         db_url="postgresql://nbhr@db.ubnd.local:5432/nbhr")
    assert instance_key(a) == instance_key(b)  # the data folder does not make it another
    assert "mật-khẩu" not in database_identity(a)
    other = Location.resolve(data_dir=tmp_path / "a", db_url=server.format("x") + "2")
    assert instance_key(other) != instance_key(a)
    assert instance_key(same[0]) != instance_key(a)


def _python(script: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NBHR_DB_URL", None)
    return subprocess.Popen([sys.executable, "-c", script], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_second_guard_asks_the_first_to_show_itself(qtbot, tmp_path, guards):
    location = Location.resolve(data_dir=tmp_path / f"d{uuid.uuid4().hex}")
    first, second = guards(location), guards(location)
    assert first.acquire()
    assert not second.acquire()
    # The second copy is another process, so that this one answers while it waits.
    other = _python(
        "from PySide6.QtCore import QCoreApplication\n"
        "from nbhr_desktop.storage.db import Location\n"
        "from nbhr_desktop.ui.single_instance import InstanceGuard\n"
        "app = QCoreApplication([])\n"
        f"guard = InstanceGuard(Location.resolve(data_dir={str(location.data_dir)!r}))\n"
        "print(guard.acquire(), guard.show_running(5000))\n")
    with qtbot.waitSignal(first.activationRequested, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: other.poll() is not None, timeout=30_000)
    out, err = other.communicate()
    assert out.split() == ["False", "True"], err
    first.release()
    assert second.acquire()  # once the first has closed, the next start may open


def test_a_running_copy_that_does_not_answer_is_reported(tmp_path, guards):
    location = Location.resolve(data_dir=tmp_path / f"d{uuid.uuid4().hex}")
    guard = guards(location)
    lock = QLockFile(str(guard.lock_path))  # held, but nobody listens
    assert lock.tryLock(100)
    try:
        assert not guard.acquire()
        assert not guard.show_running(300)
        assert str(os.getpid()) in guard.holder()
    finally:
        lock.unlock()


def test_a_crash_leaves_no_lock_behind(tmp_path, guards):
    location = Location.resolve(data_dir=tmp_path / f"d{uuid.uuid4().hex}")
    script = (
        "import os, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from nbhr_desktop.storage.db import Location\n"
        "from nbhr_desktop.ui.single_instance import InstanceGuard\n"
        "app = QCoreApplication([])\n"
        f"guard = InstanceGuard(Location.resolve(data_dir={str(location.data_dir)!r}))\n"
        "assert guard.acquire()\n"
        "print('locked', flush=True)\n"
        "os._exit(9)  # killed: nothing is cleaned up\n")
    crashed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert crashed.returncode == 9 and "locked" in crashed.stdout, crashed.stderr
    guard = guards(location)
    assert guard.lock_path.exists()  # left by the crash…
    assert guard.acquire()  # …and seen to be stale


def test_second_start_of_the_app_shows_the_first_window(qtbot, tmp_path, guards):
    folder = tmp_path / f"d{uuid.uuid4().hex}"
    first = guards(Location.resolve(data_dir=folder))
    assert first.acquire()
    shown = []
    first.activationRequested.connect(lambda: shown.append(True))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NBHR_DB_URL", None)
    second = subprocess.Popen([sys.executable, "-m", "nbhr_desktop", "--data-dir", str(folder)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    _out, err = second.communicate()
    assert second.returncode == 0, err
    assert shown == [True] and "cửa sổ đang mở" in err
    assert not folder.exists()  # the second start opened nothing


def test_postgresql_databases_are_guarded_too(tmp_path, pg_url, guards):
    first = guards(Location.resolve(data_dir=tmp_path / "one", db_url=pg_url))
    second = guards(Location.resolve(data_dir=tmp_path / "two", db_url=pg_url))
    assert first.acquire()
    assert not second.acquire()
