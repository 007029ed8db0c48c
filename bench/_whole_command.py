"""Shared by the benches that time a whole command, as the user waits for it.

``run`` starts ``python -m nbhr_desktop …`` as a new process and returns its wall time, its
CPU time (which a busy machine does not inflate) and its peak memory, from the OS.
``Postgres`` makes throw-away databases on a server the bench is given (``--pg URL``),
each a copy of a prepared template (``CREATE DATABASE … TEMPLATE``), so every timed run
starts from the same state. Large prepared data lives under ``bench/.cache`` (ignored by
git), keyed by what it holds, and is made again when missing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
APP = [sys.executable, "-m", "nbhr_desktop"]


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    out: str


def run(args: list[str], *, check: bool = True) -> Run:
    """One process: ``python -m nbhr_desktop *args`` (its output goes to files, so that the
    child is reaped by ``wait4``, which reports its own peak memory)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen([*APP, *args], stdout=out, stderr=err)
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if check and code != 0:
        raise SystemExit(f"{' '.join(args[:6])}… failed (exit {code}): {errors[-800:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text)


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
