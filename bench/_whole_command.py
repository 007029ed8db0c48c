"""Shared by the benches: whole commands timed as the user waits for them, and PostgreSQL.

``run`` starts ``python -m nbhr_desktop …`` as a new process and returns its wall time, its
CPU time (which a busy machine does not inflate) and its peak memory, from the OS.
``Postgres`` makes throw-away databases on a server the bench is given (``--pg URL``,
``add_pg_option``), each a copy of a prepared template (``CREATE DATABASE … TEMPLATE``),
so every timed run starts from the same state; ``Postgres.prepared`` keeps a bench's
large data set as a ``pg_dump -Fc`` file beside its data folder and restores it when the
server lacks it. ``Comparison`` prints each figure on SQLite and PostgreSQL side by side
with their ratio and the machine's load when each was measured. Large prepared data lives
under ``bench/.cache`` (ignored by git), keyed by what it holds, and is made again when
missing.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
APP = [sys.executable, "-m", "nbhr_desktop"]
# An installed app runs compiled bytecode (the installer ships it; a checkout writes
# __pycache__ on first use). A shell with PYTHONDONTWRITEBYTECODE set, as this machine's,
# would have every timed command compile the app's modules again (25-60 ms of each start
# no user waits for): the benches keep their bytecode under their own cache.
CHILD_ENV = {name: value for name, value in os.environ.items()
             if name != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": str(CACHE / "pycache")}


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    out: str


def _resident_kb(pid: int) -> int:
    """The resident memory of ``pid`` and every process below it (an import reads a large
    package in a second process: both are resident at once), from /proc; 0 once gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            own = next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
        children = []
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as found:
                children += [int(child) for child in found.read().split()]
    except (OSError, ValueError):
        return 0
    return own + sum(_resident_kb(child) for child in children)


class _TreeMemory(threading.Thread):
    """The peak of the process tree's summed resident memory, sampled every 20 ms (where
    /proc exists): ``wait4`` reports the largest single process, not the sum."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()
        self.start()

    def run(self) -> None:
        while not self.done.wait(0.02):
            self.peak_kb = max(self.peak_kb, _resident_kb(self.pid))

    def stop(self) -> float:
        self.done.set()
        self.join()
        return self.peak_kb / 1024


def run(args: list[str], *, check: bool = True) -> Run:
    """One process: ``python -m nbhr_desktop *args`` (its output goes to files, so that the
    child is reaped by ``wait4``, which reports its own peak memory; the peak of it and its
    own children together is sampled meanwhile, and the larger is reported)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen([*APP, *args], stdout=out, stderr=err, env=CHILD_ENV)
        tree = _TreeMemory(child.pid)
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        tree_mb = tree.stop()
        child.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if check and code != 0:
        raise SystemExit(f"{' '.join(args[:6])}… failed (exit {code}): {errors[-800:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, max(usage.ru_maxrss / 1024, tree_mb),
               text)


def median(values: list[float]) -> float:
    return statistics.median(values)


def describe(label: str, runs: list[Run]) -> str:
    walls = [r.wall for r in runs]
    return (f"{label}: median {median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f},"
            f" {len(runs)} runs), CPU {median([r.cpu for r in runs]):.2f} s, "
            f"peak RSS {max(r.rss_mb for r in runs):.0f} MB")


def fresh_folder(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


class Postgres:
    """Throw-away databases on the server of ``url`` (any database on it, e.g. postgres)."""

    def __init__(self, url: str):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create(self, name: str, template: str | None = None) -> str:
        self.drop(name)
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"'
                                 + (f' TEMPLATE "{template}"' if template else ""))
        return self.url_of(name)

    def exists(self, name: str) -> bool:
        with self.admin.connect() as conn:
            return bool(conn.exec_driver_sql(
                "SELECT 1 FROM pg_database WHERE datname = %s", (name,)).scalar())

    # -- prepared data, kept as a dump ---------------------------------------------------
    def prepared(self, key: str, build: Callable[[Path, str], None]) -> tuple[Path, str]:
        """(data folder, database URL) holding the data set ``key`` (e.g. ``ks-100000-r0005``).

        Made once by ``build(folder, url)`` (the app's own commands on an empty database),
        then kept as ``bench/.cache/pg/<key>.dump`` (``pg_dump -Fc``) and its data folder
        (keys, settings): a server without the database gets it back by ``pg_restore``, a
        few times faster than making it. Either way the database ends vacuumed and
        analysed, the state the server's autovacuum reaches a minute after a bulk load
        (index-only scans need the visibility map VACUUM sets).
        """
        home = CACHE / "pg"
        folder, dump = home / key, home / f"{key}.dump"
        name = "nbhr_bench_" + re.sub(r"[^a-z0-9]+", "_", key.lower())
        url = self.url_of(name)
        if dump.exists() and (folder / "ready").exists():
            if not self.exists(name):
                self.create(name)
                self._tool("pg_restore", "--no-owner", "-d", name, str(dump))
                self.vacuum(name)
            return folder, url
        fresh_folder(folder)
        self.create(name)
        started = time.perf_counter()
        build(folder, url)
        self.vacuum(name)
        print(f"  set-up: {key} made on PostgreSQL in {time.perf_counter() - started:.0f} s",
              flush=True)
        self._tool("pg_dump", "-Fc", "-f", str(dump), name)
        (folder / "ready").touch()
        return folder, url

    def vacuum(self, name: str) -> None:
        from sqlalchemy import create_engine

        engine = create_engine(self.url_of(name), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE)")
        engine.dispose()

    def _tool(self, tool: str, *args: str) -> None:
        url = self.url
        env = dict(os.environ, PGPASSWORD=url.password or "")
        subprocess.run([tool, "-h", url.host or "127.0.0.1", "-p", str(url.port or 5432),
                        "-U", url.username or "postgres", *args], check=True, env=env)


def add_pg_option(parser) -> None:
    """The benches' ``--pg URL`` option, the same everywhere."""
    parser.add_argument(
        "--pg", metavar="URL",
        help="also measure on this PostgreSQL server (any database on it, e.g. "
             "postgresql+psycopg://postgres@127.0.0.1:5432/postgres) and print each figure "
             "beside SQLite's, with the ratio")


def load() -> float:
    """The machine's 1-minute load average (the machine is shared: quote it with figures)."""
    return os.getloadavg()[0]


@dataclass
class Comparison:
    """Figures on SQLite and PostgreSQL, printed side by side with their ratio."""

    title: str
    rows: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)

    def add(self, figure: str, engine: str, value: float, at_load: float | None = None) -> None:
        """``engine``: "sqlite" or "pg"; ``value`` in the unit the figure's label names."""
        self.rows.setdefault(figure, {})[engine] = (value, load() if at_load is None
                                                    else at_load)

    def print(self, goal: float = 1.5) -> None:
        width = max([len(f) for f in self.rows] + [20])
        print(f"\n{self.title}: SQLite and PostgreSQL side by side (goal: PostgreSQL "
              f"≤ {goal}× SQLite)")
        print(f"  {'figure':{width}s} {'SQLite':>10s} {'PostgreSQL':>11s} {'ratio':>7s}  load")
        for figure, found in self.rows.items():
            lite, pg = found.get("sqlite"), found.get("pg")
            ratio = (f"{pg[0] / lite[0]:6.2f}×" if lite and pg and lite[0] else "      -")
            mark = "" if not (lite and pg and lite[0]) else (
                " ✔" if pg[0] <= goal * lite[0] else " ✘")
            loads = "/".join(f"{v[1]:.1f}" for v in (lite, pg) if v)
            print(f"  {figure:{width}s} {_num(lite):>10s} {_num(pg):>11s} {ratio}{mark:2s} "
                  f"{loads}")
        sys.stdout.flush()


def _num(value: tuple[float, float] | None) -> str:
    if value is None:
        return "-"
    return f"{value[0]:.3g}" if value[0] < 100 else f"{value[0]:.0f}"
