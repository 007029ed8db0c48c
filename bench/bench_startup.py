"""Start-up: process start to a painted screen, on databases of N activities, and the ratio.

    python bench/bench_startup.py [--activities 100000 400000] [--runs 5] [--data-dir DIR]
                                  [--screen activities dashboard] [--pg URL]

Runs ``python -m nbhr_desktop --data-dir D --screen activities --screenshot out.png`` as a
new process each time (offscreen Qt unless a display is set); the app saves the PNG once
the screen has shown its data and exits, so the wall time of the process is start-up to
painted screen (plus writing one PNG); the child's CPU time is printed too, as a busy
machine inflates wall time. Peak memory (max RSS) comes from the OS for each child. Each
size's data folder is made once (init + demo-data) and kept in bench/.cache/ks-N (git
ignores it; 400,000 activities take about 20 seconds to make) unless --data-dir names
one. With several sizes the ratio of the medians (largest / smallest) is printed: a screen
shows a first page and a year's figures, so it should not grow with the size of the log.

With ``--pg URL`` (a PostgreSQL server) every figure is also measured on the same data made
there (``init`` + ``demo-data`` with the same seed, kept as a dump: ``_whole_command``'s
``Postgres.prepared``), and both are printed side by side with their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _whole_command import Comparison, Postgres, add_pg_option

from nbhr_desktop.storage.migrate import head_revision


def prepare(folder: Path, activities: int, db_url: str | None = None) -> None:
    if db_url is None and (folder / "nbhr.sqlite3").exists():
        return
    base = [sys.executable, "-m", "nbhr_desktop", "--data-dir", str(folder),
            *(["--db-url", db_url] if db_url else [])]
    subprocess.run([*base, "init", "--unit", "Kim Sơn", "--officer", "Nguyễn Thị Hoa"], check=True)
    subprocess.run([*base, "demo-data", "--activities", str(activities), "--seed", "1"], check=True)


def prepare_pg(pg: Postgres, activities: int) -> tuple[Path, str]:
    """The data of ``CACHE / ks-N`` made on PostgreSQL: (data folder, database URL)."""
    return pg.prepared(f"ks-{activities}-r{head_revision()}",
                       lambda folder, url: prepare(folder, activities, url))


def db_args(db_url: str | None) -> list[str]:
    return ["--db-url", db_url] if db_url else []


def one_run(folder: Path, screen: str, png: Path, db_url: str | None = None
            ) -> tuple[float, float, float]:
    png.unlink(missing_ok=True)
    command = [sys.executable, "-m", "nbhr_desktop", "--data-dir", str(folder),
               *db_args(db_url), "--screen", screen, "--screenshot", str(png)]
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode(errors="replace")
    if child.returncode != 0 or not png.exists():
        raise SystemExit(f"start-up run failed (exit {child.returncode}): {errors[-800:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss / 1024  # Linux reports kilobytes


CACHE = Path(__file__).resolve().parent / ".cache"


def measure(folder: Path, screen: str, runs: int, label: str, db_url: str | None = None
            ) -> float:
    with tempfile.TemporaryDirectory(prefix="nbhr-bench-start-") as scratch:
        png = Path(scratch) / "screen.png"
        one_run(folder, screen, png, db_url)  # warm the OS file cache, as a second start would
        times, cpus, memory = [], [], []
        for run in range(runs):
            elapsed, cpu, rss = one_run(folder, screen, png, db_url)
            times.append(elapsed)
            cpus.append(cpu)
            memory.append(rss)
            print(f"run {run + 1}: {elapsed:.2f} s wall, {cpu:.2f} s CPU, max RSS {rss:.0f} MB",
                  flush=True)
    median = statistics.median(times)
    print(f"start-up to painted '{screen}' screen ({label}): "
          f"median {median:.2f} s (min {min(times):.2f}, max {max(times):.2f}, "
          f"{runs} runs), CPU median {statistics.median(cpus):.2f} s; "
          f"max RSS median {statistics.median(memory):.0f} MB; "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, nargs="+", default=[100_000, 400_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screen", nargs="+", default=["activities", "dashboard"])
    parser.add_argument("--data-dir", help="reuse this data folder (made if missing)")
    add_pg_option(parser)
    args = parser.parse_args()
    if args.pg and args.data_dir:
        parser.error("--pg makes its own data: leave out --data-dir")
    sizes = args.activities[:1] if args.data_dir else sorted(args.activities)
    pg = Postgres(args.pg) if args.pg else None
    compared = Comparison("start-up to painted screen, median s")
    for screen in args.screen:
        medians = []
        for size in sizes:
            folder = Path(args.data_dir) if args.data_dir else CACHE / f"ks-{size}"
            prepare(folder, size)
            label = str(folder) if args.data_dir else f"{size:,} activities"
            medians.append(measure(folder, screen, args.runs, label))
            compared.add(f"{screen}, {size:,}", "sqlite", medians[-1])
            if pg is not None:
                pg_folder, url = prepare_pg(pg, size)
                found = measure(pg_folder, screen, args.runs, f"{label}, PostgreSQL", url)
                compared.add(f"{screen}, {size:,}", "pg", found)
        if len(medians) > 1:
            print(f"'{screen}': {sizes[-1]:,} / {sizes[0]:,} activities = "
                  f"{medians[-1] / medians[0]:.2f}× the time "
                  f"({sizes[-1] / sizes[0]:.0f}× the activities)", flush=True)
    if pg is not None:
        compared.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
