"""Start-up: process start to the painted activities screen, on a database of N activities.

    python bench/bench_startup.py [--activities 100000] [--runs 5] [--data-dir DIR] [--screen activities]

Runs ``python -m nbhr_desktop --data-dir D --screen activities --screenshot out.png`` as a
new process each time (offscreen Qt unless a display is set); the app saves the PNG once
the screen has shown its data and exits, so the wall time of the process is start-up to
painted screen (plus writing one PNG); the child's CPU time is printed too, as a busy
machine inflates wall time. Peak memory (max RSS) comes from the OS for each child. The data folder is made once (init + demo-data) unless --data-dir names one.
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


def prepare(folder: Path, activities: int) -> None:
    if (folder / "nbhr.sqlite3").exists():
        return
    base = [sys.executable, "-m", "nbhr_desktop", "--data-dir", str(folder)]
    subprocess.run([*base, "init", "--unit", "Kim Sơn", "--officer", "Nguyễn Thị Hoa"], check=True)
    subprocess.run([*base, "demo-data", "--activities", str(activities), "--seed", "1"], check=True)


def one_run(folder: Path, screen: str, png: Path) -> tuple[float, float, float]:
    png.unlink(missing_ok=True)
    command = [sys.executable, "-m", "nbhr_desktop", "--data-dir", str(folder),
               "--screen", screen, "--screenshot", str(png)]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screen", default="activities")
    parser.add_argument("--data-dir", help="reuse this data folder (made if missing)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nbhr-bench-start-") as scratch:
        folder = Path(args.data_dir) if args.data_dir else Path(scratch) / "data"
        prepare(folder, args.activities)
        png = Path(scratch) / "screen.png"
        one_run(folder, args.screen, png)  # warm the OS file cache, as a second start would
        times, cpus, memory = [], [], []
        for run in range(args.runs):
            elapsed, cpu, rss = one_run(folder, args.screen, png)
            times.append(elapsed)
            cpus.append(cpu)
            memory.append(rss)
            print(f"run {run + 1}: {elapsed:.2f} s wall, {cpu:.2f} s CPU, max RSS {rss:.0f} MB",
                  flush=True)
    print(f"start-up to painted '{args.screen}' screen ({args.activities:,} activities): "
          f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}, "
          f"{args.runs} runs), CPU median {statistics.median(cpus):.2f} s; "
          f"max RSS median {statistics.median(memory):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
