"""Demo-data generation: time to make N activities (default 100,000) and the database size.

    python bench/bench_demo_data.py [--activities 100000] [--runs 3]

Each run starts from a freshly initialised data folder (Huyện Kim Sơn) and times
``generate_demo_data`` alone (the plan, the communes and the activities, committed), as
wall time and as this process's CPU time (which a busy machine does not inflate). The
size is the SQLite file after the last connection closed (WAL checkpointed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location


def one_run(folder: Path, activities: int, seed: int) -> tuple[float, float, int]:
    location = Location.resolve(data_dir=folder)
    workspace = Workspace.open(location)
    try:
        initialise(workspace, "Kim Sơn")
        started, cpu_started = time.perf_counter(), time.process_time()
        result = generate_demo_data(workspace, activities=activities, seed=seed, year=2025)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        assert result.activities == activities
    finally:
        workspace.close()
    return elapsed, cpu, location.sqlite_path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times, cpus, sizes = [], [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="nbhr-bench-demo-") as folder:
            elapsed, cpu, size = one_run(Path(folder), args.activities, seed=run + 1)
        times.append(elapsed)
        cpus.append(cpu)
        sizes.append(size)
        print(f"run {run + 1}: {elapsed:.2f} s wall, {cpu:.2f} s CPU, {size / 1e6:.1f} MB",
              flush=True)
    median = statistics.median(times)
    print(f"demo-data {args.activities:,} activities: median {median:.2f} s "
          f"(min {min(times):.2f}, max {max(times):.2f}, {args.runs} runs), "
          f"CPU median {statistics.median(cpus):.2f} s; "
          f"{args.activities / median:,.0f} activities/s; "
          f"database {statistics.median(sizes) / 1e6:.1f} MB "
          f"({statistics.median(sizes) / args.activities:,.0f} bytes/activity)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
