"""Speed and memory of the results report workbook.

1. Workbook for N activities (default 10,000, one year) with ``write_report_workbook``,
   against plain openpyxl write-only mode writing the same detail cells (the same rows,
   read by the same query, as bare values without styles) in the same run. Medians of
   several runs; the ratio is ours / plain (aim: within 2×).
2. Peak memory while writing the workbook for 50,000 activities: the data is made by one
   process, the export runs in a fresh one, which reports the tracemalloc peak of Python
   allocations and its peak RSS (before and after the export).

Usage: python bench/bench_workbook.py [--activities 10000] [--big 50000] [--runs 5]
       [--tracemalloc]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import text

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.reports.detail import activity_rows
from nbhr_desktop.core.reports.periods import whole_year
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.workbooks.report_detail_sheet import DETAIL_COLUMNS
from nbhr_desktop.workbooks.report_workbook import write_report_workbook

YEAR = 2025


def make_workspace(folder: Path, activities: int) -> Workspace:
    workspace = Workspace.open(Location.resolve(folder))
    initialise(workspace, "Kim Sơn", officer_name="Bench")
    generate_demo_data(workspace, activities=activities, seed=7, year=YEAR)
    return workspace


def ours(workspace: Workspace, out: Path) -> float:
    info = workspace.installation_info()
    began = time.perf_counter()
    with workspace.db.session() as session:
        write_report_workbook(session, info.unit_id, whole_year(YEAR), out)
    return time.perf_counter() - began


def plain(workspace: Workspace, out: Path) -> float:
    """Plain write-only openpyxl: the same detail cells as bare values, no styles."""
    info = workspace.installation_info()
    period = whole_year(YEAR)
    fields = [field for _h, _w, field, _k in DETAIL_COLUMNS]
    began = time.perf_counter()
    with workspace.db.session() as session:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Chi tiết")
        sheet.append([header for header, *_rest in DETAIL_COLUMNS])
        for number, row in enumerate(activity_rows(session, info.unit_id, period.start,
                                                   period.end), start=1):
            sheet.append([number if f == "#" else getattr(row, f) for f in fields])
        book.save(out)
    return time.perf_counter() - began


def _current_rss_kb() -> int:
    """Resident memory now (Linux /proc), else the peak so far."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure_memory(folder: Path, *, traced: bool) -> dict:
    """Export only, in a fresh process, over data made by another process beforehand.

    ``traced`` runs under tracemalloc (Python allocations; several times slower), otherwise
    the time and the process's peak RSS are measured.
    """
    import tracemalloc

    workspace = Workspace.open(Location.resolve(folder / "data"))
    info = workspace.installation_info()
    with workspace.db.session() as session:
        count = session.execute(text("SELECT count(*) FROM activity")).scalar_one()
    rss_before = _current_rss_kb()
    if traced:
        tracemalloc.start()
    began = time.perf_counter()
    with workspace.db.session() as session:
        write_report_workbook(session, info.unit_id, whole_year(YEAR), folder / "big.xlsx")
    seconds = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    tracemalloc.stop()
    workspace.close()
    return {"activities": count, "seconds": round(seconds, 1),
            "tracemalloc_peak_mb": round(peak / 2**20, 1),
            "rss_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "rss_before_mb": round(rss_before / 1024, 1),
            "file_mb": round((folder / "big.xlsx").stat().st_size / 2**20, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--make-data", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also measure the 50,000 export under tracemalloc (slow)")
    args = parser.parse_args()
    if args.make_data:
        make_workspace(Path(args.make_data[0]) / "data", int(args.make_data[1])).close()
        return
    if args.memory_child:
        print(json.dumps(measure_memory(Path(args.memory_child), traced=args.traced)))
        return

    if args.activities > 0:
        speed(args)
    if args.big > 0:
        memory(args)


def speed(args) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        workspace = make_workspace(root / "data", args.activities)
        ours_times, plain_times = [], []
        for run in range(args.runs):
            # Alternate the order so neither side always runs on a warm cache.
            pair = [(ours, ours_times), (plain, plain_times)]
            for function, times in (pair if run % 2 == 0 else pair[::-1]):
                times.append(function(workspace, root / f"{function.__name__}.xlsx"))
        workspace.close()
    ours_median, plain_median = statistics.median(ours_times), statistics.median(plain_times)
    print(f"workbook, {args.activities:,} activities, median of {args.runs} runs")
    print(f"  ours (all sheets, styled, figures):{ours_median:6.2f} s")
    print(f"  plain openpyxl write-only (detail cells only): {plain_median:6.2f} s")
    print(f"  ratio ours/plain: {ours_median / plain_median:4.2f}×  (aim ≤ 2×)")


def memory(args) -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, __file__, "--make-data", folder, str(args.big)],
                       check=True)
        runs = {}
        for traced in (False, True) if args.tracemalloc else (False,):
            child = subprocess.run(
                [sys.executable, __file__, "--memory-child", folder,
                 *(["--traced"] if traced else [])],
                capture_output=True, text=True, check=True)
            runs[traced] = json.loads(child.stdout.strip().splitlines()[-1])
    plain_run = runs[False]
    print(f"memory, {plain_run['activities']:,} activities: export {plain_run['seconds']} s, "
          f"process RSS peak {plain_run['rss_peak_mb']} MB (before export "
          f"{plain_run['rss_before_mb']} MB), file {plain_run['file_mb']} MB")
    if True in runs:
        print(f"  tracemalloc peak of Python allocations: {runs[True]['tracemalloc_peak_mb']} MB")


if __name__ == "__main__":
    main()
